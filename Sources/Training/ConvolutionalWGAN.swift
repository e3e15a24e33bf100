import Engine
import Random

/// How lesson 12's networks change resolution.
public enum SpriteArchitecture: String, Sendable, CaseIterable {
    /// The DCGAN of the post: two transposed convolutions (k 4, s 2, p 1) up, two strided convolutions down.
    case transposed
    /// Nearest-neighbour upsampling, each followed by a 3×3 convolution, and a last 3×3 layer at 16×16; the critic
    /// reads the image with a 3×3 layer first. No uneven overlaps, so no checkerboard (Odena et al. 2016).
    case upsampling
}

/// The generator of lesson 12, NHWC throughout. `.transposed`: z ∈ ℝ^latent → Linear → 4×4×2w → ReLU →
/// ConvT(k 4, s 2, p 1) → 8×8×w → ReLU → ConvT → 16×16×3 → tanh. `.upsampling`: Linear → 4×4×2w → ReLU → ×2 →
/// Conv 3×3 → 8×8×w → ReLU → ×2 → Conv 3×3 → 16×16×w/2 → ReLU → Conv 3×3 → 16×16×3 → tanh.
public struct SpriteGeneratorNetwork: Module {
    public let latent: Int
    public let width: Int
    public let architecture: SpriteArchitecture
    let project: Linear
    /// The transposed convolutions (`.transposed`), or none.
    let transposed: [ConvTranspose2d]
    /// The 3×3 convolutions (`.upsampling`), or none.
    let refining: [Conv2d]

    /// Creates the network with `width` channels at 8×8 and twice that at 4×4.
    public init(latent: Int, width: Int, architecture: SpriteArchitecture = .transposed, weightDeviation: Float? = nil,
                using generator: inout SeededGenerator) {
        let halving = ConvolutionGeometry(kernel: 4, stride: 2, padding: 1), same = ConvolutionGeometry(kernel: 3, stride: 1, padding: 1)
        self.latent = latent
        self.width = width
        self.architecture = architecture
        project = Linear(inputs: latent, outputs: 4 * 4 * 2 * width, using: &generator)
        switch architecture {
        case .transposed:
            transposed = [ConvTranspose2d(inputChannels: 2 * width, outputChannels: width, geometry: halving, standardDeviation: weightDeviation, using: &generator),
                          ConvTranspose2d(inputChannels: width, outputChannels: 3, geometry: halving, standardDeviation: weightDeviation, using: &generator)]
            refining = []
        case .upsampling:
            transposed = []
            let half = Swift.max(1, width / 2)
            refining = [Conv2d(inputChannels: 2 * width, outputChannels: width, geometry: same, standardDeviation: weightDeviation, using: &generator),
                        Conv2d(inputChannels: width, outputChannels: half, geometry: same, standardDeviation: weightDeviation, using: &generator),
                        Conv2d(inputChannels: half, outputChannels: 3, geometry: same, standardDeviation: weightDeviation, using: &generator)]
        }
    }

    public var parameters: [Tensor] { project.parameters + transposed.flatMap(\.parameters) + refining.flatMap(\.parameters) }

    /// Images [n, 16, 16, 3] in [−1, 1] for latent codes z [n, latent].
    public func callAsFunction(_ z: Tensor) -> Tensor {
        let start = Tensor.affine(z, weight: project.weight, bias: project.bias, relu: true).reshaped(to: [z.shape[0], 4, 4, 2 * width])
        switch architecture {
        case .transposed:
            return transposed[1](transposed[0](start).relu()).tanh()
        case .upsampling:
            let eight = refining[0](start.upsampled()).relu()
            return refining[2](refining[1](eight.upsampled()).relu()).tanh()
        }
    }
}

/// The critic of lesson 12, the DCGAN discriminator without batch norm (the WGAN-GP paper drops it, since the
/// penalty is per sample): [`.upsampling`: Conv 3×3 → 16×16×w/2 → leaky ReLU →] Conv(k 4, s 2, p 1) → 8×8×w →
/// leaky ReLU → Conv(k 4, s 2, p 1) → 4×4×2w → leaky ReLU → Linear → a score. It reads images flattened to
/// [n, 768] (the gradient penalty's layout).
public struct SpriteCriticNetwork: Module {
    public let width: Int
    /// The 3×3 layer that reads the image first (`.upsampling`), or nil.
    let read: Conv2d?
    let down1: Conv2d
    let down2: Conv2d
    let score: Linear

