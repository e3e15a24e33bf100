import Engine
import Foundation
import Notebook
import Plot
import Random
import Theory
import Training

/// Lesson 12: the post's own experiment, a convolutional GAN on small sprites, on procedural creatures instead of
/// Pokémon, trained as a WGAN-GP, with its samples measured rather than admired.
struct NewPokemonLesson: Lesson {
    let number = 12
    let slug = "new-pokemon"
    let title = "Create new Pokémon"
    let sections = ["Example: Create New Pokemons!"]
    let summary = "A convolutional WGAN-GP on 16×16 procedural sprites: sample grids at three stages, new (not copied) and closer to the data"
    let estimatedSeconds = (full: 110.0, quick: 25.0)

    /// What the samples of one stage of training measure.
    struct Stage {
        let epochs: Int
        let iteration: Int
        let grid: [[Float]]
        let slicedW1: Double
        let paletteDistance: Double
        /// How much the samples read as sprites (symmetry, colours, outline, isolated and stray pixels).
        let sprite: SpriteMeasures
    }

    func run(_ notebook: Notebook) throws {
        let trainingCount = notebook.pick(full: 4000, quick: 2048), heldOutCount = 512, measured = 512
        // Full mode stops where the post does; quick mode trains a narrower model faster, for as many seconds.
        let stageEpochs = notebook.pick(full: [7, 21, 49], quick: [4, 16, 48])
        let width = notebook.pick(full: 64, quick: 32)
        let learningRate: Float = notebook.pick(full: 2e-4, quick: 5e-4)
        var dataStream = notebook.generator("sprites")
        let training = ProceduralSprites.sprites(trainingCount, using: &dataStream).map(\.centredValues)
        let heldOut = ProceduralSprites.sprites(heldOutCount, using: &dataStream).map(\.centredValues)
        notebook.prose("""
            # New creatures from a convolutional WGAN

            The post ends with its own experiment: a DCGAN trained on about 900 Pokémon sprites, with samples after \
            7, 21 and 49 epochs (its figure 10), of which it says that they "only have rough shapes without details". \
            We cannot ship \
            Pokémon, so this lesson grows its own: \(trainingCount) creatures of 16×16 pixels, drawn from seed \(notebook.seed). \
            Each is mirror-symmetric, grown from a template of body, maybe-body and body-or-outline cells (in the manner \
            of Dave Bollinger's pixel robots), outlined in a dark shade of its hue, with two eyes and a palette of two \
            related colours shaded from top to bottom, on white. Another \(heldOutCount) from the same stream are held out: \
            they are the yardstick for what "new" means.
            """)
        try notebook.picture(Picture(name: "real-sprites", image: sheet(Array(training.prefix(64)))),
                             caption: "64 of the \(trainingCount) training sprites")
        notebook.prose("""
            The model is a DCGAN at this scale, trained as a WGAN-GP (Gulrajani et al. 2017): the generator maps \
            z ∈ ℝ³² through a linear layer to 4×4×\(2 * width), then two transposed convolutions (kernel 4, stride 2) to \
            8×8×\(width) and 16×16×3, with ReLU between and tanh at the end; the critic mirrors it with two strided \
            convolutions and leaky ReLUs, and no batch norm: the penalty is taken per sample, which batch norm would \
            mix. Its convolutions are the engine's own, an im2col window gather and its adjoint, so the penalty's \
            gradient of a gradient flows through them. λ = 10, n_critic = 5 and batches of 64 are the settings of the \
            paper's Algorithm 1, which lists Adam with α = 10⁻⁴ and β = (0, 0.9); we take β₁ = 0.5, as some of the \
            authors' released code does and as every WGAN-GP of lessons 8 to 11 does here, and a learning \
            rate of \(NumberFormat.scientific(Double(learningRate))), so that training shows its result in \
            \(notebook.mode == .full ? "minutes" : "seconds"). \
            An epoch is one pass of the critic over the training sprites. We stop at epochs \
            \(stageEpochs.map(String.init).joined(separator: ", ")) and draw the same 64 latent vectors each time.
            """)

        let gan = ConvolutionalWGAN(images: training, width: width, learningRate: learningRate, using: notebook.generator("wgan"))
        var watching = notebook.generator("shown")
        let shownCodes = Tensor.normal([64, gan.latentDimension], using: &watching)
        let measuredCodes = Tensor.normal([measured, gan.latentDimension], using: &watching)
        let dataSprite = SpriteStatistics.measures(heldOut)
        func rows(_ tensor: Tensor) -> [[Float]] { tensor.rows }

        let totalIterations = Int((Double(stageEpochs.last!) * gan.iterationsPerEpoch).rounded(.up))
        let frameEvery = Swift.max(1, totalIterations / 16)
        var stages: [Stage] = [], frames: [(iteration: Int, image: RasterImage)] = []
        let progress = notebook.progress("training", total: totalIterations)
        for iteration in 1...totalIterations {
            try gan.iterate()
            progress.advance()
            // The live view (--live) shows the fixed codes' sprites; drawing them takes no random numbers.
            notebook.live {
                let epochs = NumberFormat.fixed(gan.epochs, digits: 1)
                return Figure(name: "live", panels: [Panel(title: "iteration \(iteration) of \(totalIterations) · epoch \(epochs)",
                                                           series: [.init(.image(sheet(Array(rows(gan.generate(from: shownCodes)).prefix(16)), columns: 4, scale: 1)))])])
            }
            if iteration % frameEvery == 0 || iteration == 1 {
                frames.append((iteration, sheet(Array(rows(gan.generate(from: shownCodes)).prefix(16)), columns: 4, scale: 1)))
            }
            if let epochs = stageEpochs.first(where: { Double($0) <= gan.epochs && !stages.map(\.epochs).contains($0) }) {
                stages.append(Self.stage(epochs: epochs, iteration: iteration, grid: rows(gan.generate(from: shownCodes)),
                                         samples: rows(gan.generate(from: measuredCodes)), heldOut: heldOut,
                                         directions: notebook.generator("projections")))
            }
        }
        progress.finish()

        // What real sprites measure against the held-out ones: the floor of each distance at this sample size.
        let real = Array(training.prefix(measured))
        let floor = Self.stage(epochs: 0, iteration: 0, grid: [], samples: real, heldOut: heldOut, directions: notebook.generator("projections"))
        notebook.table("The samples at each stage: \(measured) generated sprites against the \(heldOutCount) held-out real ones",
                       columns: ["epochs", "generator iterations", "sliced W1", "palette distance (TV)"],
                       rows: stages.map { [String($0.epochs), String($0.iteration), NumberFormat.fixed($0.slicedW1),
                                           NumberFormat.fixed($0.paletteDistance)] }
                           + [["\(measured) training sprites", "—", NumberFormat.fixed(floor.slicedW1), NumberFormat.fixed(floor.paletteDistance)]])
        notebook.table("Do they read as sprites? Each measure of the samples at each stage, beside the held-out real sprites'",
                       columns: ["epochs"] + dataSprite.named.map(\.name),
                       rows: stages.map { [String($0.epochs)] + Self.formatted($0.sprite) } + [["held-out real"] + Self.formatted(dataSprite)])
        for stage in stages {
            try notebook.picture(Picture(name: "samples-epoch-\(stage.epochs)", image: sheet(stage.grid)),
                                 caption: "64 samples after \(stage.epochs) epochs (the same latent vectors at every stage)")
        }
        if let last = stages.last {
            try notebook.picture(Picture(name: "last-beside-real", image: RasterImage.grid([sheet(last.grid), sheet(Array(training.prefix(64)))],
                                                                                       columns: 2, margin: 12, background: [255, 255, 255])),
                                 caption: "Left: the samples after \(last.epochs) epochs; right: 64 training sprites, at the same scale")
        }
        try showLearnedSpace(gan, codes: shownCodes, training: training, notebook: notebook)
        // The last frame is held for a second (four frames of 0.25 s), so the loop ends on the trained generator.
        let held = frames + Array(repeating: frames[frames.count - 1], count: 3)
        try notebook.animation(Animation(name: "training", frames: held.map { frame in
            Figure(name: "training", panels: [Panel(title: "iteration \(frame.iteration) of \(totalIterations)",
                                                    legend: .hidden, series: [Series(.image(frame.image)).unlisted(because: "a picture: the title says what it shows")])],
                   size: (420, 440))
        }, delay: 25), caption: "16 fixed latent vectors over training, one frame every \(frameEvery) generator iterations")
        claimProgress(stages: stages, data: dataSprite, notebook: notebook)
        claimNovelty(generated: rows(gan.generate(from: measuredCodes)), training: training, heldOut: heldOut, notebook: notebook)
    }

