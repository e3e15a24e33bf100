import Random

/// A 2-D convolution over NHWC batches: y[n, oy, ox, :] = b + Σ_{ky, kx, c} x[n, oy·s − p + ky, ox·s − p + kx, c] · W[(ky, kx, c), :],
/// computed as patches(x) · W (im2col, then one sgemm).
///
///     var rng = SeededGenerator(seed: 1)
///     let down = Conv2d(inputChannels: 3, outputChannels: 32, geometry: .init(kernel: 4, stride: 2, padding: 1), using: &rng)
///     // [64, 16, 16, 3] → [64, 8, 8, 32]
public struct Conv2d: Module {
    /// The kernel as a matrix [k·k·C_in, C_out], rows in (ky, kx, c) order.
    public let weight: Tensor
    /// One bias per output channel [C_out].
    public let bias: Tensor
    public let geometry: ConvolutionGeometry

    /// Creates a layer with zero bias and weights N(0, σ²): σ = `standardDeviation`, or He's √(2/(k·k·C_in)) when nil.
    public init(inputChannels: Int, outputChannels: Int, geometry: ConvolutionGeometry, standardDeviation: Float? = nil,
                using generator: inout SeededGenerator) {
        precondition(inputChannels > 0 && outputChannels > 0, "Conv2d: channel counts must be positive")
        let fanIn = geometry.kernel * geometry.kernel * inputChannels
        weight = .normal([fanIn, outputChannels], standardDeviation: standardDeviation ?? (2 / Float(fanIn)).squareRoot(),
                         using: &generator, requiresGrad: true)
        bias = .zeros([outputChannels], requiresGrad: true)
        self.geometry = geometry
    }

    /// A layer with the given kernel matrix [k·k·C_in, C_out] and bias [C_out].
    public init(weight: Tensor, bias: Tensor, geometry: ConvolutionGeometry) {
        precondition(weight.rank == 2 && weight.shape[0] % (geometry.kernel * geometry.kernel) == 0 && bias.shape == [weight.shape[1]],
                     "Conv2d: needs W [k·k·C_in, C_out] and b [C_out], got \(weight.shape) and \(bias.shape)")
        (self.weight, self.bias, self.geometry) = (weight, bias, geometry)
    }

    public var parameters: [Tensor] { [weight, bias] }

    /// The input channels C_in.
    public var inputChannels: Int { weight.shape[0] / (geometry.kernel * geometry.kernel) }

    /// [N, H, W, C_in] → [N, OH, OW, C_out] with OH = ⌊(H + 2p − k)/s⌋ + 1.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4 && x.shape[3] == inputChannels, "Conv2d: needs [N, H, W, \(inputChannels)], got \(x.shape)")
        let (height, width) = (geometry.outputExtent(x.shape[1]), geometry.outputExtent(x.shape[2]))
        return Tensor.affine(x.patches(geometry), weight: weight, bias: bias, relu: false)
            .reshaped(to: [x.shape[0], height, width, weight.shape[1]])
    }

    /// The same layer with its parameters detached (gradients reach the input only).
    public func frozen() -> Conv2d {
        Conv2d(weight: weight.detached(), bias: bias.detached(), geometry: geometry)
    }
}

/// A transposed convolution (the adjoint of `Conv2d`'s window gather, "fractionally strided"): each input pixel
/// spreads x[n, y, x, :]·W over a k×k×C_out window of the output, windows s apart, overlaps summed, p cropped
/// from every side. [N, H, W, C_in] → [N, (H − 1)·s − 2p + k, (W − 1)·s − 2p + k, C_out]: k 4, s 2, p 1 doubles H and W.
public struct ConvTranspose2d: Module {
    /// The kernel as a matrix [C_in, k·k·C_out], columns in (ky, kx, c) order.
    public let weight: Tensor
    /// One bias per output channel [C_out].
    public let bias: Tensor
    public let geometry: ConvolutionGeometry

    /// Creates a layer with zero bias and weights N(0, σ²): σ = `standardDeviation`, or He's √(2/(C_in·k²/s²)) when nil
    /// (each output sees about k²/s² input pixels).
    public init(inputChannels: Int, outputChannels: Int, geometry: ConvolutionGeometry, standardDeviation: Float? = nil,
                using generator: inout SeededGenerator) {
        precondition(inputChannels > 0 && outputChannels > 0, "ConvTranspose2d: channel counts must be positive")
        let k = geometry.kernel
        let fanIn = Float(inputChannels * k * k) / Float(geometry.stride * geometry.stride)
        weight = .normal([inputChannels, k * k * outputChannels], standardDeviation: standardDeviation ?? (2 / fanIn).squareRoot(),
                         using: &generator, requiresGrad: true)
        bias = .zeros([outputChannels], requiresGrad: true)
        self.geometry = geometry
    }

    /// A layer with the given kernel matrix [C_in, k·k·C_out] and bias [C_out].
    public init(weight: Tensor, bias: Tensor, geometry: ConvolutionGeometry) {
        precondition(weight.rank == 2 && bias.rank == 1 && weight.shape[1] == geometry.kernel * geometry.kernel * bias.shape[0],
                     "ConvTranspose2d: needs W [C_in, k·k·C_out] and b [C_out], got \(weight.shape) and \(bias.shape)")
        (self.weight, self.bias, self.geometry) = (weight, bias, geometry)
    }

    public var parameters: [Tensor] { [weight, bias] }

    /// The same layer with its parameters detached (gradients reach the input only).
    public func frozen() -> ConvTranspose2d {
        ConvTranspose2d(weight: weight.detached(), bias: bias.detached(), geometry: geometry)
    }

    /// The output channels C_out.
    public var outputChannels: Int { bias.shape[0] }

    /// [N, H, W, C_in] → [N, (H − 1)·s − 2p + k, (W − 1)·s − 2p + k, C_out]: x·W gives every pixel's window, col2im
    /// adds the windows into place.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4 && x.shape[3] == weight.shape[0], "ConvTranspose2d: needs [N, H, W, \(weight.shape[0])], got \(x.shape)")
        let (n, h, w) = (x.shape[0], x.shape[1], x.shape[2])
        let outputShape = [n, geometry.transposedExtent(h), geometry.transposedExtent(w), outputChannels]
        precondition(geometry.outputExtent(outputShape[1]) == h && geometry.outputExtent(outputShape[2]) == w,
                     "ConvTranspose2d: k \(geometry.kernel), s \(geometry.stride), p \(geometry.padding) does not invert to \(h)×\(w)")
        let windows = x.reshaped(to: [n * h * w, x.shape[3]]).matmul(weight)
        return windows.foldingPatches(into: outputShape, geometry) + bias
    }
}
