import Engine
import Machine
import Foundation
import Notebook
import Plot
import Random
import Theory
import Training

/// Lesson 8: the techniques of "Improved GAN training", each a switch on the toy GAN, each shown doing what the post says.
struct ImprovedTrainingLesson: Lesson {
    let number = 8
    let slug = "improved-training"
    let title = "Improved GAN training"
    let sections = ["Improved GAN Training"]
    let summary = "Seven techniques, each a switch: what each one does, shown numerically, and what it does to a toy GAN over seeds"
    let estimatedSeconds = (full: 60.0, quick: 18.0)

    /// Which variants the closing comparison trains beside the plain GAN.
    enum TechniqueChoice: String, CaseIterable, Sendable {
        case all, featureMatching = "feature-matching", minibatchDiscrimination = "minibatch-discrimination",
             historicalAveraging = "historical-averaging", labelSmoothing = "one-sided-label-smoothing",
             virtualBatchNorm = "virtual-batch-norm", instanceNoise = "instance-noise", wganPenalty = "wgan-gp"

        /// The variants trained: the plain GAN first, then the chosen one or all.
        var variants: [Variant] {
            self == .all ? Variant.allCases : [.plain] + Variant.allCases.filter { $0.rawValue == rawValue }
        }
    }

    /// `--option technique=NAME`: compare only that technique with the plain GAN ("all" by default).
    static let techniqueOption = OptionKey("technique", default: TechniqueChoice.all,
                                           help: "the techniques the closing comparison trains (each beside the plain GAN)")
    var options: [LessonOption] { [Self.techniqueOption.declaration] }

    func run(_ notebook: Notebook) throws {
        notebook.prose("""
            # Seven fixes

            The post's section on improved training lists seven techniques (Salimans et al. 2016; Arjovsky & Bottou \
            2017). Each is a switch on the same toy GAN here (`GANTechniques` in the Training module). Five of them \
            come with a property checked numerically on its own; the table at the end puts all of them, and WGAN-GP, on \
            the 8 Gaussians of lesson 6 with the same networks and the same number of generator iterations, over seeds.

            1. **Feature matching**: the generator minimizes ‖E_x f(x) − E_z f(G(z))‖², f an intermediate layer of \
            D, instead of fooling D: it matches the data's statistics.
            2. **Minibatch discrimination**: D sees how alike the samples of a batch are. M_i = f(x_i)·T, \
            c_b(x_i, x_j) = exp(−‖M_{i,b} − M_{j,b}‖₁), o(x_i)_b = Σ_j c_b(x_i, x_j), appended to f(x_i).
            """)
        try minibatchSimilarity(notebook)
        try historicalAveraging(notebook)
        try labelSmoothing(notebook)
        try virtualBatchNorm(notebook)
        try instanceNoise(notebook)
        try comparison(notebook)
    }

    /// o(x) on a batch of real points against a batch from one mode, through the comparison's discriminator as it starts.
    private func minibatchSimilarity(_ notebook: Notebook) throws {
        let batch = 64
        notebook.prose("""
            A collapsed generator's batch is a crowd of near-copies, and o(x) counts how crowded each sample's \
            neighbourhood is. Take the discriminator of the comparison below as it starts training (its features f, its T \
            drawn from N(0, 0.1²) as in the reference implementation) and apply it to \(batch) real points of the 8 \
            Gaussians and to \(batch) points from a single mode:
            """)
        var rng = notebook.generator("minibatch")
        let data = ToyDataSet.eightGaussians
        let gan = ImprovedToyGAN(data: data, techniques: GANTechniques(minibatchDiscrimination: true), width: 64, batch: batch,
                                 learningRate: 1e-3, using: rng.split())
        let real = Tensor(points: data.sample(batch, using: &rng))
        let collapsed = Tensor(points: (0..<batch).map { _ in data.modes[0] + data.modeStandardDeviation * Point(rng.normalDouble(), rng.normalDouble()) })
        func similarity(_ samples: Tensor) -> Double { Double(gan.minibatchSimilarity(samples)!.mean().item) }
        let spread = similarity(real), alike = similarity(collapsed)
        notebook.value("Mean o(x)_b over a batch of \(batch) real points (o counts the sample itself: between 1 and \(batch))", spread)
        notebook.value("… over \(batch) points of one mode, as a collapsed generator makes them", alike)
        notebook.claim(.atLeast("A collapsed batch looks more alike to the layer than a real one, already with the T training starts from: its mean o(x) is higher by at least 2 (of \(batch))",
                                measured: alike - spread, bound: 2))
        notebook.prose("""
            With T that small the layer finds most pairs alike even in a real batch: the gap is what D starts from, and \
            training T (with the rest of D) is what widens it.
            """)
    }

