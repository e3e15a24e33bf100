import Engine
import Foundation
import Notebook
import Plot
import Random
import Theory
import Training

/// Lesson 4: real and generated data on low-dimensional manifolds are disjoint, so a perfect discriminator exists.
struct LowDimensionalSupportsLesson: Lesson {
    let number = 4
    let slug = "low-dimensional-supports"
    let title = "Low-dimensional supports"
    let sections = ["Low dimensional supports"]
    let summary = "Disjoint low-dimensional supports let D become perfect: accuracy → 1, JS estimate → ln 2; instance noise helps"
    let estimatedSeconds = (full: 2.0, quick: 1.0)

    func run(_ notebook: Notebook) throws {
        notebook.prose("""
            # Thin supports

            Images live in a huge space — a 64×64 picture has 4096 pixel values — but real images fill only a \
            thin, low-dimensional manifold of it. A generator is thinner still by construction: it maps a \
            100-dimensional z into those 4096 dimensions, so every sample it can produce lies on a surface of at \
            most 100 dimensions. Two such thin sets in a big space almost never overlap: like two line segments \
            in 3-D that miss each other, or two planes that share only a line, a set of measure zero.
            """)
        try notebook.figure(supportsFigure(), caption: "Post figure 4: thin sets in ℝ³ miss each other or meet in a thinner set")

        notebook.prose("""
            When the supports are disjoint, p_g(x) = 0 wherever p_r(x) > 0, so KL(p_r‖p_g) = +∞ and \
            JS(p_r‖p_g) = ln 2: the divergence saturates and says nothing about how far apart the sets are. \
            Worse, a perfect discriminator exists, and training finds it. Here p_r lies on the curve \
            (t, 0.6 sin 3t), t ∈ [−1, 1], and a generator with one-dimensional z has learned the shape but not \
            the place: G(z) = (z, 0.6 sin 3z + 0.25). A discriminator (MLP 2 → 64 → 64 → 1, ReLU, Adam 2·10⁻³, \
            batches of 256) is trained on them; every 25 steps its accuracy and the JS estimate ½(L + ln 4) \
            are measured on fresh samples.

            Instance noise (Sønderby et al. 2016; Arjovsky & Bottou 2017) adds Gaussian noise to both real \
            and generated samples before D sees them: the supports then overlap, and neither a perfect D nor a \
            saturated JS is possible.
            """)
        let steps = notebook.pick(full: 2000, quick: 1000)
        let clean = try train(notebook, noise: 0, steps: steps)
        let noiseLevel: Float = 0.2
        let noisy = try train(notebook, noise: noiseLevel, steps: steps)
        let ln2 = Foundation.log(2.0)
        notebook.table("After \(steps) discriminator steps (fresh samples of 4096)", columns: ["", "accuracy", "JS estimate", "L"], rows: [
            ["disjoint supports", NumberFormat.fixed(clean.accuracy.last!), NumberFormat.fixed(clean.jsEstimate.last!), NumberFormat.fixed(clean.loss, digits: 5)],
            ["instance noise σ = \(noiseLevel)", NumberFormat.fixed(noisy.accuracy.last!), NumberFormat.fixed(noisy.jsEstimate.last!), NumberFormat.fixed(noisy.loss, digits: 5)],
        ])
        notebook.claim("Without noise the discriminator becomes perfect: accuracy → 1", measured: clean.accuracy.last!, atLeast: 0.995)
        notebook.claim("… its loss L → 0", measured: -clean.loss, atMost: 0.02)
        notebook.claim("… and the JS estimate ½(L + ln 4) → ln 2 = 0.6931472", measured: clean.jsEstimate.last!, expected: ln2,
                       tolerance: .absolute(0.01))
        // The noisy pair's own divergences, integrated on a grid of the plane: the targets a trained D can approach from below.
        let blurred = CurveData.blurredDivergences(offset: (0, 0.25), noise: Double(noiseLevel))
        let bestAccuracy = 0.5 * (1 + blurred.totalVariation)
        notebook.value("JS of the two curves blurred by σ = \(noiseLevel), on a grid of the plane", blurred.js, unit: "nats")
        notebook.value("the best accuracy any D can reach on them, ½(1 + TV)", bestAccuracy)
        notebook.claim(.atMost("With instance noise the supports overlap: the blurred pair's JS is below ln 2 by more than half",
                               measured: blurred.js, bound: ln2 / 2))
        notebook.claim(.approximately("… and D's JS estimate approaches it (a D's population value bounds JS from below; on 4,096 samples the estimate may land a little above)",
                                      measured: noisy.jsEstimate.last!, expected: blurred.js, tolerance: .absolute(0.02), rulesOut: ln2))
        notebook.claim(.approximately("… and D can no longer be perfect: its accuracy approaches the best possible, ½(1 + TV)",
                                      measured: noisy.accuracy.last!, expected: bestAccuracy, tolerance: .absolute(0.02), rulesOut: 1))

        let checkpoints = clean.steps.map(Double.init)
        try notebook.figure(Figure(name: "perfect-discriminator", panels: [
            Panel(title: "Discriminator accuracy", xLabel: "discriminator step", yLabel: "accuracy", yRange: 0.4...1.02,
                  legend: .below, series: [
                      .line(x: checkpoints, y: clean.accuracy, title: "disjoint supports"),
                      .line(x: checkpoints, y: noisy.accuracy, title: "instance noise σ = \(noiseLevel)"),
                      .line(x: [0, checkpoints.last!], y: [bestAccuracy, bestAccuracy], title: "best possible with noise, ½(1 + TV)",
                            style: Style(color: .palette(1), lineWidth: 1, dash: 2)),
                  ]),
            Panel(title: "JS estimate ½(L + ln 4)", xLabel: "discriminator step", yLabel: "nats", yRange: 0...0.95,
                  legend: .below, series: [
                      .line(x: checkpoints, y: clean.jsEstimate, title: "disjoint supports"),
                      .line(x: checkpoints, y: noisy.jsEstimate, title: "instance noise σ = \(noiseLevel)"),
                      .line(x: [0, checkpoints.last!], y: [ln2, ln2], title: "ln 2", style: Style(color: .rgb("#000000"), lineWidth: 1, dash: 2)),
                      .line(x: [0, checkpoints.last!], y: [blurred.js, blurred.js], title: "JS of the blurred pair (grid)",
                            style: Style(color: .palette(1), lineWidth: 1, dash: 2)),
                  ]),
            Panel(title: "The data and D's decision boundary", xLabel: "x₁", yLabel: "x₂", xRange: -1.3...1.3, yRange: -1...1.2,
                  colorRange: 0...1, colorBarLabel: "D(x)", colorMap: .pale, equalAspect: true, legend: .below,
                  xTickStep: 0.5, yTickStep: 0.5, series: [
                      .init(.heatmap(xs: clean.boundary.xs, ys: clean.boundary.ys, values: clean.boundary.values, contours: [0.5])),
                      .scatter(x: clean.real.map(\.0), y: clean.real.map(\.1), title: "real", style: Style(color: .real, pointSize: 0.6)),
                      .scatter(x: clean.fake.map(\.0), y: clean.fake.map(\.1), title: "generated", style: Style(color: .generated, pointSize: 0.6)),
                  ]),
        ], layout: (2, 2), size: (1800, 1300)), caption: "A discriminator on disjoint supports becomes perfect; instance noise prevents it")
    }

