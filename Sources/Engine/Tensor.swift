import Random

/// A Float32 tensor of rank 0–4, stored row-major and contiguous, that records the ops applied to it.
///
/// A tensor is a node of the autodiff graph: a leaf (`requiresGrad: true`, e.g. a parameter)
/// or the result of an op whose inputs require gradients. Values are immutable to users; the
/// optimizers update parameters in place (outside any recorded graph).
///
///     let x = Tensor([[1, 2], [3, 4]], requiresGrad: true)
///     let y = (x * x).sum()
///     y.backward()          // x.grad == [[2, 4], [6, 8]]
public final class Tensor {
    /// The extent of each dimension; `[]` for a scalar.
    public let shape: [Int]
    /// The elements in row-major order.
    public internal(set) var scalars: [Float]
    /// Whether gradients flow to this tensor (a leaf created so, or the result of a recorded op).
    public let requiresGrad: Bool
    /// The gradient accumulated by `backward()` (leaves only).
    public internal(set) var grad: Tensor?
    /// The op that produced this tensor, when it was recorded.
    let node: Node?

    /// Creates a tensor from its shape and row-major scalars.
    public init(shape: [Int], scalars: [Float], requiresGrad: Bool = false) {
        precondition(shape.count <= 4, "Tensor: rank \(shape.count) exceeds 4")
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor: negative dimension in \(shape)")
        precondition(shape.reduce(1, *) == scalars.count,
                     "Tensor: shape \(shape) needs \(shape.reduce(1, *)) scalars, got \(scalars.count)")
        self.shape = shape
        self.scalars = scalars
        self.requiresGrad = requiresGrad
        self.node = nil
    }

    /// Runs `body` on the scalars' storage for an in-place update outside any recorded graph (optimizer steps,
    /// weight clipping); the shape stays as it is.
    public func withUnsafeMutableScalars<Result>(_ body: (UnsafeMutableBufferPointer<Float>) throws -> Result) rethrows -> Result {
        try scalars.withUnsafeMutableBufferPointer { try body($0) }
    }

    /// The result of an op: records `pullbacks` (one per input) when recording and an input requires gradients.
    init(shape: [Int], scalars: [Float], inputs: [Tensor], pullbacks: () -> [Pullback]) {
        self.shape = shape
        self.scalars = scalars
        if GradientMode.isRecording && inputs.contains(where: \.requiresGrad) {
            let rules = pullbacks()
            precondition(rules.count == inputs.count, "Tensor: one pullback per input")
            self.node = Node(inputs: inputs, pullbacks: rules)
            self.requiresGrad = true
        } else {
            self.node = nil
            self.requiresGrad = false
        }
    }

    /// A rank-0 tensor holding `value`.
    public convenience init(_ value: Float, requiresGrad: Bool = false) {
        self.init(shape: [], scalars: [value], requiresGrad: requiresGrad)
    }

    /// A rank-1 tensor from an array.
    public convenience init(_ values: [Float], requiresGrad: Bool = false) {
        self.init(shape: [values.count], scalars: values, requiresGrad: requiresGrad)
    }

    /// A rank-1 tensor of Double values rounded to Float.
    public convenience init(converting values: [Double], requiresGrad: Bool = false) {
        self.init(values.map(Float.init), requiresGrad: requiresGrad)
    }

    /// A rank-2 tensor from rows of equal length.
    public convenience init(_ rows: [[Float]], requiresGrad: Bool = false) {
        let columns = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == columns }, "Tensor: rows of unequal length")
        self.init(shape: [rows.count, columns], scalars: rows.flatMap { $0 }, requiresGrad: requiresGrad)
    }

    /// The number of elements.
    public var count: Int { scalars.count }
    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The single element of a one-element tensor.
    public var item: Float {
        precondition(count == 1, "item: tensor of shape \(shape) has \(count) elements")
        return scalars[0]
    }

    /// The rows of a rank-2 tensor as nested arrays.
    public var rows: [[Float]] {
        precondition(rank == 2, "rows: needs rank 2, got shape \(shape)")
        let width = shape[1]
        return (0..<shape[0]).map { Array(scalars[($0 * width)..<(($0 + 1) * width)]) }
    }

    /// The same values, cut from the graph: no gradient flows through the result.
    public func detached() -> Tensor {
        Tensor(shape: shape, scalars: scalars)
    }

    /// A leaf copy of these values that requires gradients (a fresh variable).
    public func asVariable() -> Tensor {
        Tensor(shape: shape, scalars: scalars, requiresGrad: true)
    }

    /// Clears the accumulated gradient.
    public func zeroGrad() {
        grad = nil
    }
}

extension Tensor: CustomStringConvertible {
    /// A short description: shape and the first few values.
    public var description: String {
        let shown = scalars.prefix(8).map { String($0) }.joined(separator: ", ")
        return "Tensor\(shape)[\(shown)\(count > 8 ? ", …" : "")]"
    }
}

// MARK: - Creation

extension Tensor {
    /// A tensor of the given shape filled with `value`.
    public static func full(_ value: Float, shape: [Int], requiresGrad: Bool = false) -> Tensor {
        Tensor(shape: shape, scalars: [Float](repeating: value, count: shape.reduce(1, *)),
               requiresGrad: requiresGrad)
    }

    /// A tensor of zeros.
    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        full(0, shape: shape, requiresGrad: requiresGrad)
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        full(1, shape: shape, requiresGrad: requiresGrad)
    }

    /// Independent draws from U[low, high).
    public static func uniform(_ shape: [Int], low: Float = 0, high: Float = 1,
                               using generator: inout SeededGenerator, requiresGrad: Bool = false) -> Tensor {
        let n = shape.reduce(1, *)
        return Tensor(shape: shape, scalars: (0..<n).map { _ in generator.uniform(low, high) },
                      requiresGrad: requiresGrad)
    }

    /// Independent draws from N(mean, standardDeviation²).
    public static func normal(_ shape: [Int], mean: Float = 0, standardDeviation: Float = 1,
                              using generator: inout SeededGenerator, requiresGrad: Bool = false) -> Tensor {
        let n = shape.reduce(1, *)
        return Tensor(shape: shape,
                      scalars: (0..<n).map { _ in generator.normal(mean: mean, standardDeviation: standardDeviation) },
                      requiresGrad: requiresGrad)
    }
}
