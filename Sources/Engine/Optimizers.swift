import Foundation

/// Updates parameters in place from their accumulated gradients.
public protocol Optimizer: AnyObject {
    /// The tensors this optimizer updates.
    var parameters: [Tensor] { get }
    /// Applies one update from each parameter's `grad` (a parameter without a gradient is left alone).
    func step()
}

extension Optimizer {
    /// Clears every parameter's gradient.
    public func zeroGradients() {
        parameters.forEach { $0.zeroGrad() }
    }

    /// Runs `update(index, parameter, gradient)` over raw buffers for every parameter that has a gradient.
    func forEachGradient(_ update: (Int, UnsafeMutableBufferPointer<Float>, UnsafeBufferPointer<Float>) -> Void) {
        for (index, parameter) in parameters.enumerated() {
            guard let gradient = parameter.grad else { continue }
            precondition(gradient.shape == parameter.shape, "optimizer: gradient shape \(gradient.shape) ≠ \(parameter.shape)")
            gradient.scalars.withUnsafeBufferPointer { g in
                parameter.scalars.withUnsafeMutableBufferPointer { p in update(index, p, g) }
            }
        }
    }
}

/// Stochastic gradient descent with momentum: v ← μv + g, θ ← θ − ηv (PyTorch's convention).
public final class SGD: Optimizer {
    public let parameters: [Tensor]
    /// Step size η; may be changed between steps (the lab's controls do), and must stay positive.
    public var learningRate: Float {
        didSet { precondition(learningRate > 0, "learningRate must be positive, got \(learningRate)") }
    }
    /// Momentum μ ∈ [0, 1).
    public let momentum: Float
    private var velocity: [[Float]]

    /// Creates the optimizer; traps on a non-positive learning rate or a momentum outside [0, 1).
    public init(parameters: [Tensor], learningRate: Float, momentum: Float = 0) {
        precondition(learningRate > 0, "SGD: learningRate must be positive, got \(learningRate)")
        precondition((0..<1).contains(momentum), "SGD: momentum must be in [0, 1), got \(momentum)")
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        velocity = parameters.map { [Float](repeating: 0, count: $0.count) }
    }

    public func step() {
        let (mu, rate) = (momentum, learningRate)  // locals, so the loop can be vectorized
        forEachGradient { index, p, g in
            velocity[index].withUnsafeMutableBufferPointer { v in
                for i in 0..<p.count {
                    v[i] = mu * v[i] + g[i]
                    p[i] -= rate * v[i]
                }
            }
        }
    }
}

/// RMSProp (Tieleman & Hinton 2012), as PyTorch's RMSprop: v ← αv + (1−α)g², θ ← θ − η·g/(√v + ε).
/// The WGAN paper's optimizer (Arjovsky et al. 2017, Algorithm 1: η = 5·10⁻⁵).
public final class RMSProp: Optimizer {
    public let parameters: [Tensor]
    /// Step size η; may be changed between steps (the lab's controls do), and must stay positive.
    public var learningRate: Float {
        didSet { precondition(learningRate > 0, "learningRate must be positive, got \(learningRate)") }
    }
    /// Smoothing constant α ∈ [0, 1).
    public let alpha: Float
    /// ε added to the denominator.
    public let epsilon: Float
    private var meanSquare: [[Float]]

    /// Creates the optimizer with PyTorch's defaults α = 0.99, ε = 1e-8.
    public init(parameters: [Tensor], learningRate: Float, alpha: Float = 0.99, epsilon: Float = 1e-8) {
        precondition(learningRate > 0, "RMSProp: learningRate must be positive, got \(learningRate)")
        precondition((0..<1).contains(alpha), "RMSProp: alpha must be in [0, 1), got \(alpha)")
        precondition(epsilon > 0, "RMSProp: epsilon must be positive, got \(epsilon)")
        self.parameters = parameters
        self.learningRate = learningRate
        self.alpha = alpha
        self.epsilon = epsilon
        meanSquare = parameters.map { [Float](repeating: 0, count: $0.count) }
    }

