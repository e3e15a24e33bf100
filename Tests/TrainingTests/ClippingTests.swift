import Engine
import Random
import Testing
import Training

@Suite("Weight clipping")
struct ClippingTests {
    @Test func clipWeightsBoundsEveryParameter() {
        var rng = SeededGenerator(seed: 9)
        let net = MLP(widths: [2, 32, 1], using: &rng)
        #expect(net.parameters.flatMap(\.scalars).contains { abs($0) > 0.01 })
        #expect(net.clipWeights(to: 0.01) == 0.01)  // the largest |w| left: some weight sits on the wall
        #expect(net.parameters.flatMap(\.scalars).allSatisfy { $0 >= -0.01 && $0 <= 0.01 })
        #expect(net.clipWeights(to: 1) == net.parameters.flatMap(\.scalars).map(abs).max())
    }

    /// Clipping in lanes must give min(max(w, −c), c) per weight, bit for bit, and the largest |w| left, ignoring NaN.
    @Test func clippingMatchesTheScalarFormula() {
        var rng = SeededGenerator(seed: 13)
        let c: Float = 0.5
        var start = (0..<27).map { _ in rng.normal() }
        start[2] = -0.0; start[5] = c; start[9] = -c; start[17] = .nan; start[25] = .infinity
        struct Weights: Module { let parameters: [Tensor] }
        let weights = Weights(parameters: [Tensor(start, requiresGrad: true)])
        let largest = weights.clipWeights(to: c)
        let expected = start.map { Swift.min(Swift.max($0, -c), c) }
        let clipped = weights.parameters[0].scalars
        #expect(zip(clipped, expected).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) })
        #expect(largest == c)
    }
}