    /// Creates the network with `width` channels at 8×8 and twice that at 4×4.
    public init(width: Int, architecture: SpriteArchitecture = .transposed, weightDeviation: Float? = nil,
                using generator: inout SeededGenerator) {
        let halving = ConvolutionGeometry(kernel: 4, stride: 2, padding: 1)
        self.width = width
        let inputs = architecture == .upsampling ? Swift.max(1, width / 2) : 3
        read = architecture == .upsampling
            ? Conv2d(inputChannels: 3, outputChannels: inputs, geometry: .init(kernel: 3, stride: 1, padding: 1),
                     standardDeviation: weightDeviation, using: &generator)
            : nil
        down1 = Conv2d(inputChannels: inputs, outputChannels: width, geometry: halving, standardDeviation: weightDeviation, using: &generator)
        down2 = Conv2d(inputChannels: width, outputChannels: 2 * width, geometry: halving, standardDeviation: weightDeviation, using: &generator)
        score = Linear(inputs: 4 * 4 * 2 * width, outputs: 1, initializer: .glorot, using: &generator)
    }

    private init(width: Int, read: Conv2d?, down1: Conv2d, down2: Conv2d, score: Linear) {
        (self.width, self.read, self.down1, self.down2, self.score) = (width, read, down1, down2, score)
    }

    public var parameters: [Tensor] { (read?.parameters ?? []) + down1.parameters + down2.parameters + score.parameters }

    /// Scores [n, 1] for images flattened to [n, 16·16·3].
    public func callAsFunction(_ x: Tensor) -> Tensor {
        var images = x.reshaped(to: [x.shape[0], 16, 16, 3])
        if let read { images = read(images).leakyRelu(slope: 0.2) }
        let features = down2(down1(images).leakyRelu(slope: 0.2)).leakyRelu(slope: 0.2)
        return score(features.reshaped(to: [x.shape[0], 4 * 4 * 2 * width]))
    }

    /// The same critic with its parameters detached: the generator's step needs gradients to the images only.
    public func frozen() -> SpriteCriticNetwork {
        SpriteCriticNetwork(width: width, read: read?.frozen(), down1: down1.frozen(), down2: down2.frozen(), score: score.frozen())
    }
}

/// WGAN-GP (Gulrajani et al. 2017, Algorithm 1) on images: n_critic critic steps ascending
/// E D(x) − E D(G(z)) − λ·E(‖∇D(x̂)‖ − 1)², then one generator step descending −E D(G(z)); Adam for both.
///
/// An epoch is one pass of the critic over the training images, in a fresh random order each time.
public final class ConvolutionalWGAN: GANModel {
    public let generator: SpriteGeneratorNetwork
    public let critic: SpriteCriticNetwork
    public let batch: Int
    public let criticSteps: Int
    public let penaltyWeight: Float
    /// The training images, each flattened to 768 values in [−1, 1].
    public let images: [[Float]]
    private let generatorOptimizer: Adam
    private let criticOptimizer: Adam
    private var random: SeededGenerator
    private var order: [Int] = []
    private var nextInOrder = 0
    /// Critic batches drawn so far, over all epochs.
    public private(set) var criticBatches = 0

    /// The average of the generator's weights that `generate(from:)` samples from, when there is one.
    public let generatorAverage: ParameterAverage?

