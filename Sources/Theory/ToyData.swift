import Engine
import Foundation
import Random

/// The 2-D data sets of the WGAN-GP toy experiments (Gulrajani et al. 2017, `gan_toy.py`).
public enum ToyDataSet: String, CaseIterable, Sendable {
    /// Eight Gaussians σ = 0.02 at radius 2 on the compass directions, every point then divided by 1.414.
    case eightGaussians = "8gaussians"
    /// A 5 × 5 grid of Gaussians σ = 0.05 at −4, −2, …, 4, every point then divided by 2.828.
    case twentyFiveGaussians = "25gaussians"
    /// t = 1.5π(1 + 2u), (t cos t, t sin t) + 0.25·N(0, I), divided by 7.5 (scikit-learn's swiss roll, seen from above).
    case swissRoll = "swissroll"

    /// A readable name.
    public var title: String {
        switch self {
        case .eightGaussians: "8 Gaussians"
        case .twentyFiveGaussians: "25 Gaussians"
        case .swissRoll: "swiss roll"
        }
    }

    /// The centres of the mixture's components, after scaling (none for the swiss roll).
    public var modes: [Point] {
        switch self {
        case .eightGaussians:
            let r = 1 / 2.0.squareRoot()
            let directions: [Point] = [[1, 0], [-1, 0], [0, 1], [0, -1], [r, r], [r, -r], [-r, r], [-r, -r]]
            return directions.map { 2 * $0 / 1.414 }
        case .twentyFiveGaussians:
            return (-2...2).flatMap { x in (-2...2).map { y in Point(2 * Double(x), 2 * Double(y)) / 2.828 } }
        case .swissRoll:
            return []
        }
    }

    /// The standard deviation of each component, after scaling (0 for the swiss roll).
    public var modeStandardDeviation: Double {
        switch self {
        case .eightGaussians: 0.02 / 1.414
        case .twentyFiveGaussians: 0.05 / 2.828
        case .swissRoll: 0
        }
    }

    /// How near its mode a sample must lie to count as high quality: a tenth of the distance between neighbouring
    /// modes (0.108 for 8 Gaussians, about 7.7σ; 0.071 for 25 Gaussians, 4σ); 0 for the swiss roll, which has no modes.
    public var highQualityRadius: Double {
        let centres = modes
        guard let first = centres.first else { return 0 }
        return 0.1 * centres.dropFirst().map { first.distance(to: $0) }.min()!
    }

    /// `count` independent points.
    public func sample(_ count: Int, using generator: inout SeededGenerator) -> [Point] {
        let centres = modes
        return (0..<count).map { _ in
            switch self {
            case .eightGaussians, .twentyFiveGaussians:
                let centre = centres[generator.index(below: centres.count)]
                return centre + modeStandardDeviation * Point(generator.normalDouble(), generator.normalDouble())
            case .swissRoll:
                let t = 1.5 * Double.pi * (1 + 2 * generator.uniformDouble())
                let noise = Point(generator.normalDouble(), generator.normalDouble())
                return (Point(t * cos(t), t * sin(t)) + 0.25 * noise) / 7.5
            }
        }
    }
}

/// How well generated points cover a mixture's modes.
public struct ModeCoverage: Sendable {
    /// The modes, by index into `ToyDataSet.modes`, that received at least `minimumShare` of their fair share of
    /// high-quality points.
    public let coveredModes: [Int]
    /// How many modes are covered.
    public var covered: Int { coveredModes.count }
    /// The number of modes.
    public let total: Int
    /// The fraction of points within `radius` of their nearest mode.
    public let highQualityFraction: Double
    /// High-quality points per mode, in the order of `ToyDataSet.modes`.
    public let counts: [Int]

    /// Measures `points` against `modes`: a point is high quality when it lies within `radius` of its nearest mode
    /// (the unrolled-GAN / VEEGAN convention uses 3σ); a mode is covered when it holds at least
    /// `minimumShare` × n / modes of them.
    public init(points: [Point], modes: [Point], radius: Double, minimumShare: Double = 0.25) {
        precondition(!modes.isEmpty && !points.isEmpty, "ModeCoverage: needs modes and points")
        var counts = [Int](repeating: 0, count: modes.count)
        for point in points {
            let distances = modes.map { point.distance(to: $0) }
            let nearest = distances.indices.min { distances[$0] < distances[$1] }!
            if distances[nearest] <= radius { counts[nearest] += 1 }
        }
        let needed = minimumShare * Double(points.count) / Double(modes.count)
        self.counts = counts
        coveredModes = counts.indices.filter { Double(counts[$0]) >= needed }
        total = modes.count
        highQualityFraction = Double(counts.reduce(0, +)) / Double(points.count)
    }
}
