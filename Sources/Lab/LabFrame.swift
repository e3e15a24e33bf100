/// What the page draws for one run at one moment, as plain arrays (points are x, y pairs).
public struct LabFrame: Sendable, Equatable {
    /// Generator iterations so far.
    public var iteration: Int
    /// Real points shown (a fixed sample, redrawn when the data change).
    public var real: [Float]
    /// G(z) at the shown codes (fixed codes, so points move smoothly as G learns).
    public var generated: [Float]
    /// At each generated point, where the generator's next step pushes it: −∇ₓ of the generator's cost.
    public var push: [Float]
    /// The critic's value on a `heatSize` × `heatSize` grid over the view, row by row from the bottom left
    /// (for the GANs D(x) = σ(logit), in [0, 1]).
    public var heat: [Float]
    /// The heat map's side.
    public var heatSize: Int
    /// G on a `manifoldSize` × `manifoldSize` grid of codes z ∈ [−2, 2]² (the generator's image of a grid).
    public var manifold: [Float]
    /// The manifold grid's side.
    public var manifoldSize: Int
    /// Half the side of the shown square.
    public var viewRadius: Float
    /// Whether `heat` holds probabilities D(x) (the GANs) rather than a critic's values.
    public var heatIsProbability: Bool
    /// The generator's loss at the last iteration.
    public var generatorLoss: Float
    /// The critic's objective at its last step.
    public var criticObjective: Float
    /// The exact W1 between generated and real samples (the latest measurement; NaN before the first).
    public var wasserstein: Float
    /// Modes covered by the generated points, and modes in all (0 and 0 when the data have no modes).
    public var modesCovered: Int
    /// The data's modes in all.
    public var modesTotal: Int
    /// Generator iterations a second, over the last second.
    public var iterationsPerSecond: Float
}

extension LabFrame {
    /// The frame's binary form, little-endian 32-bit words: eight unsigned integers (iteration, points n, heat side,
    /// manifold side, modes covered, modes total, flags: 1 = heat is a probability, 0 reserved), five floats
    /// (view radius, generator loss, critic objective, W1, iterations/s), then the arrays real [2n], generated [2n],
    /// push [2n], heat [side²], manifold [2·side²] as Float32.
    public func appendEncoded(to bytes: inout [UInt8]) {
        let header: [UInt32] = [UInt32(clamping: iteration), UInt32(real.count / 2), UInt32(heatSize), UInt32(manifoldSize),
                                UInt32(modesCovered), UInt32(modesTotal), heatIsProbability ? 1 : 0, 0]
        for word in header { Self.append(word, to: &bytes) }
        for value in [viewRadius, generatorLoss, criticObjective, wasserstein, iterationsPerSecond] {
            Self.append(value.bitPattern, to: &bytes)
        }
        for array in [real, generated, push, heat, manifold] {
            for value in array { Self.append(value.bitPattern, to: &bytes) }
        }
    }

    private static func append(_ word: UInt32, to bytes: inout [UInt8]) {
        bytes.append(UInt8(truncatingIfNeeded: word))
        bytes.append(UInt8(truncatingIfNeeded: word >> 8))
        bytes.append(UInt8(truncatingIfNeeded: word >> 16))
        bytes.append(UInt8(truncatingIfNeeded: word >> 24))
    }

    /// A message of frames, one per run side by side: the word 0x4C41_4231 ("LAB1"), the number of runs, then each
    /// run's frame as `appendEncoded` writes it.
    public static func encode(_ frames: [LabFrame]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4 * (2 + frames.reduce(0) { $0 + 13 + 3 * $1.real.count + $1.heat.count + $1.manifold.count }))
        append(0x4C41_4231, to: &bytes)
        append(UInt32(frames.count), to: &bytes)
        for frame in frames { frame.appendEncoded(to: &bytes) }
        return bytes
    }
}
