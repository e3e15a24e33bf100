import Random
import Testing
@testable import Engine

@Suite("Second-order gradients")
struct SecondOrderTests {
    @Test(arguments: [-2.0, -0.5, 1.0, 3.0] as [Float])
    func secondDerivativeOfCubeIsSixX(_ value: Float) {
        let x = Tensor(value, requiresGrad: true)
        let first = gradients(of: x * x * x, wrt: [x], createGraph: true)[0]
        #expect(abs(first.item - 3 * value * value) < 1e-4)
        let second = gradients(of: first, wrt: [x])[0]
        #expect(abs(second.item - 6 * value) < 1e-4)
    }
}

@Suite("Fused affine layers")
struct FusedAffineTests {
    /// 19 columns = two eight-lane steps and a tail of 3, in the bias/ReLU pass and in the bias gradient's column sums.
    @Test("Tensor.affine equals matmul + bias (+ ReLU) in values, gradients and second-order gradients",
          arguments: [false, true], [3, 19])
    func matchesTheComposition(_ relu: Bool, columns: Int) {
        var rng = SeededGenerator(seed: 4)
        let x = Tensor.normal([7, 5], using: &rng, requiresGrad: true)
        let w = Tensor.normal([5, columns], using: &rng, requiresGrad: true)
        let b = Tensor.normal([columns], using: &rng, requiresGrad: true)
        let fused = Tensor.affine(x, weight: w, bias: b, relu: relu)
        let plain = relu ? (x.matmul(w) + b).relu() : x.matmul(w) + b
        #expect(fused.scalars == plain.scalars)
        // First order with a graph, then a second-order quantity: ∂/∂w of ‖∂(Σ y²)/∂x‖².
        let outputs = [fused, plain].map { y in
            let dx = gradients(of: (y * y).sum(), wrt: [x], createGraph: true)[0]
            let second = gradients(of: (dx * dx).sum(), wrt: [w, b])
            return [dx.scalars, second[0].scalars, second[1].scalars]
        }
        #expect(outputs[0] == outputs[1])
    }

    /// 19 elements = two eight-lane steps and a tail of 3; zeros and NaN among the signs are not positive.
    @Test("The ReLU's gate keeps g where the sign is positive, in lanes and tail, and is its own pullback")
    func gate() {
        var rng = SeededGenerator(seed: 8)
        var signs = (0..<19).map { _ in rng.normal() }
        signs[3] = 0; signs[9] = -0.0; signs[17] = .nan
        let g = Tensor.normal([19], using: &rng, requiresGrad: true)
        let kept = g.keeping(wherePositive: signs)
        #expect(kept.scalars == zip(g.scalars, signs).map { $1 > 0 ? $0 : 0 })
        let upstream = Tensor.normal([19], using: &rng)
        #expect(gradients(of: (kept * upstream).sum(), wrt: [g])[0].scalars == zip(upstream.scalars, signs).map { $1 > 0 ? $0 : 0 })
    }

    @Test("A frozen network passes gradients to its input but not to its weights")
    func frozen() {
        var rng = SeededGenerator(seed: 6)
        let network = MLP(widths: [2, 8, 1], using: &rng)
        let x = Tensor.normal([4, 2], using: &rng, requiresGrad: true)
        network.frozen()(x).sum().backward()
        #expect(x.grad != nil && network.parameters.allSatisfy { $0.grad == nil })
        #expect(network.frozen()(x).scalars == network(x).scalars)
    }
}
