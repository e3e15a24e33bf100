import Engine
import Foundation
import Notebook
import Plot
import Random
import Theory
import Training

/// Lesson 7: the GAN's loss does not measure sample quality; it can rank a near-perfect generator below a collapsed one.
struct EvaluationLesson: Lesson {
    let number = 7
    let slug = "evaluation"
    let title = "Lack of a proper evaluation metric"
    let sections = ["Lack of a proper evaluation metric"]
    let summary = "A trained D prefers a collapsed generator to a nearly perfect one; over GAN training its loss drifts apart from W1"
    let estimatedSeconds = (full: 31.0, quick: 8.0)

    /// A fixed generator: a sampler of points and how far it is from the data in W1.
    struct FixedGenerator {
        let name: String
        let sample: (Int, inout SeededGenerator) -> [Point]
    }

    /// How one fixed generator is judged: by a trained D's value L(G, D), the optimum it should reach, a WGAN-GP
    /// critic's estimate, and the exact W1.
    struct Judgement {
        let name: String
        let value: Double
        let optimum: Double
        let estimate: Double
        /// W1 to the data: exact for the shift (lower == upper), bounds for the collapsed generator.
        let w1: ClosedRange<Double>
    }

    func run(_ notebook: Notebook) throws {
        let data = ToyDataSet.eightGaussians
        let shift = 0.1, sigma = data.modeStandardDeviation, modes = data.modes
        // W1 of the collapsed generator, bounded on both sides. Above: the plan that moves each mode's mass 1/8 onto
        // mode 0 costs the mean distance between centres. Below: Kantorovich–Rubinstein with the 1-Lipschitz
        // f(x) = ‖x − c₀‖ gives E_data f − E_G f; by Jensen E‖c_k − c₀ + σZ‖ ≥ ‖c_k − c₀‖, and E‖σZ‖ = σ√(π/2) in 2-D.
        let planCost = modes.map { $0.distance(to: modes[0]) }.reduce(0, +) / Double(modes.count)
        let radialNoise = sigma * (Double.pi / 2).squareRoot()
        let collapsedW1 = (planCost + radialNoise / Double(modes.count) - radialNoise)...planCost
        notebook.prose("""
            # A loss that is not a score

            A GAN's losses describe a contest, not a result: the discriminator's loss says how well *this* D separates \
            *this* G from the data, and both keep moving. Unlike a likelihood, a lower generator loss does not mean \
            better samples, so a GAN has no built-in number to watch, stop on, or compare models with.

            Lesson 2 showed what an optimal D measures: L(G, D*) = 2·JS(p_r‖p_g) − 2 ln 2. JS saturates at ln 2 as soon \
            as the supports stop overlapping (lesson 4), however near they are. So take two fixed generators on the \
            8 Gaussians (σ = \(NumberFormat.fixed(sigma, digits: 4))):

            - **nearly perfect**: every real point moved by \(shift) to the right (\(NumberFormat.fixed(shift / sigma, digits: 1))σ). \
            Its W1 to the data is exactly \(shift): the move itself costs that, and no plan can cost less than the \
            distance between the two means.
            - **collapsed**: real points of one mode only. Where it puts mass it matches the data exactly, but it \
            drops 7 of the 8 modes. Moving each mode's mass onto the kept one costs the mean distance between the \
            centres, \(NumberFormat.fixed(collapsedW1.upperBound, digits: 3)), an upper bound on W1; the 1-Lipschitz \
            f(x) = ‖x − c₀‖ gives the lower bound \(NumberFormat.fixed(collapsedW1.lowerBound, digits: 3)) by duality.

            For each, train a fresh discriminator, keep the one that scores best on held-out samples (L(G, D*) is a \
            maximum over D, and Adam's steps make D's value jitter), and read its loss on fresh samples.
            """)
        let nearlyPerfect = FixedGenerator(name: "nearly perfect") { count, rng in
            data.sample(count, using: &rng).map { $0 + Point(shift, 0) }
        }
        let collapsed = FixedGenerator(name: "collapsed") { count, rng in
            (0..<count).map { _ in modes[0] + sigma * Point(rng.normalDouble(), rng.normalDouble()) }
        }
        // The oracles: the shift changes nothing across the shift's direction, so JS is that of two 1-D normals; the
        // collapsed generator keeps the data's own components, so JS is that of the mode weights.
        let grid = Grid(-10 * sigma...(shift + 10 * sigma), count: 4001)
        let jsShift = Divergence.js(.normal(mean: 0, standardDeviation: sigma), .normal(mean: shift, standardDeviation: sigma), on: grid)
        let jsCollapsed = Divergence.js([Double](repeating: 1.0 / 8, count: 8), [1] + [Double](repeating: 0, count: 7))
        let steps = notebook.pick(full: 12000, quick: 6000), criticSteps = steps / 3, batch = 128, width = 64
        let penaltyWeight: Float = 10
        var measuring = notebook.generator("measure")
        var outcomes: [Judgement] = []
        let progress = notebook.progress("discriminators and critics", total: 2 * (steps + criticSteps))
        for (generator, js, w1) in [(nearlyPerfect, jsShift, shift...shift), (collapsed, jsCollapsed, collapsedW1)] {
            var rng = notebook.generator("samples-\(generator.name)")
            func batches() -> (real: Tensor, fake: Tensor) {
                (Tensor(points: data.sample(batch, using: &rng)), Tensor(points: generator.sample(batch, &rng)))
            }
            var networks = notebook.generator("networks-\(generator.name)")
            let discriminator = CriticTrainer(critic: MLP(widths: [2, width, width, width, 1], using: &networks), objective: .vanilla,
                                              learningRate: 2e-3, using: networks.split())
            let critic = CriticTrainer(critic: MLP(widths: [2, width, width, width, 1], using: &networks), objective: .wganPenalty,
                                       learningRate: 1e-3, penaltyWeight: penaltyWeight, using: networks.split())
            // Held-out samples select the best discriminator over the second half of training.
            let heldOutReal = Tensor(points: data.sample(4096, using: &measuring))
            let heldOutFake = Tensor(points: generator.sample(4096, &measuring))
            var best = (value: -Double.infinity, parameters: ParameterSnapshot(of: discriminator.critic))
            for step in 0..<steps {
                let (real, fake) = batches()
                try discriminator.step(real: real, fake: fake)
                if step < criticSteps { try critic.step(real: real, fake: fake); progress.advance() }
                if step >= steps / 2 && (step + 1) % 250 == 0 {
                    let heldOut = discriminator.objectiveValue(real: heldOutReal, fake: heldOutFake)
                    if heldOut > best.value { best = (heldOut, ParameterSnapshot(of: discriminator.critic)) }
                }
                progress.advance()
            }
            best.parameters.restore(into: discriminator.critic)
            let real = Tensor(points: data.sample(4096, using: &measuring)), fake = Tensor(points: generator.sample(4096, &measuring))
            let value = discriminator.objectiveValue(real: real, fake: fake), estimate = critic.estimate(real: real, fake: fake)
            let optimum = 2 * js - 2 * Foundation.log(2.0)
            outcomes.append(Judgement(name: generator.name, value: value, optimum: optimum, estimate: estimate, w1: w1))
        }
        progress.finish()
        notebook.table("Two fixed generators, judged three ways",
                       columns: ["generator", "W1", "D's value L(G, D)", "optimum 2JS − 2 ln 2", "WGAN-GP critic's estimate"],
                       rows: outcomes.map { outcome in
                           let w1 = [outcome.w1.lowerBound, outcome.w1.upperBound].map { NumberFormat.fixed($0, digits: 3) }
                           return [outcome.name, w1[0] == w1[1] ? w1[0] : w1.joined(separator: " – ")]
                               + [outcome.value, outcome.optimum, outcome.estimate].map { NumberFormat.fixed($0, digits: 3) }
                       })
        let perfect = outcomes.first { $0.name == nearlyPerfect.name }!, dropped = outcomes.first { $0.name == collapsed.name }!
        notebook.claim(.approximately("D reaches the optimum for the collapsed generator, 2·JS − 2 ln 2 with JS of the mode weights",
                                      measured: dropped.value, expected: dropped.optimum, tolerance: .absolute(0.05)))
        // 0.05 separates "≈ 0" from the collapsed generator's optimum, about −0.39, and from a D that cannot tell (−2 ln 2).
        notebook.claim(.approximately("D all but reaches the optimum for the shifted one: the supports barely overlap, so JS ≈ ln 2 and L ≈ 0",
                                      measured: perfect.value, expected: perfect.optimum, tolerance: .absolute(0.05),
                                      rulesOut: dropped.optimum))
        notebook.claim(.atLeast("So D's loss ranks them backwards: it finds the nearly perfect generator easier to tell apart (higher L) than the collapsed one, whose W1 is at least \(NumberFormat.fixed(dropped.w1.lowerBound / perfect.w1.upperBound, digits: 0)) times larger",
                                measured: perfect.value - dropped.value, bound: 0.2))
        notebook.claim(.atLeast("A WGAN critic ranks them the right way round: its estimate for the collapsed generator is at least 5 times that for the shifted one",
                                measured: dropped.estimate / perfect.estimate, bound: 5))
        let overshoot = 1 + dropped.w1.upperBound / (2 * Double(penaltyWeight))
        notebook.prose("""
            The critic's estimate for the collapsed generator, \(NumberFormat.fixed(dropped.estimate, digits: 3)), is close to \
            what lesson 10 predicts for a soft penalty λ = \(Int(penaltyWeight)): the slope overshoots 1 by W/2λ, so k·W1 = \
            \(NumberFormat.fixed(overshoot * dropped.w1.lowerBound, digits: 3))–\(NumberFormat.fixed(overshoot * dropped.w1.upperBound, digits: 3)). For the shifted one it is \
            \(NumberFormat.fixed(perfect.estimate, digits: 3)) against 0.1: eight narrow slopes, one between each mode and \
            its shifted copy, take longer to learn. Either way the order is right, and the numbers are distances, not a \
            balance between two players. That is the remedy the next lessons build.
            """)
        try trainingCurves(notebook)
    }

