import Engine
import Random

/// The two ways of keeping a WGAN critic Lipschitz.
extension Module {
    /// Clamps every parameter to [−c, c] in place (WGAN, Arjovsky et al. 2017, Algorithm 1), and returns the
    /// largest |w| afterwards, measured in the same pass (at most c).
    @discardableResult
    public func clipWeights(to c: Float) -> Float {
        precondition(c > 0, "clipWeights: c must be positive, got \(c)")
        var largest: Float = 0
        for parameter in parameters {
            parameter.withUnsafeMutableScalars { p in
                // Lanes, then the tail; the same bits as min(max(w, −c), c) per weight (NaN stays NaN and is
                // not counted as the largest, as in the scalar form).
                var widest = SIMD8<Float>(repeating: 0)
                let lanes = Lanes.end(p.count)
                for i in stride(from: 0, to: lanes, by: Lanes.width) {
                    var w = Lanes.load(p, i)
                    w.replace(with: -c, where: w .<= -c)
                    w.replace(with: c, where: w .> c)
                    Lanes.store(w, p, i)
                    let size = w.replacing(with: -w, where: w .< 0)
                    widest.replace(with: size, where: size .>= widest)
                }
                for lane in 0..<Lanes.width { largest = Swift.max(largest, widest[lane]) }
                for i in lanes..<p.count {
                    let clipped = Swift.min(Swift.max(p[i], -c), c)
                    p[i] = clipped
                    largest = Swift.max(largest, Swift.abs(clipped))
                }
            }
        }
        return largest
    }
}

/// The WGAN-GP penalty E_x̂ (‖∇_x̂ D(x̂)‖₂ − 1)² with x̂ = εx + (1−ε)x̃, ε ∼ U[0,1] per sample
/// (Gulrajani et al. 2017); multiply by λ yourself. Differentiable with respect to the critic's weights.
///
/// For a linear critic D(x) = w·x the penalty is (‖w‖ − 1)²: w = (3, 4) gives 16.
public func gradientPenalty(critic: (Tensor) -> Tensor, real: Tensor, fake: Tensor,
                            using generator: inout SeededGenerator) -> Tensor {
    precondition(real.shape == fake.shape && real.rank == 2, "gradientPenalty: needs equal [n, d] batches, got \(real.shape) and \(fake.shape)")
    let epsilon = Tensor.uniform([real.shape[0], 1], using: &generator)
    let interpolates = withoutGradients { epsilon * real + (1 - epsilon) * fake }.asVariable()
    // The slopes need a graph even when the caller records none; they are differentiable only when it does.
    let total = withGradients { critic(interpolates).sum() }
    let slopes = gradients(of: total, wrt: [interpolates], createGraph: GradientMode.isRecording)[0]
    return (slopes.l2Norm(axis: 1) - 1).squared().mean()
}
