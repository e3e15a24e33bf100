import Engine
import Random
import Testing
import Training

/// The Training pieces of lesson 8: the smoothed loss's optimum, the historical average, and the switches.
@Suite("Improved GAN training")
struct ImprovedGANTests {
    /// Minimizing p_r·BCE(a, α) + p_g·BCE(a, β) over one logit a gives σ(a) = (α p_r + β p_g)/(p_r + p_g): with
    /// one-sided smoothing and p_r = p_g that is 0.45.
    @Test(arguments: [(0.5, 0.5, 0.9, 0.0, 0.45), (0.8, 0.2, 0.9, 0.0, 0.72), (0.5, 0.5, 0.9, 0.1, 0.5), (0.3, 0.7, 1.0, 0.0, 0.3)])
    func smoothedLabelsMoveTheOptimum(_ pr: Float, _ pg: Float, _ alpha: Float, _ beta: Float, _ optimum: Float) {
        let logit = Tensor(0, requiresGrad: true)
        let optimizer = Adam(parameters: [logit], learningRate: 0.05)
        for _ in 0..<2000 {
            optimizer.zeroGradients()
            (pr * Loss.binaryCrossEntropy(logits: logit, target: alpha) + pg * Loss.binaryCrossEntropy(logits: logit, target: beta)).backward()
            optimizer.step()
        }
        #expect(abs(logit.sigmoid().item - optimum) < 1e-3)
    }

    /// The penalty is ‖Θ − mean of the recorded values‖², and its gradient pulls Θ towards that mean.
    @Test func historicalAveragePenalizesTheDistanceToThePast() {
        let theta = Tensor([1, 2], requiresGrad: true)
        let history = HistoricalAverage([theta])
        #expect(history.penalty().item == 0)
        history.record()                                         // (1, 2)
        theta.withUnsafeMutableScalars { $0[0] = 3; $0[1] = 2 }
        history.record()                                         // mean (2, 2)
        theta.withUnsafeMutableScalars { $0[0] = 5; $0[1] = 0 }
        #expect(abs(history.penalty().item - (9 + 4)) < 1e-6)  // (5 − 2)² + (0 − 2)²
        let gradient = gradients(of: history.penalty(), wrt: [theta])[0].scalars
        #expect(gradient == [6, -4])
    }

    /// G(z) on fixed codes after 20 iterations of a model with `techniques`, seeded alike for every variant.
    static func trainedSamples(_ techniques: GANTechniques) throws -> (before: [Float], after: [Float]) {
        let gan = ImprovedToyGAN(data: .eightGaussians, techniques: techniques, width: 16, batch: 32, learningRate: 1e-3,
                                 using: SeededGenerator(seed: 3))
        var fixed = SeededGenerator(seed: 9)
        let z = Tensor.normal([8, 2], using: &fixed)
        let before = gan.generate(from: z).scalars
        for _ in 0..<20 { try gan.iterate() }
        return (before, gan.generate(from: z).scalars)
    }

    /// The plain GAN trains: a few iterations stay finite and move the generator.
    @Test func thePlainGANTrains() throws {
        let (before, after) = try Self.trainedSamples(GANTechniques())
        let finite = after.allSatisfy { $0.isFinite }
        #expect(finite && after != before)
    }

    /// Every switch does something: trained from the same seed, each technique's generator ends elsewhere than the
    /// plain GAN's (a switch that were a no-op would end on the very same bits), and stays finite.
    @Test(arguments: [GANTechniques(featureMatching: true), GANTechniques(minibatchDiscrimination: true),
                      GANTechniques(historicalAveraging: 1e-3), GANTechniques(realLabel: 0.9), GANTechniques(virtualBatchNorm: true),
                      GANTechniques(instanceNoise: 0.05)])
    func everySwitchChangesTraining(_ techniques: GANTechniques) throws {
        let plain = try Self.trainedSamples(GANTechniques()), switched = try Self.trainedSamples(techniques)
        let finite = switched.after.allSatisfy { $0.isFinite }
        #expect(finite)
        #expect(switched.after != plain.after)
    }
}
