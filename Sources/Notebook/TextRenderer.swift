import Foundation

/// Renders cells as terminal text: headings, prose wrapped to the width, aligned tables, ✓/✗ claims.
/// Colour only when asked (on a terminal, and never with NO_COLOR set).
public struct TextRenderer: Sendable {
    public let width: Int
    public let color: Bool

    /// Creates a renderer for a terminal `width` columns wide.
    public init(width: Int = 88, color: Bool = false) {
        self.width = max(width, 40)
        self.color = color
    }

    /// Colour when standard output is a terminal that shows it (TERM is not "dumb") and NO_COLOR is unset
    /// (https://no-color.org).
    public static func shouldUseColor(environment: [String: String] = ProcessInfo.processInfo.environment,
                                      isTerminal: Bool = isatty(STDOUT_FILENO) != 0) -> Bool {
        isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The banner printed before a lesson's cells.
    public func header(_ lesson: any Lesson, mode: Mode, seed: UInt64) -> String {
        let title = "Lesson \(lesson.number) · \(lesson.title)"
        return paint(title, "1") + "\n" + String(repeating: "═", count: min(title.count, width)) + "\n"
            + paint("From GAN to WGAN: \(lesson.sections.joined(separator: "; ")) · \(mode.rawValue) mode · seed \(seed)", "2") + "\n\n"
    }

    /// One cell as text, ending with a blank line.
    public func render(_ cell: Cell) -> String {
        switch cell {
        case .prose(let markdown):
            return prose(markdown) + "\n"
        case .value(let name, let value, let unit):
            return "  \(name) = " + paint(NumberFormat.short(value), "1") + (unit.map { " \($0)" } ?? "") + "\n\n"
        case .table(let table):
            return self.table(table) + "\n"
        case .figure(let figure):
            var text = "  " + paint("▣ \(figure.caption)", "36") + "\n    → \(figure.primaryPath)\n"
            if let art = figure.terminalOutput { text += art + (art.hasSuffix("\n") ? "" : "\n") }
            return text + "\n"
        case .claim(let claim):
            let mark = claim.holds ? paint("✓", "32;1") : paint("✗", "31;1")
            let statement: String = wrap(claim.statement, indent: 4, first: 4).joined(separator: "\n")
            let detail: String = wrap(claim.detail, indent: 6, first: 6).map { paint($0, "2") }.joined(separator: "\n")
            return "  \(mark) " + statement.dropFirst(4) + "\n" + detail + "\n\n"
        }
    }

    /// The closing summary line.
    public func summary(claims: [Claim], seconds: Double) -> String {
        let verdict = paint(claims.verdict, claims.allSatisfy(\.holds) ? "32;1" : "31;1")
        return verdict + String(format: " · %.1f s", seconds) + "\n"
    }

    /// Markdown prose as terminal text: headings bold, paragraphs and list items wrapped, indented blocks kept.
    func prose(_ markdown: String) -> String {
        var out: [String] = []
        for block in markdown.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let first = lines.first, first.hasPrefix("#") {
                out.append(paint(first.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces), "1;4"))
                if lines.count > 1 { out.append(prose(lines.dropFirst().joined(separator: "\n"))) }
            } else if lines.allSatisfy({ $0.hasPrefix("    ") || $0.isEmpty }) {
                out.append(lines.map { "  " + $0 }.joined(separator: "\n"))
            } else if lines.first?.hasPrefix("- ") == true || lines.first?.first?.isNumber == true && lines.first!.contains(". ") {
                var items: [String] = []
                for line in lines {
                    if line.hasPrefix("- ") || (line.first?.isNumber == true && line.contains(". ")) || items.isEmpty {
                        items.append(line)
                    } else {
                        items[items.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
                    }
                }
                out.append(items.map { item in
                    let marker = item.hasPrefix("- ") ? "• " : String(item.prefix { $0 != " " }) + " "
                    let body = item.hasPrefix("- ") ? String(item.dropFirst(2)) : String(item.drop { $0 != " " }.dropFirst())
                    let wrapped = wrap(inline(body), indent: 2 + marker.count, first: 2 + marker.count)
                    return "  " + marker + wrapped.joined(separator: "\n").dropFirst(2 + marker.count)
                }.joined(separator: "\n"))
            } else {
                out.append(wrap(inline(lines.joined(separator: " ")), indent: 0, first: 0).joined(separator: "\n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// Inline Markdown: **bold** and `code` become bold; the markers are dropped.
    func inline(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "`", with: "")
        while let open = result.range(of: "**"), let close = result.range(of: "**", range: open.upperBound..<result.endIndex) {
            let inner = String(result[open.upperBound..<close.lowerBound])
            result.replaceSubrange(open.lowerBound..<close.upperBound, with: paint(inner, "1"))
        }
        return result
    }

    /// Words wrapped to the width, the first line indented by `first`, the rest by `indent`.
    func wrap(_ text: String, indent: Int, first: Int) -> [String] {
        var lines: [String] = []
        var current = String(repeating: " ", count: first)
        var currentWidth = first
        for word in text.split(separator: " ") {
            let visible = Self.visibleWidth(word)
            if currentWidth + visible + 1 > width && currentWidth > indent {
                lines.append(current)
                current = String(repeating: " ", count: indent)
                currentWidth = indent
            }
            if currentWidth > (lines.isEmpty ? first : indent) {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += visible
        }
        lines.append(current)
        return lines
    }

    /// Display width, ignoring ANSI colour sequences.
    public static func visibleWidth<S: StringProtocol>(_ text: S) -> Int {
        var count = 0, inEscape = false
        for character in text {
            if character == "\u{1B}" { inEscape = true } else if inEscape { if character == "m" { inEscape = false } } else { count += 1 }
        }
        return count
    }

    /// A table with a caption, columns padded to their widest entry, numbers right-aligned.
    func table(_ table: Table) -> String {
        let widths = table.columns.indices.map { column in
            ([table.columns[column]] + table.rows.map { $0[column] }).map { Self.visibleWidth($0) }.max() ?? 0
        }
        func row(_ entries: [String]) -> String {
            "  " + entries.enumerated().map { column, entry in
                let padding = String(repeating: " ", count: widths[column] - Self.visibleWidth(entry))
                return Double(entry.replacingOccurrences(of: "−", with: "-")) != nil ? padding + entry : entry + padding
            }.joined(separator: "  ")
        }
        let rule = "  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return "  " + paint(table.caption, "1") + "\n" + paint(row(table.columns), "1") + "\n" + rule + "\n"
            + table.rows.map(row).joined(separator: "\n") + "\n"
    }
}
