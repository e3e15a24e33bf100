import Engine
import Foundation
import Notebook
import Plot
import Random
import Theory

/// Lesson 9: the earth mover's distance, computed on piles, CDFs, parallel lines and samples.
struct WassersteinLesson: Lesson {
    let number = 9
    let slug = "wasserstein"
    let title = "Wasserstein distance"
    let sections = ["Wasserstein GAN (WGAN)", "What is Wasserstein distance?", "Why Wasserstein is better than JS or KL divergence?"]
    let summary = "Earth mover's distance on piles, CDFs and parallel lines: the one divergence whose gradient points home"
    let estimatedSeconds = (full: 7.0, quick: 1.0)

    func run(_ notebook: Notebook) throws {
        notebook.prose("""
            # Moving earth

            The Wasserstein-1 distance is the least work needed to reshape one pile of earth into another, \
            where work is mass times the distance it moves:

                W(p_r, p_g) = inf_{γ ∈ Π(p_r, p_g)} E_{(x, y)∼γ} ‖x − y‖

            Π is the set of transport plans: joint distributions whose marginals are p_r and p_g. For piles on \
            the positions 1, 2, 3, 4, the best plan simply carries each surplus to the next position: \
            δ₀ = 0, δᵢ = δᵢ₋₁ + Pᵢ − Qᵢ, and W = Σ|δᵢ|. With P = (3, 2, 1, 4) and Q = (1, 2, 4, 3):
            """)
        let p = [3.0, 2, 1, 4], q = [1.0, 2, 4, 3]
        let (work, carried) = Wasserstein.piles(p, q)
        notebook.table("Carrying the surplus along", columns: ["step", "Pᵢ", "Qᵢ", "carried on δᵢ", "work so far"],
                       rows: carried.indices.map { i in
                           [String(i + 1), NumberFormat.short(p[i]), NumberFormat.short(q[i]), NumberFormat.short(carried[i]),
                            NumberFormat.short(carried[...i].map(Swift.abs).reduce(0, +))]
                       })
        notebook.claim("The surplus carried is δ = (2, 2, −1, 0)", carried == [2, 2, -1, 0],
                       evidence: "δ = (" + carried.map(NumberFormat.short).joined(separator: ", ") + ")")
        notebook.claim("W = Σ|δᵢ| = 5 shovelfuls", measured: work, expected: 5, tolerance: .absolute(1e-12))
        let normalized = Wasserstein.piles(p.map { $0 / 10 }, q.map { $0 / 10 }).distance
        notebook.claim("… and 0.5 once the piles are probabilities", measured: normalized, expected: 0.5, tolerance: .absolute(1e-12))

        notebook.prose("""
            # In one dimension: the area between the CDFs

            On the line the same bookkeeping gives W1 = ∫ |F_P(x) − F_Q(x)| dx: at each x, |F_P − F_Q| is the mass \
            that must cross x. For two normals with the same spread this is exactly the shift of the mean.
            """)
        let grid = Grid(-15...15, count: notebook.pick(full: 12001, quick: 6001))
        let standard = Wasserstein.normalCDF(mean: 0, standardDeviation: 1)
        for shift in [1.0, 2.0] {
            let w = Wasserstein.fromCDFs(standard, Wasserstein.normalCDF(mean: shift, standardDeviation: 1), on: grid)
            notebook.claim("W1(N(0,1), N(\(NumberFormat.short(shift)),1)) = \(NumberFormat.short(shift))", measured: w, expected: shift,
                           tolerance: .absolute(1e-9))
        }
        try parallelLines(notebook)
        try sampleEstimator(notebook)
        try notebook.figure(pilesFigure(p: p, q: q, carried: carried), caption: "Post figure 7: moving piles, and W1 as the area between two CDFs")
    }

