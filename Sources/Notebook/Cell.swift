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
    /// The named values among the cells, in order (a name may repeat: each is its own value).
    public var values: [(name: String, value: Double, unit: String?)] {
        compactMap { if case .value(let name, let value, let unit) = $0 { (name, value, unit) } else { nil } }
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
///
/// What was checked is one `Check`, so a claim cannot hold a tolerance without an expected value, or evidence beside a
/// measurement: each kind of claim carries exactly the numbers it needs.
public struct Claim: Sendable, Equatable {
    /// How a statement was checked, with the numbers of that kind of check.
    public enum Check: Sendable, Equatable {
        /// |measured − expected| within `tolerance`; `rulesOut` is the value the statement denies, if there is one.
        case approximately(measured: Double, expected: Double, tolerance: Tolerance, rulesOut: Double?)
        /// measured ≥ bound.
        case atLeast(measured: Double, bound: Double)
        /// measured ≤ bound.
        case atMost(measured: Double, bound: Double)
        /// A yes-or-no observation and the evidence that decided it.
        case observed(Bool, evidence: String)
    }

    /// How the measurement is compared, as JSON names it.
    public enum Relation: String, Sendable {
        case approximately = "≈", atLeast = "≥", atMost = "≤", holds = "true"
    }

    public let statement: String
    public let check: Check

    /// Creates a claim from its statement and check.
    public init(statement: String, check: Check) {
        self.statement = statement
        self.check = check
    }

    /// measured ≈ expected within tolerance; `rulesOut` names the value the statement denies, if there is one.
    public static func approximately(_ statement: String, measured: Double, expected: Double, tolerance: Tolerance,
                                     rulesOut: Double? = nil) -> Claim {
        Claim(statement: statement, check: .approximately(measured: measured, expected: expected, tolerance: tolerance, rulesOut: rulesOut))
    }

    /// measured ≥ bound.
    public static func atLeast(_ statement: String, measured: Double, bound: Double) -> Claim {
        Claim(statement: statement, check: .atLeast(measured: measured, bound: bound))
    }

    /// measured ≤ bound.
    public static func atMost(_ statement: String, measured: Double, bound: Double) -> Claim {
        Claim(statement: statement, check: .atMost(measured: measured, bound: bound))
    }

    /// A boolean claim with the evidence that decided it.
    public static func that(_ statement: String, _ holds: Bool, evidence: String) -> Claim {
        Claim(statement: statement, check: .observed(holds, evidence: evidence))
    }

    /// Whether the statement holds: within tolerance, on the right side of its bound (NaN never is), or observed true.
    public var holds: Bool {
        switch check {
        case .approximately(let measured, let expected, let tolerance, _): tolerance.accepts(measured, expected: expected)
        case .atLeast(let measured, let bound): measured >= bound
        case .atMost(let measured, let bound): measured <= bound
        case .observed(let holds, _): holds
        }
    }

    /// The relation checked.
    public var relation: Relation {
        switch check {
        case .approximately: .approximately
        case .atLeast: .atLeast
        case .atMost: .atMost
        case .observed: .holds
        }
    }

    /// The measured number, for the claims that measure one.
    public var measured: Double? {
        switch check {
        case .approximately(let measured, _, _, _), .atLeast(let measured, _), .atMost(let measured, _): measured
        case .observed: nil
        }
    }

    /// The expected value or the bound, for the claims that measure a number.
    public var expected: Double? {
        switch check {
        case .approximately(_, let expected, _, _), .atLeast(_, let expected), .atMost(_, let expected): expected
        case .observed: nil
        }
    }

    /// The tolerance of an ≈ claim.
    public var tolerance: Tolerance? {
        if case .approximately(_, _, let tolerance, _) = check { tolerance } else { nil }
    }

    /// The value an ≈ claim denies, which its tolerance must exclude.
    public var rulesOut: Double? {
        if case .approximately(_, _, _, let rulesOut) = check { rulesOut } else { nil }
    }

    /// The evidence of a boolean claim.
    public var evidence: String? {
        if case .observed(_, let evidence) = check { evidence } else { nil }
    }

    /// Whether the claim could tell its statement from its negation: an ≈ claim whose tolerance also accepts the value
    /// it rules out cannot; an ≤ or ≥ claim whose fractional measurement is its bound, bit for bit, is the bound itself
    /// (a clamp measured right after clamping). Counts (modes covered, 8 ≥ 8) may meet their bound honestly.
    public var canFail: Bool {
        switch check {
        case .approximately(_, let expected, let tolerance, let rulesOut):
            rulesOut.map { !tolerance.accepts($0, expected: expected) } ?? true
        case .atLeast(let measured, let bound), .atMost(let measured, let bound):
            measured != bound || measured.rounded() == measured
        case .observed: true
        }
    }

    /// "measured 0.5000 ≈ 0.5 ± 0.001", "measured 412 ≥ 100", or the evidence.
    public var detail: String {
        switch check {
        case .observed(_, let evidence):
            evidence
        case .approximately(let measured, let expected, let tolerance, let rulesOut):
            "measured \(NumberFormat.short(measured)), expected \(NumberFormat.short(expected)) \(tolerance.description)"
                + (rulesOut.map { " (rules out \(NumberFormat.short($0)))" } ?? "")
        case .atLeast(let measured, let bound), .atMost(let measured, let bound):
            "measured \(NumberFormat.short(measured)) \(relation.rawValue) \(NumberFormat.short(bound))"
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

