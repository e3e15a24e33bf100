import Engine

/// A GAN as every driver sees it — the lessons, the bench, the live views and the lab: one training iteration at a
/// time, samples from given latent codes, the critic's value on samples, and the parameters of both players.
///
/// ```swift
/// let gan: any GANModel = ToyGAN(objective: .wganPenalty, data: .eightGaussians, width: 64, using: rng)
/// for _ in 0..<1000 { try gan.iterate() }
/// let points = gan.generate(from: codes)          // [n, 2], no graph, no random draw
/// ```
public protocol GANModel: AnyObject {
    /// The length of a latent code z.
    var latentDimension: Int { get }

    /// One generator iteration: the model's critic (discriminator) steps, then one generator step. Returns the
    /// objective the critic ascends, after its last step: E f(real) − E f(fake) for a WGAN, the game's value
    /// E ln D(x) + E ln(1 − D(G(z))) for a GAN. Throws `Diverged` when a loss stops being finite.
    @discardableResult
    func iterate() throws -> Double

    /// `count` latent codes z ∼ N(0, I), drawn from the model's own random stream.
    func latentCodes(_ count: Int) -> Tensor

    /// G(z) for the given codes [n, latentDimension], flattened to [n, d]; no graph and no random draw.
    func generate(from codes: Tensor) -> Tensor

    /// The critic's value f(x) (a GAN discriminator's logit) on samples [n, d]; no graph.
    func criticValue(_ samples: Tensor) -> Tensor

    /// The generator's trainable parameters.
    var generatorParameters: [Tensor] { get }

    /// The critic's (discriminator's) trainable parameters.
    var criticParameters: [Tensor] { get }
}

extension GANModel {
    /// `count` samples G(z), on fresh codes from the model's stream; no graph.
    public func generate(_ count: Int) -> Tensor {
        generate(from: latentCodes(count))
    }
}
