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

/// Virtual batch normalization (Salimans et al. 2016): each example x is normalized with the statistics of a fixed
/// reference batch, run through the current network, together with x itself: mean and variance over reference ∪ {x},
/// weights N/(N+1) and 1/(N+1). The reference batch is normalized with its own statistics. An example's output then
/// depends on the network's weights (through the reference batch) and on itself, never on the rest of its minibatch;
/// the price is a second forward (and backward) pass, the reference batch's. Built from differentiable engine ops.
public struct VirtualBatchNorm: Module {
    /// γ, the learned scale per feature, shape [1, features] (starts at 1).
    public let scale: Tensor
    /// β, the learned shift per feature, shape [1, features] (starts at 0).
    public let shift: Tensor
    /// Added to every variance before its square root.
    public let epsilon: Float

    /// A layer for `features` features, γ = 1 and β = 0.
    public init(features: Int, epsilon: Float = 1e-5) {
        precondition(features > 0, "VirtualBatchNorm: needs at least one feature")
        scale = Tensor(shape: [1, features], scalars: [Float](repeating: 1, count: features), requiresGrad: true)
        shift = Tensor(shape: [1, features], scalars: [Float](repeating: 0, count: features), requiresGrad: true)
        self.epsilon = epsilon
    }

    /// A layer around given γ and β, each [1, features] (for gradient checks and restored parameters).
    public init(scale: Tensor, shift: Tensor, epsilon: Float = 1e-5) {
        precondition(scale.shape.count == 2 && scale.shape[0] == 1 && scale.shape == shift.shape,
                     "VirtualBatchNorm: γ and β must both be [1, features], got \(scale.shape) and \(shift.shape)")
        self.scale = scale
        self.shift = shift
        self.epsilon = epsilon
    }

    public var parameters: [Tensor] { [scale, shift] }

    /// The minibatch `x` [n, F] and the reference batch's activations `reference` [N, F] at this layer, both normalized:
    /// row x by mean μ + (x − μ)/(N+1) and variance N/(N+1)·σ² + N/(N+1)²·(x − μ)² (μ, σ² the reference batch's,
    /// the statistics of reference ∪ {x}), the reference batch by μ and σ².
    public func callAsFunction(_ x: Tensor, reference: Tensor) -> (output: Tensor, reference: Tensor) {
        precondition(x.rank == 2 && reference.rank == 2 && x.shape[1] == reference.shape[1] && x.shape[1] == scale.count,
                     "VirtualBatchNorm: needs [n, \(scale.count)] and [N, \(scale.count)], got \(x.shape) and \(reference.shape)")
        let (mean, variance) = Self.statistics(reference)
        let weight = Float(reference.shape[0]) / Float(reference.shape[0] + 1)  // N/(N+1), the reference batch's share
        let deviation = x - mean
        // x − mean(ref ∪ {x}) = N/(N+1)·(x − μ); var(ref ∪ {x}) = N/(N+1)·σ² + N/(N+1)²·(x − μ)².
        let combinedVariance = weight * variance + (weight * (1 - weight)) * deviation.squared()
        let output = weight * deviation / (combinedVariance + epsilon).sqrt()
        let normalizedReference = (reference - mean) / (variance + epsilon).sqrt()
        return (output * scale + shift, normalizedReference * scale + shift)
    }

    /// Batch normalization without γ and β: x normalized by the statistics of its own batch, (x − μ_B)/√(σ²_B + ε).
    public static func batchNormalized(_ x: Tensor, epsilon: Float = 1e-5) -> Tensor {
        let (mean, variance) = statistics(x)
        return (x - mean) / (variance + epsilon).sqrt()
    }

    /// Mean and (biased) variance over the batch, each of shape [1, features].
    public static func statistics(_ x: Tensor) -> (mean: Tensor, variance: Tensor) {
        let mean = x.mean(axis: 0, keepingDimension: true)
        return (mean, (x - mean).squared().mean(axis: 0, keepingDimension: true))
    }
}
