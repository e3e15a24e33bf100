/// Convolutions over NHWC images ([batch, height, width, channels], channels last) as two linear ops, the patch
/// gather (im2col) and its adjoint the patch scatter-add (col2im), around a matrix product through OpenBLAS.
///
/// Each op's pullback is the other, itself recorded, so gradients of gradients flow through convolutions: the
/// WGAN-GP penalty can be taken on a convolutional critic. Channels last make the product's rows the output
/// positions and its columns the output channels, so its result is already the NHWC output (no transposes).

/// A square kernel's size, stride and zero padding: an n-wide input gives ⌊(n + 2p − k)/s⌋ + 1 outputs.
public struct ConvolutionGeometry: Sendable, Equatable {
    /// The kernel's height and width k.
    public let kernel: Int
    /// The step s between neighbouring windows.
    public let stride: Int
    /// The zeros p added on every side.
    public let padding: Int

    /// Creates a geometry; k ≥ 1, s ≥ 1, 0 ≤ p < k.
    public init(kernel: Int, stride: Int = 1, padding: Int = 0) {
        precondition(kernel >= 1 && stride >= 1 && padding >= 0 && padding < kernel,
                     "ConvolutionGeometry: needs k ≥ 1, s ≥ 1 and 0 ≤ p < k, got k \(kernel), s \(stride), p \(padding)")
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
    }

    /// The windows along an input extent n: ⌊(n + 2p − k)/s⌋ + 1.
    public func outputExtent(_ n: Int) -> Int {
        precondition(n + 2 * padding >= kernel, "ConvolutionGeometry: extent \(n) with padding \(padding) is smaller than kernel \(kernel)")
        return (n + 2 * padding - kernel) / stride + 1
    }

    /// The input extent a transposed convolution produces from n windows: (n − 1)·s − 2p + k.
    public func transposedExtent(_ n: Int) -> Int {
        (n - 1) * stride - 2 * padding + kernel
    }
}

extension Tensor {
    /// im2col: an NHWC image batch [N, H, W, C] → [N·OH·OW, k·k·C], row (n, oy, ox) holding the k×k×C window under
    /// output (oy, ox) in (ky, kx, c) order, zeros where the window lies on the padding. Its pullback is col2im.
    public func patches(_ geometry: ConvolutionGeometry) -> Tensor {
        precondition(rank == 4, "patches: needs an NHWC batch [N, H, W, C], got \(shape)")
        let imageShape = shape
        let layout = PatchLayout(imageShape: imageShape, geometry: geometry)
        // Every entry is written once: a copy of the image, or a zero on the padding.
        let values = [Float](unsafeUninitializedCapacity: layout.rows * layout.columns) { columns, initialized in
            scalars.withUnsafeBufferPointer { image in
                guard let from = image.baseAddress, let to = columns.baseAddress else { return }  // an empty batch
                layout.forEachSpan { imageOffset, patchOffset, length in
                    (to + patchOffset).initialize(from: from + imageOffset, count: length)
                } padding: { patchOffset, length in
                    (to + patchOffset).initialize(repeating: 0, count: length)
                }
            }
            initialized = layout.rows * layout.columns
        }
        return Tensor(shape: [layout.rows, layout.columns], scalars: values, inputs: [self]) {
            [{ g in g.foldingPatches(into: imageShape, geometry) }]
        }
    }

    /// col2im: [N·OH·OW, k·k·C] windows → an NHWC batch of `imageShape` [N, H, W, C], each window added back where
    /// `patches` took it from (overlaps sum, padding drops). The adjoint of `patches`, and its pullback is `patches`.
    public func foldingPatches(into imageShape: [Int], _ geometry: ConvolutionGeometry) -> Tensor {
        let layout = PatchLayout(imageShape: imageShape, geometry: geometry)
        precondition(shape == [layout.rows, layout.columns],
                     "foldingPatches: \(imageShape) with k \(geometry.kernel), s \(geometry.stride), p \(geometry.padding) needs windows [\(layout.rows), \(layout.columns)], got \(shape)")
        var values = [Float](repeating: 0, count: imageShape.reduce(1, *))
        scalars.withUnsafeBufferPointer { columns in
            values.withUnsafeMutableBufferPointer { image in
                guard let from = columns.baseAddress, let to = image.baseAddress else { return }  // an empty batch
                layout.forEachSpan { imageOffset, patchOffset, length in
                    Lanes.add(from + patchOffset, into: to + imageOffset, count: length)
                }
            }
        }
        return Tensor(shape: imageShape, scalars: values, inputs: [self]) {
            [{ g in g.patches(geometry) }]
        }
    }
}

/// Where each window of an im2col matrix lies in its image, walked as contiguous spans of channels.
struct PatchLayout {
    let batch: Int, height: Int, width: Int, channels: Int
    let outputHeight: Int, outputWidth: Int
    let geometry: ConvolutionGeometry

    init(imageShape: [Int], geometry: ConvolutionGeometry) {
        precondition(imageShape.count == 4, "convolution: needs an NHWC shape [N, H, W, C], got \(imageShape)")
        (batch, height, width, channels) = (imageShape[0], imageShape[1], imageShape[2], imageShape[3])
        self.geometry = geometry
        outputHeight = geometry.outputExtent(height)
        outputWidth = geometry.outputExtent(width)
    }

    /// One row per output position.
    var rows: Int { batch * outputHeight * outputWidth }
    /// k·k·C entries per window.
    var columns: Int { geometry.kernel * geometry.kernel * channels }

    /// Calls `span` with each run where a window overlaps the image: the offset in the image, the offset in the window
    /// matrix, and the run's length (whole pixels, the kernel columns kx that fall inside the image); and `padding`
    /// with each run of the window matrix that lies on the padding (its offset and length). Together the runs cover
    /// the window matrix once, in order.
    @inline(__always)
    func forEachSpan(_ span: (_ image: Int, _ patch: Int, _ length: Int) -> Void,
                     padding: (_ patch: Int, _ length: Int) -> Void = { _, _ in }) {
        let (k, s, p) = (geometry.kernel, geometry.stride, geometry.padding)
        let line = k * channels  // one kernel row ky of a window
        for n in 0..<batch {
            for oy in 0..<outputHeight {
                for ox in 0..<outputWidth {
                    let row = (n * outputHeight + oy) * outputWidth + ox
                    let left = ox * s - p
                    // The kernel columns kx with 0 ≤ left + kx < width.
                    let firstColumn = Swift.max(0, -left), endColumn = Swift.max(firstColumn, Swift.min(k, width - left))
                    for ky in 0..<k {
                        let start = row * columns + ky * line
                        let y = oy * s - p + ky
                        guard y >= 0 && y < height && firstColumn < endColumn else {
                            padding(start, line)
                            continue
                        }
                        if firstColumn > 0 { padding(start, firstColumn * channels) }
                        span(((n * height + y) * width + left + firstColumn) * channels, start + firstColumn * channels,
                             (endColumn - firstColumn) * channels)
                        if endColumn < k { padding(start + endColumn * channels, (k - endColumn) * channels) }
                    }
                }
            }
        }
    }
}