    /// min_x max_y xy with simultaneous steps, with and without the historical average in each player's loss.
    private func historicalAveraging(_ notebook: Notebook) throws {
        let eta: Float = 0.1, lambda: Float = 0.5, steps = 400
        notebook.prose("""
            3. **Historical averaging**: each player adds λ‖Θ − (1/t) Σ_{i≤t} Θ_i‖² to its loss, a pull towards its \
            own past. On lesson 3's game, f₁ = xy for x and f₂ = −xy for y, simultaneous steps (η = \
            \(NumberFormat.short(Double(eta)))) spiral out from (1, 1); with λ = \(NumberFormat.short(Double(lambda))), \
            both through the engine's autodiff:
            """)
        func play(lambda: Float) throws -> [Double] {
            let x = Tensor(1, requiresGrad: true), y = Tensor(1, requiresGrad: true)
            let historyX = HistoricalAverage([x]), historyY = HistoricalAverage([y])
            historyX.record()
            historyY.record()
            var norms = [Double(2).squareRoot()]
            for _ in 0..<steps {
                let gradientX = gradients(of: x * y.detached() + lambda * historyX.penalty(), wrt: [x])[0].item
                let gradientY = gradients(of: -(x.detached() * y) + lambda * historyY.penalty(), wrt: [y])[0].item
                x.withUnsafeMutableScalars { $0[0] -= eta * gradientX }
                y.withUnsafeMutableScalars { $0[0] -= eta * gradientY }
                historyX.record()
                historyY.record()
                let norm = Double((x.item * x.item + y.item * y.item).squareRoot())
                try requireFinite(norm, "the xy game")
                norms.append(norm)
            }
            return norms
        }
        let plain = try play(lambda: 0), averaged = try play(lambda: lambda)
        notebook.value("‖(x, y)‖ after \(steps) simultaneous steps", plain.last!)
        notebook.value("… with historical averaging", averaged.last!)
        notebook.claim(.approximately("Without it the norm grows by √(1 + η²) a step: √2 · 1.01^\(steps / 2) = \(NumberFormat.fixed(Double(2).squareRoot() * Foundation.pow(1.01, Double(steps / 2)), digits: 3))",
                                      measured: plain.last!, expected: Double(2).squareRoot() * Foundation.pow(1.01, Double(steps / 2)), tolerance: .relative(1e-3)))
        notebook.claim(.atMost("With it the players stop diverging: the norm never exceeds 1.1 times its start, √2",
                               measured: averaged.max()!, bound: 1.1 * Double(2).squareRoot()))
        notebook.claim(.atMost("… and ends at most a fifth of it: the pull towards the past damps the spiral",
                               measured: averaged.last! / averaged[0], bound: 0.2))
        let t = (0...steps).map(Double.init)
        try notebook.figure(Figure(name: "historical-averaging", panels: [
            Panel(title: "‖(x, y)‖ on min_x max_y xy, simultaneous steps", xLabel: "step", yLabel: "‖(x, y)‖", logY: true,
                  legend: .topLeft, series: [
                      .line(x: t, y: plain, title: "gradient steps"),
                      .line(x: t, y: averaged, title: "with historical averaging, λ = \(NumberFormat.short(Double(lambda)))"),
                  ]),
        ], size: (860, 460)), caption: "Historical averaging turns lesson 3's outward spiral inward")
    }
}

