import Notebook
import Training

// No Foundation here: its Progress would hide the notebook's.
extension ToyGAN {
    /// Runs `iterations` generator iterations, advancing `progress` after each, and returns `measure(iteration)`
    /// taken before training and every `iterations / checkpoints` iterations after it, the last included.
    func train<Measurement>(iterations: Int, checkpoints: Int, progress: Progress,
                            measure: (Int) throws -> Measurement) throws -> [Measurement] {
        var record: [Measurement] = []
        for iteration in 0...iterations {
            if iteration % (iterations / checkpoints) == 0 { record.append(try measure(iteration)) }
            guard iteration < iterations else { break }
            try iterate()
            progress.advance()
        }
        return record
    }
}
