import Engine
import Random
import Theory
import Training

/// The lab's toy GAN: ToyGAN's networks (MLPs 2 → width → width → width → out, ReLU, PyTorch's initialization) with
/// every knob the page offers — the game (minimax, non-saturating, WGAN with clipping, WGAN-GP), the optimizer, a
/// learning rate for each player, n_critic, c and λ — where the learning rates, n_critic, c and λ can change between
/// iterations. Built from Training's pieces (the penalty, the clipping, the discriminator's loss).
public final class LabGAN: GANModel {
    /// The settings in force; set `settings` to apply the adjustable ones (structural changes need a new model).
    public private(set) var settings: LabSettings
    /// Where real points come from; may change between iterations.
    public var data: LabData
    /// The generator G: z ∈ ℝ² → x ∈ ℝ².
    public let generator: MLP
    /// The critic f (for the GANs, the discriminator's logit).
    public let critic: MLP
    private let generatorOptimizer: any Optimizer
    private let criticOptimizer: any Optimizer
    private var random: SeededGenerator
    /// The generator's loss after the last iteration.
    public private(set) var generatorLoss = 0.0
    /// The critic's objective after its last step (E f(real) − E f(fake), or the GAN game's value).
    public private(set) var criticObjective = 0.0

    /// Builds both networks from `random` (the same seed and settings give the same run).
    public init(settings: LabSettings, data: LabData, using random: SeededGenerator) {
        self.settings = settings
        self.data = data
        self.random = random
        generator = MLP(widths: [2, settings.width, settings.width, settings.width, 2], initializer: .pytorchDefault, using: &self.random)
        critic = MLP(widths: [2, settings.width, settings.width, settings.width, 1], initializer: .pytorchDefault, using: &self.random)
        generatorOptimizer = Self.optimizer(settings.optimizer, generator.parameters, settings.generatorLearningRate)
        criticOptimizer = Self.optimizer(settings.optimizer, critic.parameters, settings.criticLearningRate)
    }

    private static func optimizer(_ kind: LabOptimizer, _ parameters: [Tensor], _ rate: Float) -> any Optimizer {
        switch kind {
        case .adam: Adam(parameters: parameters, learningRate: rate, beta1: 0.5, beta2: 0.9)
        case .rmsprop: RMSProp(parameters: parameters, learningRate: rate)
        case .sgd: SGD(parameters: parameters, learningRate: rate)
        }
    }

    /// Applies the adjustable fields of `new` (learning rates, n_critic, c, λ); throws when it would need a new model.
    public func adjust(to new: LabSettings) throws {
        try new.validate()
        if settings.needsRebuild(for: new) { throw LabError.invalid("loss, optimizer, width and batch need a new model (reset)") }
        Self.setRate(generatorOptimizer, new.generatorLearningRate)
        Self.setRate(criticOptimizer, new.criticLearningRate)
        settings = new
    }

    private static func setRate(_ optimizer: any Optimizer, _ rate: Float) {
        switch optimizer {
        case let adam as Adam: adam.learningRate = rate
        case let rmsprop as RMSProp: rmsprop.learningRate = rate
        case let sgd as SGD: sgd.learningRate = rate
        default: break
        }
    }

    public var latentDimension: Int { 2 }

    /// `count` codes z ∼ N(0, I₂) from the model's stream.
    public func latentCodes(_ count: Int) -> Tensor {
        Tensor.normal([count, 2], using: &random)
    }

    /// Points G(z) [n, 2] for codes z [n, 2], with no graph.
    public func generate(from codes: Tensor) -> Tensor {
        withoutGradients { generator(codes) }
    }

    /// f(x) (the GANs' logit) on points [n, 2], with no graph.
    public func criticValue(_ samples: Tensor) -> Tensor {
        withoutGradients { critic(samples) }
    }

    public var generatorParameters: [Tensor] { generator.parameters }
    public var criticParameters: [Tensor] { critic.parameters }

    /// `count` real points from the current data.
    public func real(_ count: Int) -> Tensor {
        Tensor(points: data.sample(count, using: &random))
    }

    /// One generator iteration: n_critic critic steps, then one generator step. Returns the critic's last objective.
    @discardableResult
    public func iterate() throws -> Double {
        for _ in 0..<settings.criticSteps { try criticStep() }
        generatorOptimizer.zeroGradients()
        let loss = generatorCost(critic.frozen()(generator(latentCodes(settings.batch)))).mean()
        loss.backward()
        generatorOptimizer.step()
        generatorLoss = Double(loss.item)
        try requireFinite(generatorLoss, "the generator's loss")
        return criticObjective
    }

    /// The generator's cost per sample, from the critic's output on generated points.
    func generatorCost(_ scores: Tensor) -> Tensor {
        switch settings.loss {
        case .minimax: -scores.softplus()           // ln(1 − σ(l)) = −softplus(l)
        case .nonSaturating: -scores.logSigmoid()   // −ln σ(l)
        case .wganClipping, .wganPenalty: -scores
        }
    }

    private func criticStep() throws {
        criticOptimizer.zeroGradients()
        let real = real(settings.batch), fake = generate(settings.batch)
        let realScores = critic(real), fakeScores = critic(fake)
        let value: Tensor, loss: Tensor
        switch settings.loss {
        case .minimax, .nonSaturating:
            loss = Loss.discriminator(realLogits: realScores, fakeLogits: fakeScores)
            value = -loss
        case .wganClipping:
            value = realScores.mean() - fakeScores.mean()
            loss = -value
        case .wganPenalty:
            value = realScores.mean() - fakeScores.mean()
            loss = -value + settings.penaltyWeight * gradientPenalty(critic: { self.critic($0) }, real: real, fake: fake, using: &random)
        }
        loss.backward()
        criticOptimizer.step()
        if settings.loss == .wganClipping { critic.clipWeights(to: settings.clip) }
        criticObjective = Double(value.item)
        try requireFinite(criticObjective, "the critic's loss")
    }

    /// Where the generator's next step pushes each of `points` [n, 2]: −∇ₓ of the generator's cost at x, by autodiff
    /// through the critic.
    public func generatorPush(at points: Tensor) -> Tensor {
        let x = points.detached().asVariable()
        let total = withGradients { generatorCost(critic.frozen()(x)).sum() }
        return withoutGradients { -gradients(of: total, wrt: [x])[0] }
    }
}
