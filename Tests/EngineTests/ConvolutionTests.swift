import Random
import Testing
@testable import Engine

/// A convolution computed by its definition, one multiply-add at a time: y[n, oy, ox, o] = b[o] +
/// Σ x[n, oy·s − p + ky, ox·s − p + kx, c] · W[(ky, kx, c), o] over the window's pixels inside the image.
private func directConvolution(_ x: Tensor, _ layer: Conv2d) -> [Float] {
    let (n, h, w, c) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let g = layer.geometry, outputs = layer.bias.count
    let (oh, ow) = ((h + 2 * g.padding - g.kernel) / g.stride + 1, (w + 2 * g.padding - g.kernel) / g.stride + 1)
    var y = [Float](repeating: 0, count: n * oh * ow * outputs)
    for b in 0..<n { for oy in 0..<oh { for ox in 0..<ow { for o in 0..<outputs {
        var sum = layer.bias.scalars[o]
        for ky in 0..<g.kernel { for kx in 0..<g.kernel {
            let (iy, ix) = (oy * g.stride - g.padding + ky, ox * g.stride - g.padding + kx)
            guard (0..<h).contains(iy) && (0..<w).contains(ix) else { continue }
            for ch in 0..<c {
                sum += x.scalars[((b * h + iy) * w + ix) * c + ch] * layer.weight.scalars[((ky * g.kernel + kx) * c + ch) * outputs + o]
            }
        } }
        y[((b * oh + oy) * ow + ox) * outputs + o] = sum
    } } } }
    return y
}

/// A transposed convolution by its definition: every input pixel adds x[n, y, x, c] · W[c, (ky, kx, o)] at output
/// (y·s − p + ky, x·s − p + kx), where that lies inside the output.
private func directTransposedConvolution(_ x: Tensor, _ layer: ConvTranspose2d) -> [Float] {
    let (n, h, w, c) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let g = layer.geometry, outputs = layer.outputChannels, k = g.kernel
    let (oh, ow) = ((h - 1) * g.stride - 2 * g.padding + k, (w - 1) * g.stride - 2 * g.padding + k)
    var y = [Float](repeating: 0, count: n * oh * ow * outputs)
    for b in 0..<n { for iy in 0..<h { for ix in 0..<w { for ch in 0..<c {
        for ky in 0..<k { for kx in 0..<k {
            let (oy, ox) = (iy * g.stride - g.padding + ky, ix * g.stride - g.padding + kx)
            guard (0..<oh).contains(oy) && (0..<ow).contains(ox) else { continue }
            for o in 0..<outputs {
                y[((b * oh + oy) * ow + ox) * outputs + o] += x.scalars[((b * h + iy) * w + ix) * c + ch]
                    * layer.weight.scalars[ch * k * k * outputs + (ky * k + kx) * outputs + o]
            }
        } }
    } } } }
    for i in y.indices { y[i] += layer.bias.scalars[i % outputs] }
    return y
}

private func maxDifference(_ a: [Float], _ b: [Float]) -> Float {
    zip(a, b).map { Swift.abs($0 - $1) }.max() ?? 0
}

@Suite("Convolutions")
struct ConvolutionTests {
    /// Random shapes: odd and even sizes, strides 1–3, padding 0 up to k − 1, one and several channels.
    static let cases: [(seed: UInt64, shape: [Int], outputs: Int, k: Int, s: Int, p: Int)] = [
        (1, [2, 5, 5, 1], 3, 3, 1, 1), (2, [3, 8, 8, 3], 4, 4, 2, 1), (3, [1, 7, 6, 2], 2, 3, 2, 0),
        (4, [2, 9, 4, 3], 5, 2, 3, 1), (5, [2, 4, 4, 5], 1, 4, 1, 3), (6, [1, 6, 11, 2], 3, 5, 2, 2),
    ]

