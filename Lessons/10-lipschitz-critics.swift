import Engine
import Foundation
import Notebook
import Plot
import Random
import Theory
import Training

/// Lesson 10: Kantorovich–Rubinstein duality made concrete with trained critics, clipped and penalized.
struct LipschitzCriticsLesson: Lesson {
    let number = 10
    let slug = "lipschitz-critics"
    let title = "Lipschitz critics and Kantorovich–Rubinstein duality"
    let sections = ["Use Wasserstein distance as GAN loss", "Lipschitz continuity"]
    let summary = "Train 1-Lipschitz critics: the penalty recovers W1 and the optimal slope ±1, clipping wastes capacity at ±c"
    let estimatedSeconds = (full: 30.0, quick: 7.0)

    /// A pair of 1-D distributions with a known W1 and a known optimal critic f*.
    struct Pair: Sendable {
        let name: String
        let p: (mean: Float, deviation: Float)
        let q: (mean: Float, deviation: Float)
        /// The optimal critic, up to a constant.
        let optimal: @Sendable (Double) -> Double
        let optimalName: String
    }

    let pairs = [
        Pair(name: "shift: N(0, 1) vs N(2, 1)", p: (0, 1), q: (2, 1), optimal: { -$0 }, optimalName: "f*(x) = −x"),
        Pair(name: "spread: N(0, 1) vs N(0, 0.3²)", p: (0, 1), q: (0, 0.3), optimal: { Swift.abs($0) }, optimalName: "f*(x) = |x|"),
    ]

    func run(_ notebook: Notebook) throws {
        notebook.prose("""
            # The dual form

            The infimum over transport plans is intractable in high dimensions. The Kantorovich–Rubinstein \
            duality turns it into a supremum over functions:

                W(p_r, p_g) = (1/K) · sup_{‖f‖_L ≤ K} E_{x∼p_r}[f(x)] − E_{x∼p_g}[f(x)]

            where f is K-Lipschitz: |f(a) − f(b)| ≤ K·|a − b| everywhere. A neural network f_w can play f — the \
            *critic* — if something keeps it Lipschitz. WGAN clips every weight to [−c, c] (Arjovsky et al. 2017); \
            WGAN-GP adds the gradient penalty λ·E_x̂ (‖∇_x̂ f(x̂)‖₂ − 1)² at random points x̂ = εx + (1 − ε)x̃ \
            between real and generated samples (Gulrajani et al. 2017). For a linear critic f(x) = w·x the \
            penalty is exactly (‖w‖ − 1)²:
            """)
        let slopeCritic = Tensor(shape: [2, 1], scalars: [3, 4])
        var rng = notebook.generator("linear")
        let penalty = gradientPenalty(critic: { $0.matmul(slopeCritic) }, real: .normal([64, 2], using: &rng),
                                      fake: .normal([64, 2], using: &rng), using: &rng)
        notebook.claim("For f(x) = (3, 4)·x the penalty is (‖w‖ − 1)² = (5 − 1)² = 16", measured: Double(penalty.item), expected: 16,
                       tolerance: .absolute(1e-4))
        try oneDimensional(notebook)
        try valueSurfaces(notebook)
    }