extension ImprovedTrainingLesson {
    /// D trained with hard, one-sided and two-sided labels on lesson 2's pair, against D* = (α p_r + β p_g)/(p_r + p_g).
    fileprivate func labelSmoothing(_ notebook: Notebook) throws {
        notebook.prose("""
            4. **One-sided label smoothing**: train D on real labels α = 0.9 and fake labels 0. Maximizing \
            p_r ln D + p_g ln(1 − D) with targets α and β point by point gives D* = (α p_r + β p_g)/(p_r + p_g), so \
            one-sided smoothing gives D* = 0.9·p_r/(p_r + p_g): 0.45 where p_r = p_g, and at most 0.9 anywhere, so D \
            never claims certainty that a sample is real; where p_r = 0 it still answers 0, certain that it is fake. \
            The post's form, 0.9 and 0.1, is two-sided: there β p_g/(p_r + p_g) lifts D where only fakes live, \
            rewarding the generator for staying there, which Salimans et al. advise against. On lesson 2's pair p_r = N(0, 1), p_g = N(1, 1), where p_r = p_g at \
            x = ½, a small MLP trained with each scheme:
            """)
        let real = Density.normal(mean: 0, standardDeviation: 1), generated = Density.normal(mean: 1, standardDeviation: 1)
        let schemes: [(name: String, real: Float, fake: Float)] = [("labels 1 and 0", 1, 0), ("one-sided, 0.9 and 0", 0.9, 0),
                                                                    ("two-sided, 0.9 and 0.1", 0.9, 0.1)]
        let steps = notebook.pick(full: 4000, quick: 2000)
        let xs = Grid(-3...4, count: 141).points
        let progress = notebook.progress("discriminators with smoothed labels", total: steps * schemes.count)
        var learned: [[Double]] = [], optimal: [[Double]] = []
        for scheme in schemes {
            var rng = notebook.generator("smoothing-\(scheme.real)-\(scheme.fake)")
            let discriminator = MLP(widths: [1, 32, 32, 1], activation: .tanh, initializer: .glorot, using: &rng)
            let optimizer = Adam(parameters: discriminator.parameters, learningRate: 1e-3)
            for _ in 0..<steps {
                let x = Tensor.normal([256, 1], using: &rng), g = Tensor.normal([256, 1], mean: 1, using: &rng)
                optimizer.zeroGradients()
                let loss = Loss.binaryCrossEntropy(logits: discriminator(x), target: scheme.real)
                    + Loss.binaryCrossEntropy(logits: discriminator(g), target: scheme.fake)
                loss.backward()
                optimizer.step()
                try requireFinite(Double(loss.item), "discriminator training")
                progress.advance()
            }
            learned.append(withoutGradients { discriminator(Tensor(converting: xs).reshaped(to: [xs.count, 1])).sigmoid().scalars.map(Double.init) })
            optimal.append(xs.map { x in
                let r = real(x), g = generated(x)
                return (Double(scheme.real) * r + Double(scheme.fake) * g) / (r + g)
            })
        }
        progress.finish()
        let middle = xs.firstIndex { Swift.abs($0 - 0.5) < 1e-9 }!
        let core = xs.indices.filter { (-2.0 - 1e-9...3.0 + 1e-9).contains(xs[$0]) }
        let fakeSide = xs.firstIndex { Swift.abs($0 - 3) < 1e-9 }!
        notebook.table("D at x = ½ (where p_r = p_g), at x = 3 (where fakes dominate), and its largest gap to D* over x ∈ [−2, 3]",
                       columns: ["labels", "D*(½)", "trained D(½)", "D*(3)", "trained D(3)", "max |D − D*|"],
                       rows: schemes.indices.map { index in
                           [schemes[index].name, NumberFormat.fixed(optimal[index][middle], digits: 3), NumberFormat.fixed(learned[index][middle], digits: 3),
                            NumberFormat.fixed(optimal[index][fakeSide], digits: 3), NumberFormat.fixed(learned[index][fakeSide], digits: 3),
                            NumberFormat.fixed(core.map { Swift.abs(learned[index][$0] - optimal[index][$0]) }.max()!, digits: 3)]
                       })
        notebook.claim(.approximately("One-sided smoothing: the trained D answers 0.45 where p_r = p_g, not ½",
                                      measured: learned[1][middle], expected: 0.45, tolerance: .absolute(0.02), rulesOut: 0.5))
        // At x = ½ two-sided smoothing and hard labels both give D* = ½: what tells them apart is D where fakes dominate.
        notebook.claim(.atLeast("Two-sided smoothing lifts D where fakes dominate: at x = 3 (p_r/p_g = e^−2.5) its trained D exceeds the hard-label D by at least 0.05 (D*: \(NumberFormat.fixed(optimal[2][fakeSide], digits: 3)) against \(NumberFormat.fixed(optimal[0][fakeSide], digits: 3)))",
                                measured: learned[2][fakeSide] - learned[0][fakeSide], bound: 0.05))
        notebook.claim(.atMost("Each trained D is within 0.05 of its own D* wherever the data live",
                               measured: schemes.indices.map { index in core.map { Swift.abs(learned[index][$0] - optimal[index][$0]) }.max()! }.max()!,
                               bound: 0.05))
        try notebook.figure(Figure(name: "label-smoothing", panels: [
            Panel(title: "Discriminators trained with smoothed labels against their D*", xLabel: "x  (p_r = N(0,1), p_g = N(1,1))",
                  yLabel: "D(x)", yRange: 0...1.05, legend: .topRight,
                  series: schemes.indices.flatMap { index in [
                      Series.line(x: xs, y: optimal[index], title: "D*, \(schemes[index].name)", style: Style(color: .palette(index), lineWidth: 1.5)),
                      Series.line(x: xs, y: learned[index], title: "trained, \(schemes[index].name)",
                                  style: Style(color: .palette(index), lineWidth: 2.5, dash: 2)),
                  ] }),
        ], size: (900, 520)), caption: "One-sided smoothing caps D at 0.9·p_r/(p_r + p_g); the two-sided form lifts it where only fakes are")
    }

