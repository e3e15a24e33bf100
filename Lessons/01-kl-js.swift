import Engine
import Foundation
import Notebook
import Plot
import Theory

/// Lesson 1: KL is asymmetric, JS is symmetric and bounded, and the choice decides what a model fits.
struct KLAndJSDivergence: Lesson {
    let number = 1
    let slug = "kl-js"
    let title = "KL and JS divergence"
    let sections = ["Kullback–Leibler and Jensen–Shannon Divergence"]
    let summary = "KL's asymmetry, JS's symmetry and bound, and why the choice decides which modes a model covers"
    let estimatedSeconds = (full: 2.0, quick: 1.0)

    func run(_ notebook: Notebook) throws {
        notebook.prose("""
            # Two ways to compare distributions

            A generative model is trained by making its distribution q close to the data's distribution p, so \
            everything starts with a measure of closeness. The Kullback–Leibler divergence

                KL(p‖q) = ∫ p(x) ln( p(x) / q(x) ) dx

            is zero only when p = q, but it is not symmetric: it weighs the log-ratio by p, so it punishes q \
            for missing mass where p has it, and barely cares where q puts mass that p lacks. The Jensen–Shannon \
            divergence compares both to their average m = (p + q)/2:

                JS(p‖q) = ½ KL(p‖m) + ½ KL(q‖m),   0 ≤ JS ≤ ln 2

            It is symmetric and always finite. (Measured in bits, log base 2, the bound is 1; in nats it is \
            ln 2 ≈ 0.693, which is the unit every lesson here uses.)
            """)

        let grid = Grid(-20...20, count: notebook.pick(full: 8001, quick: 4001))
        let p = Density.normal(mean: 0, standardDeviation: 1)
        let q = Density.normal(mean: 1, standardDeviation: 1)
        let klPQ = Divergence.kl(p, q, on: grid)
        let klQP = Divergence.kl(q, p, on: grid)
        let js = Divergence.js(p, q, on: grid)
        notebook.prose("For p = N(0, 1) and q = N(1, 1), integrated numerically (Simpson's rule) on \(grid.points.count) points over [−20, 20]:")
        notebook.value("KL(p‖q)", klPQ, unit: "nats")
        notebook.value("KL(q‖p)", klQP, unit: "nats")
        notebook.value("JS(p‖q)", js, unit: "nats")
        let closedForm = Divergence.klNormal(mean1: 0, sd1: 1, mean2: 1, sd2: 1)
        notebook.claim("KL(N(0,1)‖N(1,1)) = 0.5, by integration", measured: klPQ, expected: 0.5, tolerance: .absolute(1e-6))
        notebook.claim("KL(N(1,1)‖N(0,1)) = 0.5 as well: with equal variances the two directions agree",
                       measured: klQP, expected: closedForm, tolerance: .absolute(1e-6))
        notebook.claim("JS(N(0,1)‖N(1,1)) = 0.1114215", measured: js, expected: 0.1114215, tolerance: .absolute(1e-6))
        notebook.claim("0 ≤ JS ≤ ln 2", js >= 0 && js <= Foundation.log(2.0),
                       evidence: "JS = \(NumberFormat.fixed(js, digits: 6)) ≤ ln 2 = \(NumberFormat.fixed(Foundation.log(2.0), digits: 6))")

        notebook.prose("""
            The totals agree, but the integrands do not: p·ln(p/q) is large and positive where p dominates \
            (left of x = ½) and negative where q does. Its extremes are where d/dx[p·ln(p/q)] = 0, found here by \
            a grid search refined by golden-section search.
            """)
        let integrand: (Double) -> Double = { Divergence.klIntegrand(p, q, at: $0) }
        let peakX = Extremum.argmax(in: -5...5, integrand)
        let troughX = Extremum.argmax(in: -5...5) { -integrand($0) }
        notebook.claim("p·ln(p/q) peaks at x = −0.7808", measured: peakX, expected: -0.7808, tolerance: .absolute(1e-4))
        notebook.claim("… with value 0.376711", measured: integrand(peakX), expected: 0.376711, tolerance: .absolute(1e-6))
        notebook.claim("p·ln(p/q) is lowest at x = 1.2808", measured: troughX, expected: 1.2808, tolerance: .absolute(1e-4))
        notebook.claim("… with value −0.137161", measured: integrand(troughX), expected: -0.137161, tolerance: .absolute(1e-6))
        try notebook.figure(divergenceFigure(p: p, q: q), caption: "Post figure 1: p, q and the KL and JS integrands")

        let wide = Density.normal(mean: 1, standardDeviation: 2)
        let forward = Divergence.kl(p, wide, on: grid), reverse = Divergence.kl(wide, p, on: grid)
        notebook.prose("With unequal variances the asymmetry shows in the totals too. For q = N(1, 2²):")
        notebook.table("KL between N(0,1) and N(1,2²)", columns: ["direction", "by integration", "closed form"], rows: [
            ["KL(N(0,1)‖N(1,4))", NumberFormat.fixed(forward, digits: 6),
             NumberFormat.fixed(Divergence.klNormal(mean1: 0, sd1: 1, mean2: 1, sd2: 2), digits: 6)],
            ["KL(N(1,4)‖N(0,1))", NumberFormat.fixed(reverse, digits: 6),
             NumberFormat.fixed(Divergence.klNormal(mean1: 1, sd1: 2, mean2: 0, sd2: 1), digits: 6)],
        ])
        notebook.claim("KL(N(0,1)‖N(1,2²)) = 0.443147", measured: forward, expected: 0.443147, tolerance: .absolute(1e-6))
        notebook.claim("KL(N(1,2²)‖N(0,1)) = 1.306853", measured: reverse, expected: 1.306853, tolerance: .absolute(1e-6))

        try fitsSection(notebook)
    }

