/// Loss functions, averaged over all elements.
public enum Loss {
    /// Binary cross-entropy on logits, mean of softplus(x) − t·x = −[t ln σ(x) + (1−t) ln(1−σ(x))];
    /// stable for logits of any size because softplus is.
    public static func binaryCrossEntropy(logits: Tensor, targets: Tensor) -> Tensor {
        (logits.softplus() - targets * logits).mean()
    }

    /// Binary cross-entropy on logits against one target value for every element.
    public static func binaryCrossEntropy(logits: Tensor, target: Float) -> Tensor {
        (logits.softplus() - target * logits).mean()
    }

    /// The GAN discriminator's loss: binary cross-entropy with real samples labelled 1 and generated ones 0,
    /// BCE(real, 1) + BCE(fake, 0) = −[E ln D(x) + E ln(1 − D(G(z)))] when D = σ(logits).
    public static func discriminator(realLogits: Tensor, fakeLogits: Tensor) -> Tensor {
        binaryCrossEntropy(logits: realLogits, target: 1) + binaryCrossEntropy(logits: fakeLogits, target: 0)
    }

    /// Mean squared error, mean of (ŷ − y)².
    public static func meanSquaredError(_ prediction: Tensor, _ target: Tensor) -> Tensor {
        (prediction - target).squared().mean()
    }
}
