import Foundation
import Random

/// Minibatch discrimination (Salimans et al. 2016): lets a discriminator see how alike the samples of a batch are.
/// M_i = f(x_i)·T reshaped to B rows of C, c_b(x_i, x_j) = exp(−‖M_{i,b} − M_{j,b}‖₁), o(x_i)_b = Σ_j c_b(x_i, x_j),
/// and the layer returns [f(x_i), o(x_i)]. Built from differentiable engine ops, so gradients (and the gradient
/// penalty's second derivatives) flow through it.
public struct MinibatchDiscrimination: Module {
    /// T, of shape [features, kernels · dimensions].
    public let tensor: Tensor
    /// B, the number of similarity kernels (outputs added per sample).
    public let kernels: Int
    /// C, the length of each kernel's row.
    public let dimensions: Int

    /// T drawn from N(0, s²); s = 0.1 is the reference implementation's initialization.
    public init(features: Int, kernels: Int, dimensions: Int, standardDeviation: Float = 0.1, using generator: inout SeededGenerator) {
        precondition(features > 0 && kernels > 0 && dimensions > 0, "MinibatchDiscrimination: sizes must be positive")
        tensor = .normal([features, kernels * dimensions], standardDeviation: standardDeviation, using: &generator, requiresGrad: true)
        self.kernels = kernels
        self.dimensions = dimensions
    }

    /// A layer around a given T (for gradient checks and restored parameters).
    public init(tensor: Tensor, kernels: Int, dimensions: Int) {
        precondition(tensor.shape.count == 2 && tensor.shape[1] == kernels * dimensions,
                     "MinibatchDiscrimination: T must be [features, \(kernels * dimensions)], got \(tensor.shape)")
        self.tensor = tensor
        self.kernels = kernels
        self.dimensions = dimensions
    }

    public var parameters: [Tensor] { [tensor] }

    /// [f, o(f)] for a batch of features f of shape [n, features]: shape [n, features + kernels].
    public func callAsFunction(_ features: Tensor) -> Tensor {
        let n = features.shape[0]
        let m = features.matmul(tensor).reshaped(to: [n, kernels, dimensions])
        return Tensor.concatenate([features, m.minibatchSimilarity()], axis: 1)
    }
}

extension Tensor {
    /// o_ib = Σ_j c_ijb, c_ijb = exp(−Σ_c |M_ibc − M_jbc|), for M of shape [n, B, C]; shape [n, B]. The sum includes
    /// j = i (c = 1), as the paper's does. One pass over the pairs instead of an [n, n, B, C] broadcast (30× faster
    /// at n = 64, B = 8, C = 4). Its pullback, ∂L/∂M_kbc = −Σ_j (g_kb + g_jb) c_kjb sign(M_kbc − M_jbc), is computed
    /// directly, so this op is first order only: minibatch discrimination serves the GAN loss, never a gradient penalty.
    public func minibatchSimilarity() -> Tensor {
        precondition(rank == 3, "minibatchSimilarity: needs M of shape [n, B, C], got \(shape)")
        let (n, kernels, dimensions) = (shape[0], shape[1], shape[2])
        let m = scalars
        /// Calls `body(i, j, b, pair)` for each i < j and kernel b, `pair` counting from 0 in that order.
        func forEachPair(_ body: (Int, Int, Int, Int) -> Void) {
            var pair = 0
            for b in 0..<kernels {
                for i in 0..<n {
                    for j in (i + 1)..<Swift.max(n, i + 1) {
                        body(i, j, b, pair)
                        pair += 1
                    }
                }
            }
        }
        // c_ijb for each pair, kept for the pullback.
        var closeness = [Float](repeating: 0, count: kernels * n * Swift.max(n - 1, 0) / 2)
        var similarity = [Float](repeating: 1, count: n * kernels)
        m.withUnsafeBufferPointer { m in
            closeness.withUnsafeMutableBufferPointer { closeness in
                similarity.withUnsafeMutableBufferPointer { similarity in
                    forEachPair { i, j, b, pair in
                        let (rowI, rowJ) = ((i * kernels + b) * dimensions, (j * kernels + b) * dimensions)
                        var distance: Float = 0
                        for c in 0..<dimensions { distance += Swift.abs(m[rowI + c] - m[rowJ + c]) }
                        let c = Foundation.exp(-distance)
                        closeness[pair] = c
                        similarity[i * kernels + b] += c
                        similarity[j * kernels + b] += c
                    }
                }
            }
        }
        return Tensor(shape: [n, kernels], scalars: similarity, inputs: [self]) {
            [{ g in
                var gradient = [Float](repeating: 0, count: m.count)
                g.scalars.withUnsafeBufferPointer { upstream in
                    m.withUnsafeBufferPointer { m in
                        closeness.withUnsafeBufferPointer { closeness in
                            gradient.withUnsafeMutableBufferPointer { gradient in
                                forEachPair { i, j, b, pair in
                                    let weight = -(upstream[i * kernels + b] + upstream[j * kernels + b]) * closeness[pair]
                                    let (rowI, rowJ) = ((i * kernels + b) * dimensions, (j * kernels + b) * dimensions)
                                    for d in 0..<dimensions {
                                        let (a, e) = (rowI + d, rowJ + d)
                                        let sign: Float = m[a] > m[e] ? 1 : (m[a] < m[e] ? -1 : 0)
                                        gradient[a] += weight * sign
                                        gradient[e] -= weight * sign
                                    }
                                }
                            }
                        }
                    }
                }
                return Tensor(shape: [n, kernels, dimensions], scalars: gradient)
            }]
        }
    }
}

/// Virtual batch normalization (Salimans et al. 2016): normalize with the mean and variance of a reference batch
/// fixed once, so a sample's output does not depend on the other samples of its batch. Batch normalization's own
/// form is `batchNormalized`, for comparison.
public struct VirtualBatchNorm {
    /// The reference statistics per feature.
    public let mean: Tensor
    public let variance: Tensor
    /// Added to the variance: x̂ = (x − μ_ref)/√(σ²_ref + ε).
    public let epsilon: Float

    /// Fixes the statistics of `reference`, shape [n, features], outside any graph.
    public init(reference: Tensor, epsilon: Float = 1e-5) {
        let (mean, variance) = withoutGradients { Self.statistics(reference) }
        self.mean = mean
        self.variance = variance
        self.epsilon = epsilon
    }

    /// x normalized by the reference statistics.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        (x - mean) / (variance + epsilon).sqrt()
    }

    /// Batch normalization: x normalized by the statistics of its own batch, (x − μ_B)/√(σ²_B + ε).
    public static func batchNormalized(_ x: Tensor, epsilon: Float = 1e-5) -> Tensor {
        let (mean, variance) = statistics(x)
        return (x - mean) / (variance + epsilon).sqrt()
    }

    /// Mean and (biased) variance over the batch, each of shape [1, features].
    static func statistics(_ x: Tensor) -> (mean: Tensor, variance: Tensor) {
        let mean = x.mean(axis: 0, keepingDimension: true)
        return (mean, (x - mean).squared().mean(axis: 0, keepingDimension: true))
    }
}