    /// A learned space, not a list: rows of samples along straight lines between pairs of latent codes (smooth changes
    /// from one creature to another), and samples above their nearest training sprites (alike, not the same).
    private func showLearnedSpace(_ gan: ConvolutionalWGAN, codes: Tensor, training: [[Float]], notebook: Notebook) throws {
        let steps = 8, pairs = 4, ends = codes.rows
        var path: [Float] = []
        for pair in 0..<pairs {
            let (from, to) = (ends[2 * pair], ends[2 * pair + 1])
            for step in 0..<steps {
                let t = Float(step) / Float(steps - 1)
                path += zip(from, to).map { (1 - t) * $0 + t * $1 }
            }
        }
        let walked = gan.generate(from: Tensor(shape: [pairs * steps, gan.latentDimension], scalars: path)).rows
        try notebook.picture(Picture(name: "interpolations", image: sheet(walked, columns: steps)),
                             caption: "Each row walks a straight line in latent space from one sample's code to another's")
        let samples = Array(gan.generate(from: codes).rows.prefix(8))
        let nearest = ImageStatistics.nearestNeighbours(from: samples, to: training).map { training[$0.index] }
        try notebook.picture(Picture(name: "nearest-training", image: sheet(samples + nearest, columns: 8)),
                             caption: "Top: eight samples; bottom: the training sprite nearest to each")
    }

