import Engine

extension Loss {
    /// The GAN discriminator's loss: binary cross-entropy with real samples labelled 1 and generated ones 0,
    /// BCE(real, 1) + BCE(fake, 0) = −[E ln D(x) + E ln(1 − D(G(z)))] when D = σ(logits).
    public static func discriminator(realLogits: Tensor, fakeLogits: Tensor) -> Tensor {
        binaryCrossEntropy(logits: realLogits, target: 1) + binaryCrossEntropy(logits: fakeLogits, target: 0)
    }
}
