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
    let estimatedSeconds = (full: 2.0, quick: 1.0)

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
        notebook.prose("""
            # Why it is better than KL and JS

            Let P be uniform on the segment {0} × [0, 1] and Q uniform on {θ} × [0, 1]. For any θ ≠ 0 the \
            supports are disjoint (lesson 4), so KL = +∞, JS = ln 2 and the total variation is 1, however small θ \
            is: none of them tells how far apart the segments are, and none gives a gradient in θ. W = |θ| does. \
            Below, P and Q are measured on a grid of bins of width 0.001 across x (their y-parts are identical). \
            W is pinned from both sides: the plan that moves every point straight across costs |θ|, and no plan \
            can cost less than the W1 of the x-coordinates alone, because projecting onto x shortens every move.
            """)
        let thetas = stride(from: -1.0, through: 1.0, by: notebook.pick(full: 0.01, quick: 0.05)).map { ($0 * 1e6).rounded() / 1e6 }
        let bins = 2001  // x from −1 to 1 in steps of 0.001
        func histogram(at x: Double) -> [Double] {
            var h = [Double](repeating: 0, count: bins)
            h[Int(((x + 1) * 1000).rounded())] = 1
            return h
        }
        let ys = (0..<200).map { (Double($0) + 0.5) / 200 }
        var rows: [(theta: Double, kl: Double, js: Double, tv: Double, w: Double, upper: Double)] = []
        for theta in thetas {
            let hp = histogram(at: 0), hq = histogram(at: theta)
            let lower = Wasserstein.samples(ys.map { _ in 0 }, ys.map { _ in theta })        // W1 of the x-marginals
            let upper = ys.map { _ in Swift.abs(theta) }.reduce(0, +) / Double(ys.count)     // the straight-across plan
            rows.append((theta, Divergence.kl(hp, hq), Divergence.js(hp, hq), Divergence.totalVariation(hp, hq), lower, upper))
        }
        let off = rows.filter { $0.theta != 0 }, at = rows.first { $0.theta == 0 }!
        notebook.claim("For θ ≠ 0: KL(P‖Q) = +∞", off.allSatisfy { $0.kl == .infinity }, evidence: "at all \(off.count) values of θ ≠ 0 on the grid")
        notebook.claim("For θ ≠ 0: JS(P‖Q) = ln 2", measured: off.map { Swift.abs($0.js - Foundation.log(2.0)) }.max()!, expected: 0,
                       tolerance: .absolute(1e-12))
        notebook.claim("For θ ≠ 0: total variation = 1", measured: off.map { Swift.abs($0.tv - 1) }.max()!, expected: 0, tolerance: .absolute(1e-12))
        notebook.claim("W(P, Q) = |θ|: the lower and upper bounds meet at |θ| for every θ",
                       measured: rows.map { Swift.max(Swift.abs($0.w - Swift.abs($0.theta)), Swift.abs($0.upper - Swift.abs($0.theta))) }.max()!,
                       expected: 0, tolerance: .absolute(1e-12))
        notebook.claim("At θ = 0 all four are 0", at.kl == 0 && at.js == 0 && at.tv == 0 && at.w == 0,
                       evidence: "KL \(at.kl), JS \(at.js), TV \(at.tv), W \(at.w)")
        let x = rows.map(\.theta)
        try notebook.figure(Figure(name: "parallel-lines", panels: [
            Panel(title: "P uniform on x = 0, Q uniform on x = θ (0 ≤ y ≤ 1); KL = +∞ for every θ ≠ 0", xLabel: "θ",
                  yLabel: "distance", xRange: -1...1, yRange: 0...1.1, legend: .bottomRight, series: [
                      .init(.points(x: x, y: rows.map(\.js)), title: "JS (ln 2 off 0)", style: Style(color: .palette(1), pointSize: 0.5)),
                      .init(.points(x: x, y: rows.map(\.tv)), title: "total variation", style: Style(color: .palette(3), pointSize: 0.5)),
                      .line(x: x, y: rows.map(\.w), title: "W = |θ|", style: Style(color: .palette(0), lineWidth: 2.5)),
                  ]),
        ], size: (860, 520)), caption: "Post figure 8: only the Wasserstein distance shrinks smoothly as Q moves onto P")
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
        ], size: (760, 500)), caption: "The empirical W1 converges to the true distance")
    }

    private func pilesFigure(p: [Double], q: [Double], carried: [Double]) -> Figure {
        let positions = [1.0, 2, 3, 4]
        let xs = Grid(-4...5, count: 361).points
        let fp = Wasserstein.normalCDF(mean: 0, standardDeviation: 1), fq = Wasserstein.normalCDF(mean: 1, standardDeviation: 1)
        return Figure(name: "earth-mover", panels: [
            Panel(title: "Piles P and Q at positions 1–4", xLabel: "position", yLabel: "shovelfuls", xRange: 0.4...4.6, yRange: 0...5,
                  legend: .topLeft, series: [
                      .init(.boxes(x: positions.map { $0 - 0.18 }, y: p, width: 0.34), title: "P = (3, 2, 1, 4)"),
                      .init(.boxes(x: positions.map { $0 + 0.18 }, y: q, width: 0.34), title: "Q = (1, 2, 4, 3)"),
                  ]),
            Panel(title: "Carried from i to i+1: δ = (2, 2, −1, 0), W = 5", xLabel: "after position", yLabel: "δᵢ (negative: carried back)",
                  xRange: 0.4...4.6, yRange: -2...3, legend: .hidden, series: [
                      .init(.boxes(x: positions, y: carried, width: 0.5), style: Style(color: .palette(2), opacity: 0.6)),
                      .init(.vectors(x: positions.dropLast().map { $0 + 0.1 }, y: carried.dropLast().map { $0 / 2 },
                                     dx: carried.dropLast().map { $0 > 0 ? 0.8 : -0.8 }, dy: [0, 0, 0]),
                            style: Style(color: .rgb("#000000"), lineWidth: 2)),
                  ]),
            Panel(title: "W1(N(0,1), N(1,1)) = area between the CDFs = 1", xLabel: "x", yLabel: "F(x)", xRange: -4...5,
                  legend: .topLeft, series: [
                      .init(.band(x: xs, lower: xs.map(fq), upper: xs.map(fp)), title: "|F_P − F_Q|", style: Style(color: .palette(4), opacity: 0.4)),
                      .line(x: xs, y: xs.map(fp), title: "F_P, N(0,1)"),
                      .line(x: xs, y: xs.map(fq), title: "F_Q, N(1,1)"),
                  ]),
        ], layout: (1, 3), size: (1500, 460))
    }
}
