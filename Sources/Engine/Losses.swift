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

    /// Mean squared error, mean of (ŷ − y)².
    public static func meanSquaredError(_ prediction: Tensor, _ target: Tensor) -> Tensor {
        (prediction - target).squared().mean()
    }
}
