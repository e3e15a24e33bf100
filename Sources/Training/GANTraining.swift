import Engine
import Foundation
import Random
import Theory

/// How a toy GAN's critic is trained and kept in check.
///
/// The raw value is a stable identifier (random-stream names are built from it, so it never changes with the wording
/// of a figure); `title` is the display name.
public enum GANObjective: String, CaseIterable, Sendable {
    /// WGAN, Algorithm 1 of Arjovsky et al. (2017): RMSProp 5·10⁻⁵, weights clipped to [−0.01, 0.01] after every critic step.
    case wganClipping
    /// WGAN-GP (Gulrajani et al. 2017): Adam 10⁻⁴, β = (0.5, 0.9), penalty λ = 0.1 as in the toy experiments.
    case wganPenalty
    /// The original GAN with the non-saturating generator cost, the same networks and optimizer as WGAN-GP.
    case vanilla

    /// The name figures and tables show: "WGAN (clipping)", "WGAN-GP", "GAN".
    public var title: String {
        switch self {
        case .wganClipping: "WGAN (clipping)"
        case .wganPenalty: "WGAN-GP"
        case .vanilla: "GAN"
        }
    }

    /// The clipping bound c of Algorithm 1.
    public static let clip: Float = 0.01
    /// The penalty weight λ of the WGAN-GP toy experiments.
    public static let penaltyWeight: Float = 0.1
}

/// How the networks run: the engine's optimizations, each of which can be switched off to measure it or to check
/// that it changes no bit of the results.
public struct ExecutionPath: Sendable, Equatable {
    /// Layers as fused affine + ReLU ops (bit-identical to the separate ops).
    public var fusedLayers: Bool
    /// The critic frozen (no weight gradients) during the generator's step (bit-identical).
    public var frozenCritic: Bool
    /// Every optimization on.
    public static let optimized = ExecutionPath(fusedLayers: true, frozenCritic: true)
    /// Separate matmul, bias and activation ops, and every gradient computed.
    public static let reference = ExecutionPath(fusedLayers: false, frozenCritic: false)

    /// Creates a path with the given optimizations.
    public init(fusedLayers: Bool, frozenCritic: Bool) {
        self.fusedLayers = fusedLayers
        self.frozenCritic = frozenCritic
    }

    /// Runs `network` on `x` along this path.
    func run(_ network: MLP, _ x: Tensor) -> Tensor {
        fusedLayers ? network(x) : network.unfused(x)
    }
}

/// Converting between point sets and [n, 2] tensors.
extension Tensor {
    /// An [n, 2] tensor of points.
    public convenience init(points: [Point]) {
        self.init(shape: [points.count, 2], scalars: points.flatMap { [Float($0.x), Float($0.y)] })
    }

    /// The rows of an [n, 2] tensor as points.
    public var points: [Point] {
        precondition(rank == 2 && shape[1] == 2, "points: needs an [n, 2] tensor, got \(shape)")
        return stride(from: 0, to: count, by: 2).map { Point(Double(scalars[$0]), Double(scalars[$0 + 1])) }
    }
}

/// One critic (or discriminator) and its optimizer, trained by `step(real:fake:)` under an objective's constraint.
public final class CriticTrainer {
    public let critic: MLP
    public let objective: GANObjective
    public let penaltyWeight: Float
    /// How the critic runs.
    public let path: ExecutionPath
    private let optimizer: any Optimizer
    private var random: SeededGenerator
    /// The largest |weight| seen right after any clipping step (0 until one runs).
    public private(set) var largestClippedWeight: Float = 0

    /// Trains `critic` with the objective's optimizer (RMSProp for clipping, Adam β = (0.5, 0.9) otherwise)
    /// at `learningRate`, or the objective's published rate when nil.
    public init(critic: MLP, objective: GANObjective, learningRate: Float? = nil, penaltyWeight: Float = GANObjective.penaltyWeight,
         path: ExecutionPath = .optimized, using random: SeededGenerator) {
        self.critic = critic
        self.path = path
        self.objective = objective
        self.penaltyWeight = penaltyWeight
        self.random = random
        optimizer = objective.optimizer(for: critic.parameters, learningRate: learningRate)
    }

    /// One update on a real and a fake batch; returns E f(real) − E f(fake) (for the GAN, the game's value).
    @discardableResult
    public func step(real: Tensor, fake: Tensor) throws -> Double {
        optimizer.zeroGradients()
        let realScores = score(real), fakeScores = score(fake)
        let loss: Tensor, value: Tensor
        switch objective {
        case .wganClipping:
            value = realScores.mean() - fakeScores.mean()
            loss = -value
        case .wganPenalty:
            value = realScores.mean() - fakeScores.mean()
            loss = -value + penaltyWeight * gradientPenalty(critic: { self.score($0) }, real: real, fake: fake, using: &random)
        case .vanilla:
            loss = Loss.discriminator(realLogits: realScores, fakeLogits: fakeScores)
            value = -loss
        }
        loss.backward()
        optimizer.step()
        if objective == .wganClipping {
            largestClippedWeight = max(largestClippedWeight, critic.clipWeights(to: GANObjective.clip))
        }
        let result = Double(value.item)
        try requireFinite(result, "the \(objective.title) critic's loss")
        return result
    }

