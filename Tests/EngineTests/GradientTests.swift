import Random
import Testing
@testable import Engine
import Machine

/// One differentiable op under test: a name, the op over its inputs, and the input shapes and value range.
struct OpCase: CustomTestStringConvertible, Sendable {
    let name: String
    let shapes: [[Int]]
    let range: ClosedRange<Float>
    let kinks: [Float]
    let op: @Sendable ([Tensor]) -> Tensor
    var testDescription: String { name }

    init(_ name: String, _ shapes: [[Int]], range: ClosedRange<Float> = -2...2, kinks: [Float] = [0], _ op: @escaping @Sendable ([Tensor]) -> Tensor) {
        self.name = name
        self.shapes = shapes
        self.range = range
        self.kinks = kinks
        self.op = op
    }
}

/// Inputs for a case; values in `range` but kept 0.1 away from the op's kinks, so that central differences do not straddle one.
func inputs(for c: OpCase, seed: UInt64) -> [Tensor] {
    var rng = SeededGenerator(seed: seed)
    return c.shapes.map { shape in
        let n = shape.reduce(1, *)
        return Tensor(shape: shape, scalars: (0..<n).map { _ in
            var v = rng.uniform(c.range.lowerBound, c.range.upperBound)
            for kink in c.kinks where abs(v - kink) < 0.1 { v += v < kink ? -0.2 : 0.2 }
            return v
        })
    }
}