    public func step() {
        let (a, rate, eps) = (alpha, learningRate, epsilon)
        forEachGradient { index, p, g in
            meanSquare[index].withUnsafeMutableBufferPointer { v in
                let lanes = Lanes.end(p.count)  // lanes, then the tail: the same bits as the scalar update
                for i in stride(from: 0, to: lanes, by: Lanes.width) {
                    let gi = Lanes.load(g, i), vi = a * Lanes.load(v, i) + (1 - a) * gi * gi
                    Lanes.store(vi, v, i)
                    Lanes.store(Lanes.load(p, i) - rate * gi / (Lanes.squareRoot(vi) + eps), p, i)
                }
                for i in lanes..<p.count {
                    v[i] = a * v[i] + (1 - a) * g[i] * g[i]
                    p[i] -= rate * g[i] / (v[i].squareRoot() + eps)
                }
            }
        }
    }
}

/// Adam (Kingma & Ba 2015): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − η·m̂/(√v̂ + ε)
/// with m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ). WGAN-GP uses η = 10⁻⁴, β = (0.5, 0.9).
public final class Adam: Optimizer {
    public let parameters: [Tensor]
    /// Step size η; may be changed between steps (the lab's controls do), and must stay positive.
    public var learningRate: Float {
        didSet { precondition(learningRate > 0, "learningRate must be positive, got \(learningRate)") }
    }
    /// Decay of the first moment β₁ ∈ [0, 1).
    public let beta1: Float
    /// Decay of the second moment β₂ ∈ [0, 1).
    public let beta2: Float
    /// ε added to the denominator.
    public let epsilon: Float
    private var firstMoment: [[Float]]
    private var secondMoment: [[Float]]
    private var stepCount = 0

    /// Creates the optimizer with the paper's defaults β = (0.9, 0.999), ε = 1e-8.
    public init(parameters: [Tensor], learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999,
                epsilon: Float = 1e-8) {
        precondition(learningRate > 0, "Adam: learningRate must be positive, got \(learningRate)")
        precondition((0..<1).contains(beta1) && (0..<1).contains(beta2), "Adam: betas must be in [0, 1), got \(beta1), \(beta2)")
        precondition(epsilon > 0, "Adam: epsilon must be positive, got \(epsilon)")
        self.parameters = parameters
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        firstMoment = parameters.map { [Float](repeating: 0, count: $0.count) }
        secondMoment = parameters.map { [Float](repeating: 0, count: $0.count) }
    }

    public func step() {
        stepCount += 1
        let correction1 = 1 - Foundation.pow(beta1, Float(stepCount))
        let correction2 = 1 - Foundation.pow(beta2, Float(stepCount))
        let (b1, b2, rate, eps) = (beta1, beta2, learningRate, epsilon)
        forEachGradient { index, p, g in
            firstMoment[index].withUnsafeMutableBufferPointer { m in
                secondMoment[index].withUnsafeMutableBufferPointer { v in
                    let lanes = Lanes.end(p.count)  // lanes, then the tail (as in RMSProp)
                    for i in stride(from: 0, to: lanes, by: Lanes.width) {
                        let gi = Lanes.load(g, i)
                        let mi = b1 * Lanes.load(m, i) + (1 - b1) * gi, vi = b2 * Lanes.load(v, i) + (1 - b2) * gi * gi
                        Lanes.store(mi, m, i)
                        Lanes.store(vi, v, i)
                        Lanes.store(Lanes.load(p, i) - rate * (mi / correction1) / (Lanes.squareRoot(vi / correction2) + eps), p, i)
                    }
                    for i in lanes..<p.count {
                        m[i] = b1 * m[i] + (1 - b1) * g[i]
                        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                        p[i] -= rate * (m[i] / correction1) / ((v[i] / correction2).squareRoot() + eps)
                    }
                }
            }
        }
    }
}
