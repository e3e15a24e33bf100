import Engine
import Random
import Testing

/// Nearest-neighbour upsampling and its adjoint, the 2×2 block sum.
@Suite("Upsampling")
struct UpsamplingTests {
    @Test func upsamplingRepeatsEachPixelInATwoByTwoBlock() {
        // One image 2×2 with 2 channels: pixel (y, x) holds (10y + x, −(10y + x)).
        let x = Tensor(shape: [1, 2, 2, 2], scalars: [0, -0, 1, -1, 10, -10, 11, -11])
        let y = x.upsampled()
        #expect(y.shape == [1, 4, 4, 2])
        for row in 0..<4 {
            for column in 0..<4 {
                let value = Float(10 * (row / 2) + column / 2)
                #expect(Array(y.scalars[(row * 4 + column) * 2..<(row * 4 + column) * 2 + 2]) == [value, -value])
            }
        }
        #expect(y.blockSummed().scalars == x.scalars.map { 4 * $0 })
    }

    @Test("The block sum is upsampling's adjoint: ⟨up(x), y⟩ = ⟨x, sum(y)⟩")
    func blockSumIsAdjoint() {
        var rng = SeededGenerator(seed: 21)
        let x = Tensor.normal([3, 4, 5, 2], using: &rng), y = Tensor.normal([3, 8, 10, 2], using: &rng)
        let left = zip(x.upsampled().scalars, y.scalars).map { Double($0) * Double($1) }.reduce(0, +)
        let right = zip(x.scalars, y.blockSummed().scalars).map { Double($0) * Double($1) }.reduce(0, +)
        #expect(abs(left - right) < 1e-4 * max(1, abs(left)))
    }

    @Test("First- and second-order gradients through upsampling and a 3×3 convolution match central differences")
    func gradients() {
        var rng = SeededGenerator(seed: 22)
        let conv = Conv2d(inputChannels: 2, outputChannels: 2, geometry: .init(kernel: 3, stride: 1, padding: 1), using: &rng)
        let x = Tensor.normal([2, 3, 3, 2], using: &rng), probe = Tensor.normal([2, 6, 6, 2], using: &rng)
        let first = checkGradients(of: { v in
            (Conv2d(weight: v[1], bias: v[2], geometry: conv.geometry)(v[0].upsampled()).tanh() * probe).sum()
        }, at: [x, conv.weight, conv.bias])
        #expect(first.largestGradient > 0.1 && first.maxScaledError < 5e-3)
        // (‖∇ₓ Σ f(x)‖ − 1)² with f = tanh ∘ conv ∘ upsample: the penalty's gradient flows back through the block sum.
        let second = checkGradients(of: { v in
            let input = x.asVariable()
            let total = withGradients { (Conv2d(weight: v[0], bias: v[1], geometry: conv.geometry)(input.upsampled()).tanh() * probe).sum() }
            let slope = Engine.gradients(of: total, wrt: [input], createGraph: GradientMode.isRecording)[0]
            return ((slope * slope).sum().sqrt() - 1).squared()
        }, at: [conv.weight, conv.bias])
        #expect(second.largestGradient > 0.1 && second.maxScaledError < 1e-2)
    }
}
