import Engine
import Random
import Testing
import Theory
import Training

/// The one protocol every GAN of the lessons answers to, driven the same way for all three models.
@Suite("The GAN protocol")
struct GANModelTests {
    /// Each model, small, with the sample dimension its `generate(from:)` returns.
    static func models() -> [(name: String, model: any GANModel, sampleDimension: Int)] {
        var sprites = SeededGenerator(seed: 2)
        return [
            ("toy WGAN-GP", ToyGAN(objective: .wganPenalty, data: .eightGaussians, width: 8, batch: 16, using: SeededGenerator(seed: 1)), 2),
            ("improved GAN", ImprovedToyGAN(data: .eightGaussians, techniques: GANTechniques(minibatchDiscrimination: true), width: 8,
                                            batch: 16, learningRate: 1e-3, using: SeededGenerator(seed: 1)), 2),
            ("convolutional WGAN-GP", ConvolutionalWGAN(images: ProceduralSprites.sprites(16, using: &sprites).map(\.centredValues),
                                                        latent: 4, width: 2, batch: 8, criticSteps: 1, using: SeededGenerator(seed: 1)), 768),
            ("convolutional WGAN-GP, upsampling, averaged", ConvolutionalWGAN(images: ProceduralSprites.sprites(16, using: &sprites).map(\.centredValues),
                                                                       latent: 4, width: 4, architecture: .upsampling, batch: 8, criticSteps: 1,
                                                                       averageDecay: 0.9, using: SeededGenerator(seed: 1)), 768),
        ]
    }

    @Test func everyModelIteratesSamplesAndScoresAlike() throws {
        for (name, gan, dimension) in Self.models() {
            let codes = gan.latentCodes(5)
            #expect(codes.shape == [5, gan.latentDimension], "\(name)")
            let before = gan.generate(from: codes)
            #expect(before.shape == [5, dimension], "\(name)")
            // Sampling from given codes draws no random number and records no graph: it repeats bit for bit.
            #expect(gan.generate(from: codes).scalars == before.scalars, "\(name)")
            #expect(gan.criticValue(before).shape == [5, 1], "\(name)")
            let parameters = gan.generatorParameters + gan.criticParameters
            #expect(!gan.generatorParameters.isEmpty && !gan.criticParameters.isEmpty, "\(name)")
            #expect(Set(parameters.map(ObjectIdentifier.init)).count == parameters.count, "\(name): a parameter listed twice")
            let critic = gan.criticParameters.map(\.scalars), generator = gan.generatorParameters.map(\.scalars)
            let value = try gan.iterate()
            #expect(value.isFinite, "\(name)")
            // An iteration updates both players, and the listed parameters are the ones trained.
            #expect(gan.criticParameters.map(\.scalars) != critic && gan.generatorParameters.map(\.scalars) != generator, "\(name)")
            #expect(gan.generate(from: codes).scalars != before.scalars, "\(name)")
            #expect(gan.generate(3).shape == [3, dimension], "\(name)")
        }
    }

    /// The averaged generator is θ̄ ← β·θ̄ + (1 − β)·θ of the iterates: after one update from θ₀ to θ₁ it is
    /// β·θ₀ + (1 − β)·θ₁, and reading it leaves the current weights in place.
    @Test func theAverageFollowsTheIterates() throws {
        let theta = Tensor([1, 2], requiresGrad: true)
        let average = ParameterAverage([theta], decay: 0.75)
        theta.withUnsafeMutableScalars { $0[0] = 5; $0[1] = -2 }
        average.update()
        let read = average.withAverages { theta.scalars }
        let expected: [Float] = [0.75 * 1 + 0.25 * 5, 0.75 * 2 - 0.25 * 2]  // 2, 1
        #expect(read == expected)
        #expect(theta.scalars == [5, -2])
    }
}