    /// Critics for 1-D pairs with known W1: the penalty's estimate and shape against theory, clipping's bound.
    private func oneDimensional(_ notebook: Notebook) throws {
        let steps = notebook.pick(full: 2500, quick: 1200), penaltyWeight: Float = 10, width = 64, penaltyRate: Float = 3e-3
        let clippedBound = Double(width * width) * Foundation.pow(Double(GANObjective.clip), 3)
        notebook.prose("""
            # A critic on the line

            Two pairs of 1-D distributions with known distances: a shift, where W1 = 2 and the optimal critic \
            is f*(x) = −x, and a change of spread, where W1 = 0.7·√(2/π) = 0.5585 and f*(x) = |x| (every point \
            of N(0, 1) moves to 0.3 times itself). Each exact value below comes from the CDF integral of lesson 9. \
            Critics are MLPs 1 → \(width) → \(width) → 1 (ReLU, He initialization), \(steps) steps on batches of 512: the penalty variant with \
            Adam \(NumberFormat.scientific(Double(penaltyRate))) and λ = \(NumberFormat.short(Double(penaltyWeight))) (the paper's default), \
            the clipping variant with Algorithm 1's RMSProp \(NumberFormat.scientific(Double(GANObjective.wganClipping.learningRate))) \
            and c = 0.01. The estimate is E_P f − E_Q f on 20,000 fresh samples each.

            The penalty is soft, and theory says by how much it gives way. A critic k·f* earns k·W1 and pays \
            λ(k − 1)², since its slope is k everywhere; the best trade is k = 1 + W1/2λ. So the penalized critic \
            should overshoot W1 by that factor: 10% for the shift, 3% for the spread.

            The penalized objective is not concave, either. A critic that starts out as f(x) = x must turn its \
            left half from slope +1 to −1 to become |x|, paying up to λ·½ in penalty on the way for a gain of \
            about 0.3: it can stay stuck at a straight line that estimates W1 ≈ 0. So each penalized critic is \
            trained twice from different initial weights, and the one with the larger penalized objective is kept.
            """)
        let grid = Grid(-12...14, count: 26_001)
        let spacing = 0.05, xs = (0...180).map { -4 + Double($0) * spacing }
        let progress = notebook.progress("training 1-D critics", total: steps * pairs.count * 3)
        var results: [TrainedCritic] = []
        for (index, pair) in pairs.enumerated() {
            let exact = Wasserstein.fromCDFs(Wasserstein.normalCDF(mean: Double(pair.p.mean), standardDeviation: Double(pair.p.deviation)),
                                             Wasserstein.normalCDF(mean: Double(pair.q.mean), standardDeviation: Double(pair.q.deviation)),
                                             on: grid)
            var rng = notebook.generator("pair-\(index)")
            let sample: (Int, (mean: Float, deviation: Float)) -> Tensor = { n, d in
                Tensor.normal([n, 1], mean: d.mean, standardDeviation: d.deviation, using: &rng)
            }
            var trainers: [CriticTrainer] = []
            for objective in [GANObjective.wganPenalty, .wganClipping] {
                var candidates: [CriticTrainer] = []
                for _ in 0..<(objective == .wganPenalty ? 2 : 1) {
                    let critic = MLP(widths: [1, width, width, 1], initializer: .he, using: &rng)
                    let trainer = CriticTrainer(critic: critic, objective: objective, learningRate: objective == .wganPenalty ? penaltyRate : nil,
                                                penaltyWeight: penaltyWeight, using: rng.split())
                    for step in 1...steps {
                        try trainer.step(real: sample(512, pair.p), fake: sample(512, pair.q))
                        progress.advance()
                        // The live view (--live) shows the critic beside f*, both through 0 at x = 0; no random draw.
                        notebook.live {
                            let values = withoutGradients { critic(Tensor(shape: [xs.count, 1], scalars: xs.map { Float($0) })) }.scalars.map { Double($0) }
                            let origin = values[xs.indices.min { Swift.abs(xs[$0]) < Swift.abs(xs[$1]) }!]
                            return Figure(name: "live", panels: [Panel(
                                title: "\(pair.name) · \(objective.title) · step \(step) of \(steps)", xLabel: "x", legend: .topLeft, series: [
                                    .line(x: xs, y: values.map { $0 - origin }, title: "critic f(x) − f(0)"),
                                    .line(x: xs, y: xs.map { pair.optimal($0) - pair.optimal(0) }, title: pair.optimalName),
                                ])])
                        }
                    }
                    candidates.append(trainer)
                }
                let real = sample(20_000, pair.p), fake = sample(20_000, pair.q)
                let objectives = candidates.map { $0.objectiveValue(real: real, fake: fake) }
                trainers.append(candidates[objectives.indices.max { objectives[$0] < objectives[$1] }!])
            }
            let realTest = sample(20_000, pair.p), fakeTest = sample(20_000, pair.q)
            results += trainers.map { TrainedCritic(pair: pair, trainer: $0, exact: exact, real: realTest, fake: fakeTest, xs: xs, spacing: spacing) }
        }
        progress.finish()

        notebook.table("Critics on the line", columns: ["pair", "critic", "exact W1", "estimate E_P f − E_Q f", "mean |f′|", "steepest slope K"],
                       rows: results.map { [$0.pair.name, $0.objective.title, NumberFormat.fixed($0.exact), NumberFormat.fixed($0.estimate),
                                            NumberFormat.fixed($0.meanSlope, digits: 3), NumberFormat.fixed($0.steepest, digits: 3)] })
        for critic in results {
            let pair = critic.pair
            if critic.objective == .wganPenalty {
                let k = critic.overshoot(penaltyWeight: penaltyWeight)
                if k - 1 >= 0.05 {
                    // Tolerances of half the predicted overshoot: each claim rules out the plain W1 (and slope 1).
                    notebook.claim(.approximately("\(pair.name): the penalized critic overshoots: its estimate is k·W1 = \(NumberFormat.fixed(k * critic.exact)), k = 1 + W1/2λ, not W1 = \(NumberFormat.fixed(critic.exact))",
                                   measured: critic.estimate, expected: k * critic.exact, tolerance: .relative((k - 1) / (2 * k)),
                                   rulesOut: critic.exact))
                    notebook.claim(.approximately("… its slope |f′| averages k = \(NumberFormat.fixed(k, digits: 3)), not 1, where the data lie",
                                                  measured: critic.meanSlope, expected: k, tolerance: .absolute((k - 1) / 2), rulesOut: 1))
                } else {
                    notebook.claim("\(pair.name): the penalized critic's estimate is within 8% of k·W1 = \(NumberFormat.fixed(k * critic.exact)); the predicted overshoot, \(NumberFormat.percent(k - 1)), is smaller than that, so this pair does not tell k·W1 from W1",
                                   measured: critic.estimate, expected: k * critic.exact, tolerance: .relative(0.08))
                    notebook.claim("… its slope |f′| averages k = \(NumberFormat.fixed(k, digits: 3)) ± 0.05 where the data lie", measured: critic.meanSlope,
                                   expected: k, tolerance: .absolute(0.05))
                }
                notebook.claim("… and its shape matches \(pair.optimalName): correlation ≥ 0.99 over the data", measured: critic.agreement, atLeast: 0.99)
            } else {
                // What clipping guarantees by construction is shown as values; what training achieves is claimed.
                notebook.value("\(pair.name), clipped critic: steepest slope K (at most width²·c³ = \(NumberFormat.fixed(clippedBound, digits: 5)) by construction)",
                               critic.steepest)
                notebook.value("… its estimate as a fraction of W1", critic.estimate / critic.exact)
                notebook.claim("\(pair.name): the clipped critic learns the shape of \(pair.optimalName) all the same: correlation ≥ 0.9 over the data",
                               measured: critic.agreement, atLeast: 0.9)
            }
        }
        notebook.prose("""
            The penalized critic has slope ≈ k wherever the data are, so its estimate is k·W1, and dividing by k \
            recovers W1 (a larger λ shrinks k − 1, at the price of slower training). The clipped \
            critic has the right shape but a Lipschitz constant of at most width²·c³ = \(NumberFormat.fixed(clippedBound, digits: 5)) — \
            its estimate is W1 scaled by an \
            unknown, tiny K, and most of its weights sit on the walls ±c.
            """)
        let panels = pairs.map { pair in
            let curves = results.filter { $0.pair.name == pair.name }.flatMap { $0.curves(xs: xs, penaltyWeight: penaltyWeight) }
            return Panel(title: pair.name, xLabel: "x", yLabel: "critic f(x)", xRange: -4...5, legend: .below, series: curves)
        }
        try notebook.figure(Figure(name: "critics-1d", panels: panels, size: (1700, 860)),
                            caption: "Trained critics against the optimal f*: the penalty learns slope ±1, clipping learns the shape at a tiny scale")
    }