    /// The measures of one stage's `samples` against the held-out sprites; the sliced W1 projects on `projections`
    /// directions drawn from `directions` (pass a generator in the same state at every stage).
    static func stage(epochs: Int, iteration: Int, grid: [[Float]], samples: [[Float]], heldOut: [[Float]],
                      directions: SeededGenerator, projections: Int = 64) -> Stage {
        var directions = directions
        return Stage(epochs: epochs, iteration: iteration, grid: grid,
                     slicedW1: ImageStatistics.slicedWasserstein(samples, heldOut, projections: projections, using: &directions),
                     paletteDistance: Divergence.totalVariation(ImageStatistics.colourHistogram(samples), ImageStatistics.colourHistogram(heldOut)),
                     sprite: SpriteStatistics.measures(samples))
    }

    /// A measure's cells for a table: fractions as percentages, colours as a count, asymmetry as a number.
    static func formatted(_ m: SpriteMeasures) -> [String] {
        [NumberFormat.fixed(m.asymmetry, digits: 3), NumberFormat.fixed(m.colours, digits: 1), NumberFormat.percent(m.outline),
         NumberFormat.percent(m.isolated), NumberFormat.percent(m.stray)]
    }

    /// The samples move towards the data: by a distance between distributions, in symmetry, palette and sprite-ness.
    private func claimProgress(stages: [Stage], data: SpriteMeasures, notebook: Notebook) {
        guard let first = stages.first, let last = stages.last else { return }
        notebook.prose("""
            Looking is not measuring. Two distances say whether the samples approach the data as a distribution. The \
            **sliced W1** is lesson 9's exact one-dimensional W1, averaged over 64 random directions of the \
            768-dimensional pixel space (the same directions at every stage): zero only when every projection agrees. \
            The **palette distance** is the total variation between the colour histograms (4 levels per channel, 64 \
            bins) of generated and held-out sprites. The last row of the first table is what real training sprites \
            measure: the floor of each distance at this sample size.

            Five more say whether each sample reads as a sprite, each beside what the held-out real sprites measure. \
            **Mirror asymmetry** is the mean |x − flip(x)| over pixels: every real creature is symmetric, and nothing in \
            the generator's architecture knows left from right, so it must learn symmetry from examples. **Colours per \
            sprite** counts the distinct colours (8 levels a channel): flat colours give few, per-pixel noise many. \
            **Dark outline** is the share of the body's edge pixels that are dark; **isolated pixels** the share of \
            body pixels unlike all four neighbours; **stray pixels** the share of the body outside its largest piece, \
            specks on the background.
            """)
        for claim in Self.progressClaims(first: first, last: last, data: data) { notebook.claim(claim) }
    }

