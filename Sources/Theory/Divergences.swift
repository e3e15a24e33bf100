import Foundation

/// KL, JS and total variation between densities, by integration and in closed form.
public enum Divergence {
    /// p ln(p/q) at one point, with 0·ln 0 = 0 and +∞ where q = 0 < p.
    public static func klIntegrand(_ p: Density, _ q: Density, at x: Double) -> Double {
        let px = p(x)
        if px == 0 { return 0 }
        return px * (p.logPDF(x) - q.logPDF(x))
    }

    /// KL(p‖q) = ∫ p ln(p/q) dx over the grid.
    public static func kl(_ p: Density, _ q: Density, on grid: Grid) -> Double {
        grid.integrate { klIntegrand(p, q, at: $0) }
    }

    /// The mixture m = (p + q)/2.
    public static func midpoint(_ p: Density, _ q: Density) -> Density {
        .mixture([(0.5, p), (0.5, q)])
    }

    /// The JS integrand ½ p ln(p/m) + ½ q ln(q/m).
    public static func jsIntegrand(_ p: Density, _ q: Density, at x: Double) -> Double {
        let m = midpoint(p, q)
        return 0.5 * klIntegrand(p, m, at: x) + 0.5 * klIntegrand(q, m, at: x)
    }

    /// JS(p‖q) = ½ KL(p‖m) + ½ KL(q‖m), m = (p+q)/2; 0 ≤ JS ≤ ln 2.
    public static func js(_ p: Density, _ q: Density, on grid: Grid) -> Double {
        grid.integrate { jsIntegrand(p, q, at: $0) }
    }

    /// Total variation ½ ∫ |p − q| dx; 0 ≤ TV ≤ 1.
    public static func totalVariation(_ p: Density, _ q: Density, on grid: Grid) -> Double {
        0.5 * grid.integrate { Swift.abs(p($0) - q($0)) }
    }

    /// KL(N(μ₁,σ₁²)‖N(μ₂,σ₂²)) = ln(σ₂/σ₁) + (σ₁² + (μ₁−μ₂)²)/(2σ₂²) − ½.
    public static func klNormal(mean1: Double, sd1: Double, mean2: Double, sd2: Double) -> Double {
        Foundation.log(sd2 / sd1) + (sd1 * sd1 + (mean1 - mean2) * (mean1 - mean2)) / (2 * sd2 * sd2) - 0.5
    }
}

/// The discriminator that the GAN game drives toward, and what its loss measures.
public enum OptimalDiscriminator {
    /// D*(x) = p_r(x) / (p_r(x) + p_g(x)), the maximizer of p_r ln D + p_g ln(1 − D) at each x.
    public static func value(real: Density, generated: Density, at x: Double) -> Double {
        let r = real(x), g = generated(x)
        return r + g == 0 ? 0.5 : r / (r + g)
    }

    /// L(G, D*) = E_{p_r} ln D* + E_{p_g} ln(1 − D*), integrated on the grid; equals 2·JS(p_r‖p_g) − 2 ln 2.
    public static func loss(real: Density, generated: Density, on grid: Grid) -> Double {
        grid.integrate { x in
            let r = real(x), g = generated(x)
            guard r + g > 0 else { return 0 }
            let logSum = Foundation.log(r + g)
            return (r > 0 ? r * (Foundation.log(r) - logSum) : 0) + (g > 0 ? g * (Foundation.log(g) - logSum) : 0)
        }
    }

    /// L(G, D*) by Monte Carlo, a route independent of any grid: the mean of ln D*(x) over `realSamples` (from p_r)
    /// plus the mean of ln(1 − D*(y)) over `generatedSamples` (from p_g), with its standard error
    /// √(s²_r/n_r + s²_g/n_g).
    public static func monteCarloLoss(real: Density, generated: Density, realSamples: [Double],
                                      generatedSamples: [Double]) -> (mean: Double, standardError: Double) {
        // ln D* = ln p_r − ln(p_r + p_g), computed from log-densities so far tails do not underflow.
        func logShare(_ own: Double, _ other: Double) -> Double { -Foundation.log1p(Foundation.exp(other - own)) }
        let realTerms = realSamples.map { logShare(real.logPDF($0), generated.logPDF($0)) }
        let fakeTerms = generatedSamples.map { logShare(generated.logPDF($0), real.logPDF($0)) }
        func meanAndVariance(_ values: [Double]) -> (Double, Double) {
            let mean = values.reduce(0, +) / Double(values.count)
            return (mean, values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(values.count - 1, 1)))
        }
        let (realMean, realVariance) = meanAndVariance(realTerms), (fakeMean, fakeVariance) = meanAndVariance(fakeTerms)
        return (realMean + fakeMean, (realVariance / Double(realTerms.count) + fakeVariance / Double(fakeTerms.count)).squareRoot())
    }

    /// The JS estimate from a discriminator's loss L = E ln D + E ln(1 − D): JS ≈ ½(L + ln 4), exact at D = D*.
    public static func jsEstimate(fromLoss loss: Double) -> Double {
        0.5 * (loss + Foundation.log(4))
    }
}

/// Locating extrema of a smooth function.
public enum Extremum {
    /// The x in `range` maximizing f: a grid search refined by golden-section search.
    public static func argmax(in range: ClosedRange<Double>, samples: Int = 2001, tolerance: Double = 1e-10,
                              _ f: (Double) -> Double) -> Double {
        let grid = Grid(range, count: samples)
        let best = grid.points.indices.max { f(grid.points[$0]) < f(grid.points[$1]) }!
        var a = grid.points[max(best - 1, 0)], b = grid.points[min(best + 1, samples - 1)]
        let ratio = (5.0.squareRoot() - 1) / 2
        while b - a > tolerance {
            let c = b - ratio * (b - a), d = a + ratio * (b - a)
            if f(c) > f(d) { b = d } else { a = c }
        }
        return (a + b) / 2
    }
}
