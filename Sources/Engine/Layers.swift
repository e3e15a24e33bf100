import Foundation
import Random

/// Anything with trainable parameters.
public protocol Module {
    /// The trainable tensors, in a fixed order.
    var parameters: [Tensor] { get }
}

extension Module {
    /// Clears every parameter's gradient.
    public func zeroGradients() {
        parameters.forEach { $0.zeroGrad() }
    }

    /// The total number of trainable scalars.
    public var parameterCount: Int { parameters.map(\.count).reduce(0, +) }
}

/// How a layer's weights are drawn.
public enum WeightInitializer: Sendable {
    /// He (Kaiming) normal: N(0, 2/fanIn), suited to ReLU (He et al. 2015).
    case he
    /// Glorot (Xavier) uniform: U(±√(6/(fanIn + fanOut))) (Glorot & Bengio 2010).
    case glorot
    /// PyTorch's `nn.Linear` default: U(±1/√fanIn) for weights and bias.
    case pytorchDefault
}

/// A fully connected layer y = x·W + b, with W of shape [inputs, outputs].
public struct Linear: Module {
    /// The weight matrix [inputs, outputs].
    public let weight: Tensor
    /// The bias [outputs].
    public let bias: Tensor

    /// Creates a layer with weights from `initializer` and zero bias (PyTorch default: uniform bias too).
    public init(inputs: Int, outputs: Int, initializer: WeightInitializer = .he, using generator: inout SeededGenerator) {
        precondition(inputs > 0 && outputs > 0, "Linear: sizes must be positive, got \(inputs)→\(outputs)")
        let fanIn = Float(inputs), fanOut = Float(outputs)
        switch initializer {
        case .he:
            weight = .normal([inputs, outputs], standardDeviation: (2 / fanIn).squareRoot(), using: &generator, requiresGrad: true)
            bias = .zeros([outputs], requiresGrad: true)
        case .glorot:
            let limit = (6 / (fanIn + fanOut)).squareRoot()
            weight = .uniform([inputs, outputs], low: -limit, high: limit, using: &generator, requiresGrad: true)
            bias = .zeros([outputs], requiresGrad: true)
        case .pytorchDefault:
            let limit = 1 / fanIn.squareRoot()
            weight = .uniform([inputs, outputs], low: -limit, high: limit, using: &generator, requiresGrad: true)
            bias = .uniform([outputs], low: -limit, high: limit, using: &generator, requiresGrad: true)
        }
    }

    /// The layer's trainable tensors: weight, then bias.
    public var parameters: [Tensor] { [weight, bias] }

    /// x·W + b for a batch x of shape [n, inputs].
    public func callAsFunction(_ x: Tensor) -> Tensor {
        Tensor.affine(x, weight: weight, bias: bias, relu: false)
    }

    /// The same layer with its parameters detached: gradients reach the input but not the weights, so a network
    /// that is not being updated costs no weight-gradient products.
    public func frozen() -> Linear {
        Linear(weight: weight.detached(), bias: bias.detached())
    }

    private init(weight: Tensor, bias: Tensor) {
        self.weight = weight
        self.bias = bias
    }
}

/// The nonlinearity between hidden layers.
public enum Activation: Sendable {
    case relu
    case leakyRelu(slope: Float)
    case tanh
    case sigmoid

    /// Applies the activation elementwise.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        switch self {
        case .relu: x.relu()
        case .leakyRelu(let slope): x.leakyRelu(slope: slope)
        case .tanh: x.tanh()
        case .sigmoid: x.sigmoid()
        }
    }
}

/// A multilayer perceptron: Linear layers of the given widths with `activation` between them (none after the last).
///
///     var rng = SeededGenerator(seed: 1)
///     let critic = MLP(widths: [2, 512, 512, 512, 1], using: &rng)   // WGAN-GP toy critic
public struct MLP: Module {
    /// The layers in order.
    public let layers: [Linear]
    /// The activation between layers.
    public let activation: Activation

    /// Creates layers widths[0]→widths[1]→…→widths.last.
    public init(widths: [Int], activation: Activation = .relu, initializer: WeightInitializer = .he,
                using generator: inout SeededGenerator) {
        precondition(widths.count >= 2, "MLP: needs at least an input and an output width, got \(widths)")
        var layers: [Linear] = []
        for (inputs, outputs) in zip(widths, widths.dropFirst()) {
            layers.append(Linear(inputs: inputs, outputs: outputs, initializer: initializer, using: &generator))
        }
        self.layers = layers
        self.activation = activation
    }

    /// All layers' parameters in order.
    public var parameters: [Tensor] { layers.flatMap(\.parameters) }

    /// The network's output for a batch x of shape [n, widths[0]]; ReLU layers run as fused `Tensor.affine` ops.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        var h = x
        for (index, layer) in layers.enumerated() {
            let hidden = index < layers.count - 1
            if hidden, case .relu = activation {
                h = Tensor.affine(h, weight: layer.weight, bias: layer.bias, relu: true)
            } else {
                h = layer(h)
                if hidden { h = activation(h) }
            }
        }
        return h
    }

    /// The reference path: every layer as separate matmul, bias add and activation ops (what the fused path must equal).
    public func unfused(_ x: Tensor) -> Tensor {
        var h = x
        for (index, layer) in layers.enumerated() {
            h = h.matmul(layer.weight) + layer.bias
            if index < layers.count - 1 { h = activation(h) }
        }
        return h
    }

    /// The network with detached parameters (see `Linear.frozen()`).
    public func frozen() -> MLP {
        MLP(layers: layers.map { $0.frozen() }, activation: activation)
    }

    private init(layers: [Linear], activation: Activation) {
        self.layers = layers
        self.activation = activation
    }
}
