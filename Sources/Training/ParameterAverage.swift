import Engine

/// An exponential moving average of a network's parameters, θ̄ ← β·θ̄ + (1 − β)·θ after each update, to sample from
/// instead of the last iterate (Yazıcı et al. 2019, "The unusual effectiveness of averaging in GAN training"):
/// the average sits near the centre of the generator's late oscillations, where the last iterate is on one edge.
/// Lesson 8's historical averaging penalizes the distance to the uniform average; this one only reads it.
public final class ParameterAverage {
    /// The decay β of the average: each update keeps β of the old average.
    public let decay: Float
    private let parameters: [Tensor]
    private var averages: [[Float]]

    /// Starts the average at the current values of `parameters`.
    public init(_ parameters: [Tensor], decay: Float) {
        precondition(decay >= 0 && decay < 1, "ParameterAverage: the decay must lie in [0, 1), got \(decay)")
        self.decay = decay
        self.parameters = parameters
        averages = parameters.map(\.scalars)
    }

    /// θ̄ ← β·θ̄ + (1 − β)·θ for every parameter (call after each update).
    public func update() {
        let keep = decay, take = 1 - decay
        for (index, parameter) in parameters.enumerated() {
            parameter.scalars.withUnsafeBufferPointer { values in
                averages[index].withUnsafeMutableBufferPointer { average in
                    precondition(values.count == average.count, "ParameterAverage: a parameter changed size")
                    for i in 0..<values.count { average[i] = keep * average[i] + take * values[i] }
                }
            }
        }
    }

    /// Runs `body` with the averages in the parameters' place, then puts the current values back.
    public func withAverages<Result>(_ body: () throws -> Result) rethrows -> Result {
        let current = parameters.map(\.scalars)
        write(averages)
        defer { write(current) }
        return try body()
    }

    private func write(_ values: [[Float]]) {
        for (parameter, value) in zip(parameters, values) {
            parameter.withUnsafeMutableScalars { buffer in
                value.withUnsafeBufferPointer { source in
                    guard let from = source.baseAddress, let to = buffer.baseAddress else { return }  // an empty parameter
                    to.update(from: from, count: value.count)
                }
            }
        }
    }
}
