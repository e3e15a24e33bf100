import Engine
import Random
import Testing

/// Minibatch discrimination and virtual batch normalization, the two layers lesson 8 adds to the engine.
@Suite("Minibatch discrimination and virtual batch norm")
struct ImprovedTrainingLayerTests {
    /// The layer's gradient, with respect to its input and to T, against central differences. The L1 distance has a
    /// kink at 0, so the inputs are spread out to keep every |M_i,b − M_j,b| (i ≠ j) away from it.
    @Test func minibatchDiscriminationGradientMatchesFiniteDifferences() {
        var rng = SeededGenerator(seed: 8)
        let layer = MinibatchDiscrimination(features: 3, kernels: 2, dimensions: 2, using: &rng)
        let input = Tensor.normal([4, 3], standardDeviation: 2, using: &rng)
        let weights = Tensor.normal([1, 5], using: &rng)  // a fixed readout, so the check sees every output
        let result = checkGradients(of: { inputs in
            let m = MinibatchDiscrimination(tensor: inputs[1], kernels: 2, dimensions: 2)
            return (m(inputs[0]) * weights).sum()
        }, at: [input, layer.tensor], step: 1e-3)
        #expect(result.largestGradient > 0.1)
        #expect(result.maxScaledError < 2e-2, "\(result)")
    }

    /// The one-pass op against its definition written with broadcast engine ops: same values, same gradients.
    @Test func similarityMatchesItsDefinitionAsBroadcastOps() {
        var rng = SeededGenerator(seed: 12)
        let m = Tensor.normal([6, 3, 2], using: &rng, requiresGrad: true)
        let readout = Tensor.normal([6, 3], using: &rng)
        let reference = (-(m.reshaped(to: [6, 1, 3, 2]) - m.reshaped(to: [1, 6, 3, 2])).abs().sum(axis: 3)).exp().sum(axis: 1)
        let fused = m.minibatchSimilarity()
        #expect(zip(fused.scalars, reference.scalars).allSatisfy { abs($0 - $1) < 1e-5 })
        let expected = gradients(of: (reference * readout).sum(), wrt: [m])[0]
        let actual = gradients(of: (fused * readout).sum(), wrt: [m])[0]
        #expect(zip(actual.scalars, expected.scalars).allSatisfy { abs($0 - $1) < 1e-4 })
    }

    /// o(x)_b counts the batch's samples that look alike under kernel b: a batch of copies gives o = n for every
    /// kernel, samples far apart give o = 1 (each is only like itself).
    @Test func similarityCountsAlikeSamples() {
        var rng = SeededGenerator(seed: 2)
        let layer = MinibatchDiscrimination(features: 2, kernels: 3, dimensions: 4, using: &rng)
        let copies = Tensor(shape: [5, 2], scalars: [Float](repeating: 0.7, count: 10))
        let same = layer(copies)
        #expect(same.shape == [5, 5])
        #expect(same.slice(axis: 1, 2..<5).scalars.allSatisfy { abs($0 - 5) < 1e-5 })
        let apart = layer(Tensor(shape: [3, 2], scalars: [0, 0, 500, -500, -900, 700]))
        #expect(apart.slice(axis: 1, 2..<5).scalars.allSatisfy { abs($0 - 1) < 1e-5 })
    }

    /// The property that motivates VBN: with batch norm a sample's output changes when the rest of its batch changes;
    /// with VBN it does not, bit for bit.
    @Test func virtualBatchNormIgnoresTheRestOfTheBatch() {
        var rng = SeededGenerator(seed: 4)
        let vbn = VirtualBatchNorm(reference: Tensor.normal([64, 3], mean: 1, standardDeviation: 2, using: &rng))
        let sample = Tensor.normal([1, 3], using: &rng)
        let batchA = Tensor.concatenate([sample, Tensor.normal([15, 3], using: &rng)])
        let batchB = Tensor.concatenate([sample, Tensor.normal([15, 3], mean: 3, using: &rng)])
        #expect(vbn(batchA).slice(axis: 0, 0..<1).scalars == vbn(batchB).slice(axis: 0, 0..<1).scalars)
        #expect(vbn(batchA).slice(axis: 0, 0..<1).scalars == vbn(sample).scalars)
        let plainA = VirtualBatchNorm.batchNormalized(batchA).slice(axis: 0, 0..<1).scalars
        let plainB = VirtualBatchNorm.batchNormalized(batchB).slice(axis: 0, 0..<1).scalars
        #expect(zip(plainA, plainB).map { abs($0 - $1) }.max()! > 0.5)
        // Normalized by its own statistics, the reference batch has mean 0 and variance 1 per feature.
        let reference = Tensor.normal([256, 2], mean: -2, standardDeviation: 3, using: &rng)
        let normalized = VirtualBatchNorm(reference: reference)(reference)
        #expect(normalized.mean(axis: 0).scalars.allSatisfy { abs($0) < 1e-4 })
        #expect(normalized.squared().mean(axis: 0).scalars.allSatisfy { abs($0 - 1) < 1e-3 })
    }
}
