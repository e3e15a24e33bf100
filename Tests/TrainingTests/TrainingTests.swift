import Engine
import Random
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

    /// A real run pushed over the edge: Adam steps of 10⁸ per weight overflow the critic's outputs within a few
    /// iterations, and the training loop must stop with `Diverged` naming the loss, not train on NaN.
    @Test("Training that diverges to NaN or ∞ throws Diverged", arguments: [GANObjective.wganPenalty])
    func divergenceIsAnError(_ objective: GANObjective) throws {
        let gan = ToyGAN(objective: objective, data: .eightGaussians, width: 16, batch: 32, learningRateScale: 1e12,
                         using: SeededGenerator(seed: 3))
        let error = try #require(throws: Diverged.self) { for _ in 0..<200 { try gan.iterate() } }
        #expect(error.description.contains("diverged to") && error.description.contains(objective.title))
    }
}

@Suite("Optimized and reference paths agree")
struct ExecutionPathTests {
    /// The benchmark's workload: the optimizations (fused layers, a frozen critic in the generator step) may not
    /// change a single bit of the losses or the parameters.
    @Test(arguments: GANObjective.allCases)
    func trainingStepsMatchTheReferencePath(_ objective: GANObjective) throws {
        let gans = [ExecutionPath.optimized, .reference].map {
            ToyGAN(objective: objective, data: .eightGaussians, width: 48, batch: 64, path: $0, using: SeededGenerator(seed: 9))
        }
        for _ in 0..<3 {
            #expect(try gans[0].iterate() == gans[1].iterate())
        }
        let parameters = gans.map { ($0.generator.parameters + $0.critic.parameters).flatMap(\.scalars) }
        #expect(parameters[0] == parameters[1])
    }
}