    /// One trained 1-D critic measured on fresh samples of its pair: what the table, the claims and the figure show.
    struct TrainedCritic {
        let pair: Pair
        let objective: GANObjective
        /// The exact W1 of the pair, from the CDF integral.
        let exact: Double
        /// E_P f − E_Q f on the test samples.
        let estimate: Double
        /// The mean |f′| over the test samples of both distributions.
        let meanSlope: Double
        /// The steepest slope of f between neighbouring points of the plotting grid: its Lipschitz constant K there.
        let steepest: Double
        /// Pearson's r between f and f* over the test samples.
        let agreement: Double
        /// f on the plotting grid.
        let values: [Double]
        let largestClippedWeight: Float

        init(pair: Pair, trainer: CriticTrainer, exact: Double, real: Tensor, fake: Tensor, xs: [Double], spacing: Double) {
            self.pair = pair
            objective = trainer.objective
            self.exact = exact
            estimate = trainer.estimate(real: real, fake: fake)
            let mixture = Tensor.concatenate([real, fake]).asVariable()
            let slopes = gradients(of: trainer.critic(mixture).sum(), wrt: [mixture])[0].scalars.map { Double(Swift.abs($0)) }
            meanSlope = slopes.reduce(0, +) / Double(slopes.count)
            values = trainer.critic.line(xs)
            steepest = zip(values, values.dropFirst()).map { Swift.abs($1 - $0) / spacing }.max()!
            agreement = Correlation.pearson(withoutGradients { trainer.critic(mixture) }.scalars.map(Double.init),
                                            mixture.scalars.map { pair.optimal(Double($0)) })
            largestClippedWeight = trainer.largestClippedWeight
        }

