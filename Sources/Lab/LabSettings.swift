import Training

/// The game a lab run plays.
public enum LabLoss: String, CaseIterable, Sendable, Codable {
    /// The original GAN: the generator descends E ln(1 − D(G(z))) (saturates when D wins).
    case minimax
    /// The GAN with the non-saturating generator cost −E ln D(G(z)) (the lessons' `GANObjective.vanilla`).
    case nonSaturating
    /// WGAN with weights clipped to [−c, c] after every critic step.
    case wganClipping
    /// WGAN-GP: the critic's loss plus λ·E(‖∇D(x̂)‖ − 1)².
    case wganPenalty

    /// Whether the critic is a Wasserstein critic (a value, not a logit).
    public var isWasserstein: Bool { self == .wganClipping || self == .wganPenalty }
}

/// The optimizers the lab offers, for both players.
public enum LabOptimizer: String, CaseIterable, Sendable, Codable {
    /// Adam β = (0.5, 0.9), as in WGAN-GP.
    case adam
    /// RMSProp α = 0.99, as in WGAN's Algorithm 1.
    case rmsprop
    /// Plain stochastic gradient descent.
    case sgd
}

/// Everything that defines a lab run. Structural fields (loss, optimizer, width, batch) rebuild the
/// model; the rest apply to the running training between iterations.
public struct LabSettings: Sendable, Equatable, Codable {
    /// The game.
    public var loss: LabLoss = .wganPenalty
    /// Both players' optimizer.
    public var optimizer: LabOptimizer = .adam
    /// The generator's learning rate.
    public var generatorLearningRate: Float = 1e-3
    /// The critic's (discriminator's) learning rate.
    public var criticLearningRate: Float = 1e-3
    /// Critic steps per generator step (n_critic).
    public var criticSteps: Int = 5
    /// The clipping bound c (WGAN with clipping).
    public var clip: Float = GANObjective.clip
    /// The penalty weight λ (WGAN-GP).
    public var penaltyWeight: Float = GANObjective.penaltyWeight
    /// Hidden units in each of the three hidden layers of both networks.
    public var width: Int = 64
    /// Samples per batch.
    public var batch: Int = 256
    /// The real data's identifier (`LabData.identifier`).
    public var data: String = "8gaussians"

    /// The lab's defaults: WGAN-GP on 8 Gaussians, Adam 10⁻³, width 64, batch 256.
    public init() {}

    /// The allowed ranges, as the page's controls offer them.
    public static let learningRates: ClosedRange<Float> = 1e-6...0.1
    /// Allowed critic steps per generator step.
    public static let criticStepRange = 1...20
    /// Allowed clipping bounds.
    public static let clipRange: ClosedRange<Float> = 1e-4...1
    /// Allowed penalty weights.
    public static let penaltyRange: ClosedRange<Float> = 0...100
    /// Allowed hidden widths (the lessons use 128).
    public static let widthRange = 4...256
    /// Allowed batch sizes.
    public static let batchRange = 8...1024

    /// Throws `LabError.invalid` naming the first field out of range.
    public func validate() throws {
        func check(_ ok: Bool, _ message: @autoclosure () -> String) throws {
            if !ok { throw LabError.invalid(message()) }
        }
        try check(Self.learningRates.contains(generatorLearningRate), "generatorLearningRate must lie in 1e-6…0.1, got \(generatorLearningRate)")
        try check(Self.learningRates.contains(criticLearningRate), "criticLearningRate must lie in 1e-6…0.1, got \(criticLearningRate)")
        try check(Self.criticStepRange.contains(criticSteps), "criticSteps must lie in 1…20, got \(criticSteps)")
        try check(Self.clipRange.contains(clip), "clip must lie in 0.0001…1, got \(clip)")
        try check(Self.penaltyRange.contains(penaltyWeight), "penaltyWeight must lie in 0…100, got \(penaltyWeight)")
        try check(Self.widthRange.contains(width), "width must lie in 4…256, got \(width)")
        try check(Self.batchRange.contains(batch), "batch must lie in 8…1024, got \(batch)")
        try check(data == "drawn" || LabData(identifier: data) != nil, "unknown data set \"\(data.prefix(40))\"")
    }

    /// Whether going from `self` to `other` needs a new model (different networks, game, optimizer or data).
    public func needsRebuild(for other: LabSettings) -> Bool {
        loss != other.loss || optimizer != other.optimizer || width != other.width || batch != other.batch
    }
}

/// A request the lab refuses, with a message for the page.
public enum LabError: Error, Equatable, Sendable {
    /// A field out of range, an unknown name, a malformed message.
    case invalid(String)
    /// The server is running as many trainings as it allows.
    case busy(String)

    /// The text the page shows.
    public var message: String {
        switch self {
        case .invalid(let text), .busy(let text): text
        }
    }
}