    /// Batch norm against VBN on one example in two batches, VBN's cost in matrix products, and its reference
    /// statistics moving as a VBN generator trains.
    fileprivate func virtualBatchNorm(_ notebook: Notebook) throws {
        let batch = 64, width = 16
        notebook.prose("""
            5. **Virtual batch normalization**: batch normalization makes an example's output depend on the other \
            examples of its minibatch. VBN normalizes each example x with the statistics of a *reference batch*, chosen \
            once at the start but run through the current network at every step, together with x itself: mean and \
            variance over the reference batch ∪ {x}, weights N/(N+1) and 1/(N+1). The reference batch is normalized \
            with its own statistics. Take the generator's first layer (2 → \(width)), a reference batch of \(batch) noise \
            vectors, one noise vector z₀, and two minibatches of \(batch) that contain it, the rest drawn from N(0, 1) and \
            from N(2, 3²):
            """)
        var rng = notebook.generator("vbn")
        let layer = Linear(inputs: 2, outputs: width, initializer: .pytorchDefault, using: &rng)
        let vbn = VirtualBatchNorm(features: width)
        let referenceCodes = Tensor.normal([batch, 2], using: &rng)
        let z0 = Tensor.normal([1, 2], using: &rng)
        let first = Tensor.concatenate([z0, Tensor.normal([batch - 1, 2], using: &rng)])
        let second = Tensor.concatenate([z0, Tensor.normal([batch - 1, 2], mean: 2, standardDeviation: 3, using: &rng)])
        func row(_ t: Tensor) -> [Float] { t.slice(axis: 0, 0..<1).scalars }
        func largestChange(_ a: [Float], _ b: [Float]) -> Double { zip(a, b).map { Double(Swift.abs($0 - $1)) }.max()! }
        let (batchNormShift, virtualShift) = withoutGradients {
            (largestChange(row(VirtualBatchNorm.batchNormalized(layer(first))), row(VirtualBatchNorm.batchNormalized(layer(second)))),
             largestChange(row(vbn(layer(first), reference: layer(referenceCodes)).output),
                           row(vbn(layer(second), reference: layer(referenceCodes)).output)))
        }
        notebook.value("Largest change of z₀'s \(width) normalized activations between the two minibatches, batch norm", batchNormShift)
        notebook.value("… virtual batch norm (0 by construction: z₀'s row is computed from z₀ and the reference batch alone)", virtualShift)
        notebook.claim(.atLeast("With batch norm, z₀'s output depends on its minibatch (a change of at least 0.1)", measured: batchNormShift, bound: 0.1))

        // The cost: the reference batch, as large as a minibatch, runs through the generator beside it, forward and back.
        var costs = notebook.generator("vbn-cost")
        func products(_ techniques: GANTechniques) throws -> (generator: Double, iteration: Double) {
            let gan = ImprovedToyGAN(data: .eightGaussians, techniques: techniques, width: 64, batch: batch, learningRate: 1e-3,
                                     using: costs.split())
            let codes = gan.latentCodes(batch)
            let forward = MatmulLog(), iteration = MatmulLog()
            _ = forward.recording { gan.generate(from: codes) }
            _ = try iteration.recording { try gan.iterate() }
            return (forward.floatingPointOperations, iteration.floatingPointOperations)
        }
        let plainCost = try products(GANTechniques()), virtualCost = try products(GANTechniques(virtualBatchNorm: true))
        notebook.value("Matrix-product FLOPs of the generator's forward pass on \(batch) codes, VBN over none (reference batch of \(batch))",
                       virtualCost.generator / plainCost.generator)
        notebook.value("… of a whole training iteration (D's step, G's step, forward and backward), VBN over none",
                       virtualCost.iteration / plainCost.iteration)

        let steps = 300
        notebook.prose("""
            So VBN is not a fixed per-feature affine map: its statistics follow the weights. Train a GAN whose generator \
            has VBN in its three hidden layers (the comparison's model below) for \(steps) iterations and compare the \
            reference batch's statistics entering each VBN layer, before and after. Statistics frozen at the start \
            would now normalize by the wrong scale:
            """)
        let gan = ImprovedToyGAN(data: .eightGaussians, techniques: GANTechniques(virtualBatchNorm: true), width: 64, batch: batch,
                                 learningRate: 1e-3, using: notebook.generator("vbn-training"))
        func deviations() -> [[Float]] {
            gan.referenceActivations().map { VirtualBatchNorm.statistics($0).variance.scalars.map { $0.squareRoot() } }
        }
        let before = deviations()
        for _ in 0..<steps { try gan.iterate() }
        let after = deviations()
        // Per layer, the largest factor by which a feature's standard deviation on the reference batch changed.
        let factors = zip(after, before).map { after, before in zip(after, before).map { Double(Swift.max($0 / $1, $1 / $0)) }.max()! }
        for (index, factor) in factors.enumerated() {
            notebook.value("Hidden layer \(index + 1): largest change of a feature's standard deviation on the reference batch (factor, after over before or before over after)", factor)
        }
        notebook.claim(.atLeast("Training moves the reference statistics: in some layer a feature's scale changes by a factor of at least 1.5, which statistics frozen at the start would miss",
                                measured: factors.max()!, bound: 1.5))
    }

