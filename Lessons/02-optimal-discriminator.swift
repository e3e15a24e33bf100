import Engine
import Foundation
import Notebook
import Plot
import Random
import Theory
import Training

/// Lesson 2: the GAN minimax game, its optimal discriminator, and the JS divergence hidden in its loss.
struct OptimalDiscriminatorLesson: Lesson {
    let number = 2
    let slug = "optimal-discriminator"
    let title = "The GAN game and the optimal discriminator"
    let sections = ["Generative Adversarial Network (GAN)", "What is the optimal value for D?", "What is the global optimal?",
                    "What does the loss function represent?"]
    let summary = "D* = p_r/(p_r + p_g), and with it the GAN loss is 2·JS − 2 ln 2"
    let estimatedSeconds = (full: 7.0, quick: 2.0)

    func run(_ notebook: Notebook) throws {
        notebook.prose("""
            # The game

            A GAN pits two networks against each other. The discriminator D(x) outputs the probability that x \
            came from the real data p_r rather than from the generator; the generator G(z) turns noise z ∼ p_z \
            into samples whose distribution we call p_g. D ascends and G descends the same value:

                L(G, D) = E_{x∼p_r} ln D(x) + E_{z∼p_z} ln(1 − D(G(z)))

            # The best discriminator

            For a fixed G, write the loss as ∫ [p_r(x) ln D(x) + p_g(x) ln(1 − D(x))] dx and maximize it point by \
            point. With A = p_r(x), B = p_g(x) and y = D(x), the function A ln y + B ln(1 − y) has derivative \
            A/y − B/(1 − y), which vanishes at y = A/(A + B):

                D*(x) = p_r(x) / (p_r(x) + p_g(x))

            When the generator is perfect, p_g = p_r, the best D can do is answer ½ everywhere.
            """)
        let real = Density.normal(mean: 0, standardDeviation: 1)
        let generated = Density.normal(mean: 1, standardDeviation: 1)
        let grid = Grid(-20...20, count: notebook.pick(full: 8001, quick: 4001))
        notebook.prose("Take p_r = N(0, 1) and p_g = N(1, 1). Then D*(x) = 1/(1 + e^{x − ½}):")
        let oracles: [(x: Double, value: Double)] = [(0, 0.6224593), (0.5, 0.5), (1, 0.3775407)]
        notebook.table("The optimal discriminator", columns: ["x", "p_r/(p_r + p_g)", "1/(1 + e^{x−½})"], rows: oracles.map { x, _ in
            [NumberFormat.short(x), NumberFormat.fixed(OptimalDiscriminator.value(real: real, generated: generated, at: x), digits: 7),
             NumberFormat.fixed(1 / (1 + Foundation.exp(x - 0.5)), digits: 7)]
        })
        for (x, value) in oracles {
            notebook.claim("D*(\(NumberFormat.short(x))) = \(NumberFormat.short(value))",
                           measured: OptimalDiscriminator.value(real: real, generated: generated, at: x), expected: value,
                           tolerance: .absolute(1e-7))
        }

        notebook.prose("""
            # What the loss measures

            Put D* back into L. Each logarithm's argument is a density over the sum p_r + p_g = 2m, where m is the \
            midpoint of lesson 1, so

                L(G, D*) = KL(p_r‖m) + KL(p_g‖m) − 2 ln 2 = 2·JS(p_r‖p_g) − 2 ln 2

            Against the best discriminator, the generator is minimizing the Jensen–Shannon divergence, and the \
            game's optimum is p_g = p_r with L = −2 ln 2.
            """)
        notebook.prose("""
            Check it by two routes that share nothing: JS integrated on a grid, and L(G, D*) estimated by Monte Carlo \
            — the mean of ln D*(x) over samples of p_r plus the mean of ln(1 − D*(y)) over samples of p_g, with its \
            standard error.
            """)
        let loss = OptimalDiscriminator.loss(real: real, generated: generated, on: grid)
        let js = Divergence.js(real, generated, on: grid)
        let jsForm = 2 * js - 2 * Foundation.log(2.0)
        var sampling = notebook.generator("monte-carlo")
        let samples = notebook.pick(full: 200_000, quick: 50_000)
        func monteCarlo(mean mu: Double, samples: Int) -> (mean: Double, standardError: Double) {
            OptimalDiscriminator.monteCarloLoss(real: real, generated: .normal(mean: mu, standardDeviation: 1),
                                                realSamples: (0..<samples).map { _ in sampling.normalDouble() },
                                                generatedSamples: (0..<samples).map { _ in mu + sampling.normalDouble() })
        }
        let estimate = monteCarlo(mean: 1, samples: samples)
        notebook.value("L(G, D*) by Monte Carlo on \(samples) + \(samples) samples", estimate.mean)
        notebook.value("… its standard error", estimate.standardError)
        notebook.value("2·JS(p_r‖p_g) − 2 ln 2 on the grid", jsForm)
        notebook.claim("L(G, D*) = −1.1634514 for p_r = N(0,1), p_g = N(1,1)", measured: loss, expected: -1.1634514, tolerance: .absolute(1e-6))
        notebook.claim("The Monte Carlo L(G, D*) agrees with 2·JS − 2 ln 2 within four standard errors",
                       measured: estimate.mean, expected: jsForm, tolerance: .absolute(4 * estimate.standardError))

        let sweep = Grid(-3...3, count: notebook.pick(full: 121, quick: 61)).points
        let sweepLoss = sweep.map { OptimalDiscriminator.loss(real: real, generated: .normal(mean: $0, standardDeviation: 1), on: grid) }
        let sweepJS = sweep.map { 2 * Divergence.js(real, .normal(mean: $0, standardDeviation: 1), on: grid) - 2 * Foundation.log(2.0) }
        let sweepMonteCarlo = sweep.map { monteCarlo(mean: $0, samples: samples / 10) }
        // How many standard errors each Monte Carlo estimate lies from 2·JS − 2 ln 2. At μ = 0, D* = ½ everywhere and the
        // spread vanishes, so the error is floored at 10⁻⁹ (the estimate must then be exact).
        let worstDeviation = zip(sweepMonteCarlo, sweepJS).map { estimate, form in
            Swift.abs(estimate.mean - form) / Swift.max(estimate.standardError, 1e-9)
        }.max()!
        let best = sweepLoss.indices.min { sweepLoss[$0] < sweepLoss[$1] }!
        notebook.claim(.atMost("Over p_g = N(μ, 1), μ ∈ [−3, 3] (\(sweep.count) values), every Monte Carlo L(G, D*) lies within 4.5 standard errors of 2·JS − 2 ln 2",
                               measured: worstDeviation, bound: 4.5))
        notebook.claim("The minimum is at μ = 0", measured: sweep[best], expected: 0, tolerance: .absolute(1e-9))
        notebook.claim("… where L = −2 ln 2 = −1.3862944", measured: sweepLoss[best], expected: -2 * Foundation.log(2.0), tolerance: .absolute(1e-6))
        try notebook.figure(Figure(name: "loss-is-js", panels: [
            Panel(title: "The GAN loss against the best discriminator", xLabel: "μ of p_g = N(μ, 1)  (p_r = N(0, 1))",
                  yLabel: "value", yRange: -1.5...(-0.2), legend: .below,
                  notes: [Note("minimum −2 ln 2 ≈ −1.386 at μ = 0, where p_g = p_r", x: 0, y: -1.45, alignment: .center)],
                  series: [
                      .line(x: sweep, y: sweepJS, title: "2·JS(p_r‖p_g) − 2 ln 2 (grid)", style: Style(color: .palette(0), lineWidth: 2.5)),
                      .init(.points(x: sweep, y: sweepMonteCarlo.map(\.mean)), title: "L(G, D*) by Monte Carlo", style: Style(color: .palette(2), pointSize: 1.2)),
                      .line(x: [sweep.first ?? -3, sweep.last ?? 3], y: [-2 * Foundation.log(2.0), -2 * Foundation.log(2.0)],
                            title: "−2 ln 2, the minimum", style: Style(color: .rgb("#000000"), lineWidth: 1.5, dash: 2)),
                      .scatter(x: [0], y: [-2 * Foundation.log(2.0)], style: Style(color: .rgb("#000000"), pointSize: 2.5))
                          .unlisted(because: "the minimum's marker, labelled beside it"),
                  ]),
        ], size: (1200, 700)), caption: "L(G, D*) by Monte Carlo and 2·JS − 2 ln 2 on a grid over a sweep of generators: the same curve")

        try trainedDiscriminator(notebook, real: real, generated: generated)
    }

