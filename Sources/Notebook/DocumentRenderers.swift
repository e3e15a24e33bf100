import Foundation

/// The result of one lesson run, as the JSON and Markdown renderers see it.
public struct LessonReport: Sendable {
    public let lesson: any Lesson
    public let mode: Mode
    public let seed: UInt64
    public let seconds: Double
    public let cells: [Cell]
    /// The OpenBLAS kernels that ran (the engine's numbers depend on them in their last digits), e.g. "Haswell".
    public let kernels: String?

    /// Creates a report from a finished notebook.
    public init(lesson: any Lesson, notebook: Notebook, seconds: Double, kernels: String? = nil) {
        self.lesson = lesson
        self.kernels = kernels
        self.mode = notebook.mode
        self.seed = notebook.seed
        self.seconds = seconds
        self.cells = notebook.cells
    }

    /// The run's claims.
    public var claims: [Claim] { cells.claims }
    /// The run's figures.
    public var figures: [FigureOutput] { cells.figures }
}

/// JSON: {lesson, slug, title, mode, seed, kernels, seconds, claims: [{statement, measured, expected, tolerance, toleranceKind,
/// relation, evidence, rulesOut, holds}], values: [{name, value, unit}], figures: [paths]}. Non-finite numbers become null;
/// `values` keeps every value in the order the lesson showed it, a repeated name included.
public enum JSONReportRenderer {
    /// The report as a JSON object.
    public static func object(_ report: LessonReport) -> [String: Any] {
        func number(_ value: Double?) -> Any { value.flatMap { $0.isFinite ? $0 : nil } ?? NSNull() }
        let values: [[String: Any]] = report.cells.values.map { ["name": $0.name, "value": number($0.value), "unit": $0.unit ?? NSNull()] }
        let claims: [[String: Any]] = report.claims.map { claim in
            var tolerance: Double?, kind: String?
            switch claim.tolerance {
            case .absolute(let t): (tolerance, kind) = (t, "absolute")
            case .relative(let t): (tolerance, kind) = (t, "relative")
            case nil: break
            }
            return ["statement": claim.statement, "measured": number(claim.measured), "expected": number(claim.expected),
                    "tolerance": number(tolerance), "toleranceKind": kind ?? NSNull(), "relation": claim.relation.rawValue,
                    "evidence": claim.evidence ?? NSNull(), "rulesOut": number(claim.rulesOut), "holds": claim.holds]
        }
        return ["lesson": report.lesson.number, "slug": report.lesson.slug, "title": report.lesson.title,
                "mode": report.mode.rawValue, "seed": report.seed, "kernels": report.kernels ?? NSNull(), "seconds": report.seconds,
                "claims": claims, "values": values, "figures": report.figures.map(\.primaryPath)]
    }

    /// One report as a JSON object, or several as an array; pretty-printed with sorted keys.
    public static func render(_ reports: [LessonReport]) -> String {
        serialized(reports.count == 1 ? object(reports[0]) : reports.map(object))
    }

    /// Pretty-printed JSON with sorted keys of a tree of dictionaries, arrays, strings, numbers, booleans and nulls.
    /// Every number in such a tree is finite (non-finite ones become null above), the only input the serializer
    /// refuses; a tree that is not valid anyway is a programming error, stated as such.
    static func serialized(_ root: Any) -> String {
        guard JSONSerialization.isValidJSONObject(root),
              let data = try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { preconditionFailure("JSONReportRenderer: a tree that is not JSON") }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// Markdown: the lesson as a document — prose, values, tables, figure links and claims, in order.
public enum MarkdownReportRenderer {
    /// The report as Markdown.
    public static func render(_ report: LessonReport) -> String {
        var out = "# Lesson \(report.lesson.number) · \(report.lesson.title)\n\n"
        out += "*From GAN to WGAN: \(report.lesson.sections.joined(separator: "; ")) · \(report.mode.rawValue) mode · seed \(report.seed)*\n\n"
        for cell in report.cells { out += cellMarkdown(cell) }
        let verdict = report.claims.verdict
        out += verdict.prefix(1).uppercased() + verdict.dropFirst() + ".\n"
        return out
    }

    /// One cell as Markdown, ending in a blank line: prose with its headings one level down, a value as a list item,
    /// a table, a figure (`figureMarkdown`), a claim with its verdict and detail.
    static func cellMarkdown(_ cell: Cell) -> String {
        switch cell {
        case .prose(let markdown):
            return markdown.replacingOccurrences(of: "\n# ", with: "\n## ").replacingOccurrences(of: "^# ", with: "## ", options: .regularExpression) + "\n\n"
        case .value(let name, let value, let unit):
            return "- **\(name)** = \(NumberFormat.short(value))\(unit.map { " \($0)" } ?? "")\n\n"
        case .table(let table):
            // A "|" inside a cell (‖x‖ written |x|) would end the cell: Markdown tables escape it as \|.
            func row(_ cells: [String]) -> String {
                "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
            }
            return "**\(table.caption)**\n\n" + row(table.columns) + "\n|" + table.columns.map { _ in " --- |" }.joined() + "\n"
                + table.rows.map(row).joined(separator: "\n") + "\n\n"
        case .figure(let figure):
            return figureMarkdown(figure)
        case .claim(let claim):
            return "- \(claim.holds ? "✓" : "✗") **\(claim.statement)** — \(claim.detail)\n\n"
        }
    }

    /// An image as an image; text art (`--plot dumb`) as a code block; with no render (`--plot none`), the command
    /// that draws it — run in the figure's folder, since the script reads its .dat by a relative name. Link
    /// destinations are percent-encoded (`LinkPath`), so any folder name gives one link.
    static func figureMarkdown(_ figure: FigureOutput) -> String {
        switch figure.image {
        case let image? where !image.hasSuffix(".txt"):
            return "![\(figure.caption)](\(LinkPath.encoded(image)))\n\n"
        case let text?:
            let art = figure.terminalOutput ?? (try? String(contentsOfFile: text, encoding: .utf8)) ?? ""
            return "*\(figure.caption)* ([\((text as NSString).lastPathComponent)](\(LinkPath.encoded(text))))\n\n```text\n"
                + art.trimmingCharacters(in: .newlines) + "\n```\n\n"
        case nil:
            let folder = (figure.script as NSString).deletingLastPathComponent
            let command = "cd " + shellQuoted(folder.isEmpty ? "." : folder) + " && gnuplot " + shellQuoted((figure.script as NSString).lastPathComponent)
            return "*\(figure.caption)* — not rendered; draw it with `\(command)`\n\n"
        }
    }

    /// A word for the shell: as is when it is plain, else in single quotes.
    public static func shellQuoted(_ word: String) -> String {
        word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+:@".contains($0)) }
            ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