    /// Lesson 4's disjoint curves, D trained with annealed instance noise against D without it.
    fileprivate func instanceNoise(_ notebook: Notebook) throws {
        let steps = notebook.pick(full: 2000, quick: 1000), start: Float = 0.3
        notebook.prose("""
            6. **Adding noise**: lesson 4's curves have disjoint supports, so D becomes perfect, JS saturates at ln 2 \
            and the generator's gradient vanishes (lesson 5). Instance noise N(0, σ²) on every input of D makes the \
            supports overlap. Anneal σ from \(NumberFormat.short(Double(start))) to 0 over \(steps) steps of D, and \
            measure, every 25 steps, the JS estimate ½(L + ln 4) and the generator's gradient ‖∇_θ E ln(1 − D(G_θ(z)))‖ \
            (θ the offset, as in lesson 5), against the same D trained without noise:
            """)
        func train(annealing: Bool) throws -> (steps: [Double], js: [Double], gradient: [Double], sigma: [Double]) {
            var rng = notebook.generator("noise-\(annealing)")
            let discriminator = MLP(widths: [2, 64, 64, 1], using: &rng)
            let optimizer = Adam(parameters: discriminator.parameters, learningRate: 2e-3)
            let theta = Tensor([0, 0.25], requiresGrad: true)
            var record: (steps: [Double], js: [Double], gradient: [Double], sigma: [Double]) = ([], [], [], [])
            for step in 0...steps {
                let sigma = annealing ? start * Float(steps - step) / Float(steps) : 0
                if step % 25 == 0 {
                    let (loss, _) = withoutGradients {
                        DiscriminatorScore.evaluate(realLogits: discriminator(CurveData.sample(2048, noise: sigma, using: &rng)),
                                                    fakeLogits: discriminator(CurveData.sample(2048, noise: sigma, using: &rng) + theta))
                    }
                    let fake = CurveData.sample(512, noise: sigma, using: &rng) + theta
                    let gradient = gradients(of: (-discriminator(fake)).logSigmoid().mean(), wrt: [theta])[0]
                    record.steps.append(Double(step))
                    record.js.append(OptimalDiscriminator.jsEstimate(fromLoss: loss))
                    record.gradient.append(Double(gradient.scalars.map { $0 * $0 }.reduce(0, +)).squareRoot())
                    record.sigma.append(Double(sigma))
                    try requireFinite(record.js.last! + record.gradient.last!, "discriminator training")
                }
                guard step < steps else { break }
                let real = CurveData.sample(256, noise: sigma, using: &rng)
                let fake = withoutGradients { CurveData.sample(256, noise: sigma, using: &rng) + theta }
                optimizer.zeroGradients()
                Loss.discriminator(realLogits: discriminator(real), fakeLogits: discriminator(fake)).backward()
                optimizer.step()
            }
            return record
        }
        let clean = try train(annealing: false), noisy = try train(annealing: true)
        let half = clean.steps.count / 2
        let ln2 = Foundation.log(2.0)
        notebook.table("Halfway (σ = \(NumberFormat.short(noisy.sigma[half]))) and at the end (σ = 0)",
                       columns: ["D", "JS estimate, halfway", "gradient, halfway", "JS estimate, end", "gradient, end"],
                       rows: [("no noise", clean), ("annealed noise", noisy)].map { name, run in
                           [name, NumberFormat.fixed(run.js[half], digits: 3), NumberFormat.significant(run.gradient[half]),
                            NumberFormat.fixed(run.js.last!, digits: 3), NumberFormat.significant(run.gradient.last!)]
                       })
        notebook.claim(.atMost("Halfway, with noise, the supports overlap: JS is well below ln 2 (by at least 0.2)",
                               measured: noisy.js[half], bound: ln2 - 0.2))
        notebook.claim(.atLeast("… and the generator's gradient is at least 3 times that of the noiseless D at the same step",
                                measured: noisy.gradient[half] / clean.gradient[half], bound: 3))
        notebook.claim(.atLeast("As σ reaches 0 the noisy D becomes perfect as well: its JS estimate climbs to within 0.05 of ln 2",
                                measured: noisy.js.last!, bound: ln2 - 0.05))
        try notebook.figure(Figure(name: "instance-noise", panels: [
            Panel(title: "JS estimate ½(L + ln 4)", xLabel: "discriminator step", yLabel: "nats", yRange: 0...0.9, legend: .topRight, series: [
                .line(x: clean.steps, y: clean.js, title: "no noise"),
                .line(x: noisy.steps, y: noisy.js, title: "noise annealed from σ = \(NumberFormat.short(Double(start)))"),
                .line(x: [0, Double(steps)], y: [ln2, ln2], title: "ln 2", style: Style(color: .rgb("#000000"), lineWidth: 1, dash: 2)),
            ]),
            Panel(title: "Generator gradient ‖∇_θ E ln(1 − D(G_θ(z)))‖", xLabel: "discriminator step", yLabel: "norm", logY: true,
                  legend: .topRight, series: [
                      .line(x: clean.steps, y: clean.gradient, title: "no noise"),
                      .line(x: noisy.steps, y: noisy.gradient, title: "annealed noise"),
                  ]),
        ], layout: (1, 2), size: (1300, 480)), caption: "Instance noise keeps JS below ln 2 and the gradient alive until it is annealed away")
    }
}
