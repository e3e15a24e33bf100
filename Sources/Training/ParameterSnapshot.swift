import Engine

/// A copy of a network's parameter values, to keep the best network seen while training and put it back
/// (selection on held-out samples, as early stopping does).
public struct ParameterSnapshot: Sendable {
    private let values: [[Float]]

    /// Copies the current values of `module`'s parameters.
    public init(of module: some Module) {
        values = module.parameters.map(\.scalars)
    }

    /// Writes the copied values back into `module` (the same architecture), outside any graph.
    public func restore(into module: some Module) {
        let parameters = module.parameters
        precondition(parameters.count == values.count, "ParameterSnapshot: \(values.count) tensors saved, \(parameters.count) to restore")
        for (parameter, saved) in zip(parameters, values) {
            parameter.withUnsafeMutableScalars { buffer in
                precondition(buffer.count == saved.count, "ParameterSnapshot: a tensor changed size")
                for index in saved.indices { buffer[index] = saved[index] }
            }
        }
    }
}
