import Engine

/// Measuring a discriminator on fresh samples.
public enum DiscriminatorScore {
    /// The game's value L = E ln D(x) + E ln(1 − D(G(z))) from D's logits, and D's accuracy at threshold ½.
    public static func evaluate(realLogits: Tensor, fakeLogits: Tensor) -> (loss: Double, accuracy: Double) {
        let loss = -Double(Loss.discriminator(realLogits: realLogits, fakeLogits: fakeLogits).item)
        let correct = realLogits.scalars.filter { $0 > 0 }.count + fakeLogits.scalars.filter { $0 <= 0 }.count
        return (loss, Double(correct) / Double(realLogits.count + fakeLogits.count))
    }
}
