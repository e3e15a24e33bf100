import Engine
import Foundation
import Notebook
import Plot
import Random
import Theory
import Training

/// Lesson 5: as D improves, the generator's gradient through ln(1 − D(G(z))) vanishes; −ln D(G(z)) keeps it.
struct VanishingGradientLesson: Lesson {
    let number = 5
    let slug = "vanishing-gradient"
    let title = "Vanishing gradient"
    let sections = ["Vanishing gradient"]
    let summary = "Train D from scratch against fixed generators: the generator's gradient of ln(1 − D) falls by orders of magnitude"
    let estimatedSeconds = (full: 3.0, quick: 2.0)

    /// How far each fixed generator's curve sits from the real one: early, middle and late in a generator's training.
    let stages: [(label: String, offset: Float)] = [("early: offset 0.6", 0.6), ("middle: offset 0.4", 0.4), ("late: offset 0.2", 0.2)]

    func run(_ notebook: Notebook) throws {
        notebook.prose("""
            # The discriminator's dilemma

            The generator learns only through D. Its original cost is E_z ln(1 − D(G(z))); by the chain rule its \
            gradient is −E_z [D(G(z)) · ∇_θ logit(G(z))], proportional to D(G(z)). When D gets good, \
            D(G(z)) → 0 for every generated sample, and the gradient goes with it. So if D is poor, G learns from \
            wrong feedback; if D is good, G learns nothing at all.

            Arjovsky & Bottou (2017) showed it by freezing a generator, training D from scratch, and watching \
            the norm of the generator's gradient fall. The same experiment at toy scale: the real data on the \
            curve (t, 0.6 sin 3t) of lesson 4, and three frozen generators G_θ(z) = (z, 0.6 sin 3z) + θ whose \
            parameter θ = (0, offset) puts them at different distances, as at different stages of training. \
            For each, a fresh discriminator (MLP 2 → 64 → 64 → 1, ReLU, Adam 2·10⁻³) trains while we record \
            ‖∇_θ E ln(1 − D(G_θ(z)))‖, and beside it the non-saturating cost's ‖∇_θ −E ln D(G_θ(z))‖, whose \
            gradient is proportional to 1 − D(G(z)) instead and so survives a confident D.
            """)
        let steps = notebook.pick(full: 3000, quick: 1500)
        var runs: [(label: String, steps: [Double], original: [Double], nonSaturating: [Double])] = []
        let progress = notebook.progress("training discriminators", total: steps * stages.count)
        for stage in stages {
            var rng = notebook.generator("stage-\(stage.offset)")
            let discriminator = MLP(widths: [2, 64, 64, 1], using: &rng)
            let optimizer = Adam(parameters: discriminator.parameters, learningRate: 2e-3)
            let theta = Tensor([0, stage.offset], requiresGrad: true)
            var record: (steps: [Double], original: [Double], nonSaturating: [Double]) = ([], [], [])
            for step in 0...steps {
                if step % 20 == 0 {
                    let fake = CurveData.sample(512, using: &rng) + theta
                    let logits = discriminator(fake)
                    // ln(1 − σ(a)) = ln σ(−a) and −ln σ(a): both written stably with logSigmoid.
                    let original = (-logits).logSigmoid().mean()
                    let nonSaturating = -logits.logSigmoid().mean()
                    let gOriginal = gradients(of: original, wrt: [theta])[0], gNonSaturating = gradients(of: nonSaturating, wrt: [theta])[0]
                    let norm: (Tensor) -> Double = { Double($0.scalars.map { $0 * $0 }.reduce(0, +)).squareRoot() }
                    record.steps.append(Double(step))
                    record.original.append(norm(gOriginal))
                    record.nonSaturating.append(norm(gNonSaturating))
                    try requireFinite(record.original.last! + record.nonSaturating.last!, "the generator's gradient")
                }
                guard step < steps else { break }
                let real = CurveData.sample(256, using: &rng)
                let fake = withoutGradients { CurveData.sample(256, using: &rng) + theta }
                optimizer.zeroGradients()
                Loss.discriminator(realLogits: discriminator(real), fakeLogits: discriminator(fake)).backward()
                optimizer.step()
                progress.advance()
            }
            runs.append((stage.label, record.steps, record.original, record.nonSaturating))
        }
        progress.finish()

        // How long a gradient lasts: D's steps from the start until the original cost's gradient is below a tenth of its peak.
        let lasts: [Double] = runs.map { run in
            let peak = run.original.max()!, top = run.original.firstIndex(of: peak)!
            return run.original[top...].firstIndex { $0 < peak / 10 }.map { run.steps[$0] } ?? Double(steps)
        }
        notebook.table("Generator gradient norms, from the start of D's training to step \(steps)",
                       columns: ["generator", "original: peak", "steps to a tenth of it", "original: final", "fall", "non-saturating: final"],
                       rows: zip(runs, lasts).map { run, last in
                           [run.label, NumberFormat.significant(run.original.max()!), String(Int(last)), NumberFormat.significant(run.original.last!),
                            NumberFormat.times(run.original.max()! / run.original.last!), NumberFormat.significant(run.nonSaturating.last!)]
                       })
        let falls = runs.map { $0.original.max()! / $0.original.last! }
        notebook.claim("\(runs[0].label): the original cost's gradient falls by more than two orders of magnitude",
                       measured: falls[0], atLeast: 100)
        notebook.claim("For every generator it falls by at least an order of magnitude", measured: falls.min()!, atLeast: 10)
        notebook.claim("The generator closest to the data keeps its gradient longest: D needs at least 1.5 times as many steps to push it below a tenth of its peak as for either farther one (\(zip(runs, lasts).map { "\($0.label): \(Int($1))" }.joined(separator: ", ")))",
                       measured: lasts.last! / lasts.dropLast().max()!, atLeast: 1.5)
        let survives = runs.map { $0.nonSaturating.last! / $0.original.last! }.min()!
        notebook.claim("The non-saturating gradient stays at least 100× larger at the end, for every generator", measured: survives, atLeast: 100)
        notebook.prose("""
            The remedy the original GAN paper proposed, minimizing −ln D(G(z)) instead, keeps the gradient \
            alive — but Arjovsky & Bottou also showed that its updates become unstable as D improves, and with \
            the optimal D it minimizes KL(p_g‖p_r) − 2·JS, a strange objective that rewards mode dropping. \
            Lessons 9–11 replace the divergence itself.
            """)
        let series: [Series] = runs.enumerated().flatMap { index, run in [
            Series.line(x: run.steps, y: run.original, title: "ln(1 − D): \(run.label)", style: Style(color: .palette(index))),
            Series.line(x: run.steps, y: run.nonSaturating, title: "−ln D: \(run.label)", style: Style(color: .palette(index), lineWidth: 1.5, dash: 2)),
        ] }
        // The y range hugs the data (gnuplot's own reaches a decade below the lowest point); the key goes below.
        let values = runs.flatMap { $0.original + $0.nonSaturating }.filter { $0 > 0 && $0.isFinite }
        let yRange = ((values.min() ?? 1e-3) / 1.5)...((values.max() ?? 1e2) * 1.5)
        try notebook.figure(Figure(name: "vanishing-gradient", panels: [
            Panel(title: "Generator gradient norm while D trains from scratch\n(solid: original cost ln(1 − D), dashed: non-saturating −ln D)",
                  xLabel: "discriminator iterations", yLabel: "‖∇_θ cost‖", xRange: 0...(runs.first?.steps.last ?? 1), yRange: yRange, logY: true, legend: .below, series: series),
        ], size: (1300, 900)), caption: "Post figure 5 at toy scale: the original cost's gradient vanishes, the non-saturating one does not")
    }
}
