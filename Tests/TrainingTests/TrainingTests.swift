import Engine
import Testing
import Theory
@testable import Training

@Suite("GAN training on toy data")
struct TrainingTests {
    @Test("A clipping critic step leaves every weight in [−c, c]")
    func clippingKeepsWeightsInBounds() throws {
        var rng = SeededGenerator(seed: 2)
        let critic = MLP(widths: [2, 16, 16, 1], using: &rng)  // He init: many weights start far outside ±0.01
        let trainer = CriticTrainer(critic: critic, objective: .wganClipping, using: rng.split())
        try trainer.step(real: .normal([64, 2], using: &rng), fake: .normal([64, 2], mean: 1, using: &rng))
        #expect(critic.parameters.allSatisfy { $0.scalars.allSatisfy { abs($0) <= GANObjective.clip } })
        #expect(trainer.largestClippedWeight == GANObjective.clip)
    }

    @Test("The same seed gives the same training, for every objective")
    func deterministic() throws {
        for objective in GANObjective.allCases {
            let runs = try (0..<2).map { _ in
                let gan = ToyGAN(objective: objective, data: .eightGaussians, width: 16, batch: 32, using: SeededGenerator(seed: 5))
                return try (0..<3).map { _ in try gan.iterate() }
            }
            #expect(runs[0] == runs[1] && runs[0].allSatisfy(\.isFinite))
        }
    }

    @Test("Points round-trip through [n, 2] tensors")
    func pointsRoundTrip() {
        let points = [Point(1.5, -2), Point(0.25, 3)]
        #expect(Tensor(points: points).shape == [2, 2] && Tensor(points: points).points == points)
    }

    @Test("A diverging run throws TrainingDiverged")
    func divergenceIsAnError() {
        #expect(throws: TrainingDiverged.self) { try TrainingDiverged.requireFinite(.nan, "the loss") }
    }
}

@Suite("Optimized and reference paths agree")
struct ExecutionPathTests {
    /// The benchmark's workload: fused layers and a frozen critic may not change a single bit of the losses or
    /// the parameters; joint batches change only the rounding of the weight gradients' sums.
    @Test(arguments: GANObjective.allCases)
    func trainingStepsMatchTheReferencePath(_ objective: GANObjective) throws {
        let exact = ExecutionPath(fusedLayers: true, frozenCritic: true, jointBatches: false)
        let gans = [exact, .reference, .optimized].map {
            ToyGAN(objective: objective, data: .eightGaussians, width: 48, batch: 64, path: $0, using: SeededGenerator(seed: 9))
        }
        for _ in 0..<3 {
            let values = try gans.map { try $0.iterate() }
            #expect(values[0] == values[1])
            #expect(abs(values[2] - values[1]) <= 1e-5 * max(abs(values[1]), 1e-3), "joint batches: \(values[2]) vs \(values[1])")
        }
        let parameters = gans.map { ($0.generator.parameters + $0.critic.parameters).flatMap(\.scalars) }
        #expect(parameters[0] == parameters[1])
        let largest = zip(parameters[2], parameters[1]).map { abs($0 - $1) }.max()!
        // Adam and RMSProp divide by √v: where a gradient is near zero, rounding can move a weight by up to ~2·lr a step.
        #expect(largest <= 1e-3, "largest parameter difference \(largest)")
    }
}
