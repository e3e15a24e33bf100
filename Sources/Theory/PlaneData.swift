import Foundation
import Random

/// More 2-D data sets, beside the WGAN-GP toy sets: a ring and two 1-D Gaussians laid on a line.
///
/// Kept apart from `ToyDataSet`, whose cases the lessons iterate over, so that adding one here changes no lesson.
public enum PlaneDataSet: String, CaseIterable, Sendable {
    /// A circle of radius 1: angle θ ∼ U[0, 2π), radius 1 + 0.03·N(0, 1). A support with no modes.
    case ring
    /// Two 1-D Gaussians N(−1, 0.1²) and N(1, 0.1²), equally likely, on the x-axis (y = 0): the 1-D picture of
    /// the early lessons embedded in the plane.
    case lineGaussians = "line"

    /// A readable name.
    public var title: String {
        switch self {
        case .ring: "ring"
        case .lineGaussians: "two 1-D Gaussians"
        }
    }

    /// The centres of the mixture's components (none for the ring).
    public var modes: [Point] {
        switch self {
        case .ring: []
        case .lineGaussians: [Point(-1, 0), Point(1, 0)]
        }
    }

    /// How near its mode a sample must lie to count as high quality (3σ for the line's Gaussians; 0 for the ring).
    public var highQualityRadius: Double {
        self == .lineGaussians ? 0.3 : 0
    }

    /// `count` independent points.
    public func sample(_ count: Int, using generator: inout SeededGenerator) -> [Point] {
        (0..<count).map { _ in
            switch self {
            case .ring:
                let angle = 2 * Double.pi * generator.uniformDouble()
                let radius = 1 + 0.03 * generator.normalDouble()
                return Point(radius * cos(angle), radius * sin(angle))
            case .lineGaussians:
                let centre: Double = generator.index(below: 2) == 0 ? -1 : 1
                return Point(centre + 0.1 * generator.normalDouble(), 0)
            }
        }
    }
}
