/// Nearest-neighbour upsampling of NHWC batches by 2 and its adjoint, the 2×2 block sum: two linear ops whose
/// pullbacks are each other, recorded, so gradients of gradients flow through them (as through `patches`).
///
/// Upsampling followed by a 3×3 convolution is the generator's alternative to a strided transposed convolution,
/// whose uneven overlaps paint a checkerboard (Odena, Dumoulin & Olah, "Deconvolution and checkerboard artifacts", 2016).
extension Tensor {
    /// [N, H, W, C] → [N, 2H, 2W, C]: y[n, y, x, c] = x[n, ⌊y/2⌋, ⌊x/2⌋, c]. Its pullback is `blockSummed()`.
    public func upsampled() -> Tensor {
        precondition(rank == 4, "upsampled: needs an NHWC batch [N, H, W, C], got \(shape)")
        let (batch, height, width, channels) = (shape[0], shape[1], shape[2], shape[3])
        let outputShape = [batch, 2 * height, 2 * width, channels]
        let values = [Float](unsafeUninitializedCapacity: count * 4) { output, initialized in
            scalars.withUnsafeBufferPointer { input in
                guard let from = input.baseAddress, let to = output.baseAddress else { return }  // an empty batch
                for row in 0..<(batch * height) {
                    let source = from + row * width * channels
                    for copy in 0..<2 {
                        let line = to + (2 * row + copy) * 2 * width * channels
                        for x in 0..<width {
                            let pixel = source + x * channels
                            (line + 2 * x * channels).initialize(from: pixel, count: channels)
                            (line + (2 * x + 1) * channels).initialize(from: pixel, count: channels)
                        }
                    }
                }
            }
            initialized = count * 4
        }
        return Tensor(shape: outputShape, scalars: values, inputs: [self]) {
            [{ g in g.blockSummed() }]
        }
    }

    /// [N, 2H, 2W, C] → [N, H, W, C]: each 2×2 block of pixels summed, the adjoint of `upsampled()`, whose pullback it is.
    public func blockSummed() -> Tensor {
        precondition(rank == 4 && shape[1] % 2 == 0 && shape[2] % 2 == 0, "blockSummed: needs [N, 2H, 2W, C], got \(shape)")
        let (batch, height, width, channels) = (shape[0], shape[1] / 2, shape[2] / 2, shape[3])
        var values = [Float](repeating: 0, count: count / 4)
        scalars.withUnsafeBufferPointer { input in
            values.withUnsafeMutableBufferPointer { output in
                guard let from = input.baseAddress, let to = output.baseAddress else { return }  // an empty batch
                for row in 0..<(batch * height) {
                    let target = to + row * width * channels
                    for copy in 0..<2 {
                        let line = from + (2 * row + copy) * 2 * width * channels
                        for x in 0..<width {
                            Lanes.add(line + 2 * x * channels, into: target + x * channels, count: channels)
                            Lanes.add(line + (2 * x + 1) * channels, into: target + x * channels, count: channels)
                        }
                    }
                }
            }
        }
        return Tensor(shape: [batch, height, width, channels], scalars: values, inputs: [self]) {
            [{ g in g.upsampled() }]
        }
    }
}