        /// The overshoot k = 1 + W1/2λ of a penalized critic (the best trade of slope against penalty).
        func overshoot(penaltyWeight: Float) -> Double {
            1 + exact / (2 * Double(penaltyWeight))
        }

        /// The critic's curve, aligned with f* at x = 0: the penalized one beside k·f*, the clipped one scaled to mean slope 1.
        func curves(xs: [Double], penaltyWeight: Float) -> [Series] {
            let zero = xs.firstIndex { Swift.abs($0) < 1e-9 }!
            if objective == .wganPenalty {
                let k = overshoot(penaltyWeight: penaltyWeight)
                let offset = values[zero] - k * pair.optimal(xs[zero])
                return [.line(x: xs, y: values.map { $0 - offset }, title: "penalized critic", style: Style(color: .palette(0))),
                        .line(x: xs, y: xs.map { k * pair.optimal($0) }, title: "k·f*, \(pair.optimalName)",
                              style: Style(color: .rgb("#000000"), lineWidth: 1.5, dash: 2))]
            }
            let scale = 1 / meanSlope
            let shift = values[zero] * scale - pair.optimal(0)
            return [.line(x: xs, y: values.map { $0 * scale - shift }, title: "clipped critic × \(NumberFormat.fixed(scale, digits: 0))",
                          style: Style(color: .palette(1)))]
        }
    }