let unaryShape = [[2, 3]]
let opCases: [OpCase] = [
    OpCase("add", [[2, 3], [2, 3]]) { $0[0] + $0[1] },
    OpCase("add [3,1]+[1,4]", [[3, 1], [1, 4]]) { $0[0] + $0[1] },
    OpCase("subtract [3,4]-[4]", [[3, 4], [4]]) { $0[0] - $0[1] },
    OpCase("multiply [3,1]×[1,4]", [[3, 1], [1, 4]]) { $0[0] * $0[1] },
    OpCase("multiply [2,3,4]×[3,1]", [[2, 3, 4], [3, 1]]) { $0[0] * $0[1] },
    OpCase("divide [3,1]÷[1,4]", [[3, 1], [1, 4]], range: 0.5...2) { $0[0] / $0[1] },
    OpCase("scalar ops", unaryShape) { 3 - 2 * $0[0] / 4 + 1 },
    OpCase("negate", unaryShape) { -$0[0] },
    OpCase("exp", unaryShape) { $0[0].exp() },
    OpCase("log", unaryShape, range: 0.5...3) { $0[0].log() },
    OpCase("sqrt", unaryShape, range: 0.5...3) { $0[0].sqrt() },
    OpCase("pow 2.5", unaryShape, range: 0.5...2) { $0[0].pow(2.5) },
    OpCase("abs", unaryShape) { $0[0].abs() },
    OpCase("relu", unaryShape) { $0[0].relu() },
    OpCase("leakyRelu", unaryShape) { $0[0].leakyRelu(slope: 0.2) },
    OpCase("sigmoid", unaryShape, range: -4...4) { $0[0].sigmoid() },
    OpCase("tanh", unaryShape) { $0[0].tanh() },
    OpCase("softplus", unaryShape, range: -4...4) { $0[0].softplus() },
    OpCase("logSigmoid", unaryShape, range: -4...4) { $0[0].logSigmoid() },
    OpCase("sum", [[2, 3, 4]]) { $0[0].sum() },
    OpCase("sum axis 0", [[2, 3, 4]]) { $0[0].sum(axis: 0) },
    OpCase("sum axis 1", [[2, 3, 4]]) { $0[0].sum(axis: 1) },
    OpCase("sum axis 2 kept", [[2, 3, 4]]) { $0[0].sum(axis: 2, keepingDimension: true) },
    OpCase("mean", [[2, 3]]) { $0[0].mean() },
    OpCase("mean axis 0", [[2, 3]]) { $0[0].mean(axis: 0) },
    OpCase("mean axis -1", [[2, 3]]) { $0[0].mean(axis: -1) },
    OpCase("max", [[2, 3]]) { $0[0].max() },
    OpCase("max axis 0", [[3, 4]]) { $0[0].max(axis: 0) },
    OpCase("max axis 1", [[3, 4]]) { $0[0].max(axis: 1) },
    OpCase("matmul", [[3, 4], [4, 5]]) { Tensor.matmul($0[0], $0[1]) },
    OpCase("matmul Aᵀ", [[4, 3], [4, 5]]) { Tensor.matmul($0[0], $0[1], transposeA: true) },
    OpCase("matmul Bᵀ", [[3, 4], [5, 4]]) { Tensor.matmul($0[0], $0[1], transposeB: true) },
    OpCase("matmul AᵀBᵀ", [[4, 3], [5, 4]]) { Tensor.matmul($0[0], $0[1], transposeA: true, transposeB: true) },
    OpCase("reshape", [[2, 6]]) { $0[0].reshaped(to: [3, -1]) },
    OpCase("transpose", [[2, 3]]) { $0[0].transposed() },
    OpCase("concatenate axis 0", [[2, 3], [1, 3]]) { Tensor.concatenate($0, axis: 0) },
    OpCase("concatenate axis 1", [[2, 3], [2, 2]]) { Tensor.concatenate($0, axis: 1) },
    OpCase("slice", [[3, 4]]) { $0[0].slice(axis: 1, 1..<3) },
    OpCase("gatherRows", [[3, 2]]) { $0[0].gatherRows([2, 0, 2, 1]) },
    OpCase("scatterAddRows", [[4, 2]]) { $0[0].scatterAddRows([1, 0, 1, 2], rowCount: 3) },
    OpCase("broadcast", [[3, 1]]) { $0[0].broadcast(to: [2, 3, 4]) },
    OpCase("clamp", unaryShape, kinks: [-1, 1]) { $0[0].clamped(min: -1, max: 1) },
    OpCase("select", [[2, 3], [2, 3], [3]]) { Tensor.select($0[0] .> 0, $0[1], $0[2]) },
    OpCase("l1Norm", [[3, 4]]) { $0[0].l1Norm(axis: 1) },
    OpCase("l2Norm", [[3, 4]]) { $0[0].l2Norm(axis: 1) },
    OpCase("l2Norm axis 0", [[3, 4]]) { $0[0].l2Norm(axis: 0, keepingDimension: true) },
    OpCase("pairwiseDistances", [[3, 2], [4, 2]]) { Tensor.pairwiseDistances($0[0], $0[1]) },
    OpCase("binary cross-entropy", [[4, 1], [4, 1]]) { Loss.binaryCrossEntropy(logits: $0[0], targets: ($0[1] .> 0)) },
    OpCase("mean squared error", [[4, 2], [4, 2]]) { Loss.meanSquaredError($0[0], $0[1]) },
]

@Suite("Gradients against central differences")
struct GradientTests {
    /// Each op is reduced to a scalar through fixed random weights, so every output element gets a different upstream
    /// gradient. Float32 central differences with h = 1e-2 agree to about 1e-3 for these smooth ops and value ranges:
    /// rounding ≈ 1e-7·|f|/h ≈ 1e-4, truncation ≈ h²·f‴/6 ≲ 1e-4; 5e-3 leaves room for sums over several elements.
    @Test(arguments: opCases)
    func gradientMatchesFiniteDifferences(_ c: OpCase) {
        let x = inputs(for: c, seed: 7)
        var rng = SeededGenerator(seed: 99)
        let outputShape = c.op(x).shape
        let weights = Tensor.uniform(outputShape, low: -1, high: 1, using: &rng)
        let result = checkGradients(of: { (c.op($0) * weights).sum() }, at: x)
        #expect(result.maxScaledError < 5e-3, "\(c.name): \(result)")
    }

