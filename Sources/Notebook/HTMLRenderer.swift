import Foundation
import Ink

/// HTML: a lesson as a textbook page (the same cells as the terminal, in order), and the index of a book of them.
///
/// Pages are static and self-contained: one stylesheet of our own (linked, or inlined for a single page), no script or
/// font from the network, figure links relative to the page, so a book opens from `file://`. `?big` on a page's
/// address sets projector type; printing drops the navigation.
public enum HTMLReportRenderer {
    /// How a page gets its stylesheet.
    public enum Stylesheet: Sendable {
        /// `<link rel="stylesheet" href=…>`, for a book whose pages share one file (`HTMLReportRenderer.css`).
        case linked(String)
        /// The rules in a `<style>` element, for one page on its own.
        case inline
    }

    /// A neighbouring page: its address and its title.
    public struct Link: Sendable {
        public let href: String
        public let title: String

        public init(href: String, title: String) {
            self.href = href
            self.title = title
        }
    }

    /// The lesson's page. `path` maps a file the lesson wrote to the address the page uses for it.
    public static func page(_ report: LessonReport, stylesheet: Stylesheet, contents: Link? = nil, previous: Link? = nil,
                            next: Link? = nil, path: (String) -> String = { $0 }) -> String {
        let lesson = report.lesson
        var body = "", toc: [(id: String, title: String)] = []
        for cell in report.cells {
            switch cell {
            case .prose(let markdown):
                let (html, headings) = prose(markdown, taken: Set(toc.map(\.id)))
                body += html
                toc += headings
            case .value(let name, let value, let unit):
                body += "<p class=\"value\"><span class=\"name\">\(escape(name))</span> = <span class=\"number\">"
                    + escape(NumberFormat.short(value)) + "</span>" + (unit.map { " " + escape($0) } ?? "") + "</p>\n"
            case .table(let table):
                body += "<table>\n<caption>\(escape(table.caption))</caption>\n<thead><tr>"
                    + table.columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                    + table.rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }.joined() + "</tbody>\n</table>\n"
            case .figure(let figure):
                body += self.figure(figure, path: path)
            case .claim(let claim):
                body += "<div class=\"claim \(claim.holds ? "holds" : "fails")\"><span class=\"mark\">\(claim.holds ? "✓" : "✗")</span> "
                    + "<span class=\"statement\">\(escape(claim.statement))</span><br><span class=\"detail\">\(escape(claim.detail))</span></div>\n"
            }
        }
        let claims = report.claims, failed = claims.filter { !$0.holds }.count
        let verdict = claims.verdict
        let title = "Lesson \(lesson.number) · \(lesson.title)"
        var out = head(title: title, stylesheet: stylesheet)
        let navigation = self.navigation(contents: contents, previous: previous, next: next)
        out += navigation.replacingOccurrences(of: "<nav>", with: "<nav class=\"top\">")
        out += "<header>\n<h1>\(escape(title))</h1>\n<p class=\"meta\">From GAN to WGAN: \(escape(lesson.sections.joined(separator: "; "))) · "
            + "\(report.mode.rawValue) mode · seed \(report.seed)" + (report.kernels.map { " · \(escape($0)) kernels" } ?? "")
            + String(format: " · %.1f s", report.seconds) + "</p>\n"
            + "<p class=\"verdict \(failed == 0 ? "holds" : "fails")\">\(failed == 0 ? "✓" : "✗") \(escape(verdict.prefix(1).uppercased() + verdict.dropFirst()))</p>\n</header>\n"
        if toc.count > 1 {
            out += "<nav class=\"toc\" aria-label=\"On this page\"><ol>\n"
                + toc.map { "<li><a href=\"#\($0.id)\">\(escape($0.title))</a></li>\n" }.joined() + "</ol></nav>\n"
        }
        out += "<main>\n" + body + "</main>\n"
        out += navigation.replacingOccurrences(of: "<nav>", with: "<nav class=\"bottom\">")
        return out + "</body>\n</html>\n"
    }

    /// The book's front page: the lessons in the post's order, each with its sections, summary, claims and run time.
    public static func index(_ reports: [LessonReport], pages: [String], stylesheet: Stylesheet) -> String {
        precondition(reports.count == pages.count, "index: one page per report")
        let title = "From GAN to WGAN, computed"
        var out = head(title: title, stylesheet: stylesheet)
        out += "<header>\n<h1>\(title)</h1>\n<p class=\"meta\">The lessons of GANLessons, following Lilian Weng's “From GAN to WGAN” (2017): "
            + "every number below was computed by this run, every claim checked as it ran."
        if let first = reports.first { out += " \(first.mode.rawValue.capitalized) mode · seed \(first.seed)" + (first.kernels.map { " · \(escape($0)) kernels" } ?? "") + "." }
        out += "</p>\n</header>\n<main>\n<ol class=\"lessons\">\n"
        for (report, page) in zip(reports, pages) {
            let claims = report.claims, held = claims.filter(\.holds).count
            out += "<li value=\"\(report.lesson.number)\"><a href=\"\(escape(page))\">\(escape(report.lesson.title))</a>"
                + "<span class=\"sections\">\(escape(report.lesson.sections.joined(separator: "; ")))</span>"
                + "<span class=\"summary\">\(escape(report.lesson.summary))</span>"
                + "<span class=\"claims \(held == claims.count ? "holds" : "fails")\">\(held == claims.count ? "✓" : "✗") \(held)/\(claims.count) claims hold"
                + String(format: " · %.1f s", report.seconds) + "</span></li>\n"
        }
        return out + "</ol>\n</main>\n</body>\n</html>\n"
    }

    /// `<!DOCTYPE html>` up to the opening `<body>`.
    static func head(title: String, stylesheet: Stylesheet) -> String {
        let style: String = switch stylesheet {
        case .linked(let href): "<link rel=\"stylesheet\" href=\"\(escape(href))\">"
        case .inline: "<style>\n" + css + "</style>"
        }
        // ?big (projector type) is read by the page itself; nothing is fetched.
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            \(style)
            <script>if (/[?&]big\\b/.test(location.search)) document.documentElement.classList.add("big");</script>
            </head>
            <body>

            """
    }

    private static func navigation(contents: Link?, previous: Link?, next: Link?) -> String {
        let links = [contents.map { "<a href=\"\(escape($0.href))\">\(escape($0.title))</a>" },
                     previous.map { "<a rel=\"prev\" href=\"\(escape($0.href))\">← \(escape($0.title))</a>" },
                     next.map { "<a rel=\"next\" href=\"\(escape($0.href))\">\(escape($0.title)) →</a>" }].compactMap { $0 }
        return links.isEmpty ? "" : "<nav>" + links.joined(separator: " ") + "</nav>\n"
    }

    /// Prose as HTML through Ink, its headings one level below the page's h1 and given ids for the table of contents.
    static func prose(_ markdown: String, taken: Set<String>) -> (html: String, headings: [(id: String, title: String)]) {
        let demoted = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("#") ? "#" + $0 : String($0) }.joined(separator: "\n")
        var html = MarkdownParser().html(from: inkMarkdown(demoted))
        var headings: [(id: String, title: String)] = [], used = taken
        while let range = html.range(of: "<h2>") {
            guard let end = html.range(of: "</h2>", range: range.upperBound..<html.endIndex) else { break }
            let inner = String(html[range.upperBound..<end.lowerBound])
            let text = inner.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            var id = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.reduce(into: "") { $0.append($1) }
                .split(separator: "-").joined(separator: "-")
            if id.isEmpty { id = "section" }
            var unique = id, suffix = 2
            while used.contains(unique) { unique = "\(id)-\(suffix)"; suffix += 1 }
            used.insert(unique)
            headings.append((unique, decodeEntities(text)))
            html.replaceSubrange(range, with: "<h2 id=\"\(unique)\">")
        }
        return (html + "\n", headings)
    }

    /// The lessons' Markdown in the form Ink reads as the terminal renderer does: blocks indented four spaces become
    /// fenced code (Ink has no indented code), and outside code `<` is text, `_` a subscript mark (p_r) and a lone `*`
    /// a star (D*(x)); only `**bold**` and `*word*` emphasise.
    static func inkMarkdown(_ markdown: String) -> String {
        var blocks: [String] = []
        for block in markdown.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
            if !lines.isEmpty && lines.allSatisfy({ $0.hasPrefix("    ") || $0.isEmpty }) {
                blocks.append("```text\n" + lines.map { String($0.dropFirst(4)) }.joined(separator: "\n") + "\n```")
            } else {
                // Even pieces lie outside `code` spans.
                blocks.append(block.components(separatedBy: "`").enumerated()
                    .map { $0.offset % 2 == 0 ? escapeText($0.element) : $0.element }.joined(separator: "`"))
            }
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Markdown text with <, _ and stray * escaped, keeping **bold** and *word* emphasis.
    private static func escapeText(_ text: String) -> String {
        let ns = text as NSString
        var out = "", last = 0
        func plain(_ range: NSRange) -> String {
            ns.substring(with: range).replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "_", with: "\\_")
                .replacingOccurrences(of: "*", with: "\\*")
        }
        // A constant pattern that compiles (the book tests render emphasis); were it ever refused, text stays plain.
        guard let emphasis = try? NSRegularExpression(pattern: #"\*\*[^*\n]+?\*\*|(?<![\w*])\*(?=\S)[^*\n]+?(?<=\S)\*(?![\w*])"#) else {
            return plain(NSRange(location: 0, length: ns.length))
        }
        for match in emphasis.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += plain(NSRange(location: last, length: match.range.location - last))
            let marks = ns.substring(with: match.range).hasPrefix("**") ? 2 : 1
            let inner = NSRange(location: match.range.location + marks, length: match.range.length - 2 * marks)
            let star = String(repeating: "*", count: marks)
            out += star + plain(inner) + star
            last = match.range.location + match.range.length
        }
        return out + plain(NSRange(location: last, length: ns.length - last))
    }

    /// A figure: the image, or text art, or the command that draws it; its caption and links to its data and script.
    /// Addresses are percent-encoded (`LinkPath`), so `#`, `?` or a space in a folder name do not cut them.
    static func figure(_ figure: FigureOutput, path relative: (String) -> String) -> String {
        func path(_ file: String) -> String { LinkPath.encoded(relative(file)) }
        var links: [String] = []
        if figure.data != figure.image { links.append("<a href=\"\(escape(path(figure.data)))\">data</a>") }
        links.append("<a href=\"\(escape(path(figure.script)))\">gnuplot script</a>")
        let caption = "<figcaption>\(escape(figure.caption)) <span class=\"files\">(" + links.joined(separator: " · ") + ")</span></figcaption>"
        switch figure.image {
        case let image? where image.hasSuffix(".txt"):
            let art = figure.terminalOutput ?? (try? String(contentsOfFile: image, encoding: .utf8)) ?? ""
            return "<figure><pre class=\"art\">\(escape(art))</pre>\(caption)</figure>\n"
        case let image?:
            // A picture (its own data, pixel for pixel) stays crisp when the browser scales it.
            let kind = figure.data == image ? " class=\"picture\"" : ""
            return "<figure><img\(kind) src=\"\(escape(path(image)))\" alt=\"\(escape(figure.caption))\">\(caption)</figure>\n"
        case nil:
            return "<figure class=\"missing\"><p>Not rendered: draw it with <code>gnuplot \(escape((figure.script as NSString).lastPathComponent))</code> in its folder.</p>\(caption)</figure>\n"
        }
    }

    /// Text with &, <, > and " escaped for HTML.
    public static func escape<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
