import Engine
import Foundation
import Notebook
import Plot
import Theory

/// Small helpers the lessons share.
enum LessonMath {
    /// A Float tensor of Double values.
    static func tensor(_ values: [Double]) -> Tensor {
        Tensor(values.map(Float.init))
    }

    /// Formats a number for prose and tables.
    static func format(_ value: Double, digits: Int = 4) -> String {
        let text = String(format: "%.\(digits)f", value)
        return Double(text) == 0 ? String(text.drop { $0 == "-" }) : text  // no "-0.0000"
    }
}

/// Measuring a discriminator on fresh samples.
enum DiscriminatorScore {
    /// The game's value L = E ln D(x) + E ln(1 − D(G(z))) from D's logits, and D's accuracy at threshold ½.
    static func evaluate(realLogits: Tensor, fakeLogits: Tensor) -> (loss: Double, accuracy: Double) {
        let loss = -Double(Loss.discriminator(realLogits: realLogits, fakeLogits: fakeLogits).item)
        let correct = realLogits.scalars.filter { $0 > 0 }.count + fakeLogits.scalars.filter { $0 <= 0 }.count
        return (loss, Double(correct) / Double(realLogits.count + fakeLogits.count))
    }
}

/// Correlation of paired samples.
enum Correlation {
    /// Pearson's r = cov(a, b) / (σ_a σ_b).
    static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count && a.count > 1, "pearson: needs two samples of equal length")
        let meanA = a.reduce(0, +) / Double(a.count), meanB = b.reduce(0, +) / Double(b.count)
        let covariance = zip(a, b).map { ($0 - meanA) * ($1 - meanB) }.reduce(0, +)
        let spreadA = a.map { ($0 - meanA) * ($0 - meanA) }.reduce(0, +), spreadB = b.map { ($0 - meanB) * ($0 - meanB) }.reduce(0, +)
        return covariance / (spreadA * spreadB).squareRoot()
    }

    /// Spearman's ρ: Pearson's r of the ranks (ties share their mean rank).
    static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        pearson(ranks(a), ranks(b))
    }

    /// 1-based ranks, ties averaged.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            for position in start...end { ranks[order[position]] = Double(start + end) / 2 + 1 }
            start = end + 1
        }
        return ranks
    }
}
