import Theory

/// What the page asks of its lab session; applied between iterations.
public enum LabCommand: Sendable, Equatable {
    /// Train continuously.
    case play
    /// Stop training; the session keeps its model.
    case pause
    /// One generator iteration (of each run), then pause.
    case step
    /// Rebuild every run from the seed.
    case reset
    /// New settings for run 0 or 1 (adjusted in place, or rebuilt when structural).
    case settings(LabSettings, run: Int)
    /// A second run beside the first with these settings, in lockstep from the same seed; nil removes it.
    case compare(LabSettings?)
    /// At most this many generator iterations a second; 0 means as fast as the machine goes.
    case speed(Int)
    /// Train on points drawn by the teacher (view coordinates).
    case draw([Point])
    /// The settings of a lesson's experiment (6, 8, 10 or 11), with its comparison.
    case preset(Int)
    /// The page has drawn a frame: the next may be sent.
    case frameDrawn
}

/// The lab's settings for the lessons that train, so that a lesson page can open the lab on its experiment.
public enum LabPreset {
    /// The lessons that have a preset.
    public static let lessons = [6, 8, 10, 11]

    /// The first run's settings and the second's (nil for one run) for lesson `number`, or nil when it has none.
    public static func settings(lesson number: Int) -> (LabSettings, LabSettings?)? {
        var gan = LabSettings()
        gan.loss = .nonSaturating
        gan.generatorLearningRate = 1e-3
        gan.criticLearningRate = 1e-3
        var penalty = LabSettings()
        penalty.loss = .wganPenalty
        var clipping = LabSettings()
        clipping.loss = .wganClipping
        clipping.optimizer = .rmsprop
        clipping.generatorLearningRate = 5e-4
        clipping.criticLearningRate = 5e-4
        switch number {
        case 6: return (gan, penalty)  // mode collapse: a GAN keeps a few of 8 modes, WGAN-GP all
        case 8:
            var minimax = gan
            minimax.loss = .minimax
            return (minimax, gan)     // the generator's cost: saturating against non-saturating
        case 10: return (clipping, penalty)  // two ways to keep a critic Lipschitz
        case 11:  // the full WGAN, both critics, on a harder mixture
            clipping.data = "25gaussians"
            penalty.data = "25gaussians"
            return (clipping, penalty)
        default: return nil
        }
    }
}
