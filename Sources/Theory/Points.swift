/// A point in the plane.
public typealias Point = SIMD2<Double>

extension SIMD2 where Scalar == Double {
    /// The Euclidean distance ‖a − b‖₂.
    public func distance(to other: Point) -> Double {
        let d = self - other
        return (d * d).sum().squareRoot()
    }
}

extension Wasserstein {
    /// The exact W1 between the empirical distributions of two equal-size point sets:
    /// min over permutations σ of (1/n) Σ ‖aᵢ − b_σ(i)‖₂, solved as an assignment problem.
    public static func exact(_ a: [Point], _ b: [Point]) -> Double {
        precondition(a.count == b.count && !a.isEmpty, "exact: needs two non-empty sets of equal size, got \(a.count) and \(b.count)")
        let n = a.count
        var cost = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { cost[i * n + j] = a[i].distance(to: b[j]) } }
        let matched = Assignment.solve(cost: cost, n: n)
        return matched.enumerated().map { cost[$0 * n + $1] }.reduce(0, +) / Double(n)
    }
}
