import Foundation

/// The Wasserstein-1 (earth mover's) distance in the cases with exact formulas.
public enum Wasserstein {
    /// Piles of dirt at positions 1…n moved to match `q`: carry the surplus along, δ₀ = 0, δᵢ = δᵢ₋₁ + Pᵢ − Qᵢ;
    /// the cost is W = Σ|δᵢ| (each δᵢ is carried one step), and δₙ = 0 when the totals agree.
    public static func piles(_ p: [Double], _ q: [Double]) -> (distance: Double, carried: [Double]) {
        precondition(p.count == q.count && !p.isEmpty, "piles: needs two piles of equal, non-zero length")
        precondition(abs(p.reduce(0, +) - q.reduce(0, +)) < 1e-9, "piles: the totals differ")
        var carried: [Double] = []
        var delta = 0.0
        for (a, b) in zip(p, q) {
            delta += a - b
            carried.append(delta)
        }
        return (carried.map(Swift.abs).reduce(0, +), carried)
    }

    /// W1 = ∫ |F_P(x) − F_Q(x)| dx for two cumulative distribution functions, on a grid.
    public static func fromCDFs(_ cdfP: (Double) -> Double, _ cdfQ: (Double) -> Double, on grid: Grid) -> Double {
        grid.integrate { Swift.abs(cdfP($0) - cdfQ($0)) }
    }

    /// The exact W1 between the empirical distributions of two 1-D samples (any sizes): ∫ |F_a − F_b| dx,
    /// summed exactly between consecutive points of the merged, sorted samples. Equal sizes reduce to mean |a₍ᵢ₎ − b₍ᵢ₎|.
    public static func samples(_ a: [Double], _ b: [Double]) -> Double {
        precondition(!a.isEmpty && !b.isEmpty, "samples: empty sample")
        let x = a.sorted(), y = b.sorted()
        var i = 0, j = 0
        var previous = min(x[0], y[0])
        var total = 0.0
        while i < x.count || j < y.count {
            let next = j >= y.count || (i < x.count && x[i] <= y[j]) ? x[i] : y[j]
            total += Swift.abs(Double(i) / Double(x.count) - Double(j) / Double(y.count)) * (next - previous)
            previous = next
            if j >= y.count || (i < x.count && x[i] <= y[j]) { i += 1 } else { j += 1 }
        }
        return total
    }

    /// The normal CDF Φ((x − μ)/σ) = ½(1 + erf((x − μ)/(σ√2))).
    public static func normalCDF(mean: Double, standardDeviation: Double) -> @Sendable (Double) -> Double {
        { x in 0.5 * (1 + erf((x - mean) / (standardDeviation * 2.0.squareRoot()))) }
    }
}

extension Divergence {
    /// KL(p‖q) = Σ pᵢ ln(pᵢ/qᵢ) for probability vectors; +∞ when some qᵢ = 0 < pᵢ.
    public static func kl(_ p: [Double], _ q: [Double]) -> Double {
        precondition(p.count == q.count, "kl: vectors of different lengths")
        return zip(p, q).reduce(0) { total, pair in
            let (a, b) = pair
            if a == 0 { return total }
            return b == 0 ? .infinity : total + a * Foundation.log(a / b)
        }
    }

    /// JS(p‖q) = ½ KL(p‖m) + ½ KL(q‖m) for probability vectors, m = (p + q)/2.
    public static func js(_ p: [Double], _ q: [Double]) -> Double {
        let m = zip(p, q).map { ($0 + $1) / 2 }
        return 0.5 * kl(p, m) + 0.5 * kl(q, m)
    }

    /// Total variation ½ Σ |pᵢ − qᵢ| for probability vectors.
    public static func totalVariation(_ p: [Double], _ q: [Double]) -> Double {
        0.5 * zip(p, q).map { Swift.abs($0 - $1) }.reduce(0, +)
    }
}