    /// A GAN's game value over training beside the exact W1: no stable relation.
    private func trainingCurves(_ notebook: Notebook) throws {
        let iterations = notebook.pick(full: 2000, quick: 600), batch = notebook.pick(full: 256, quick: 64)
        let rateScale: Float = notebook.pick(full: 1, quick: 4), checkpoints = 20
        notebook.prose("""
            # Over training

            The same holds while a GAN trains. The GAN of lesson 6 (\(iterations) iterations, batch \(batch)): every \
            \(iterations / checkpoints) iterations, the game's value L on fresh samples, the exact W1 between 256 \
            generated and 256 real points, and the modes covered.
            """)
        let gan = ToyGAN(objective: .vanilla, data: .eightGaussians, width: 128, batch: batch, learningRateScale: rateScale,
                         using: notebook.generator("gan"))
        var rng = notebook.generator("training-measure")
        let progress = notebook.progress("GAN training", total: iterations)
        let record = try gan.train(iterations: iterations, checkpoints: checkpoints, afterIteration: { _ in progress.advance() }) { iteration in
            let generated = gan.generate(256).points
            return (iteration: Double(iteration),
                    value: gan.trainer.objectiveValue(real: gan.real(2048), fake: gan.generate(2048)),
                    w1: Wasserstein.exact(generated, gan.data.sample(256, using: &rng)),
                    covered: Double(ModeCoverage(points: generated, modes: gan.data.modes, radius: gan.data.highQualityRadius).covered))
        }
        let (x, value, w1, covered) = (record.map { $0.iteration }, record.map { $0.value }, record.map { $0.w1 }, record.map { $0.covered })
        progress.finish()
        let settled = 3
        notebook.value("Spearman ρ between the game's value and the exact W1 after iteration \(Int(x[settled]))",
                       Correlation.spearman(Array(value.dropFirst(settled)), Array(w1.dropFirst(settled))))
        notebook.prose("""
            A good metric would move with W1 in one direction, run after run. Run this lesson with a few seeds \
            (`--seed 2`, `--seed 3`, …) and compare ρ: it has no stable sign, because the game's value reports the \
            balance between two players who both keep changing, not the distance to the data.
            """)
        try notebook.figure(Figure(name: "training", panels: [
            Panel(title: "Game value L(G, D)", xLabel: "generator iterations", yLabel: "L", legend: .hidden, xTickStep: 1000,
                  series: [.line(x: x, y: value, style: Style(color: .palette(0), lineWidth: 3)).unlisted(because: "the only curve: the panel's title names it")]),
            Panel(title: "Exact W1(generated, real)", xLabel: "generator iterations", yLabel: "W1", legend: .hidden, xTickStep: 1000,
                  series: [.line(x: x, y: w1, style: Style(color: .palette(1), lineWidth: 3)).unlisted(because: "the only curve: the panel's title names it")]),
            Panel(title: "Modes covered", xLabel: "generator iterations", yLabel: "modes (of 8)", yRange: 0...8.5, legend: .hidden, xTickStep: 1000,
                  series: [.line(x: x, y: covered, style: Style(color: .palette(2), lineWidth: 3)).unlisted(because: "the only curve: the panel's title names it")]),
        ], layout: (1, 3), size: (1800, 640)), caption: "A GAN's game value, its exact W1 and its modes covered over training")
    }
}
