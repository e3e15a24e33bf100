import Foundation
import Random
import Testing
@testable import Theory

@Suite("Divergences and the optimal discriminator")
struct DivergenceTests {
    let grid = Grid(-20...20, count: 8001)
    let p = Density.normal(mean: 0, standardDeviation: 1)
    let q = Density.normal(mean: 1, standardDeviation: 1)

    @Test func simpsonIsExactForCubicsAndAccurateForGaussians() {
        let small = Grid(0...2, count: 5)
        #expect(abs(small.integrate { $0 * $0 * $0 } - 4) < 1e-12)
        #expect(abs(grid.integrate(p.pdf) - 1) < 1e-10)
        #expect(abs(Grid(0...1, count: 4).integrate { $0 } - 0.5) < 1e-12)  // even count: trapezoid tail
    }

    @Test func klMatchesClosedForm() {
        for (m1, s1, m2, s2) in [(0.0, 1.0, 1.0, 1.0), (0, 1, 1, 2), (1, 2, 0, 1), (-1, 0.5, 2, 3)] {
            let numeric = Divergence.kl(.normal(mean: m1, standardDeviation: s1), .normal(mean: m2, standardDeviation: s2), on: grid)
            #expect(abs(numeric - Divergence.klNormal(mean1: m1, sd1: s1, mean2: m2, sd2: s2)) < 1e-8)
        }
        #expect(abs(Divergence.klNormal(mean1: 0, sd1: 1, mean2: 1, sd2: 2) - 0.443147) < 1e-6)
        #expect(abs(Divergence.klNormal(mean1: 1, sd1: 2, mean2: 0, sd2: 1) - 1.306853) < 1e-6)
    }

    @Test func jsOracleSymmetryAndBounds() {
        #expect(abs(Divergence.js(p, q, on: grid) - 0.1114215) < 1e-7)
        #expect(abs(Divergence.js(p, q, on: grid) - Divergence.js(q, p, on: grid)) < 1e-12)
        let far = Density.normal(mean: 30, standardDeviation: 1)
        #expect(abs(Divergence.js(p, far, on: Grid(-10...40, count: 10001)) - log(2)) < 1e-6)
        #expect(abs(Divergence.js(p, p, on: grid)) < 1e-15)
    }

    @Test func totalVariationOfDisjointUniformsIsOne() {
        #expect(abs(Divergence.totalVariation(.uniform(0, 1), .uniform(2, 3), on: Grid(-1...4, count: 5001)) - 1) < 1e-3)
    }

    @Test func optimalDiscriminatorOracles() {
        #expect(abs(OptimalDiscriminator.value(real: p, generated: q, at: 0) - 0.6224593) < 1e-7)
        #expect(abs(OptimalDiscriminator.value(real: p, generated: q, at: 0.5) - 0.5) < 1e-12)
        #expect(abs(OptimalDiscriminator.value(real: p, generated: q, at: 1) - 0.3775407) < 1e-7)
        let loss = OptimalDiscriminator.loss(real: p, generated: q, on: grid)
        #expect(abs(loss - -1.1634514) < 1e-6)
        #expect(abs(loss - (2 * Divergence.js(p, q, on: grid) - 2 * log(2))) < 1e-9)
        #expect(abs(OptimalDiscriminator.jsEstimate(fromLoss: loss) - 0.1114215) < 1e-6)
    }

    @Test func mixtureLogDensityIsAccurateInTheTails() {
        let mixture = Density.mixture([(0.5, .normal(mean: -2, standardDeviation: 0.5)), (0.5, .normal(mean: 2, standardDeviation: 0.5))])
        #expect(abs(mixture.logPDF(0) - log(mixture(0))) < 1e-12)
        #expect(mixture.logPDF(40).isFinite)  // the pdf underflows to 0 there, the log does not
    }

    @Test func goldenSectionFindsThePeak() {
        #expect(abs(Extremum.argmax(in: -3...3) { -($0 - 1.234) * ($0 - 1.234) } - 1.234) < 1e-8)
    }

    /// Monte Carlo L(G, D*): exactly −2 ln 2 with no spread when p_g = p_r; for N(0,1) against N(1,1) within four
    /// standard errors of 2·JS − 2 ln 2 on the grid, and the error shrinks as 1/√n.
    @Test func monteCarloLossAgreesWithTheGridWithinItsError() {
        let real = Density.normal(mean: 0, standardDeviation: 1), generated = Density.normal(mean: 1, standardDeviation: 1)
        let same = OptimalDiscriminator.monteCarloLoss(real: real, generated: real, realSamples: [-1, 0, 2], generatedSamples: [0.5, 3])
        #expect(abs(same.mean + 2 * log(2.0)) < 1e-12 && same.standardError < 1e-12)
        var rng = SeededGenerator(seed: 11)
        func estimate(_ n: Int) -> (mean: Double, standardError: Double) {
            OptimalDiscriminator.monteCarloLoss(real: real, generated: generated,
                                                realSamples: (0..<n).map { _ in rng.normalDouble() },
                                                generatedSamples: (0..<n).map { _ in 1 + rng.normalDouble() })
        }
        let truth = 2 * Divergence.js(real, generated, on: Grid(-20...20, count: 8001)) - 2 * log(2.0)
        let small = estimate(4_000), large = estimate(64_000)
        #expect(abs(large.mean - truth) < 4 * large.standardError)
        #expect(abs(small.standardError / large.standardError - 4) < 0.4)
    }
}
