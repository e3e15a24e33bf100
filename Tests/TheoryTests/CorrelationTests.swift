import Foundation
import Random
import Testing
@testable import Theory

@Suite("Correlation")
struct CorrelationTests {
    /// By hand: a = (1, 2, 3, 4), b = (2, 4, 5, 9) deviate by (−1.5, −0.5, 0.5, 1.5) and (−3, −1, 0, 4), so
    /// r = Σ products / √(Σ a-squares · Σ b-squares) = 11 / √(5 · 26) = 0.96476.
    @Test func pearsonMatchesAHandComputedValue() {
        let r = Correlation.pearson([1, 2, 3, 4], [2, 4, 5, 9])
        #expect(abs(r - 11 / 130.0.squareRoot()) < 1e-12)
        #expect(abs(Correlation.pearson([1, 2, 3], [6, 4, 2]) + 1) < 1e-12)
    }

    /// Spearman's ρ is Pearson's r of the ranks: any increasing transform gives 1 (where r does not), a decreasing one −1.
    @Test func spearmanIsRankBased() {
        let x: [Double] = [0.5, 1, 2, 3, 5, 8]
        let cubed = x.map { $0 * $0 * $0 }
        #expect(abs(Correlation.spearman(x, cubed) - 1) < 1e-12)
        #expect(Correlation.pearson(x, cubed) < 0.97)
        #expect(abs(Correlation.spearman(x, x.map { -exp($0) }) + 1) < 1e-12)
    }

    /// The textbook formula ρ = 1 − 6Σd²/(n(n² − 1)) holds when there are no ties.
    @Test func spearmanWithoutTiesMatchesTheRankDifferenceFormula() {
        var rng = SeededGenerator(seed: 21)
        let a = (0..<40).map { _ in rng.normalDouble() }, b = a.map { $0 + rng.normalDouble() }
        let d = zip(Correlation.ranks(a), Correlation.ranks(b)).map { $0 - $1 }
        let n = Double(a.count)
        #expect(abs(Correlation.spearman(a, b) - (1 - 6 * d.map { $0 * $0 }.reduce(0, +) / (n * (n * n - 1)))) < 1e-12)
    }

    @Test func tiesShareTheirMeanRank() {
        #expect(Correlation.ranks([10, 20, 20, 5, 20]) == [2, 4, 4, 1, 4])
        #expect(Correlation.ranks([3, 3]) == [1.5, 1.5])
    }
}

@Suite("Sample statistics")
struct SampleStatisticsTests {
    @Test func meanAndDeviationByHand() {
        let (mean, deviation) = SampleStatistics.meanAndDeviation([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(mean == 5 && abs(deviation - (32.0 / 7).squareRoot()) < 1e-12)
        #expect(SampleStatistics.meanAndDeviation([3]) == (3, 0))
    }
}