    /// Trains a discriminator from scratch on real and generated curves, optionally with instance noise.
    private func train(_ notebook: Notebook, noise: Float, steps: Int) throws -> Run {
        var rng = notebook.generator("discriminator-\(noise)")
        let discriminator = MLP(widths: [2, 64, 64, 1], using: &rng)
        let optimizer = Adam(parameters: discriminator.parameters, learningRate: 2e-3)
        let offset: (Float, Float) = (0, 0.25)
        var run = Run()
        let progress = notebook.progress(noise > 0 ? "D with instance noise" : "D on disjoint supports", total: steps)
        for step in 0...steps {
            if step % 25 == 0 {
                let (loss, accuracy) = withoutGradients {
                    DiscriminatorScore.evaluate(realLogits: discriminator(CurveData.sample(4096, noise: noise, using: &rng)),
                                       fakeLogits: discriminator(CurveData.sample(4096, offset: offset, noise: noise, using: &rng)))
                }
                try requireFinite(loss, "discriminator training")
                run.steps.append(step)
                run.accuracy.append(accuracy)
                run.jsEstimate.append(OptimalDiscriminator.jsEstimate(fromLoss: loss))
                run.loss = loss
            }
            guard step < steps else { break }
            let real = CurveData.sample(256, noise: noise, using: &rng)
            let fake = CurveData.sample(256, offset: offset, noise: noise, using: &rng)
            optimizer.zeroGradients()
            Loss.discriminator(realLogits: discriminator(real), fakeLogits: discriminator(fake)).backward()
            optimizer.step()
            progress.advance()
        }
        progress.finish()
        let xs = (0..<81).map { -1.3 + 2.6 * Double($0) / 80 }, ys = (0..<81).map { -1 + 2.2 * Double($0) / 80 }
        let points = Tensor(shape: [xs.count * ys.count, 2], scalars: ys.flatMap { y in xs.flatMap { [Float($0), Float(y)] } })
        let probabilities = withoutGradients { discriminator(points).sigmoid().scalars.map(Double.init) }
        run.boundary = (xs, ys, ys.indices.map { row in Array(probabilities[(row * xs.count)..<((row + 1) * xs.count)]) })
        let shown = CurveData.sample(300, using: &rng).rows, shownFake = CurveData.sample(300, offset: offset, using: &rng).rows
        run.real = shown.map { (Double($0[0]), Double($0[1])) }
        run.fake = shownFake.map { (Double($0[0]), Double($0[1])) }
        return run
    }

