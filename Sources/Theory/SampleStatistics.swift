/// Summaries of a sample of numbers.
public enum SampleStatistics {
    /// The mean x̄ = (1/n) Σ xᵢ and the sample standard deviation s = √(Σ (xᵢ − x̄)² / (n − 1)) (0 for one value).
    public static func meanAndDeviation(_ values: [Double]) -> (mean: Double, deviation: Double) {
        precondition(!values.isEmpty, "meanAndDeviation: needs at least one value")
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return (mean, values.count > 1 ? (squares / Double(values.count - 1)).squareRoot() : 0)
    }

    /// The mean and its standard error s/√n (0 for one value): how far the mean of n runs strays from run to run.
    public static func meanAndStandardError(_ values: [Double]) -> (mean: Double, standardError: Double) {
        let (mean, deviation) = meanAndDeviation(values)
        return (mean, deviation / Double(values.count).squareRoot())
    }

    /// The median of a non-empty list (the mean of the middle two for an even count).
    public static func median(_ values: [Double]) -> Double {
        precondition(!values.isEmpty, "median: no values")
        let sorted = values.sorted(), middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