    /// What must change from the first stage to the last: both distances fall, and the samples move towards the
    /// data's symmetry, colour count and outline. A generator stuck on noise fails them.
    static func progressClaims(first: Stage, last: Stage, data: SpriteMeasures) -> [Claim] {
        /// How much of the way from the first stage's value to the data's the last stage went.
        func progress(_ value: (SpriteMeasures) -> Double) -> Double {
            let start = Swift.abs(value(first.sprite) - value(data))
            return start == 0 ? 0 : 1 - Swift.abs(value(last.sprite) - value(data)) / start
        }
        func towards(_ name: String, _ value: @escaping (SpriteMeasures) -> Double, share: Double) -> Claim {
            .atLeast("\(name) moves at least \(NumberFormat.percent(share)) of the way from epoch \(first.epochs)'s \(NumberFormat.fixed(value(first.sprite), digits: 3)) to the data's \(NumberFormat.fixed(value(data), digits: 3)) (now \(NumberFormat.fixed(value(last.sprite), digits: 3)))",
                     measured: progress(value), bound: share)
        }
        return [
            .atMost("The sliced W1 to the held-out sprites falls by at least half from epoch \(first.epochs) to epoch \(last.epochs) (from \(NumberFormat.fixed(first.slicedW1, digits: 3)); drop \(NumberFormat.percent(1 - last.slicedW1 / first.slicedW1)))",
                    measured: last.slicedW1, bound: 0.5 * first.slicedW1),
            .atMost("The palette distance falls by at least a third (from \(NumberFormat.fixed(first.paletteDistance, digits: 3)))",
                    measured: last.paletteDistance, bound: 2.0 / 3.0 * first.paletteDistance),
            towards("Mirror asymmetry", \.asymmetry, share: 0.2),
            towards("The number of colours per sprite", \.colours, share: 0.2),
        ]
    }

    /// The samples are new: far from every training sprite, at least as far as real sprites the model never saw.
    private func claimNovelty(generated: [[Float]], training: [[Float]], heldOut: [[Float]], notebook: Notebook) {
        let novelty = Self.novelty(generated: generated, training: training, heldOut: heldOut)
        notebook.prose("""
            Are the samples new, or has the generator memorised its training set? For each of \(generated.count) \
            samples we find the nearest of the \(training.count) training sprites (root-mean-square pixel distance, \
            pixels in [−1, 1]), and do the same for the \(heldOut.count) held-out real sprites, which are new by \
            construction. A copy would sit at distance 0; a copy with one pixel flipped from white to black at \
            \(NumberFormat.fixed(Self.onePixel, digits: 3)). New is not enough: a generator that draws one creature \
            over and over (mode collapse) may draw a new one. So we also measure how far the samples are from each \
            other: each sample of one half of them to its nearest in the other half, and the same for the held-out \
            sprites.
            """)
        notebook.table("Distance to the nearest training sprite, and to the nearest other sample (RMS, pixels in [−1, 1])",
                       columns: ["sprites", "smallest", "median", "largest"],
                       rows: [("generated to training", novelty.generated), ("held-out real to training", novelty.heldOut),
                              ("generated to generated", novelty.generatedSpread), ("held-out to held-out", novelty.heldOutSpread)].map { name, d in
                           [name, NumberFormat.fixed(d.min() ?? .nan, digits: 3), NumberFormat.fixed(SampleStatistics.median(d), digits: 3),
                            NumberFormat.fixed(d.max() ?? .nan, digits: 3)]
                       })
        for claim in novelty.claims { notebook.claim(claim) }
        notebook.prose("""
            The second claim is a floor, not a grade: noise is new too, and varied. What says the samples are also \
            *like* the data is the fall of the distances above, the sprite measures, and the grids.
            """)
    }