    @Test func stableOpsStayFiniteForLargeLogits() {
        let x = Tensor([-1000, -30, 0, 30, 1000], requiresGrad: true)
        let y = x.softplus().sum() + x.logSigmoid().sum() + x.sigmoid().sum()
        y.backward()
        #expect(y.item.isFinite)
        #expect(x.grad!.scalars.allSatisfy { $0.isFinite })
        #expect(x.logSigmoid().scalars[0] == -1000)
        #expect(Loss.binaryCrossEntropy(logits: Tensor([1000, -1000]), targets: Tensor([1, 0])).item == 0)
    }

    @Test func backwardAccumulatesAndZeroGradClears() {
        let x = Tensor([1, 2, 3], requiresGrad: true)
        (x * x).sum().backward()
        (x * 2).sum().backward()
        #expect(x.grad!.scalars == [4, 6, 8])
        x.zeroGrad()
        #expect(x.grad == nil)
    }

    @Test func noGradientScopeRecordsNothing() {
        let x = Tensor([1, 2], requiresGrad: true)
        let y = withoutGradients { (x * x).sum() }
        #expect(!y.requiresGrad)
        #expect(!(x * x).detached().requiresGrad)
        #expect((x * x).requiresGrad)
    }

    @Test func unusedInputsGetZeroGradient() {
        let x = Tensor([1, 2], requiresGrad: true)
        let unused = Tensor([5], requiresGrad: true)
        let g = gradients(of: (x * 3).sum(), wrt: [x, unused])
        #expect(g[0].scalars == [3, 3])
        #expect(g[1].scalars == [0])
    }

    @Test("an op's output gradient is released once its pullbacks have run, not kept until the sweep ends")
    func intermediateGradientsAreReleasedDuringTheSweep() {
        final class Watch { weak var upstream: Tensor?; var releasedBeforeFirstOp: Bool? }
        let watch = Watch()
        let x = Tensor([1, 2], requiresGrad: true)
        // first(x) runs its pullback last; by then the gradient second's pullback received must be gone.
        let first = Tensor(shape: [2], scalars: x.scalars, inputs: [x]) {
            [{ g in watch.releasedBeforeFirstOp = watch.upstream == nil; return g }]
        }
        let second = Tensor(shape: [2], scalars: first.scalars, inputs: [first]) {
            [{ g in watch.upstream = g; return g * 3 }]
        }
        (second * 2).sum().backward()
        #expect(x.grad!.scalars == [6, 6])
        #expect(watch.releasedBeforeFirstOp == true)
        // A requested gradient of an op's output is kept for the caller.
        let y = x * 2
        #expect(gradients(of: (y * y).sum(), wrt: [y, x]).map(\.scalars) == [[4, 8], [8, 16]])
    }

    @Test func deepChainDoesNotOverflowTheStack() {
        let x = Tensor(1, requiresGrad: true)
        var y = x
        for _ in 0..<20_000 { y = y * 1.0 }
        #expect(gradients(of: y, wrt: [x])[0].item == 1)
    }
}

@Suite("Gradients with respect to some inputs")
struct PrunedGradientTests {
    @Test("gradients(of:wrt:) runs only the pullbacks on a path to the requested inputs")
    func weightGradientsAreSkipped() {
        var rng = SeededGenerator(seed: 3)
        let layer = Linear(inputs: 4, outputs: 3, using: &rng)
        let x = Tensor.normal([5, 4], using: &rng, requiresGrad: true)
        let log = MatmulLog()
        let dx = log.recording { gradients(of: layer(x).relu().sum(), wrt: [x])[0] }
        #expect(log.products.values.reduce(0, +) == 2)  // x·W forward, then g·Wᵀ: no xᵀ·g for the weights
        let full = log.recording { () -> Tensor in
            let y = layer(x).relu().sum()
            y.backward()
            return x.grad!
        }
        #expect(dx.scalars == full.scalars && layer.weight.grad != nil)
        #expect(log.products.values.reduce(0, +) == 2 + 3)  // the full backward also forms xᵀ·g
    }
}
