import Random
import Testing
import Foundation
@testable import Engine

@Suite("Optimizers")
struct OptimizerTests {
    /// A parameter at `value` with a fixed gradient `gradient`.
    func parameter(_ value: Float, gradient: Float) -> Tensor {
        let p = Tensor([value], requiresGrad: true)
        (p * gradient).sum().backward()
        return p
    }

    @Test func sgdWithMomentumMatchesHandComputedSteps() {
        let p = parameter(1, gradient: 2)
        let sgd = SGD(parameters: [p], learningRate: 0.1, momentum: 0.9)
        sgd.step()  // v = 2, p = 1 − 0.2 = 0.8
        #expect(abs(p.item - 0.8) < 1e-6)
        sgd.step()  // v = 0.9·2 + 2 = 3.8, p = 0.8 − 0.38 = 0.42
        #expect(abs(p.item - 0.42) < 1e-6)
    }

    @Test func rmsPropMatchesHandComputedSteps() {
        let p = parameter(1, gradient: 2)
        let rms = RMSProp(parameters: [p], learningRate: 0.01, alpha: 0.99, epsilon: 1e-8)
        rms.step()  // v = 0.01·4 = 0.04, p = 1 − 0.01·2/0.2 = 0.9
        #expect(abs(p.item - 0.9) < 1e-6)
        rms.step()  // v = 0.99·0.04 + 0.04 = 0.0796, p = 0.9 − 0.02/√0.0796
        #expect(abs(p.item - (0.9 - 0.02 / Float(0.0796).squareRoot())) < 1e-6)
    }

    @Test func adamMatchesHandComputedSteps() {
        let p = parameter(1, gradient: 2)
        let adam = Adam(parameters: [p], learningRate: 0.1, beta1: 0.5, beta2: 0.9)
        adam.step()  // m̂ = 2, v̂ = 4: p = 1 − 0.1·2/2 = 0.9 (the first Adam step is η·sign g)
        #expect(abs(p.item - 0.9) < 1e-6)
        adam.step()  // m = 1.5, v = 0.76; m̂ = 1.5/0.75 = 2, v̂ = 0.76/0.19 = 4: p = 0.8
        #expect(abs(p.item - 0.8) < 1e-5)
    }

    @Test func everyOptimizerFitsALine() {
        var rng = SeededGenerator(seed: 4)
        let x = Tensor.uniform([64, 1], low: -1, high: 1, using: &rng)
        let y = x + 1
        let makers: [(String, ([Tensor]) -> Optimizer)] = [
            ("SGD", { SGD(parameters: $0, learningRate: 0.1, momentum: 0.5) }),
            ("RMSProp", { RMSProp(parameters: $0, learningRate: 0.01) }),
            ("Adam", { Adam(parameters: $0, learningRate: 0.05) }),
        ]
        for (name, make) in makers {
            var initRng = SeededGenerator(seed: 1)
            let line = Linear(inputs: 1, outputs: 1, using: &initRng)
            let optimizer = make(line.parameters)
            for _ in 0..<500 {
                optimizer.zeroGradients()
                Loss.meanSquaredError(line(x), y).backward()
                optimizer.step()
            }
            #expect(abs(line.weight.item - 1) < 0.02, "\(name) slope \(line.weight.item)")
            #expect(abs(line.bias.item - 1) < 0.02, "\(name) intercept \(line.bias.item)")
        }
    }
}

@Suite("Optimizer update loops")
struct OptimizerLaneTests {
    /// The eight-lane loops and the scalar tail must give, bit for bit, the scalar formulas (19 = 2 × 8 + 3).
    @Test func lanesMatchTheScalarFormulas() {
        var rng = SeededGenerator(seed: 12)
        let start = (0..<19).map { _ in rng.normal() }, gradients = (0..<3).map { _ in (0..<19).map { _ in rng.normal() } }
        let rmsParameter = Tensor(start, requiresGrad: true), adamParameter = Tensor(start, requiresGrad: true)
        let rms = RMSProp(parameters: [rmsParameter], learningRate: 0.01), adam = Adam(parameters: [adamParameter], learningRate: 0.01)
        var (p1, v1) = (start, [Float](repeating: 0, count: 19))
        var (p2, m2, v2) = (start, [Float](repeating: 0, count: 19), [Float](repeating: 0, count: 19))
        for (t, g) in gradients.enumerated() {
            rmsParameter.grad = Tensor(g)
            adamParameter.grad = Tensor(g)
            rms.step()
            adam.step()
            let (c1, c2) = (1 - Foundation.pow(Float(0.9), Float(t + 1)), 1 - Foundation.pow(Float(0.999), Float(t + 1)))
            for i in 0..<19 {
                v1[i] = 0.99 * v1[i] + (1 - 0.99) * g[i] * g[i]
                p1[i] -= 0.01 * g[i] / (v1[i].squareRoot() + 1e-8)
                m2[i] = 0.9 * m2[i] + (1 - 0.9) * g[i]
                v2[i] = 0.999 * v2[i] + (1 - 0.999) * g[i] * g[i]
                p2[i] -= 0.01 * (m2[i] / c1) / ((v2[i] / c2).squareRoot() + 1e-8)
            }
        }
        #expect(rmsParameter.scalars == p1)
        #expect(adamParameter.scalars == p2)
    }

    /// The vector square root rounds every lane as the scalar one does, on the values where rounding and IEEE rules
    /// bite: zeros, subnormals, the largest float, infinity, NaN, negatives, and random magnitudes.
    @Test func laneSquareRootMatchesTheScalarOne() {
        var rng = SeededGenerator(seed: 5)
        let special: [Float] = [0, -0, .leastNonzeroMagnitude, .leastNormalMagnitude, 1, 2, .greatestFiniteMagnitude,
                                .infinity, -1, -.infinity, .nan, 1e-8, 0.0796, 3.4e-20]
        let values = special + (0..<2000).map { _ in Foundation.exp(rng.normal() * 20) }
        for start in stride(from: 0, to: values.count - 7, by: 8) {
            let lanes = Lanes.squareRoot(SIMD8<Float>(values[start..<start + 8]))
            for lane in 0..<8 {
                let scalar = values[start + lane].squareRoot()
                #expect(lanes[lane].bitPattern == scalar.bitPattern || (lanes[lane].isNaN && scalar.isNaN),
                        "√\(values[start + lane]): lane \(lanes[lane]), scalar \(scalar)")
            }
        }
    }
}