    /// Huszár (2015): fit one Gaussian to two modes under forward KL, reverse KL and JS.
    private func fitsSection(_ notebook: Notebook) throws {
        notebook.prose("""
            # Why it matters for GANs

            Huszár (2015) argued that part of the GAN's success comes from its loss behaving like JS rather \
            than the forward KL of maximum likelihood. Fit a single Gaussian q = N(μ, σ²) to the two-mode \
            p = ½N(−2, 0.5²) + ½N(2, 0.5²) by gradient descent (Adam on μ and ln σ, divergences integrated on a \
            grid inside the engine's autodiff), starting from a narrow guess μ = 1, σ = 0.5:

            - forward KL(p‖q) must put mass wherever p has it, so q stretches over both modes: it matches \
            p's mean 0 and variance 0.25 + 4, σ = √4.25 ≈ 2.0616;
            - reverse KL(q‖p) punishes q for mass where p has none, so q settles inside one mode;
            - JS sits between the two. From the narrow start it too locks onto the nearer mode.
            """)
        let target = Density.mixture([(0.5, .normal(mean: -2, standardDeviation: 0.5)), (0.5, .normal(mean: 2, standardDeviation: 0.5))])
        let grid = Grid(-8...8, count: 801)
        let steps = notebook.pick(full: 3000, quick: 1500)
        var fits: [FittedGaussian] = []
        let progress = notebook.progress("fitting Gaussians", total: 4 * steps)
        for objective in GaussianFit.Objective.allCases {
            let result = GaussianFit.fit(objective, to: target, on: grid, mean: 1, standardDeviation: 0.5, steps: steps) {
                progress.advance()
            }
            try requireFinite(result.divergence, "the \(objective.rawValue) fit")
            fits.append(FittedGaussian(label: objective.rawValue, objective: objective, fit: result))
        }
        let wideStart = GaussianFit.fit(.js, to: target, on: grid, mean: 1, standardDeviation: 2, steps: steps) { progress.advance() }
        progress.finish()
        notebook.table("Gaussian fits to ½N(−2, 0.5²) + ½N(2, 0.5²) after \(steps) Adam steps",
                       columns: ["objective", "μ", "σ", "divergence at the fit"],
                       rows: fits.map { [$0.objective.rawValue, NumberFormat.fixed($0.fit.mean), NumberFormat.fixed($0.fit.standardDeviation),
                                         NumberFormat.fixed($0.fit.divergence, digits: 6)] })
        func fit(_ objective: GaussianFit.Objective) -> GaussianFit.Result { fits.first { $0.objective == objective }!.fit }
        let forward = fit(.forwardKL), reverse = fit(.reverseKL), js = fit(.js)
        let targetMean = grid.integrate { $0 * target($0) }
        let targetSD = (grid.integrate { $0 * $0 * target($0) } - targetMean * targetMean).squareRoot()
        notebook.claim("Forward KL matches p's mean: μ → 0", measured: forward.mean, expected: targetMean, tolerance: .absolute(0.01))
        notebook.claim("… and its spread: σ → √4.25 = 2.06155", measured: forward.standardDeviation, expected: targetSD, tolerance: .absolute(0.005))
        notebook.claim("… where KL(p‖q) = 0.723553", measured: forward.divergence, expected: 0.723553, tolerance: .absolute(1e-3))
        notebook.claim("Reverse KL locks onto the mode at 2: μ → 2.00", measured: reverse.mean, expected: 2, tolerance: .absolute(0.02))
        notebook.claim("… with the mode's width: σ → 0.50", measured: reverse.standardDeviation, expected: 0.5, tolerance: .absolute(0.02))
        notebook.claim("JS also settles on one mode rather than covering both", Swift.abs(js.mean - 2) < 0.25 && js.standardDeviation < 1,
                       evidence: "μ = \(NumberFormat.fixed(js.mean)), σ = \(NumberFormat.fixed(js.standardDeviation))")
        notebook.prose("""
            JS is not simply mode-seeking, though. Started wide (μ = 1, σ = 2), the same JS descent ends covering \
            both modes, and that fit has the *lower* JS: the landscape has a mode-locked local minimum and a \
            covering global one, and which one training finds depends on where it starts. A GAN's generator \
            usually starts narrow, which is one way to see why GANs tend to drop modes (lesson 6).
            """)
        notebook.value("JS at the mode-locked fit", js.divergence, unit: "nats")
        notebook.value("JS at the covering fit (wide start)",
                       wideStart.divergence, unit: "nats")
        notebook.claim("From a wide start JS covers both modes, at a lower JS than the mode-locked fit",
                       Swift.abs(wideStart.mean) < 0.05 && wideStart.standardDeviation > 1.5 && wideStart.divergence < js.divergence,
                       evidence: "μ = \(NumberFormat.fixed(wideStart.mean)), σ = \(NumberFormat.fixed(wideStart.standardDeviation)), JS \(NumberFormat.fixed(wideStart.divergence, digits: 6)) < \(NumberFormat.fixed(js.divergence, digits: 6))")
        try notebook.figure(fitFigure(target: target, fits: fits + [FittedGaussian(label: "JS, wide start", objective: .js, fit: wideStart)]), caption: "One Gaussian fitted to two modes under each divergence")
    }

