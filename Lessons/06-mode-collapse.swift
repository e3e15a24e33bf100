import Engine
import Foundation
import Notebook
import Plot
import Random
import Theory
import Training

/// Lesson 6: a GAN on 8 Gaussians keeps a few modes and moves between them; WGAN-GP on the same budget keeps all.
struct ModeCollapseLesson: Lesson {
    let number = 6
    let slug = "mode-collapse"
    let title = "Mode collapse"
    let sections = ["Mode collapse"]
    let summary = "A GAN on 8 Gaussians keeps a few modes and moves between them; WGAN-GP on the same budget spreads over all"
    let estimatedSeconds = (full: 55.0, quick: 10.0)

    /// One variant's measurements at a checkpoint.
    struct Checkpoint {
        let iteration: Int
        let coverage: ModeCoverage
        let exactW1: Double
        let generated: [Point]
    }

    func run(_ notebook: Notebook) throws {
        let data = ToyDataSet.eightGaussians
        let iterations = notebook.pick(full: 2000, quick: 1000), batch = notebook.pick(full: 256, quick: 64)
        let rateScale: Float = notebook.pick(full: 1, quick: 4)
        let width = 128, checkpoints = 20, samples = 512
        notebook.prose("""
            # Many noises, one answer

            The generator is paid for samples the discriminator believes, and for nothing else: no term of \
            −E_z ln D(G(z)) rewards variety. Against a fixed D the best generator sends every z to wherever D is \
            largest, a single point if D has a single maximum. Then D learns that this point is fake, its maximum moves \
            elsewhere, and the generator follows. Instead of spreading over the data it hops between a few places. \
            The post's figure 6 shows the result on images: rows of samples that are nearly the same picture.

            On the 8 Gaussians of the WGAN-GP toy experiments (σ = \(NumberFormat.fixed(data.modeStandardDeviation, digits: 4)) \
            around 8 centres on a circle), the standard measurements make this visible. A generated point is \
            **high quality** when it lies within \(NumberFormat.fixed(data.highQualityRadius, digits: 3)) of a centre (a tenth \
            of the distance between neighbouring centres); a mode is **covered** when it receives at least a quarter of \
            its fair share (n/8) of high-quality points; and the exact W1 between \(samples / 2) generated and \(samples / 2) \
            real points measures the whole distribution.
            """)
        var rng = notebook.generator("real")
        let reference = ModeCoverage(points: data.sample(2048, using: &rng), modes: data.modes, radius: data.highQualityRadius)
        // Values, not claims: the radius is many standard deviations wide, so real points pass by construction.
        notebook.value("Modes covered by 2,048 real points", Double(reference.covered))
        notebook.value("High-quality fraction of real points (the radius is \(NumberFormat.fixed(data.highQualityRadius / data.modeStandardDeviation, digits: 1))σ)",
                       reference.highQualityFraction)
        // W1 between two empirical samples is not 0 even for the same distribution: its floor at the final measurement's size.
        let finalSize = 1024
        let floor = (0..<2).map { _ in Wasserstein.exact(data.sample(finalSize, using: &rng), data.sample(finalSize, using: &rng)) }
            .reduce(0, +) / 2
        notebook.value("Noise floor: exact W1 between two real samples of \(finalSize) points (mean of 2 pairs)", floor)

        notebook.prose("""
            # A GAN, and WGAN-GP on the same budget

            A GAN trained on −ln D(G(z)) and WGAN-GP (lesson 11), with the same networks (MLPs 2 → \(width) → \(width) → \
            \(width) → out, ReLU), optimizer (Adam \(NumberFormat.scientific(Double(GANObjective.wganPenalty.learningRate * rateScale))), \
            β = (0.5, 0.9)), batch m = \(batch), 5 critic steps per generator step and \(iterations) generator iterations\
            \(rateScale == 1 ? "" : " (quick mode takes \(Int(rateScale)) times the published learning rate)"). Every \
            \(iterations / checkpoints) iterations we measure \(samples) generated points.
            """)
        let progress = notebook.progress("training", total: 2 * iterations)
        let variants: [GANObjective] = [.vanilla, .wganPenalty]
        var runs: [GANObjective: [Checkpoint]] = [:], finalW1: [GANObjective: Double] = [:]
        for objective in variants {
            let gan = ToyGAN(objective: objective, data: data, width: width, batch: batch, learningRateScale: rateScale,
                             using: notebook.generator("gan-\(objective.rawValue)"))
            var measuring = notebook.generator("measure-\(objective.rawValue)")
            // The live view's points come from a stream of their own, so watching changes no number of the run.
            var watching = notebook.generator("live-\(objective.rawValue)")
            let latent = Tensor.normal([256, 2], using: &watching), shown = data.sample(256, using: &watching)
            var latestCovered = 0
            runs[objective] = try gan.train(iterations: iterations, checkpoints: checkpoints, afterIteration: { iteration in
                progress.advance()
                notebook.live {
                    let generated = gan.generate(from: latent).points
                    return .liveSamples(title: "\(objective.title) · iteration \(iteration) of \(iterations) · modes covered at the last checkpoint: \(latestCovered) of 8",
                                        real: (shown.map(\.x), shown.map(\.y)), generated: (generated.map(\.x), generated.map(\.y)))
                }
            }) { iteration in
                let checkpoint = measure(gan, iteration: iteration, samples: samples, using: &measuring)
                latestCovered = checkpoint.coverage.covered
                return checkpoint
            }
            finalW1[objective] = Wasserstein.exact(gan.generate(finalSize).points, data.sample(finalSize, using: &measuring))
        }
        progress.finish()
        let ganRecord = runs[.vanilla]!, penalty = runs[.wganPenalty]!
        notebook.table("At the end of training", columns: ["variant", "modes covered", "high-quality samples", "exact W1 (\(samples / 2) points)", "exact W1 (\(finalSize) points)"],
                       rows: variants.map { objective in
                           let last = runs[objective]!.last!
                           return [objective.title, "\(last.coverage.covered) of 8",
                                   NumberFormat.percent(last.coverage.highQualityFraction), NumberFormat.fixed(last.exactW1, digits: 3),
                                   NumberFormat.fixed(finalW1[objective]!, digits: 3)]
                       })
        let end = ganRecord.last!, settled = ganRecord.dropFirst()
        notebook.claim(.atMost("At the end the GAN covers fewer modes than WGAN-GP (\(penalty.last!.coverage.covered) of 8)",
                               measured: Double(end.coverage.covered), bound: Double(penalty.last!.coverage.covered - 1)))
        notebook.claim(.atLeast("…while most of its samples are good ones (at least half high quality): quality without variety",
                                measured: end.coverage.highQualityFraction, bound: 0.5))
        notebook.claim(.atMost("WGAN-GP, on the same networks and budget, ends at most half as far from the data in exact W1 above the noise floor (\(finalSize) points each; GAN: \(NumberFormat.fixed(finalW1[.vanilla]!, digits: 3)), floor \(NumberFormat.fixed(floor, digits: 3)))",
                               measured: finalW1[.wganPenalty]! - floor, bound: 0.5 * (finalW1[.vanilla]! - floor)))
        let visited = Set(settled.flatMap(\.coverage.coveredModes))
        let changes = zip(settled, settled.dropFirst()).filter { $0.coverage.coveredModes != $1.coverage.coveredModes }.count
        notebook.value("Modes the GAN covered at some checkpoint from iteration \(settled.first!.iteration) on", Double(visited.count))
        notebook.value("Checkpoints after which the GAN's set of covered modes changed", Double(changes))
        let first = settled.first!.iteration
        notebook.prose(changes == 0 ? """
            In this run the GAN settled early: from iteration \(first) on it kept the same \(end.coverage.covered) modes. \
            Other seeds (`--seed`) show it moving: the occupancy figure then shows modes filling and emptying.
            """ : """
            The GAN's set of covered modes is not fixed: from iteration \(first) on it covered \(visited.count) different \
            modes at one checkpoint or another, \(end.coverage.covered) at the end, and the set changed \(changes) times \
            in \(settled.count - 1) intervals. The occupancy figure shows modes filling and emptying over training.
            """)

        try drawFigures(runs: runs, variants: variants, data: data, notebook: notebook)
    }

