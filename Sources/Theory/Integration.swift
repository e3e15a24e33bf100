/// Numerical integration on a uniform grid.
public struct Grid: Sendable {
    /// The grid points, from lower to upper bound inclusive.
    public let points: [Double]
    /// The spacing between points.
    public let step: Double

    /// `count` equally spaced points over `range` (count ≥ 3, odd counts suit Simpson's rule).
    public init(_ range: ClosedRange<Double>, count: Int) {
        precondition(count >= 3, "Grid: needs at least 3 points")
        let spacing = (range.upperBound - range.lowerBound) / Double(count - 1)
        step = spacing
        points = (0..<count).map { range.lowerBound + Double($0) * spacing }
    }

    /// ∫ f by Simpson's rule (composite; the last interval by the trapezoid rule when the count is even).
    public func integrate(_ values: [Double]) -> Double {
        precondition(values.count == points.count, "integrate: \(values.count) values for \(points.count) points")
        let n = values.count
        let simpsonEnd = n % 2 == 1 ? n - 1 : n - 2
        var sum = 0.0
        var i = 0
        while i < simpsonEnd {
            sum += values[i] + 4 * values[i + 1] + values[i + 2]
            i += 2
        }
        var total = sum * step / 3
        if simpsonEnd < n - 1 { total += (values[n - 2] + values[n - 1]) * step / 2 }
        return total
    }

    /// ∫ f(x) dx over the grid.
    public func integrate(_ f: (Double) -> Double) -> Double {
        integrate(points.map(f))
    }

    /// Trapezoid weights w such that Σ wᵢ f(xᵢ) ≈ ∫ f (for use inside differentiable objectives).
    public var trapezoidWeights: [Double] {
        points.indices.map { $0 == 0 || $0 == points.count - 1 ? step / 2 : step }
    }
}