    /// Post figure 8: P on {0}×[0,1], Q on {θ}×[0,1]. Only W varies smoothly with θ.
    private func parallelLines(_ notebook: Notebook) throws {
        let probe = 0.1, widths = [0.1, 0.03, 0.01, 0.003], samples = notebook.pick(full: 256, quick: 128)
        /// A grid across x that covers both segments of thickness ε, the one at 0 and the one at θ.
        func acrossX(_ theta: Double, _ epsilon: Double) -> Grid {
            Grid((Swift.min(0, theta) - 8 * epsilon)...(Swift.max(0, theta) + 8 * epsilon), count: 4001)
        }
        notebook.prose("""
            # Why it is better than KL and JS

            Let P be uniform on the segment {0} × [0, 1] and Q uniform on {θ} × [0, 1]. For any θ ≠ 0 the \
            supports are disjoint (lesson 4), so KL = +∞, JS = ln 2 and the total variation is 1, however small θ \
            is: none of them tells how far apart the segments are, and none gives a gradient in θ. W = |θ| does.

            A line has no density, so check the divergences the way one would measure them: give each segment a \
            thickness ε (Gaussian across x; the y-parts are identical and cancel), integrate on a grid, and let the \
            segments sharpen. At θ = \(NumberFormat.short(probe)):
            """)
        let sharpening = widths.map { epsilon in
            let p = Density.normal(mean: 0, standardDeviation: epsilon), q = Density.normal(mean: probe, standardDeviation: epsilon)
            return (epsilon: epsilon, kl: Divergence.kl(p, q, on: acrossX(probe, epsilon)), js: Divergence.js(p, q, on: acrossX(probe, epsilon)),
                    tv: Divergence.totalVariation(p, q, on: acrossX(probe, epsilon)))
        }
        notebook.table("Segments of thickness ε, θ = \(NumberFormat.short(probe)), divergences integrated on a grid",
                       columns: ["ε", "KL(P‖Q)", "θ²/2ε² (closed form)", "JS(P‖Q)", "total variation"],
                       rows: sharpening.map { row in
                           [NumberFormat.short(row.epsilon), NumberFormat.significant(row.kl),
                            NumberFormat.significant(probe * probe / (2 * row.epsilon * row.epsilon)),
                            NumberFormat.fixed(row.js, digits: 6), NumberFormat.fixed(row.tv, digits: 6)]
                       })
        let sharpest = sharpening.last!
        notebook.claim("KL grows without bound as the segments sharpen: on the grid it follows θ²/2ε² (within 1% at every ε)",
                       measured: sharpening.map { Swift.abs($0.kl / (probe * probe / (2 * $0.epsilon * $0.epsilon)) - 1) }.max()!,
                       atMost: 0.01)
        notebook.claim("JS reaches ln 2 = 0.6931472 once the segments no longer overlap (ε = \(NumberFormat.short(sharpest.epsilon)))",
                       measured: sharpest.js, expected: Foundation.log(2.0), tolerance: .absolute(1e-6))
        notebook.claim("… and the total variation reaches 1", measured: sharpest.tv, expected: 1, tolerance: .absolute(1e-6))

        notebook.prose("""
            W needs no density. Draw \(samples) points of each segment (y uniform, independently for P and Q), move Q's \
            points to x = θ, and solve for the optimal transport plan between the two point sets exactly (the \
            assignment solver behind every exact W1 of lessons 6, 7 and 11). Every move costs at least its x-part |θ|, and the plan that pairs the \
            y-values as at θ = 0 costs at most |θ| plus that plan's own cost, so the sample W must stay in \
            [|θ|, |θ| + W(θ = 0)].
            """)
        let thetas = Grid(-1...1, count: notebook.pick(full: 201, quick: 41)).points
        var rng = notebook.generator("parallel-lines")
        let pY = (0..<samples).map { _ in rng.uniformDouble() }, qY = (0..<samples).map { _ in rng.uniformDouble() }
        let pPoints = pY.map { Point(0, $0) }
        let sampleW = thetas.map { theta in Wasserstein.exact(pPoints, qY.map { Point(theta, $0) }) }
        let floor = Wasserstein.exact(pPoints, qY.map { Point(0, $0) })
        notebook.value("Sample W at θ = 0 (the two draws of y differ)", floor)
        let outside = zip(thetas, sampleW).map { theta, w in Swift.max(Swift.abs(theta) - w, w - (Swift.abs(theta) + floor), 0) }.max()!
        notebook.claim(.atMost("For every θ the sample W lies in [|θ|, |θ| + W(θ = 0)]: it moves with θ as W(P, Q) = |θ| does",
                               measured: outside, bound: 1e-9))
        let blurredJS = thetas.map { theta in
            Divergence.js(.normal(mean: 0, standardDeviation: sharpest.epsilon), .normal(mean: theta, standardDeviation: sharpest.epsilon),
                          on: acrossX(theta, sharpest.epsilon))
        }
        try notebook.figure(Figure(name: "parallel-lines", panels: [
            Panel(title: "P uniform on x = 0, Q uniform on x = θ (0 ≤ y ≤ 1); KL = +∞ for every θ ≠ 0", xLabel: "θ",
                  yLabel: "distance", xRange: -1.05...1.05, yRange: -0.05...1.45, legend: .below,
                  notes: [Note("JS = ln 2 ≈ 0.69 for every θ ≠ 0, and 0 at θ = 0 (arrow)", x: 0, y: 1.32, alignment: .center)], series: [
                      // W first, so the JS points — the example's point, JS jumping from ln 2 to 0 at θ = 0 — lie on top.
                      .line(x: thetas, y: thetas.map(Swift.abs), title: "W = |θ|", style: Style(color: .palette(0), lineWidth: 2.5)),
                      .init(.points(x: thetas, y: sampleW), title: "W from \(samples) + \(samples) samples (exact plan)",
                            style: Style(color: .palette(2), pointSize: 0.8)),
                      .init(.points(x: thetas, y: blurredJS), title: "JS, segments of thickness \(NumberFormat.short(sharpest.epsilon))",
                            style: Style(color: .palette(1), pointSize: 1)),
                      .vectors(from: (0, 1.25), by: (0, -1.22), style: Style(color: .rgb("#000000"), lineWidth: 1.5))
                          .unlisted(because: "points the label at JS(θ = 0) = 0"),
                  ]),
        ], size: (1300, 860)), caption: "Post figure 8: only the Wasserstein distance shrinks smoothly as Q moves onto P")
    }