    private func measure(_ gan: ToyGAN, iteration: Int, samples: Int, using rng: inout SeededGenerator) -> Checkpoint {
        let generated = gan.generate(samples).points
        let half = samples / 2
        return Checkpoint(iteration: iteration,
                          coverage: ModeCoverage(points: generated, modes: gan.data.modes, radius: gan.data.highQualityRadius),
                          exactW1: Wasserstein.exact(Array(generated.prefix(half)), gan.data.sample(half, using: &rng)),
                          generated: generated)
    }

    private func drawFigures(runs: [GANObjective: [Checkpoint]], variants: [GANObjective], data: ToyDataSet,
                             notebook: Notebook) throws {
        // Modes in order around the circle, labelled by their angle.
        let angles = data.modes.map { (atan2($0.y, $0.x) * 180 / .pi + 360).truncatingRemainder(dividingBy: 360) }
        let order = angles.indices.sorted { angles[$0] < angles[$1] }
        let iterations = runs[.vanilla]!.map { Double($0.iteration) }
        // One colour scale for both panels, up to the largest share any mode held: a collapsed GAN's 0.3–0.6 stands
        // out from a fair 1/8 instead of saturating at twice that.
        let shares = variants.map { objective in
            order.map { mode in runs[objective]!.map { Double($0.coverage.counts[mode]) / Double($0.generated.count) } }
        }
        let highest = Swift.max(shares.joined().joined().max() ?? 0.25, 0.25)
        try notebook.figure(Figure(name: "occupancy", panels: zip(variants, shares).map { objective, values in
            let step = iterations[1] - iterations[0]
            return Panel(kind: .twoD, title: "\(objective.title): share of samples at each mode",
                         xLabel: "generator iterations", yLabel: "mode (angle on the circle, °)",
                         xRange: (-step / 2)...(iterations.last! + step / 2), yRange: -22.5...337.5,
                         colorRange: 0...(highest * 100).rounded(.up) / 100, colorBarLabel: "share of samples (fair: 1/8)",
                         legend: .hidden, yTickStep: 45, series: [Series(.heatmap(
                             xs: iterations, ys: order.map { angles[$0] }, values: values, contours: []))])
        }, layout: (1, 2), size: (1700, 760)), caption: "Which modes the generated samples occupy over training (a fair share is 1/8)")

        var rng = notebook.generator("shown")
        let real = data.sample(256, using: &rng)
        func scatter(_ title: String, _ points: [Point]) -> Panel {
            Panel(title: title, xLabel: "x₁", yLabel: "x₂", xRange: -2...2, yRange: -2...2, equalAspect: true, legend: .hidden,
                  xTickStep: 1, yTickStep: 1, series: [
                .init(.points(x: real.map(\.x), y: real.map(\.y)), style: Style(color: .real, pointSize: 0.8))
                    .unlisted(because: "real points: the figure's title names their colour"),
                .init(.points(x: points.map(\.x), y: points.map(\.y)), style: Style(color: .generated, pointSize: 0.8))
                    .unlisted(because: "generated points: the figure's title names their colour"),
            ])
        }
        let count = runs[.vanilla]!.count
        let shown = [1, count / 2, count - 1]
        try notebook.figure(Figure(name: "samples", title: "Real points (orange) and generated points (blue) during training", panels: variants.flatMap { objective in
            shown.map { index in
                let checkpoint = runs[objective]![index]
                return scatter("\(objective.title) · iteration \(checkpoint.iteration)", Array(checkpoint.generated.prefix(256)))
            }
        }, layout: (variants.count, shown.count), size: (1800, 1300)), caption: "Generated points (blue) over real ones (orange) during training")

        try notebook.figure(Figure(name: "coverage", panels: [
            Panel(title: "Modes covered", xLabel: "generator iterations", yLabel: "modes (of 8)", yRange: 0...10, legend: .below,
                  series: variants.map { .line(x: iterations, y: runs[$0]!.map { Double($0.coverage.covered) }, title: $0.title) }),
            Panel(title: "Exact W1(generated, real)", xLabel: "generator iterations", yLabel: "W1", legend: .below,
                  series: variants.map { .line(x: iterations, y: runs[$0]!.map(\.exactW1), title: $0.title) }),
        ], layout: (1, 2), size: (1600, 760)), caption: "Modes covered and exact W1 over training")
    }
}
