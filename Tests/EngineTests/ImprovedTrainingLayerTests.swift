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

    /// A layer, a reference batch through it, and an example inside two minibatches with different other rows.
    struct VirtualBatchSetup {
        let layer: Linear
        let vbn = VirtualBatchNorm(features: 3)
        let referenceCodes: Tensor
        let example: Tensor
        let batchA: Tensor
        let batchB: Tensor

        init(seed: UInt64) {
            var rng = SeededGenerator(seed: seed)
            layer = Linear(inputs: 2, outputs: 3, initializer: .pytorchDefault, using: &rng)
            referenceCodes = Tensor.normal([32, 2], using: &rng)
            example = Tensor.normal([1, 2], using: &rng)
            batchA = Tensor.concatenate([example, Tensor.normal([15, 2], using: &rng)])
            batchB = Tensor.concatenate([example, Tensor.normal([15, 2], mean: 3, standardDeviation: 2, using: &rng)])
        }

        /// The example's normalized row when it is the first row of `batch`, the reference run through the layer now.
        func exampleRow(in batch: Tensor) -> [Float] {
            withoutGradients { vbn(layer(batch), reference: layer(referenceCodes)).output.slice(axis: 0, 0..<1).scalars }
        }
    }

    /// VBN's output for an example depends on the rest of its minibatch not at all (bit for bit), and on the network's
    /// current weights through the reference batch: change a weight and the reference statistics move, so the example
    /// is normalized differently from the statistics frozen before the change. Batch norm, for contrast, moves with the
    /// minibatch.
    @Test func virtualBatchNormFollowsTheWeightsNotTheMinibatch() {
        let setup = VirtualBatchSetup(seed: 4)
        let inA = setup.exampleRow(in: setup.batchA), inB = setup.exampleRow(in: setup.batchB)
        #expect(inA == inB)
        #expect(inA == setup.exampleRow(in: setup.example))
        let plainA = VirtualBatchNorm.batchNormalized(setup.layer(setup.batchA)).slice(axis: 0, 0..<1).scalars
        let plainB = VirtualBatchNorm.batchNormalized(setup.layer(setup.batchB)).slice(axis: 0, 0..<1).scalars
        #expect(zip(plainA, plainB).map { abs($0 - $1) }.max()! > 0.5)

        let before = VirtualBatchNorm.statistics(setup.layer(setup.referenceCodes))
        // The normalization of the example with the reference statistics frozen before the change, written out.
        func frozen(_ h: [Float]) -> [Float] {
            let n = Float(32)
            return h.indices.map { f in
                let (mu, variance) = (before.mean.scalars[f], before.variance.scalars[f]), d = h[f] - mu
                return n / (n + 1) * d / (n / (n + 1) * variance + n / ((n + 1) * (n + 1)) * d * d + 1e-5).squareRoot()
            }
        }
        #expect(zip(frozen(setup.layer(setup.example).scalars), inA).allSatisfy { abs($0 - $1) < 1e-5 })
        setup.layer.weight.withUnsafeMutableScalars { $0[0] += 0.5 }  // one weight changes, as a training step does
        let after = VirtualBatchNorm.statistics(setup.layer(setup.referenceCodes))
        #expect(after.mean.scalars[0] != before.mean.scalars[0])
        #expect(abs(after.variance.scalars[0] - before.variance.scalars[0]) > 0.05)
        let moved = setup.exampleRow(in: setup.batchA)
        #expect(zip(frozen(setup.layer(setup.example).scalars), moved).map { abs($0 - $1) }.max()! > 0.05)
        #expect(moved == setup.exampleRow(in: setup.batchB))
    }

    /// The reference batch is normalized by its own statistics: mean β and standard deviation γ per feature.
    @Test func theReferenceBatchIsNormalizedByItsOwnStatistics() {
        var rng = SeededGenerator(seed: 6)
        let reference = Tensor.normal([256, 2], mean: -2, standardDeviation: 3, using: &rng)
        let normalized = VirtualBatchNorm(features: 2)(Tensor.normal([4, 2], using: &rng), reference: reference).reference
        #expect(normalized.mean(axis: 0).scalars.allSatisfy { abs($0) < 1e-4 })
        #expect(normalized.squared().mean(axis: 0).scalars.allSatisfy { abs($0 - 1) < 1e-3 })
    }

    /// With a reference batch of one example x itself (N = 1 and x), the statistics are x's and the reference's: the
    /// combined mean and variance are those of the two rows, so x and its copy both map to 0 (then to β).
    @Test func anExampleEqualToItsReferenceMapsToTheShift() {
        let x = Tensor(shape: [1, 2], scalars: [0.3, -1.2])
        let (output, reference) = VirtualBatchNorm(features: 2)(x, reference: x)
        #expect(output.scalars.allSatisfy { abs($0) < 1e-6 } && reference.scalars.allSatisfy { abs($0) < 1e-6 })
    }

    /// VBN's gradient, with respect to the minibatch, the reference activations, γ and β, against central differences:
    /// the reference statistics carry gradient into whatever computed the reference batch.
    @Test func virtualBatchNormGradientMatchesFiniteDifferences() {
        var rng = SeededGenerator(seed: 10)
        let x = Tensor.normal([3, 2], using: &rng), reference = Tensor.normal([5, 2], mean: 0.5, standardDeviation: 1.5, using: &rng)
        let scale = Tensor.normal([1, 2], mean: 1, standardDeviation: 0.3, using: &rng), shift = Tensor.normal([1, 2], using: &rng)
        let readout = Tensor.normal([3, 2], using: &rng), referenceReadout = Tensor.normal([5, 2], using: &rng)
        let result = checkGradients(of: { inputs in
            let (output, normalized) = VirtualBatchNorm(scale: inputs[2], shift: inputs[3])(inputs[0], reference: inputs[1])
            return (output * readout).sum() + (normalized * referenceReadout).sum()
        }, at: [x, reference, scale, shift], step: 1e-2)
        #expect(result.largestGradient > 0.1)
        #expect(result.maxScaledError < 1e-2, "\(result)")
    }
}
