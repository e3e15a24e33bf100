extension ToyGAN {
    /// Runs `iterations` generator iterations, calling `afterIteration(i)` after each (a progress bar, a live view),
    /// and returns `measure(iteration)` taken before training and every `iterations / checkpoints` iterations
    /// after it, the last included: `checkpoints + 1` measurements.
    public func train<Measurement>(iterations: Int, checkpoints: Int, afterIteration: (Int) -> Void = { _ in },
                                   measure: (Int) throws -> Measurement) throws -> [Measurement] {
        precondition(checkpoints > 0 && iterations >= checkpoints && iterations % checkpoints == 0,
                     "train: iterations (\(iterations)) must be a positive multiple of checkpoints (\(checkpoints))")
        var record: [Measurement] = []
        for iteration in 0...iterations {
            if iteration % (iterations / checkpoints) == 0 { record.append(try measure(iteration)) }
            guard iteration < iterations else { break }
            try iterate()
            afterIteration(iteration + 1)
        }
        return record
    }
}
