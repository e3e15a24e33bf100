import Foundation
import Testing
@testable import Theory

/// The blurred curve of lesson 4: a density that integrates to 1, and divergences that reach their limits.
@Suite("Blurred curve densities")
struct CurveDataTests {
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