    /// The sorted-sample estimator of W1(N(0,1), N(1,1)) = 1 converges as the samples grow.
    private func sampleEstimator(_ notebook: Notebook) throws {
        notebook.prose("""
            # From samples

            In practice only samples are available. In one dimension the W1 between two empirical distributions \
            is exact and cheap (sort, then integrate |F_a − F_b|), and it converges to the true distance as the \
            samples grow, at a rate near 1/√n. Here: W1(N(0,1), N(1,1)) = 1, repeated over 20 draws per size.
            """)
        var rng = notebook.generator("samples")
        let sizes = notebook.pick(full: [10, 30, 100, 300, 1000, 3000, 10_000, 30_000], quick: [10, 30, 100, 300, 1000, 3000, 10_000])
        var errors: [Double] = []
        for n in sizes {
            let trials = (0..<20).map { _ in
                Wasserstein.samples((0..<n).map { _ in rng.normalDouble() }, (0..<n).map { _ in 1 + rng.normalDouble() })
            }
            errors.append(trials.map { Swift.abs($0 - 1) }.reduce(0, +) / Double(trials.count))
        }
        notebook.table("Mean |Ŵ − 1| over 20 draws", columns: ["n per sample", "mean error"],
                       rows: zip(sizes, errors).map { [String($0), NumberFormat.fixed($1)] })
        notebook.claim("The estimate's error shrinks below 0.02 with \(sizes.last!) samples", measured: errors.last!, atMost: 0.02)
        let slope = Foundation.log(errors.last! / errors.first!) / Foundation.log(Double(sizes.last!) / Double(sizes.first!))
        notebook.claim("… at a rate near n^(−½) (log-log slope between −0.7 and −0.3)", slope > -0.7 && slope < -0.3,
                       evidence: "slope \(NumberFormat.fixed(slope, digits: 3))")
        let n = sizes.map(Double.init)
        try notebook.figure(Figure(name: "sample-estimator", panels: [
            Panel(title: "Sample estimate of W1(N(0,1), N(1,1)) = 1", xLabel: "samples per distribution", yLabel: "mean |Ŵ − W|",
                  logX: true, logY: true, legend: .topRight, series: [
                      .line(x: n, y: errors, title: "sorted-sample estimator"),
                      .line(x: n, y: n.map { errors[0] * (Double(sizes[0]) / $0).squareRoot() }, title: "∝ 1/√n",
                            style: Style(color: .rgb("#888888"), lineWidth: 1, dash: 2)),
                  ]),
        ], size: (1100, 760)), caption: "The empirical W1 converges to the true distance")
    }

