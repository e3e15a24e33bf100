import Foundation

/// A probability density on the real line, evaluated in Double precision.
public struct Density: Sendable {
    /// A short description, e.g. "N(0, 1)".
    public let name: String
    /// p(x).
    public let pdf: @Sendable (Double) -> Double
    /// ln p(x), computed directly where that avoids underflow (−∞ outside the support).
    public let logPDF: @Sendable (Double) -> Double

    /// Creates a density from its pdf and, optionally, an accurate log-pdf.
    public init(name: String, pdf: @escaping @Sendable (Double) -> Double, logPDF: (@Sendable (Double) -> Double)? = nil) {
        self.name = name
        self.pdf = pdf
        self.logPDF = logPDF ?? { Foundation.log(pdf($0)) }
    }

    /// p(x).
    public func callAsFunction(_ x: Double) -> Double { pdf(x) }

    /// The normal density N(μ, σ²): exp(−(x−μ)²/2σ²) / (σ√2π).
    public static func normal(mean: Double, standardDeviation sigma: Double) -> Density {
        precondition(sigma > 0, "normal: standard deviation must be positive, got \(sigma)")
        let logNorm = -Foundation.log(sigma) - 0.5 * Foundation.log(2 * Double.pi)
        let log: @Sendable (Double) -> Double = { x in -((x - mean) * (x - mean)) / (2 * sigma * sigma) + logNorm }
        return Density(name: "N(\(NumberText.short(mean)), \(NumberText.short(sigma))²)", pdf: { Foundation.exp(log($0)) }, logPDF: log)
    }

    /// The mixture Σ wᵢ pᵢ of densities with weights summing to 1; its log-pdf uses log-sum-exp.
    public static func mixture(_ components: [(weight: Double, density: Density)]) -> Density {
        precondition(!components.isEmpty && abs(components.map(\.weight).reduce(0, +) - 1) < 1e-9,
                     "mixture: weights must sum to 1")
        let parts = components.map { ($0.weight, $0.density) }
        let name = parts.map { "\(NumberText.short($0.0))·\($0.1.name)" }.joined(separator: " + ")
        return Density(name: name, pdf: { x in parts.reduce(0) { $0 + $1.0 * $1.1.pdf(x) } }, logPDF: { x in
            let logs = parts.map { Foundation.log($0.0) + $0.1.logPDF(x) }
            let top = logs.max()!
            return top == -.infinity ? top : top + Foundation.log(logs.reduce(0) { $0 + Foundation.exp($1 - top) })
        })
    }

    /// The uniform density on [a, b].
    public static func uniform(_ a: Double, _ b: Double) -> Density {
        precondition(a < b, "uniform: needs a < b, got [\(a), \(b)]")
        return Density(name: "U[\(NumberText.short(a)), \(NumberText.short(b))]", pdf: { x in x >= a && x <= b ? 1 / (b - a) : 0 })
    }
}

/// Compact number text for names.
enum NumberText {
    static func short(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }
}
