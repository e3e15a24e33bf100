import Foundation
import Testing
@testable import Theory

@Suite("Wasserstein-1 in closed-form cases")
struct WassersteinTests {
    @Test func pilesOfThePostsFigureSeven() {
        let (distance, carried) = Wasserstein.piles([3, 2, 1, 4], [1, 2, 4, 3])
        #expect(carried == [2, 2, -1, 0] && distance == 5)
        #expect(Wasserstein.piles([0.3, 0.2, 0.1, 0.4], [0.1, 0.2, 0.4, 0.3]).distance.isApproximately(0.5))
    }

    @Test func cdfFormulaGivesTheShiftForNormals() {
        let grid = Grid(-15...15, count: 6001)
        for shift in [1.0, 2.0, -0.5] {
            let w = Wasserstein.fromCDFs(Wasserstein.normalCDF(mean: 0, standardDeviation: 1),
                                         Wasserstein.normalCDF(mean: shift, standardDeviation: 1), on: grid)
            #expect(abs(w - abs(shift)) < 1e-9)
        }
    }

    /// The merged-sweep estimator against brute force over all matchings (equal sizes: W1 is an assignment
    /// problem, and in 1-D the sorted matching is optimal) and against hand values for unequal sizes.
    @Test func sampleFormulaMatchesBruteForceAndHandValues() {
        func permutations(_ n: Int) -> [[Int]] {
            n == 0 ? [[]] : permutations(n - 1).flatMap { p in (0...p.count).map { var q = p; q.insert(n - 1, at: $0); return q } }
        }
        let a = [0.3, -1.2, 2.5, 0.9, 1.1, -0.4], b = [1.0, 0.2, -2.0, 3.3, 0.0, 0.7]
        let brute = permutations(6).map { p in zip(a.indices, p).map { abs(a[$0] - b[$1]) }.reduce(0, +) / 6 }.min()!
        #expect(abs(Wasserstein.samples(a, b) - brute) < 1e-12)
        #expect(abs(Wasserstein.samples([0], [1, 3]) - 2) < 1e-12)        // half the mass moves 1, half moves 3
        #expect(abs(Wasserstein.samples([0, 0, 1], [0, 1]) - 1.0 / 6) < 1e-12)
        #expect(Wasserstein.samples(a, a) == 0)
    }

    @Test func discreteDivergencesOfDisjointAndEqualVectors() {
        let p = [1.0, 0, 0], q = [0.0, 0, 1]
        #expect(Divergence.kl(p, q) == .infinity)
        #expect(abs(Divergence.js(p, q) - log(2)) < 1e-15)
        #expect(Divergence.totalVariation(p, q) == 1)
        #expect(Divergence.kl(p, p) == 0 && Divergence.js(p, p) == 0 && Divergence.totalVariation(p, p) == 0)
    }
}

extension Double {
    func isApproximately(_ other: Double, tolerance: Double = 1e-12) -> Bool { abs(self - other) < tolerance }
}
