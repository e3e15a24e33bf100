import Foundation

/// A seeded SplitMix64 generator: the same seed gives the same stream on every machine and run.
///
/// All randomness in the project flows through a value of this type passed explicitly (`using: &rng`);
/// there is no global generator. Uniform and normal draws are computed here (not by the standard
/// library) so that their algorithm, and hence every lesson's numbers, cannot change under us.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    private var spareNormal: Double?

    /// Creates a generator whose stream is fully determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one named stream of a run: seeded from the run's seed and the name (FNV-1a, then one
    /// SplitMix64 step), so streams are independent of each other and of the order they are created in.
    public init(seed: UInt64, stream: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in stream.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var mixer = SeededGenerator(seed: seed ^ hash)
        self.init(seed: mixer.next())
    }

    /// The next 64 random bits (SplitMix64, Steele, Lea & Flood 2014).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform draw in [0, 1) with 53 random bits.
    public mutating func uniformDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform draw in [low, high).
    public mutating func uniform(_ low: Float = 0, _ high: Float = 1) -> Float {
        precondition(low <= high, "uniform: low \(low) exceeds high \(high)")
        let value = Float(Double(low) + (Double(high) - Double(low)) * uniformDouble())
        return value < high || low == high ? value : high.nextDown  // rounding to Float may reach `high`
    }

    /// A standard normal draw N(0, 1) by the Box–Muller transform; pairs are generated and the spare is kept.
    public mutating func normalDouble() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let u1 = 1 - uniformDouble()  // in (0, 1]: log is finite
        let u2 = uniformDouble()
        let radius = (-2 * Foundation.log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareNormal = radius * Foundation.sin(angle)
        return radius * Foundation.cos(angle)
    }

    /// A normal draw N(mean, standardDeviation²).
    public mutating func normal(mean: Float = 0, standardDeviation: Float = 1) -> Float {
        precondition(standardDeviation >= 0, "normal: negative standard deviation \(standardDeviation)")
        return Float(Double(mean) + Double(standardDeviation) * normalDouble())
    }

    /// An index drawn with probability weights[i] / Σ weights.
    public mutating func categorical(weights: [Double]) -> Int {
        precondition(!weights.isEmpty && weights.allSatisfy { $0 >= 0 && $0.isFinite },
                     "categorical: weights must be non-empty, finite and non-negative")
        let total = weights.reduce(0, +)
        precondition(total > 0, "categorical: weights sum to zero")
        var target = uniformDouble() * total
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.lastIndex { $0 > 0 }!
    }

    /// A uniform integer in 0..<bound, without modulo bias.
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "index(below:): bound must be positive")
        return Int(next(upperBound: UInt64(bound)))
    }

    /// A new generator with an independent stream, derived from this one (advances this one).
    public mutating func split() -> SeededGenerator {
        SeededGenerator(seed: next())
    }
}
