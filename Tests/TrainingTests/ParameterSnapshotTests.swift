import Engine
import Random
import Testing
import Training

@Suite("Parameter snapshots")
struct ParameterSnapshotTests {
    @Test func restoringPutsBackExactlyTheSavedValues() throws {
        var rng = SeededGenerator(seed: 5)
        let network = MLP(widths: [2, 8, 1], using: &rng)
        let input = Tensor(shape: [3, 2], scalars: [0.1, -0.2, 0.3, 0.4, -0.5, 0.6])
        let saved = ParameterSnapshot(of: network), before = network(input).scalars
        let optimizer = Adam(parameters: network.parameters, learningRate: 0.1)
        network(input).sum().backward()
        optimizer.step()
        #expect(network(input).scalars != before)
        saved.restore(into: network)
        #expect(network(input).scalars == before)
    }
}