    private func divergenceFigure(p: Density, q: Density) -> Figure {
        let xs = Grid(-5...5, count: 401).points
        let m = Divergence.midpoint(p, q)
        func kl(_ a: Density, _ b: Density) -> [Double] { xs.map { Divergence.klIntegrand(a, b, at: $0) } }
        return Figure(name: "kl-js-integrands", title: "p = N(0,1), q = N(1,1)", panels: [
            Panel(title: "Densities", xLabel: "x", yLabel: "density", xRange: -5...5, legend: .below, series: [
                .line(x: xs, y: xs.map(p.pdf), title: "p", style: Style(color: .real)),
                .line(x: xs, y: xs.map(q.pdf), title: "q", style: Style(color: .generated)),
            ]),
            Panel(title: "KL integrands (each integrates to 0.5)", xLabel: "x", xRange: -5...5, legend: .below, series: [
                .line(x: xs, y: kl(p, q), title: "p ln(p/q)", style: Style(color: .real)),
                .line(x: xs, y: kl(q, p), title: "q ln(q/p)", style: Style(color: .generated)),
            ]),
            Panel(title: "Against the midpoint m = (p+q)/2", xLabel: "x", xRange: -5...5, legend: .below, series: [
                .line(x: xs, y: kl(p, m), title: "p ln(p/m)", style: Style(color: .real)),
                .line(x: xs, y: kl(q, m), title: "q ln(q/m)", style: Style(color: .generated)),
            ]),
            Panel(title: "JS integrand (integrates to 0.1114)", xLabel: "x", xRange: -5...5, legend: .below, series: [
                .line(x: xs, y: xs.map { Divergence.jsIntegrand(p, q, at: $0) }, title: "½p ln(p/m) + ½q ln(q/m)",
                      style: Style(color: .palette(2))),
            ]),
        ], layout: (2, 2), size: (1600, 1250))
    }

