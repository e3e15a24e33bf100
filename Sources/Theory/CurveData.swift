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