    /// A small MLP discriminator trained by binary cross-entropy on samples approaches the analytic D*.
    private func trainedDiscriminator(_ notebook: Notebook, real: Density, generated: Density) throws {
        notebook.prose("""
            # A trained discriminator finds D*

            The derivation assumes D can be any function. A small network gets close: train an MLP (1 → 32 → 32 → 1, \
            tanh) with the engine by binary cross-entropy, real samples labelled 1 and generated ones 0, with fresh \
            samples of N(0, 1) and N(1, 1) at every step (Adam, learning rate 10⁻³, batches of 256 each).
            """)
        var rng = notebook.generator("discriminator")
        let discriminator = MLP(widths: [1, 32, 32, 1], activation: .tanh, initializer: .glorot, using: &rng)
        let optimizer = Adam(parameters: discriminator.parameters, learningRate: 1e-3)
        let steps = notebook.pick(full: 4000, quick: 2000)
        let batch = 256
        let progress = notebook.progress("training D", total: steps)
        var lastLoss = 0.0
        for _ in 0..<steps {
            let x = Tensor.normal([batch, 1], using: &rng)
            let g = Tensor.normal([batch, 1], mean: 1, using: &rng)
            optimizer.zeroGradients()
            let loss = Loss.discriminator(realLogits: discriminator(x), fakeLogits: discriminator(g))
            loss.backward()
            optimizer.step()
            lastLoss = Double(loss.item)
            progress.advance()
        }
        progress.finish()
        try requireFinite(lastLoss, "discriminator training")
        let xs = Grid(-3...4, count: 141).points
        let learned = withoutGradients { discriminator(Tensor(shape: [xs.count, 1], scalars: xs.map(Float.init))).sigmoid().scalars.map(Double.init) }
        let optimal = xs.map { OptimalDiscriminator.value(real: real, generated: generated, at: $0) }
        let core = xs.indices.filter { (-2.0 - 1e-9...3.0 + 1e-9).contains(xs[$0]) }  // grid points carry rounding
        let worst = core.map { Swift.abs(learned[$0] - optimal[$0]) }.max()!
        notebook.claim("The trained D is within 0.05 of D* wherever the data live (x ∈ [−2, 3])", measured: worst, expected: 0,
                       tolerance: .absolute(0.05))
        // JS from the learned D's loss on a large fresh sample: ½(L + ln 4), where L = E ln D(x) + E ln(1 − D(G(z))).
        let n = 20_000
        let evaluation = withoutGradients {
            DiscriminatorScore.evaluate(realLogits: discriminator(Tensor.normal([n, 1], using: &rng)),
                                        fakeLogits: discriminator(Tensor.normal([n, 1], mean: 1, using: &rng))).loss
        }
        let estimate = OptimalDiscriminator.jsEstimate(fromLoss: evaluation)
        notebook.value("JS estimate ½(L + ln 4) from the trained D", estimate, unit: "nats")
        notebook.claim("… approaches JS = 0.1114 (any D's population value is a lower bound; on a finite sample the estimate may land on either side)",
                       measured: estimate, expected: 0.1114215, tolerance: .absolute(0.01))
        try notebook.figure(Figure(name: "learned-vs-optimal-d", panels: [
            Panel(title: "Trained discriminator against D*(x) = p_r/(p_r + p_g)", xLabel: "x", yLabel: "D(x), density",
                  yRange: 0...1.05, legend: .below, series: [
                      .init(.band(x: xs, lower: xs.map { _ in 0 }, upper: xs.map(real.pdf)), title: "p_r = N(0,1), real", style: Style(color: .real, opacity: 0.3)),
                      .init(.band(x: xs, lower: xs.map { _ in 0 }, upper: xs.map(generated.pdf)), title: "p_g = N(1,1), generated", style: Style(color: .generated, opacity: 0.25)),
                      .line(x: xs, y: optimal, title: "D* (analytic)", style: Style(color: .rgb("#000000"), lineWidth: 2.5)),
                      .line(x: xs, y: learned, title: "D (trained MLP)", style: Style(color: .palette(2), lineWidth: 2.5, dash: 2)),
                  ]),
        ], size: (1200, 760)), caption: "The discriminator trained on samples against the analytic D*")
    }
}