    @Test("Conv2d equals the direct convolution on random shapes", arguments: cases)
    func convolutionMatchesDefinition(_ c: (seed: UInt64, shape: [Int], outputs: Int, k: Int, s: Int, p: Int)) {
        var rng = SeededGenerator(seed: c.seed)
        let layer = Conv2d(inputChannels: c.shape[3], outputChannels: c.outputs,
                           geometry: .init(kernel: c.k, stride: c.s, padding: c.p), using: &rng)
        layer.bias.withUnsafeMutableScalars { for i in $0.indices { $0[i] = rng.normal() } }
        let x = Tensor.normal(c.shape, using: &rng)
        let y = layer(x)
        #expect(y.shape == [c.shape[0], (c.shape[1] + 2 * c.p - c.k) / c.s + 1, (c.shape[2] + 2 * c.p - c.k) / c.s + 1, c.outputs])
        #expect(maxDifference(y.scalars, directConvolution(x, layer)) < 1e-4)
    }

    @Test("ConvTranspose2d equals the direct transposed convolution on random shapes", arguments: cases)
    func transposedConvolutionMatchesDefinition(_ c: (seed: UInt64, shape: [Int], outputs: Int, k: Int, s: Int, p: Int)) {
        var rng = SeededGenerator(seed: c.seed + 100)
        let geometry = ConvolutionGeometry(kernel: c.k, stride: c.s, padding: c.p)
        // A transposed layer inverts the shapes only where (H − 1)·s − 2p + k maps back to H.
        guard geometry.transposedExtent(c.shape[1]) >= c.k, geometry.transposedExtent(c.shape[2]) >= c.k,
              geometry.outputExtent(geometry.transposedExtent(c.shape[1])) == c.shape[1] else { return }
        let layer = ConvTranspose2d(inputChannels: c.shape[3], outputChannels: c.outputs, geometry: geometry, using: &rng)
        layer.bias.withUnsafeMutableScalars { for i in $0.indices { $0[i] = rng.normal() } }
        let x = Tensor.normal(c.shape, using: &rng)
        #expect(maxDifference(layer(x).scalars, directTransposedConvolution(x, layer)) < 1e-4)
    }

    @Test("The window fold is the window gather's adjoint: ⟨patches(x), y⟩ = ⟨x, fold(y)⟩", arguments: cases)
    func foldIsAdjoint(_ c: (seed: UInt64, shape: [Int], outputs: Int, k: Int, s: Int, p: Int)) {
        var rng = SeededGenerator(seed: c.seed + 200)
        let geometry = ConvolutionGeometry(kernel: c.k, stride: c.s, padding: c.p)
        let x = Tensor.normal(c.shape, using: &rng)
        let windows = x.patches(geometry)
        let y = Tensor.normal(windows.shape, using: &rng)
        let left = zip(windows.scalars, y.scalars).map { Double($0) * Double($1) }.reduce(0, +)
        let right = zip(x.scalars, y.foldingPatches(into: c.shape, geometry).scalars).map { Double($0) * Double($1) }.reduce(0, +)
        #expect(Swift.abs(left - right) < 1e-3 * Swift.max(1, Swift.abs(left)))
    }

    /// The gather writes every entry of its uninitialized matrix: the pixel under it, or 0 on the padding. The heap is
    /// first left holding NaNs of the matrix's size, so an entry the gather skipped would show.
    @Test("The window gather is im2col by its definition, zeros on the padding", arguments: cases)
    func gatherIsIm2col(_ c: (seed: UInt64, shape: [Int], outputs: Int, k: Int, s: Int, p: Int)) {
        var rng = SeededGenerator(seed: c.seed + 300)
        let geometry = ConvolutionGeometry(kernel: c.k, stride: c.s, padding: c.p)
        let x = Tensor.normal(c.shape, using: &rng)
        let (n, h, w, ch) = (c.shape[0], c.shape[1], c.shape[2], c.shape[3])
        let (oh, ow) = (geometry.outputExtent(h), geometry.outputExtent(w))
        var expected = [Float]()
        for b in 0..<n { for oy in 0..<oh { for ox in 0..<ow { for ky in 0..<c.k { for kx in 0..<c.k { for channel in 0..<ch {
            let (iy, ix) = (oy * c.s - c.p + ky, ox * c.s - c.p + kx)
            let inside = (0..<h).contains(iy) && (0..<w).contains(ix)
            expected.append(inside ? x.scalars[((b * h + iy) * w + ix) * ch + channel] : 0)
        } } } } } }
        do { _ = [Float](repeating: .nan, count: expected.count) }
        let windows = x.patches(geometry)
        #expect(windows.shape == [n * oh * ow, c.k * c.k * ch])
        let wrong = zip(windows.scalars, expected).filter { $0.bitPattern != $1.bitPattern }.count
        #expect(windows.scalars.count == expected.count && wrong == 0, "\(wrong) of \(expected.count) entries differ")
    }

