/// Correlation of paired samples.
public enum Correlation {
    /// Pearson's r = cov(a, b) / (σ_a σ_b).
    public static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count && a.count > 1, "pearson: needs two samples of equal length")
        let meanA = a.reduce(0, +) / Double(a.count), meanB = b.reduce(0, +) / Double(b.count)
        let covariance = zip(a, b).map { ($0 - meanA) * ($1 - meanB) }.reduce(0, +)
        let spreadA = a.map { ($0 - meanA) * ($0 - meanA) }.reduce(0, +), spreadB = b.map { ($0 - meanB) * ($0 - meanB) }.reduce(0, +)
        return covariance / (spreadA * spreadB).squareRoot()
    }

    /// Spearman's ρ: Pearson's r of the ranks (ties share their mean rank).
    public static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        pearson(ranks(a), ranks(b))
    }

    /// 1-based ranks, ties averaged.
    public static func ranks(_ values: [Double]) -> [Double] {
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