    /// WGAN-GP figure 1: value surfaces of critics trained against a generator fixed at real data plus N(0, 1) noise.
    private func valueSurfaces(_ notebook: Notebook) throws {
        let steps = notebook.pick(full: 1500, quick: 400), width = notebook.pick(full: 128, quick: 64)
        notebook.prose("""
            # Value surfaces in 2-D

            Gulrajani et al.'s figure 1: critics trained to optimality on the toy data sets of lesson 11, with the \
            "generator" held fixed at the real data plus N(0, I) noise. Critics are MLPs 2 → \(width) → \(width) → \
            \(width) → 1 trained for \(steps) steps, clipping as in Algorithm 1, the penalty with the toy \
            experiments' λ = 0.1 and Adam β = (0.5, 0.9) at 10⁻³, ten times the usual rate, to get near the \
            optimum within the budget.
            """)
        let xs = stride(from: -2.0, through: 2.0, by: 4.0 / 63).map { $0 }
        var panels: [Panel] = []
        var clippedWeights: [Double] = [], penalizedWeights: [Double] = []
        let progress = notebook.progress("training 2-D critics", total: steps * ToyDataSet.allCases.count * 2)
        for objective in [GANObjective.wganClipping, .wganPenalty] {
            for data in ToyDataSet.allCases {
                var rng = notebook.generator("surface-\(data.rawValue)-\(objective.rawValue)")
                let critic = MLP(widths: [2, width, width, width, 1], initializer: .pytorchDefault, using: &rng)
                let trainer = CriticTrainer(critic: critic, objective: objective, learningRate: objective == .wganPenalty ? 1e-3 : nil,
                                            using: rng.split())
                for _ in 0..<steps {
                    let real = data.sample(256, using: &rng)
                    let fake = real.map { $0 + Point(rng.normalDouble(), rng.normalDouble()) }
                    try trainer.step(real: Tensor(points: real), fake: Tensor(points: fake))
                    progress.advance()
                }
                let weights = critic.layers.flatMap { $0.weight.scalars.map(Double.init) }
                if objective == .wganClipping { clippedWeights += weights } else { penalizedWeights += weights }
                let shown = data.sample(300, using: &rng)
                panels.append(Panel(title: "\(objective.title) · \(data.title)", xRange: -2...2, yRange: -2...2,
                                    colorBarLabel: "critic f(x)", colorMap: .pale, equalAspect: true, legend: .hidden,
                                    xTickStep: 1, yTickStep: 1, series: [
                                        .contouredHeatmap(xs: xs, ys: xs, values: critic.surface(xs: xs, ys: xs)),
                                        .init(.points(x: shown.map(\.x), y: shown.map(\.y)), style: Style(color: .real, pointSize: 0.5))
                                            .unlisted(because: "real data: the figure's title names their colour"),
                                    ]))
            }
        }
        progress.finish()
        let c = Double(GANObjective.clip)
        let atWalls = Double(clippedWeights.filter { Swift.abs($0) >= 0.99 * c }.count) / Double(clippedWeights.count)
        notebook.claim("Weights pile up at the walls: most clipped weights sit within 1% of ±c", measured: atWalls, atLeast: 0.5)
        let penalizedScale = (penalizedWeights.map { $0 * $0 }.reduce(0, +) / Double(penalizedWeights.count)).squareRoot()
        notebook.value("RMS weight of the penalized critics", penalizedScale)
        try notebook.figure(Figure(name: "value-surfaces", title: "Critic values (grey: low to high, contours) and the real data (orange)",
                                   panels: panels, layout: (2, 3), size: (1800, 1200)),
                            caption: "WGAN-GP figure 1a: clipped critics (top) miss the data's shape, penalized critics (bottom) follow it")
        try notebook.figure(Figure(name: "weight-histograms", panels: [
            Panel(title: "Clipped critics: weights pile at ±c = ±0.01", xLabel: "weight", yLabel: "count", legend: .hidden,
                  series: [.histogram(clippedWeights, bins: 50, range: -c...c, style: Style(color: .palette(1), opacity: 0.7))
                              .unlisted(because: "the only series: the panel's title names it")]),
            Panel(title: "Penalized critics: a spread of weights", xLabel: "weight", yLabel: "count", legend: .hidden,
                  series: [.histogram(penalizedWeights, bins: 50, style: Style(color: .palette(0), opacity: 0.7))
                              .unlisted(because: "the only series: the panel's title names it")]),
        ], size: (1500, 700)), caption: "WGAN-GP figure 1b: where clipping puts the critic's weights")
    }
}
