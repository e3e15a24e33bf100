import Foundation
import Testing
@testable import Notebook
import Plot

/// A lesson whose prose holds what HTML must escape and whose second claim fails.
struct MarkupLesson: Lesson {
    let number = 98
    let slug = "markup"
    let title = "Markup <&> lesson"
    let sections = ["Testing"]
    let summary = "Escaping"
    let estimatedSeconds = (full: 1.0, quick: 1.0)

    func run(_ notebook: Notebook) throws {
        notebook.prose("# First\n\nWhen a < b and c > d & e, the text stays text: <script>alert(1)</script>\n\n# First\n\nAgain.")
        notebook.table("T <1>", columns: ["x | y"], rows: [["<b>"]])
        try notebook.figure(Figure(name: "line", panels: [Panel(series: [.line(x: [0, 1], y: [0, 1])])]), caption: "A \"line\"")
        notebook.claim("holds", measured: 1, expected: 1, tolerance: .absolute(0))
        notebook.claim(.atLeast("fails <here>", measured: 5, bound: 10))
    }
}

@Suite("HTML and Jupyter documents")
struct DocumentTests {
    func report(_ lesson: any Lesson) throws -> (LessonReport, String) {
        let directory = NSTemporaryDirectory() + "ganlessons-documents-\(UUID().uuidString.prefix(8))"
        let notebook = Notebook(mode: .quick, seed: 3, figureDirectory: directory + "/98-markup", renderer: FigureRenderer(target: .none))
        try lesson.run(notebook)
        return (LessonReport(lesson: lesson, notebook: notebook, seconds: 0.5), directory)
    }

    @Test("A page has one h1, escapes text, gives headings unique ids, links figures relative to itself, marks failed claims")
    func page() throws {
        let (report, directory) = try report(MarkupLesson())
        let html = HTMLReportRenderer.page(report, stylesheet: .linked("book.css"),
                                           contents: .init(href: "index.html", title: "Contents"),
                                           path: { $0.hasPrefix(directory + "/") ? String($0.dropFirst(directory.count + 1)) : $0 })
        #expect(html.components(separatedBy: "<h1").count == 2)
        #expect(html.contains("<h1>Lesson 98 · Markup &lt;&amp;&gt; lesson</h1>"))
        #expect(!html.contains("<script>alert") && !html.contains("<b>"))
        #expect(html.contains("<h2 id=\"first\">") && html.contains("<h2 id=\"first-2\">"))
        #expect(html.contains("href=\"#first-2\""))
        #expect(html.contains("href=\"98-markup/line.gp\"") && html.contains("href=\"98-markup/line.dat\""))
        #expect(html.contains("class=\"claim fails\"") && html.contains("fails &lt;here&gt;"))
        #expect(html.contains("class=\"verdict fails\">✗ 1 of 2 claims failed"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        let inline = HTMLReportRenderer.page(report, stylesheet: .inline)
        #expect(inline.contains("<style>") && !inline.contains("<link rel=\"stylesheet\""))
    }

    /// Figure paths with spaces, angle brackets, # and ? (an --out of the user's): Markdown gets a destination CommonMark
    /// reads as one link and HTML an address the browser does not cut at # or ?, both percent-encoded, never raw markup.
    @Test(arguments: ["/tmp/my figures/01-kl-js", "/tmp/<b>x</b>/01", "/tmp/a#b?c=1/01", "/tmp/(paren) 100%/01", "/tmp/é ü/01"])
    func figureLinksAreEscaped(_ folder: String) throws {
        let figure = FigureOutput(name: "line", caption: "A line", image: folder + "/line.png", data: folder + "/line.dat",
                                  script: folder + "/line.gp", terminalOutput: nil)
        let markdown = MarkdownReportRenderer.figureMarkdown(figure)
        let destination = try #require(markdown.firstMatch(of: /^!\[A line\]\(([^()\s<>]+)\)\n/)?.1, "\(markdown)")
        #expect(String(destination).removingPercentEncoding == folder + "/line.png", "\(markdown)")
        let html = HTMLReportRenderer.figure(figure, path: { $0 })
        let sources = html.matches(of: /(?:src|href)="([^"]*)"/).map { String($0.1) }
        #expect(sources.count == 3, "\(html)")
        for source in sources {
            #expect(!source.contains(where: { " <>#?".contains($0) }), "\(html)")
            #expect(source.replacingOccurrences(of: "&amp;", with: "&").removingPercentEncoding?.hasPrefix(folder + "/line.") == true, "\(html)")
        }
    }

    @Test("Prose reads as the terminal reads it: subscripts, stars, emphasis, code blocks and code spans")
    func proseDialect() {
        let (html, _) = HTMLReportRenderer.prose("Take p_r and p_g, D*(x) = 1 and *this* D, **bold** `a_b < c`\n\n    while x < 1:\n        y_t = 0", taken: [])
        #expect(html.contains("Take p_r and p_g, D*(x) = 1 and <em>this</em> D, <strong>bold</strong> <code>a_b &lt; c</code>"))
        #expect(html.contains("<pre><code class=\"language-text\">while x &lt; 1:\n    y_t = 0\n</code></pre>"))
    }

    @Test("The index lists each lesson with its page, sections, summary and claims held")
    func index() throws {
        let (report, _) = try report(MarkupLesson())
        let html = HTMLReportRenderer.index([report], pages: ["98-markup.html"], stylesheet: .linked("book.css"))
        #expect(html.contains("<a href=\"98-markup.html\">Markup &lt;&amp;&gt; lesson</a>"))
        #expect(html.contains("✗ 1/2 claims hold"))
        #expect(html.components(separatedBy: "<h1").count == 2)
    }

    @Test("A Jupyter notebook is nbformat 4.5: unique cell ids, Markdown and code cells, the regenerating command first")
    func jupyter() throws {
        let (report, _) = try report(MarkupLesson())
        let json = JupyterRenderer.render(report, command: "lessons notebook 98 --quick")
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(root["nbformat"] as? Int == 4 && root["nbformat_minor"] as? Int == 5)
        let cells = root["cells"] as! [[String: Any]]
        let ids = cells.map { $0["id"] as! String }
        #expect(Set(ids).count == cells.count && ids.allSatisfy { $0.range(of: "^[A-Za-z0-9_-]{1,64}$", options: .regularExpression) != nil })
        #expect((cells[0]["source"] as! [String]).joined().contains("`lessons notebook 98 --quick`"))
        let code = cells.filter { $0["cell_type"] as? String == "code" }
        #expect(code.count == 1 && (code[0]["outputs"] as! [[String: Any]])[0]["output_type"] as? String == "display_data")
        #expect(cells.contains { ($0["source"] as! [String]).joined().contains("✗ **fails <here>**") })
    }
}