    /// Creates both networks from `random`; λ = 10, n_critic = 5 and Adam(10⁻⁴, β = (0.5, 0.9)) by default.
    /// `averageDecay` keeps an exponential moving average of the generator's weights, to sample from.
    public init(images: [[Float]], latent: Int = 32, width: Int = 32, architecture: SpriteArchitecture = .transposed,
                batch: Int = 64, criticSteps: Int = 5, penaltyWeight: Float = 10, learningRate: Float = 1e-4,
                averageDecay: Float? = nil, weightDeviation: Float? = nil, using random: SeededGenerator) {
        precondition(images.count >= batch && images.allSatisfy { $0.count == 16 * 16 * 3 },
                     "ConvolutionalWGAN: needs at least one batch of 16×16×3 images")
        self.images = images
        self.batch = batch
        self.criticSteps = criticSteps
        self.penaltyWeight = penaltyWeight
        self.random = random
        generator = SpriteGeneratorNetwork(latent: latent, width: width, architecture: architecture, weightDeviation: weightDeviation,
                                           using: &self.random)
        critic = SpriteCriticNetwork(width: width, architecture: architecture, weightDeviation: weightDeviation, using: &self.random)
        let generatorParameters = generator.parameters
        generatorAverage = averageDecay.map { ParameterAverage(generatorParameters, decay: $0) }
        generatorOptimizer = Adam(parameters: generator.parameters, learningRate: learningRate, beta1: 0.5, beta2: 0.9)
        criticOptimizer = Adam(parameters: critic.parameters, learningRate: learningRate, beta1: 0.5, beta2: 0.9)
    }

    /// Critic passes over the training images so far.
    public var epochs: Double { Double(criticBatches * batch) / Double(images.count) }

    /// Generator iterations per epoch: images / (batch · n_critic).
    public var iterationsPerEpoch: Double { Double(images.count) / Double(batch * criticSteps) }

    /// `count` latent codes z ∼ N(0, I).
    public func latentCodes(_ count: Int) -> Tensor {
        Tensor.normal([count, generator.latent], using: &random)
    }

    /// The length of a latent code.
    public var latentDimension: Int { generator.latent }

    /// Images G(z) flattened to [n, 768], with no graph; from the averaged weights when the model keeps an average.
    public func generate(from codes: Tensor) -> Tensor {
        let draw = { withoutGradients { self.generator(codes).reshaped(to: [codes.shape[0], 768]) } }
        return generatorAverage.map { $0.withAverages(draw) } ?? draw()
    }

    /// Images G(z) of the generator's current weights (the last iterate), flattened, with no graph.
    func generateFromCurrentWeights(_ codes: Tensor) -> Tensor {
        withoutGradients { generator(codes).reshaped(to: [codes.shape[0], 768]) }
    }

    /// The critic's score on images flattened to [n, 768], with no graph.
    public func criticValue(_ samples: Tensor) -> Tensor {
        withoutGradients { critic(samples) }
    }

    public var generatorParameters: [Tensor] { generator.parameters }
    public var criticParameters: [Tensor] { critic.parameters }

    /// The next batch of training images in this epoch's order.
    private func realBatch() -> Tensor {
        var rows: [Float] = []
        rows.reserveCapacity(batch * 768)
        for _ in 0..<batch {
            if nextInOrder == order.count {
                order = Array(images.indices)
                for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random.index(below: i + 1)) }
                nextInOrder = 0
            }
            rows += images[order[nextInOrder]]
            nextInOrder += 1
        }
        criticBatches += 1
        return Tensor(shape: [batch, 768], scalars: rows)
    }

    /// One generator iteration; returns the last critic step's E D(real) − E D(fake), the critic's W1 estimate.
    @discardableResult
    public func iterate() throws -> Double {
        var estimate = 0.0
        for _ in 0..<criticSteps {
            let real = realBatch(), fake = generateFromCurrentWeights(latentCodes(batch))
            criticOptimizer.zeroGradients()
            let value = critic(real).mean() - critic(fake).mean()
            let penalty = gradientPenalty(critic: { self.critic($0) }, real: real, fake: fake, using: &random)
            let loss = -value + penaltyWeight * penalty
            loss.backward()
            criticOptimizer.step()
            estimate = Double(value.item)
            try requireFinite(Double(loss.item), "the convolutional critic's loss")
        }
        generatorOptimizer.zeroGradients()
        let fake = generator(latentCodes(batch)).reshaped(to: [batch, 768])
        let loss = -critic.frozen()(fake).mean()
        loss.backward()
        generatorOptimizer.step()
        generatorAverage?.update()
        try requireFinite(Double(loss.item), "the convolutional generator's loss")
        return estimate
    }
}
