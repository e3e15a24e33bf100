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
        let asymmetry: Double
        let paletteDistance: Double
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

            The post ends with its own experiment: a DCGAN trained on about 900 Pokémon sprites, whose samples after \
            7, 21 and 49 epochs turn from coloured blobs into sprite-like creatures (its figure 10). We cannot ship \
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
            gradient of a gradient flows through them. λ = 10, n_critic = 5, Adam with β = (0.5, 0.9) and batches of \
            64 are the paper's settings; the learning rate is \(NumberFormat.scientific(Double(learningRate))) where the \
            paper's is 10⁻⁴, so that training shows its result in \(notebook.mode == .full ? "minutes" : "seconds"). \
            An epoch is one pass of the critic over the training sprites. We stop at epochs \
            \(stageEpochs.map(String.init).joined(separator: ", ")) and draw the same 64 latent vectors each time.
            """)

        let gan = ConvolutionalWGAN(images: training, width: width, learningRate: learningRate, using: notebook.generator("wgan"))
        var watching = notebook.generator("shown")
        let shownCodes = Tensor.normal([64, gan.latentDimension], using: &watching)
        let measuredCodes = Tensor.normal([measured, gan.latentDimension], using: &watching)
        let dataAsymmetry = ImageStatistics.mirrorAsymmetry(heldOut, width: 16, channels: 3)
        let dataPalette = ImageStatistics.colourHistogram(heldOut)
        let projections = 64
        func slicedW1(_ images: [[Float]]) -> Double {
            var directions = notebook.generator("projections")  // the same directions at every stage
            return ImageStatistics.slicedWasserstein(images, heldOut, projections: projections, using: &directions)
        }
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
                let samples = rows(gan.generate(from: measuredCodes))
                stages.append(Stage(epochs: epochs, iteration: iteration, grid: rows(gan.generate(from: shownCodes)),
                                    slicedW1: slicedW1(samples),
                                    asymmetry: ImageStatistics.mirrorAsymmetry(samples, width: 16, channels: 3),
                                    paletteDistance: Divergence.totalVariation(ImageStatistics.colourHistogram(samples), dataPalette)))
            }
        }
        progress.finish()

        // What real sprites measure against the held-out ones: the floor of each distance at this sample size.
        let real = Array(training.prefix(measured))
        let realPalette = Divergence.totalVariation(ImageStatistics.colourHistogram(real), dataPalette)
        notebook.table("The samples at each stage: \(measured) generated sprites against the \(heldOutCount) held-out real ones",
                       columns: ["epochs", "generator iterations", "sliced W1", "mirror asymmetry", "palette distance (TV)"],
                       rows: stages.map { [String($0.epochs), String($0.iteration), NumberFormat.fixed($0.slicedW1),
                                           NumberFormat.fixed($0.asymmetry), NumberFormat.fixed($0.paletteDistance)] }
                           + [["\(measured) training sprites", "—", NumberFormat.fixed(slicedW1(real)),
                               NumberFormat.fixed(ImageStatistics.mirrorAsymmetry(real, width: 16, channels: 3)), NumberFormat.fixed(realPalette)]])
        for stage in stages {
            try notebook.picture(Picture(name: "samples-epoch-\(stage.epochs)", image: sheet(stage.grid)),
                                 caption: "64 samples after \(stage.epochs) epochs (the same latent vectors at every stage)")
        }
        try notebook.animation(Animation(name: "training", frames: frames.map { frame in
            Figure(name: "training", panels: [Panel(title: "iteration \(frame.iteration) of \(totalIterations)",
                                                    legend: .hidden, series: [.init(.image(frame.image))])],
                   size: (420, 440))
        }, delay: 25), caption: "16 fixed latent vectors over training, one frame every \(frameEvery) generator iterations")
        claimProgress(stages: stages, dataAsymmetry: dataAsymmetry, notebook: notebook)
        claimNovelty(generated: rows(gan.generate(from: measuredCodes)), training: training, heldOut: heldOut, notebook: notebook)
    }

    /// The samples move towards the data: by a distance between distributions, in symmetry and in palette.
    private func claimProgress(stages: [Stage], dataAsymmetry: Double, notebook: Notebook) {
        let (first, last) = (stages.first!, stages.last!)
        notebook.prose("""
            Looking is not measuring. Three numbers say whether the samples approach the data. The **sliced W1** is \
            lesson 9's exact one-dimensional W1, averaged over 64 random directions of the 768-dimensional pixel space \
            (the same directions at every stage): a distance between the two distributions, which is zero only when \
            every projection agrees. The **mirror asymmetry** is the mean |x − flip(x)| over pixels: every real \
            creature is symmetric, so a generator must learn symmetry from examples alone, since nothing in its \
            architecture knows left from right. The **palette distance** is the total variation between the colour \
            histograms (4 levels per channel, 64 bins) of generated and held-out sprites. The last row of the table is \
            what real training sprites measure: the floor of each distance at this sample size.
            """)
        notebook.claim("The sliced W1 to the held-out sprites falls by at least half from epoch \(first.epochs) to epoch \(last.epochs) (from \(NumberFormat.fixed(first.slicedW1, digits: 3)); drop \(NumberFormat.percent(1 - last.slicedW1 / first.slicedW1)))",
                       measured: last.slicedW1, atMost: 0.5 * first.slicedW1)
        notebook.claim("Mirror asymmetry falls towards the data's \(NumberFormat.short(dataAsymmetry)) by at least a fifth (from \(NumberFormat.fixed(first.asymmetry, digits: 3)))",
                       measured: last.asymmetry, atMost: dataAsymmetry + 0.8 * (first.asymmetry - dataAsymmetry))
        notebook.claim("The palette distance falls by at least a third (from \(NumberFormat.fixed(first.paletteDistance, digits: 3)))",
                       measured: last.paletteDistance, atMost: 2.0 / 3.0 * first.paletteDistance)
    }

    /// The samples are new: far from every training sprite, at least as far as real sprites the model never saw.
    private func claimNovelty(generated: [[Float]], training: [[Float]], heldOut: [[Float]], notebook: Notebook) {
        let generatedDistances = ImageStatistics.nearestNeighbourDistances(from: generated, to: training)
        let heldOutDistances = ImageStatistics.nearestNeighbourDistances(from: heldOut, to: training)
        // One pixel changed from white to black moves an image by √(3·2²/768) = 0.125 RMS: the nearest training
        // sprite of every sample must be further away than that, so no sample is a copy with a pixel or two changed.
        let onePixel = (3.0 * 4 / 768).squareRoot()
        let (nearest, median) = (generatedDistances.min()!, SampleStatistics.median(generatedDistances))
        let heldOutMedian = SampleStatistics.median(heldOutDistances)
        notebook.prose("""
            Are the samples new, or has the generator memorised its training set? For each of \(generated.count) \
            samples we find the nearest of the \(training.count) training sprites (root-mean-square pixel distance, \
            pixels in [−1, 1]), and do the same for the \(heldOut.count) held-out real sprites, which are new by \
            construction. A copy would sit at distance 0; a copy with one pixel flipped from white to black at \
            \(NumberFormat.fixed(onePixel, digits: 3)).
            """)
        notebook.table("Distance to the nearest training sprite (RMS, pixels in [−1, 1])",
                       columns: ["sprites", "smallest", "median", "largest"],
                       rows: [("generated", generatedDistances), ("held-out real", heldOutDistances)].map { name, d in
                           [name, NumberFormat.fixed(d.min()!, digits: 3), NumberFormat.fixed(SampleStatistics.median(d), digits: 3),
                            NumberFormat.fixed(d.max()!, digits: 3)]
                       })
        notebook.claim("No sample is a copy: every one is further from its nearest training sprite than one flipped pixel (\(NumberFormat.fixed(onePixel, digits: 3)))",
                       measured: nearest, atLeast: onePixel)
        notebook.claim("Samples are at least as far from the training set as real sprites it never saw (median \(NumberFormat.fixed(heldOutMedian, digits: 3)))",
                       measured: median, atLeast: heldOutMedian)
        notebook.prose("""
            The second claim is a floor, not a grade: noise is new too. What says the samples are also *like* the data \
            is the fall of the three distances above, and the grids.
            """)
    }

    /// Sprites (values in [−1, 1]) laid out in a grid on a grey margin, each pixel drawn as a `scale`×`scale` block.
    private func sheet(_ images: [[Float]], columns: Int = 8, scale: Int = 4) -> RasterImage {
        RasterImage.grid(images.map { Sprite(centredValues: $0) }.map { RasterImage(width: 16, height: 16, channels: 3, pixels: $0.pixels) },
                         columns: columns, margin: scale == 1 ? 1 : 2, scale: scale, background: [200, 200, 200])
    }
}