    @Test("First-order gradients of Conv2d and ConvTranspose2d match central differences")
    func firstOrder() {
        var rng = SeededGenerator(seed: 11)
        let down = Conv2d(inputChannels: 2, outputChannels: 3, geometry: .init(kernel: 3, stride: 2, padding: 1), using: &rng)
        let up = ConvTranspose2d(inputChannels: 3, outputChannels: 2, geometry: .init(kernel: 4, stride: 2, padding: 1), using: &rng)
        let x = Tensor.normal([2, 6, 6, 2], using: &rng)
        let probe = Tensor.normal([2, 6, 6, 2], using: &rng)
        let result = checkGradients(of: { v in
            let y = ConvTranspose2d(weight: v[3], bias: v[4], geometry: up.geometry)(
                Conv2d(weight: v[1], bias: v[2], geometry: down.geometry)(v[0]).tanh())
            return (y * probe).sum()
        }, at: [x, down.weight, down.bias, up.weight, up.bias], step: 1e-2)
        #expect(result.largestGradient > 0.1)
        #expect(result.maxScaledError < 5e-3)
    }

    @Test("Second-order gradients through convolutions (the WGAN-GP penalty of a convolutional critic) match central differences")
    func secondOrder() {
        var rng = SeededGenerator(seed: 12)
        let up = ConvTranspose2d(inputChannels: 2, outputChannels: 3, geometry: .init(kernel: 4, stride: 2, padding: 1), using: &rng)
        let down = Conv2d(inputChannels: 3, outputChannels: 2, geometry: .init(kernel: 4, stride: 2, padding: 1), using: &rng)
        let x = Tensor.normal([2, 4, 4, 2], using: &rng)
        // (‖∇ₓ Σ D(x)‖ − 1)² with D a transposed convolution, tanh and a strided convolution (tanh, not a leaky ReLU:
        // a step of 1e-2 moves some of the 384 pre-activations across the ReLU's kink, where differences are meaningless).
        let result = checkGradients(of: { v in
            let critic: (Tensor) -> Tensor = { input in
                Conv2d(weight: v[2], bias: v[3], geometry: down.geometry)(
                    ConvTranspose2d(weight: v[0], bias: v[1], geometry: up.geometry)(input).tanh()).tanh()
            }
            let input = x.asVariable()
            let total = withGradients { critic(input).sum() }
            let slope = gradients(of: total, wrt: [input], createGraph: GradientMode.isRecording)[0]
            return ((slope * slope).sum().sqrt() - 1).squared()
        }, at: [up.weight, up.bias, down.weight, down.bias], step: 1e-2)
        #expect(result.largestGradient > 0.1)
        #expect(result.maxScaledError < 1e-2)
    }

    @Test("Shapes: k 4, s 2, p 1 halves a convolution's image and doubles a transposed one's")
    func shapes() {
        var rng = SeededGenerator(seed: 3)
        let geometry = ConvolutionGeometry(kernel: 4, stride: 2, padding: 1)
        let down = Conv2d(inputChannels: 3, outputChannels: 8, geometry: geometry, using: &rng)
        let up = ConvTranspose2d(inputChannels: 8, outputChannels: 3, geometry: geometry, using: &rng)
        let x = Tensor.normal([5, 16, 16, 3], using: &rng)
        #expect(down(x).shape == [5, 8, 8, 8])
        #expect(up(down(x)).shape == [5, 16, 16, 3])
    }
}
