import Engine
import Random
import Testing
import Training

@Suite("The WGAN-GP gradient penalty")
struct PenaltyTests {
    @Test func penaltyOfLinearCriticThreeFourIsSixteen() {
        let w = Tensor(shape: [2, 1], scalars: [3, 4], requiresGrad: true)
        var rng = SeededGenerator(seed: 1)
        let real = Tensor.normal([8, 2], using: &rng)
        let fake = Tensor.normal([8, 2], using: &rng)
        let penalty = gradientPenalty(critic: { $0.matmul(w) }, real: real, fake: fake, using: &rng)
        #expect(abs(penalty.item - 16) < 1e-4)
        // d/dw (‖w‖ − 1)² = 2(‖w‖ − 1)·w/‖w‖ = 2·4·(3, 4)/5 = (4.8, 6.4).
        let g = gradients(of: penalty, wrt: [w])[0]
        #expect(abs(g.scalars[0] - 4.8) < 1e-3 && abs(g.scalars[1] - 6.4) < 1e-3)
    }

    /// The penalty's gradient with respect to every weight of a small tanh critic matches central differences
    /// of the penalty itself (with the same interpolation draws): this exercises double backprop through matmul,
    /// broadcasting, tanh and the L2 norm.
    @Test func penaltyGradientWithRespectToWeightsMatchesFiniteDifferences() {
        var rng = SeededGenerator(seed: 5)
        let real = Tensor.normal([6, 2], using: &rng)
        let fake = Tensor.normal([6, 2], using: &rng)
        var init_ = SeededGenerator(seed: 11)
        let critic = MLP(widths: [2, 5, 4, 1], activation: .tanh, initializer: .glorot, using: &init_)
        let penalty: ([Tensor]) -> Tensor = { weights in
            var draws = SeededGenerator(seed: 3)
            return gradientPenalty(critic: { x in
                var h = x
                for layer in 0..<(weights.count / 2) {
                    h = h.matmul(weights[2 * layer]) + weights[2 * layer + 1]
                    if layer < weights.count / 2 - 1 { h = h.tanh() }
                }
                return h
            }, real: real, fake: fake, using: &draws)
        }
        let result = checkGradients(of: penalty, at: critic.parameters.map { $0.detached() })
        #expect(result.maxScaledError < 5e-3, "\(result)")
        #expect(result.largestGradient > 0.05, "a vanishing gradient would make the check vacuous: \(result)")
    }

    @Test func reluCriticPenaltyGradientIsFiniteAndNonZero() {
        var rng = SeededGenerator(seed: 2)
        let critic = MLP(widths: [2, 16, 16, 1], using: &rng)
        let real = Tensor.normal([32, 2], using: &rng)
        let fake = Tensor.normal([32, 2], mean: 1, using: &rng)
        let penalty = gradientPenalty(critic: { critic($0) }, real: real, fake: fake, using: &rng)
        penalty.backward()
        // The output bias does not change ∇ₓD, so it receives no gradient; every weight matrix does.
        #expect(critic.layers.last!.bias.grad == nil)
        let norms = critic.layers.map { $0.weight.grad!.scalars.map { $0 * $0 }.reduce(0, +) }
        #expect(norms.allSatisfy { $0.isFinite })
        #expect(norms.allSatisfy { $0 > 0 })
    }
}
