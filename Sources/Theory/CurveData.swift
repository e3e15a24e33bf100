import Engine
import Foundation
import Random

/// The toy "manifold" data of lessons 4 and 5: points on a curve in the plane, a 1-D support in 2-D.
public enum CurveData {
    /// The real data's curve, (t, 0.6 sin 3t) for t ∈ [−1, 1].
    public static func point(_ t: Float) -> (Float, Float) {
        (t, 0.6 * Foundation.sin(3 * t))
    }

    /// n points of the real curve at t ∼ U[−1, 1], plus `offset` and optional Gaussian noise of the given σ.
    public static func sample(_ n: Int, offset: (Float, Float) = (0, 0), noise: Float = 0, using rng: inout SeededGenerator) -> Tensor {
        var values: [Float] = []
        values.reserveCapacity(2 * n)
        for _ in 0..<n {
            let (x, y) = point(rng.uniform(-1, 1))
            values.append(x + offset.0 + (noise > 0 ? rng.normal(standardDeviation: noise) : 0))
            values.append(y + offset.1 + (noise > 0 ? rng.normal(standardDeviation: noise) : 0))
        }
        return Tensor(shape: [n, 2], scalars: values)
    }
}

extension CurveData {
    /// The density of the real curve shifted by `offset` and blurred by isotropic Gaussian noise of σ = `noise`:
    /// p(x) = ½ ∫_{−1}^{1} φ_σ(x − c(t) − offset) dt, by Simpson's rule over t.
    public static func blurredDensity(offset: (Double, Double) = (0, 0), noise sigma: Double,
                                      curvePoints: Int = 401) -> @Sendable (Double, Double) -> Double {
        precondition(sigma > 0, "blurredDensity: needs noise > 0 (without noise the density is singular)")
        let t = Grid(-1...1, count: curvePoints)
        let centres = t.points.map { (Double($0) + offset.0, 0.6 * Foundation.sin(3 * $0) + offset.1) }
        let weights = t.points.indices.map { index -> Double in  // Simpson weights over t, times the ½ of U[−1, 1]
            let w: Double = index == 0 || index == curvePoints - 1 ? 1 : (index % 2 == 1 ? 4 : 2)
            return 0.5 * w * t.step / 3
        }
        let normalization = 1 / (2 * Double.pi * sigma * sigma)
        return { x, y in
            var total = 0.0
            for (centre, weight) in zip(centres, weights) {
                let dx = x - centre.0, dy = y - centre.1
                total += weight * Foundation.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma))
            }
            return normalization * total
        }
    }

    /// JS and total variation between the real curve and its copy shifted by `offset`, both blurred by `noise`,
    /// integrated on a grid of the plane with spacing `step` (the box reaches 5σ beyond both curves).
    public static func blurredDivergences(offset: (Double, Double), noise sigma: Double,
                                          step: Double = 0.02) -> (js: Double, totalVariation: Double) {
        let p = blurredDensity(noise: sigma), q = blurredDensity(offset: offset, noise: sigma)
        let margin = 5 * sigma
        let xs = stride(from: -1 + Swift.min(offset.0, 0) - margin, through: 1 + Swift.max(offset.0, 0) + margin, by: step)
        let ys = stride(from: -0.6 + Swift.min(offset.1, 0) - margin, through: 0.6 + Swift.max(offset.1, 0) + margin, by: step)
        var js = 0.0, tv = 0.0
        for x in xs {
            for y in ys {
                let a = p(x, y), b = q(x, y), m = (a + b) / 2
                if a > 0 { js += a * Foundation.log(a / m) }
                if b > 0 { js += b * Foundation.log(b / m) }
                tv += Swift.abs(a - b)
            }
        }
        let cell = step * step
        return (js * cell / 2, tv * cell / 2)
    }
}
