import Foundation
import Random
import Testing
@testable import Theory

/// The curve data of lessons 4 and 5: samples on the curve, and the blurred density of lesson 4, which integrates
/// to 1 and whose divergences reach their limits.
@Suite("The curve data of lessons 4 and 5")
struct CurveDataTests {
    @Test func pointsLieOnTheCurveAndNoiseAndOffsetMoveThem() {
        var rng = SeededGenerator(seed: 3)
        let clean = CurveData.sample(500, using: &rng).scalars
        for i in stride(from: 0, to: clean.count, by: 2) {
            #expect(clean[i] >= -1 && clean[i] <= 1)
            #expect(abs(clean[i + 1] - 0.6 * sin(3 * clean[i])) < 1e-6)
        }
        let shifted = CurveData.sample(500, offset: (0.5, -1), using: &rng).scalars
        #expect(abs(shifted[1] - (0.6 * sin(3 * (shifted[0] - 0.5)) - 1)) < 1e-5)
        let noisy = CurveData.sample(2000, noise: 0.1, using: &rng).scalars
        let residuals = stride(from: 0, to: noisy.count, by: 2).map { Double(noisy[$0 + 1] - 0.6 * sin(3 * noisy[$0])) }
        #expect(residuals.map { abs($0) }.max()! > 0.1)  // off the curve
    }

    @Test func blurredDensityIntegratesToOne() {
        let density = CurveData.blurredDensity(noise: 0.2)
        let step = 0.02
        var mass = 0.0
        for x in stride(from: -2.2, through: 2.2, by: step) {
            for y in stride(from: -1.8, through: 1.8, by: step) { mass += density(x, y) }
        }
        #expect(abs(mass * step * step - 1) < 1e-3)
    }

    @Test func divergencesReachTheirLimits() {
        let same = CurveData.blurredDivergences(offset: (0, 0), noise: 0.2)
        #expect(same.js < 1e-9 && same.totalVariation < 1e-9)
        let apart = CurveData.blurredDivergences(offset: (0, 4), noise: 0.1)
        #expect(abs(apart.js - log(2.0)) < 1e-3 && abs(apart.totalVariation - 1) < 1e-3)
        let between = CurveData.blurredDivergences(offset: (0, 0.25), noise: 0.2)
        #expect(between.js > 0.05 && between.js < 0.2 && between.totalVariation > 0.2 && between.totalVariation < 0.5)
    }
}
