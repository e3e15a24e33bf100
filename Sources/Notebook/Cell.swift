import Foundation

/// One entry of a notebook, in the order the lesson wrote it.
public enum Cell: Sendable {
    /// Markdown prose (paragraphs, `#` headings, lists, formulas in Unicode).
    case prose(String)
    /// A named number the lesson computed.
    case value(name: String, value: Double, unit: String?)
    /// A table of formatted cells.
    case table(Table)
    /// A figure that was written (or only its data and script, with --plot none).
    case figure(FigureOutput)
    /// A statement checked against the theory.
    case claim(Claim)
}

extension Array where Element == Cell {
    /// The claims among the cells, in order.
    public var claims: [Claim] { compactMap { if case .claim(let claim) = $0 { claim } else { nil } } }
    /// The named values among the cells, in order.
    public var values: [(name: String, value: Double)] {
        compactMap { if case .value(let name, let value, _) = $0 { (name, value) } else { nil } }
    }
    /// The figures among the cells, in order.
    public var figures: [FigureOutput] { compactMap { if case .figure(let figure) = $0 { figure } else { nil } } }
}

/// A small table: a caption, column headers and rows of text.
public struct Table: Sendable, Equatable {
    public let caption: String
    public let columns: [String]
    public let rows: [[String]]

    /// Creates a table; every row needs one entry per column.
    public init(caption: String, columns: [String], rows: [[String]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "Table \(caption): rows need \(columns.count) entries")
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}

/// The files a figure produced.
public struct FigureOutput: Sendable, Equatable {
    public let name: String
    public let caption: String
    /// The rendered image (png, svg, gif, txt), if any.
    public let image: String?
    public let data: String
    public let script: String
    /// Text art or sixel bytes to show in the terminal.
    public let terminalOutput: String?

    /// The path to show: the image when rendered, else the script that renders it.
    public var primaryPath: String { image ?? script }
}

/// How close a measurement must be to its expected value.
public enum Tolerance: Sendable, Equatable {
    /// |measured − expected| ≤ value.
    case absolute(Double)
    /// |measured − expected| ≤ value · |expected|.
    case relative(Double)

    /// Whether `measured` is within this tolerance of `expected`.
    public func accepts(_ measured: Double, expected: Double) -> Bool {
        guard measured.isFinite || measured == expected else { return false }
        switch self {
        case .absolute(let bound): return Swift.abs(measured - expected) <= bound
        case .relative(let bound): return Swift.abs(measured - expected) <= bound * Swift.abs(expected)
        }
    }

    /// "± 0.001" or "± 2%".
    public var description: String {
        switch self {
        case .absolute(let bound): "± \(NumberFormat.short(bound))"
        case .relative(let bound): "± \(NumberFormat.short(bound * 100))%"
        }
    }
}

/// A statement from the text and the computation that checks it.
public struct Claim: Sendable, Equatable {
    /// How the measurement is compared.
    public enum Relation: String, Sendable {
        case approximately = "≈", atLeast = "≥", atMost = "≤", holds = "true"
    }

    public let statement: String
    public let measured: Double?
    public let expected: Double?
    public let tolerance: Tolerance?
    public let relation: Relation
    /// For boolean claims: what was observed.
    public let evidence: String?
    public let holds: Bool
    /// For ≈ claims: the value the statement denies (the claim's negation), which the tolerance must exclude.
    public var rulesOut: Double? = nil

    /// measured ≈ expected within tolerance; `rulesOut` names the value the statement denies, if there is one.
    public static func approximately(_ statement: String, measured: Double, expected: Double, tolerance: Tolerance,
                                     rulesOut: Double? = nil) -> Claim {
        Claim(statement: statement, measured: measured, expected: expected, tolerance: tolerance, relation: .approximately,
              evidence: nil, holds: tolerance.accepts(measured, expected: expected), rulesOut: rulesOut)
    }

    /// Whether the claim could tell its statement from its negation: an ≈ claim whose tolerance also accepts the value
    /// it rules out cannot; an ≤ or ≥ claim whose fractional measurement is its bound, bit for bit, is the bound itself
    /// (a clamp measured right after clamping). Counts (modes covered, 8 ≥ 8) may meet their bound honestly.
    public var canFail: Bool {
        switch relation {
        case .approximately: return rulesOut.map { !tolerance!.accepts($0, expected: expected!) } ?? true
        case .atLeast, .atMost: return measured != expected || measured!.rounded() == measured!
        case .holds: return true
        }
    }

    /// measured ≥ bound.
    public static func atLeast(_ statement: String, measured: Double, bound: Double) -> Claim {
        Claim(statement: statement, measured: measured, expected: bound, tolerance: nil, relation: .atLeast,
              evidence: nil, holds: measured >= bound)
    }

    /// measured ≤ bound.
    public static func atMost(_ statement: String, measured: Double, bound: Double) -> Claim {
        Claim(statement: statement, measured: measured, expected: bound, tolerance: nil, relation: .atMost,
              evidence: nil, holds: measured <= bound)
    }

    /// A boolean claim with the evidence that decided it.
    public static func that(_ statement: String, _ holds: Bool, evidence: String) -> Claim {
        Claim(statement: statement, measured: nil, expected: nil, tolerance: nil, relation: .holds,
              evidence: evidence, holds: holds)
    }

    /// "measured 0.5000 ≈ 0.5 ± 0.001", "measured 412 ≥ 100", or the evidence.
    public var detail: String {
        switch relation {
        case .holds: return evidence ?? ""
        case .approximately:
            return "measured \(NumberFormat.short(measured!)), expected \(NumberFormat.short(expected!)) \(tolerance!.description)"
                + (rulesOut.map { " (rules out \(NumberFormat.short($0)))" } ?? "")
        case .atLeast, .atMost:
            return "measured \(NumberFormat.short(measured!)) \(relation.rawValue) \(NumberFormat.short(expected!))"
        }
    }
}

extension [Claim] {
    /// How many of these claims hold, in words: "all 14 claims hold", "the claim holds", "2 of 14 claims failed",
    /// "no claims".
    public var verdict: String {
        let failed = filter { !$0.holds }.count
        switch (count, failed) {
        case (0, _): return "no claims"
        case (1, 0): return "the claim holds"
        case (1, _): return "the claim failed"
        case (_, 0): return "all \(count) claims hold"
        default: return "\(failed) of \(count) claims failed"
        }
    }
}

