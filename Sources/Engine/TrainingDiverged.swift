/// A computation whose result left the finite numbers (NaN or ±∞): a training run that diverged. The `lessons`
/// command reports it, like any error a lesson or the benchmark's training throws, with exit status 4.
public struct Diverged: Error, CustomStringConvertible {
    /// What diverged, and to what: "the GAN generator's loss diverged to nan".
    public let description: String
}

/// Throws `Diverged` when `value` is NaN or infinite; `what` names the quantity ("the WGAN-GP critic's loss").
public func requireFinite(_ value: Double, _ what: @autoclosure () -> String) throws {
    guard value.isFinite else { throw Diverged(description: "\(what()) diverged to \(value)") }
}