    /// One fitted Gaussian and the name it carries in the figure.
    struct FittedGaussian {
        let label: String
        let objective: GaussianFit.Objective
        let fit: GaussianFit.Result
    }

    private func fitFigure(target: Density, fits: [FittedGaussian]) -> Figure {
        let xs = Grid(-5...5, count: 401).points
        var series: [Series] = [.init(.band(x: xs, lower: xs.map { _ in 0 }, upper: xs.map(target.pdf)), title: "p (two modes)",
                                      style: Style(color: .rgb("#999999"), opacity: 0.35))]
        // Fits that land on the same Gaussian draw one curve: the later is dashed over the earlier, and its key entry
        // and the subtitle say so, so a reader looking for four curves knows why there are two.
        var hidden: [String] = []
        for (index, fitted) in fits.enumerated() {
            let fit = fitted.fit
            let q = Density.normal(mean: fit.mean, standardDeviation: fit.standardDeviation)
            let twin = fits[..<index].first { Swift.abs($0.fit.mean - fit.mean) < 0.02 && Swift.abs($0.fit.standardDeviation - fit.standardDeviation) < 0.02 }
            if let twin { hidden.append("\(fitted.label) lies on \(twin.label)") }
            series.append(.line(x: xs, y: xs.map(q.pdf), title: "\(fitted.label): μ = \(NumberFormat.fixed(fit.mean, digits: 2)), σ = \(NumberFormat.fixed(fit.standardDeviation, digits: 2))"
                                + (twin.map { " (on " + $0.label + ")" } ?? ""),
                                style: Style(color: .palette(index), lineWidth: twin == nil ? 5 : 2.5, dash: twin == nil ? 1 : 2)))
        }
        let subtitle = hidden.isEmpty ? "" : "\n" + hidden.joined(separator: ", ") + ": \(fits.count - hidden.count) curves show \(fits.count) fits"
        return Figure(name: "gaussian-fits", panels: [
            Panel(title: "Fitting N(μ, σ²) to ½N(−2, 0.5²) + ½N(2, 0.5²)" + subtitle, xLabel: "x", yLabel: "density",
                  xRange: -5...5, yRange: 0...0.9, legend: .below, series: series),
        ], size: (1200, 820))
    }
}

/// Gradient-descent fits of one Gaussian to a target density under a chosen divergence, on a grid, with the Engine.
enum GaussianFit {
    enum Objective: String, CaseIterable {
        case forwardKL = "forward KL(p‖q)", reverseKL = "reverse KL(q‖p)", js = "JS(p‖q)"
    }

    struct Result {
        let mean: Double
        let standardDeviation: Double
        let divergence: Double
    }

    /// Minimizes the divergence over (μ, ln σ) with Adam; the integrals are trapezoid sums of tensor ops.
    static func fit(_ objective: Objective, to target: Density, on grid: Grid, mean: Double, standardDeviation: Double,
                    steps: Int, learningRate: Float = 0.02, onStep: () -> Void = {}) -> Result {
        let x = Tensor(converting: grid.points)
        let weights = Tensor(converting: grid.trapezoidWeights)
        let logP = Tensor(converting: grid.points.map(target.logPDF))
        let p = logP.exp()
        let mu = Tensor([Float(mean)], requiresGrad: true)
        let logSigma = Tensor([Float(Foundation.log(standardDeviation))], requiresGrad: true)
        let optimizer = Adam(parameters: [mu, logSigma], learningRate: learningRate)
        func divergence() -> Tensor {
            let z = (x - mu) / logSigma.exp()
            let logQ = -0.5 * z * z - logSigma - Float(0.5 * Foundation.log(2 * Double.pi))
            let q = logQ.exp()
            switch objective {
            case .forwardKL:
                return (weights * p * (logP - logQ)).sum()
            case .reverseKL:
                return (weights * q * (logQ - logP)).sum()
            case .js:
                let logM = (0.5 * (p + q)).log()
                return 0.5 * (weights * p * (logP - logM)).sum() + 0.5 * (weights * q * (logQ - logM)).sum()
            }
        }
        for _ in 0..<steps {
            optimizer.zeroGradients()
            divergence().backward()
            optimizer.step()
            onStep()
        }
        let final = withoutGradients { divergence() }
        return Result(mean: Double(mu.item), standardDeviation: Foundation.exp(Double(logSigma.item)), divergence: Double(final.item))
    }
}