    /// One pixel changed from white to black moves an image by √(3·2²/768) = 0.125 RMS.
    static let onePixel = (3.0 * 4 / 768).squareRoot()

    /// Nearest-neighbour distances and the claims on them: no copies, as far from the training set as held-out
    /// sprites, and as varied as they are (a collapsed generator fails the last).
    static func novelty(generated: [[Float]], training: [[Float]], heldOut: [[Float]])
        -> (generated: [Double], heldOut: [Double], generatedSpread: [Double], heldOutSpread: [Double], claims: [Claim]) {
        let generatedDistances = ImageStatistics.nearestNeighbourDistances(from: generated, to: training)
        let heldOutDistances = ImageStatistics.nearestNeighbourDistances(from: heldOut, to: training)
        func spread(_ images: [[Float]]) -> [Double] {
            let half = images.count / 2
            return ImageStatistics.nearestNeighbourDistances(from: Array(images[..<half]), to: Array(images[half...]))
        }
        let (generatedSpread, heldOutSpread) = (spread(generated), spread(heldOut))
        let heldOutMedian = SampleStatistics.median(heldOutDistances), heldOutSpreadMedian = SampleStatistics.median(heldOutSpread)
        let claims: [Claim] = [
            // The nearest training sprite of every sample is further than one flipped pixel: no copy with a pixel or two changed.
            .atLeast("No sample is a copy: every one is further from its nearest training sprite than one flipped pixel (\(NumberFormat.fixed(onePixel, digits: 3)))",
                     measured: generatedDistances.min() ?? 0, bound: onePixel),
            // Real sprites never seen are the yardstick; a fresh draw of real sprites lands within a few percent of
            // it either way, so the bound is nine tenths of it: a perfect generator passes, a memorising one does not.
            .atLeast("Samples are about as far from the training set as real sprites it never saw: median at least 90% of theirs (\(NumberFormat.fixed(heldOutMedian, digits: 3)))",
                     measured: SampleStatistics.median(generatedDistances), bound: 0.9 * heldOutMedian),
            .atLeast("Samples differ from each other at least half as much as real sprites do (median distance to the nearest other: \(NumberFormat.fixed(heldOutSpreadMedian, digits: 3)) for held-out sprites)",
                     measured: SampleStatistics.median(generatedSpread), bound: 0.5 * heldOutSpreadMedian),
        ]
        return (generatedDistances, heldOutDistances, generatedSpread, heldOutSpread, claims)
    }

    /// Sprites (values in [−1, 1]) laid out in a grid on a grey margin, each pixel drawn as a `scale`×`scale` block.
    private func sheet(_ images: [[Float]], columns: Int = 8, scale: Int = 4) -> RasterImage {
        RasterImage.grid(images.map { Sprite(centredValues: $0) }.map { RasterImage(width: 16, height: 16, channels: 3, pixels: $0.pixels) },
                         columns: columns, margin: scale == 1 ? 1 : 2, scale: scale, background: [200, 200, 200])
    }
}