    private struct Run {
        var steps: [Int] = []
        var accuracy: [Double] = []
        var jsEstimate: [Double] = []
        var loss = 0.0
        var boundary: (xs: [Double], ys: [Double], values: [[Double]]) = ([], [], [])
        var real: [(Double, Double)] = []
        var fake: [(Double, Double)] = []
    }

    private func supportsFigure() -> Figure {
        let t = (0...20).map { Double($0) / 20 }
        let grid = (0...10).map { Double($0) / 10 }
        // No hidden-surface removal: both supports stay visible through each other, in the role colours.
        return Figure(name: "low-dimensional-supports", panels: [
            Panel(kind: .threeD(rotateX: 62, rotateZ: 35), title: "Two segments in ℝ³ that never meet", xLabel: "x", yLabel: "y", zLabel: "z",
                  xRange: 0...1, yRange: 0...1, zRange: 0...1, legend: .topLeft,
                  notes: [Note("dashed: a gap of 0.29", x: 0.5, y: 0.2, z: 0.95, alignment: .center)], series: [
                      .init(.lines3D(x: t, y: t.map { _ in 0.2 }, z: t.map { 0.2 + 0.5 * $0 }), title: "p_r", style: Style(color: .real, lineWidth: 4)),
                      .init(.lines3D(x: t.map { _ in 0.5 }, y: t, z: t.map { 0.8 - 0.3 * $0 }), title: "p_g", style: Style(color: .generated, lineWidth: 4)),
                      // Above (0.5, 0.2) the segments are closest: p_r at z = 0.45, p_g at z = 0.74.
                      .init(.lines3D(x: [0.5, 0.5], y: [0.2, 0.2], z: [0.45, 0.74]), title: "the gap between them",
                            style: Style(color: .rgb("#000000"), lineWidth: 2, dash: 2)),
                  ]),
            Panel(kind: .threeD(rotateX: 62, rotateZ: 35), title: "Two planes that meet only along a line", xLabel: "x", yLabel: "y", zLabel: "z",
                  xRange: 0...1, yRange: 0...1, zRange: 0...1, legend: .topLeft, series: [
                      .init(.surface(xs: grid, ys: grid, z: grid.map { _ in grid.map { 0.2 + 0.6 * $0 } }), title: "p_r", style: Style(color: .real)),
                      .init(.surface(xs: grid, ys: grid, z: grid.map { y in grid.map { _ in 0.2 + 0.6 * y } }), title: "p_g", style: Style(color: .generated)),
                      .init(.lines3D(x: t, y: t, z: t.map { 0.2 + 0.6 * $0 }), title: "meeting line (zero area)", style: Style(color: .rgb("#000000"), lineWidth: 4)),
                  ]),
        ], size: (1600, 820))
    }
}