    private func pilesFigure(p: [Double], q: [Double], carried: [Double]) -> Figure {
        let positions = [1.0, 2, 3, 4]
        let xs = Grid(-4...5, count: 361).points
        let fp = Wasserstein.normalCDF(mean: 0, standardDeviation: 1), fq = Wasserstein.normalCDF(mean: 1, standardDeviation: 1)
        return Figure(name: "earth-mover", panels: [
            Panel(title: "Piles P and Q\nat positions 1–4", xLabel: "position", yLabel: "shovelfuls", xRange: 0.4...4.6, yRange: 0...7,
                  legend: .topLeft, xTickStep: 1, series: [
                      .init(.boxes(x: positions.map { $0 - 0.18 }, y: p, width: 0.34), title: "P = (3, 2, 1, 4)"),
                      .init(.boxes(x: positions.map { $0 + 0.18 }, y: q, width: 0.34), title: "Q = (1, 2, 4, 3)"),
                  ]),
            Panel(title: "Carried from i to i+1:\nδ = (2, 2, −1, 0), W = 5", xLabel: "after position", yLabel: "δᵢ (< 0: carried back)",
                  xRange: 0.4...4.6, yRange: -2...3, legend: .hidden, xTickStep: 1, series: [
                      .init(.boxes(x: positions, y: carried, width: 0.5), style: Style(color: .palette(2), opacity: 0.6))
                          .unlisted(because: "the bars are the panel's δ, named in its title and y label"),
                      .init(.vectors(x: positions.dropLast().map { $0 + 0.1 }, y: carried.dropLast().map { $0 / 2 },
                                     dx: carried.dropLast().map { $0 > 0 ? 0.8 : -0.8 }, dy: [0, 0, 0]),
                            style: Style(color: .rgb("#000000"), lineWidth: 2))
                          .unlisted(because: "arrows: the direction each δ is carried"),
                  ]),
            Panel(title: "W1(N(0,1), N(1,1)) =\narea between the CDFs = 1", xLabel: "x", yLabel: "F(x)", xRange: -4...5,
                  legend: .bottomRight, xTickStep: 2, yTickStep: 0.2, series: [
                      .init(.band(x: xs, lower: xs.map(fq), upper: xs.map(fp)), title: "|F_P − F_Q|", style: Style(color: .palette(4), opacity: 0.4)),
                      .line(x: xs, y: xs.map(fp), title: "F_P, N(0,1)"),
                      .line(x: xs, y: xs.map(fq), title: "F_Q, N(1,1)"),
                  ]),
        ], layout: (1, 3), size: (1800, 680))
    }
}
