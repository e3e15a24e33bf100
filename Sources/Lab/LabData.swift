import Random
import Theory

/// Where the lab's real points come from: a toy data set, a plane data set, or points the teacher drew.
public enum LabData: Sendable, Equatable {
    /// One of the WGAN-GP toy sets (8 Gaussians, 25 Gaussians, swiss roll).
    case toy(ToyDataSet)
    /// A ring, or two 1-D Gaussians on a line.
    case plane(PlaneDataSet)
    /// Points drawn with the mouse; each sample is a drawn point plus a little noise (σ = 0.02).
    case drawn([Point])

    /// The most points a drawing may hold.
    public static let maximumDrawnPoints = 2_000

    /// Every named data set, in the order the page lists them.
    public static let named: [LabData] = ToyDataSet.allCases.map { .toy($0) } + PlaneDataSet.allCases.map { .plane($0) }

    /// The identifier the page sends: "8gaussians", "25gaussians", "swissroll", "ring", "line" or "drawn".
    public var identifier: String {
        switch self {
        case .toy(let set): set.rawValue
        case .plane(let set): set.rawValue
        case .drawn: "drawn"
        }
    }

    /// A named data set from its identifier, or nil.
    public init?(identifier: String) {
        if let set = ToyDataSet(rawValue: identifier) {
            self = .toy(set)
        } else if let set = PlaneDataSet(rawValue: identifier) {
            self = .plane(set)
        } else {
            return nil
        }
    }

    /// `count` real points.
    public func sample(_ count: Int, using generator: inout SeededGenerator) -> [Point] {
        switch self {
        case .toy(let set): return set.sample(count, using: &generator)
        case .plane(let set): return set.sample(count, using: &generator)
        case .drawn(let points):
            guard !points.isEmpty else { return [Point](repeating: .zero, count: count) }
            return (0..<count).map { _ in
                points[generator.index(below: points.count)] + 0.02 * Point(generator.normalDouble(), generator.normalDouble())
            }
        }
    }

    /// The mixture's modes and the radius that counts a point as near one (empty when modes make no sense).
    public var modes: (centres: [Point], radius: Double) {
        switch self {
        case .toy(let set): (set.modes, set.highQualityRadius)
        case .plane(let set): (set.modes, set.highQualityRadius)
        case .drawn: ([], 0)
        }
    }

    /// Half the side of the square the page shows, centred on the origin.
    public var viewRadius: Double {
        switch self {
        case .toy(.twentyFiveGaussians): 2.2
        case .toy(.swissRoll): 2.0
        case .drawn: 2.0
        default: 1.8
        }
    }
}