    /// The objective the critic ascends, on the given samples: E f(real) − E f(fake), minus λ·penalty for WGAN-GP,
    /// or the game's value for the GAN.
    public func objectiveValue(real: Tensor, fake: Tensor) -> Double {
        withoutGradients {
            switch objective {
            case .wganClipping: return estimate(real: real, fake: fake)
            case .wganPenalty:
                let penalty = gradientPenalty(critic: { self.score($0) }, real: real, fake: fake, using: &random)
                return estimate(real: real, fake: fake) - Double(penaltyWeight * penalty.item)
            case .vanilla: return -Double(Loss.discriminator(realLogits: score(real), fakeLogits: score(fake)).item)
            }
        }
    }

    /// E f(real) − E f(fake), with no graph.
    public func estimate(real: Tensor, fake: Tensor) -> Double {
        withoutGradients { Double((score(real).mean() - score(fake).mean()).item) }
    }

    /// The critic's output f(x) along the trainer's path.
    public func score(_ x: Tensor) -> Tensor {
        path.run(critic, x)
    }
}

extension GANObjective {
    /// The published learning rate: 5·10⁻⁵ for Algorithm 1's RMSProp, 10⁻⁴ for WGAN-GP's Adam.
    public var learningRate: Float {
        self == .wganClipping ? 5e-5 : 1e-4
    }

    /// The optimizer of the objective's paper, at `learningRate` or the published rate.
    public func optimizer(for parameters: [Tensor], learningRate: Float? = nil) -> any Optimizer {
        switch self {
        case .wganClipping: RMSProp(parameters: parameters, learningRate: learningRate ?? self.learningRate)
        case .wganPenalty, .vanilla: Adam(parameters: parameters, learningRate: learningRate ?? self.learningRate, beta1: 0.5, beta2: 0.9)
        }
    }
}

/// A generator and a critic (or discriminator) on 2-D toy data, as in the WGAN-GP toy experiments:
/// MLPs 2 → width → width → width → out with ReLU, `criticSteps` critic updates per generator update.
public final class ToyGAN: GANModel {
    public let data: ToyDataSet
    public let generator: MLP
    public let trainer: CriticTrainer
    public let batch: Int
    public let criticSteps: Int
    private let generatorOptimizer: any Optimizer
    private var random: SeededGenerator

    /// Creates both networks; `learningRateScale` multiplies the objective's published learning rate for both.
    public init(objective: GANObjective, data: ToyDataSet, width: Int, batch: Int = 256, criticSteps: Int = 5,
         learningRateScale: Float = 1, path: ExecutionPath = .optimized, using random: SeededGenerator) {
        self.data = data
        self.batch = batch
        self.criticSteps = criticSteps
        self.random = random
        generator = MLP(widths: [2, width, width, width, 2], initializer: .pytorchDefault, using: &self.random)
        let critic = MLP(widths: [2, width, width, width, 1], initializer: .pytorchDefault, using: &self.random)
        let rate = objective.learningRate * learningRateScale
        trainer = CriticTrainer(critic: critic, objective: objective, learningRate: rate, path: path, using: self.random.split())
        generatorOptimizer = objective.optimizer(for: generator.parameters, learningRate: rate)
    }

    /// The objective the critic is trained under.
    public var objective: GANObjective { trainer.objective }
    /// The critic (or discriminator).
    public var critic: MLP { trainer.critic }

    /// z ∈ ℝ², as in the WGAN-GP toy experiments.
    public var latentDimension: Int { 2 }

    /// `count` codes z ∼ N(0, I₂) from the model's stream.
    public func latentCodes(_ count: Int) -> Tensor {
        Tensor.normal([count, 2], using: &random)
    }

    /// Points G(z) [n, 2] for codes z [n, 2], with no graph.
    public func generate(from codes: Tensor) -> Tensor {
        withoutGradients { trainer.path.run(generator, codes) }
    }

    /// f(x) (the GAN's logit) on points [n, 2], with no graph.
    public func criticValue(_ samples: Tensor) -> Tensor {
        withoutGradients { trainer.score(samples) }
    }

    public var generatorParameters: [Tensor] { generator.parameters }
    public var criticParameters: [Tensor] { critic.parameters }

    /// `count` real points.
    public func real(_ count: Int) -> Tensor {
        Tensor(points: data.sample(count, using: &random))
    }

    /// One generator iteration: `criticSteps` critic updates, then one generator update descending
    /// −E f(G(z)) (WGAN) or −E ln D(G(z)) (GAN). Returns the last critic step's value.
    @discardableResult
    public func iterate() throws -> Double {
        var last = 0.0
        for _ in 0..<criticSteps { last = try trainer.step(real: real(batch), fake: generate(batch)) }
        generatorOptimizer.zeroGradients()
        let fake = trainer.path.run(generator, latentCodes(batch))
        let scores = trainer.path.run(trainer.path.frozenCritic ? critic.frozen() : critic, fake)
        let loss = objective == .vanilla ? -scores.logSigmoid().mean() : -scores.mean()
        loss.backward()
        generatorOptimizer.step()
        try requireFinite(Double(loss.item), "the \(objective.title) generator's loss")
        return last
    }

    /// The critic's estimate E f(real) − E f(fake) on fresh samples of `count` each.
    public func criticEstimate(samples count: Int) -> Double {
        trainer.estimate(real: real(count), fake: generate(count))
    }
}
