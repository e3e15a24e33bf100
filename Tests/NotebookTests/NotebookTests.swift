import Foundation
import Testing
@testable import Notebook
import Plot

/// A lesson that writes one of each cell, for the renderers.
struct SampleLesson: Lesson {
    let number = 99
    let slug = "sample"
    let title = "Sample lesson"
    let sections = ["Testing"]
    let summary = "One cell of each kind"
    let estimatedSeconds = (full: 1.0, quick: 1.0)

    func run(_ notebook: Notebook) throws {
        notebook.prose("# Heading\n\nSome **bold** prose that is long enough to need wrapping when the terminal is narrow.\n\n- first item\n- second item")
        notebook.value("answer", 42, unit: "nats")
        notebook.table("Numbers", columns: ["name", "value"], rows: [["a", "1.5"], ["bb", "−2"]])
        try notebook.figure(Figure(name: "line", panels: [Panel(series: [.line(x: [0, 1], y: [0, 1])])]), caption: "A line")
        notebook.claim("one is one", measured: 1, expected: 1, tolerance: .absolute(0))
        notebook.claim(.atLeast("ratio is large", measured: 5, bound: 10))
        notebook.claim("a boolean", true, evidence: "seen")
    }
}

@Suite("Notebook")
struct NotebookTests {
    func runSample() throws -> (Notebook, LessonReport, String) {
        let directory = NSTemporaryDirectory() + "ganlessons-notebook-\(UUID().uuidString.prefix(8))"
        let notebook = Notebook(mode: .quick, seed: 3, figureDirectory: directory, renderer: FigureRenderer(target: .none))
        try SampleLesson().run(notebook)
        return (notebook, LessonReport(lesson: SampleLesson(), notebook: notebook, seconds: 0.5), directory)
    }

    @Test func claimsHoldOrFailByTheirRelation() {
        #expect(Claim.approximately("", measured: 1.0005, expected: 1, tolerance: .absolute(1e-3)).holds)
        #expect(!Claim.approximately("", measured: 1.01, expected: 1, tolerance: .relative(0.005)).holds)
        #expect(Claim.approximately("", measured: 1.004, expected: 1, tolerance: .relative(0.005)).holds)
        #expect(!Claim.approximately("", measured: .nan, expected: 1, tolerance: .absolute(1)).holds)
        #expect(Claim.atMost("", measured: 2, bound: 2).holds && !Claim.atLeast("", measured: 1, bound: 2).holds)
    }

    @Test func generatorsAreDeterministicPerStream() {
        let a = Notebook(mode: .quick, seed: 7, figureDirectory: "/tmp", renderer: FigureRenderer(target: .none))
        let b = Notebook(mode: .full, seed: 7, figureDirectory: "/tmp", renderer: FigureRenderer(target: .none))
        var x = a.generator("data"), y = b.generator("data"), z = a.generator("noise")
        let first = x.next()
        #expect(first == y.next())
        #expect(first != z.next())
        #expect(a.pick(full: 1, quick: 2) == 2 && b.pick(full: 1, quick: 2) == 1)
    }

    @Test func textRendererWrapsAlignsAndMarksClaims() throws {
        let (notebook, report, _) = try runSample()
        let text = TextRenderer(width: 50, color: false)
        let output = notebook.cells.map(text.render).joined() + text.summary(claims: report.claims, seconds: 1)
        #expect(output.contains("Heading\n"))
        #expect(output.contains("  • first item\n  • second item"))
        #expect(output.split(separator: "\n").allSatisfy { TextRenderer.visibleWidth($0) <= 50 })
        #expect(output.contains("  ✓ one is one"))
        #expect(output.contains("  ✗ ratio is large\n      measured 5 ≥ 10"))
        #expect(output.contains("  a       1.5\n  bb       −2"))
        #expect(output.contains("1 of 3 claims failed"))
        #expect(!output.contains("\u{1B}["))
        #expect(TextRenderer(color: true).render(.claim(.that("x", true, evidence: ""))).contains("\u{1B}[32;1m✓"))
    }

    @Test func claimsThatCannotFailAreRecognised() {
        #expect(!Claim.approximately("", measured: 2.19, expected: 2.2, tolerance: .relative(0.1), rulesOut: 2).canFail)
        #expect(Claim.approximately("", measured: 2.19, expected: 2.2, tolerance: .relative(0.04), rulesOut: 2).canFail)
        #expect(!Claim.atMost("a clamp measured after clamping", measured: 0.01, bound: 0.01).canFail)
        #expect(Claim.atLeast("all 8 modes", measured: 8, bound: 8).canFail)
        #expect(Claim.approximately("", measured: 1, expected: 1, tolerance: .absolute(0.1)).detail.hasSuffix("± 0.1"))
        #expect(Claim.approximately("", measured: 1, expected: 1, tolerance: .absolute(0.1), rulesOut: 2).detail.hasSuffix("(rules out 2)"))
    }

    @Test func verdictCountsInWords() {
        let holds = Claim.that("holds", true, evidence: ""), fails = Claim.that("fails", false, evidence: "")
        #expect([Claim]().verdict == "no claims")
        #expect([holds].verdict == "the claim holds")
        #expect([fails].verdict == "the claim failed")
        #expect([holds, holds].verdict == "all 2 claims hold")
        #expect([holds, fails, holds].verdict == "1 of 3 claims failed")
    }

    @Test func jsonFollowsTheSchema() throws {
        let (_, report, _) = try runSample()
        let json = try JSONSerialization.jsonObject(with: Data(JSONReportRenderer.render([report]).utf8)) as! [String: Any]
        #expect(Set(json.keys) == ["lesson", "slug", "title", "mode", "seed", "kernels", "seconds", "claims", "values", "figures"])
        #expect(json["lesson"] as? Int == 99 && json["mode"] as? String == "quick" && json["seed"] as? Int == 3)
        let values = try #require(json["values"] as? [[String: Any]])
        #expect(values.count == 1 && values[0]["name"] as? String == "answer" && values[0]["value"] as? Double == 42)
        #expect(values[0]["unit"] as? String == "nats")
        let claims = json["claims"] as! [[String: Any]]
        #expect(claims.count == 3)
        #expect(claims[0]["holds"] as? Bool == true && claims[0]["tolerance"] as? Double == 0)
        #expect(claims[1]["relation"] as? String == "≥" && claims[1]["holds"] as? Bool == false)
        #expect((json["figures"] as? [String])?.first?.hasSuffix("line.gp") == true)
    }

    @Test func markdownHasProseClaimsAndFigureLinks() throws {
        let (_, report, directory) = try runSample()
        let markdown = MarkdownReportRenderer.render(report)
        #expect(markdown.hasPrefix("# Lesson 99 · Sample lesson"))
        #expect(markdown.contains("## Heading"))
        #expect(markdown.contains("- ✓ **one is one**"))
        #expect(markdown.contains("| a | 1.5 |"))
        let pipes = MarkdownReportRenderer.render(LessonReport(lesson: SampleLesson(), notebook: {
            let notebook = Notebook(mode: .quick, seed: 1, figureDirectory: directory, renderer: FigureRenderer(target: .none))
            notebook.table("Gaps", columns: ["x", "max |D − D*|"], rows: [["½", "0.03"]])
            return notebook
        }(), seconds: 0))
        #expect(pipes.contains("| x | max \\|D − D*\\| |\n| --- | --- |\n| ½ | 0.03 |"))
        // With --plot none the document says how to draw the figure; the command works from any folder and draws
        // into the figure's own folder (gnuplot's script reads line.dat by a relative name).
        let command = try #require(markdown.firstMatch(of: /draw it with `([^`]+)`/)?.1)
        #expect(command == "cd \(directory) && gnuplot line.gp")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", String(command)]
        shell.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: directory + "/line.png"))
    }

    @Test func markdownShowsTextArtAsCodeNotAsAnImage() throws {
        let art = FigureOutput(name: "line", caption: "A line", image: "/x/line.txt", data: "/x/line.dat", script: "/x/line.gp",
                               terminalOutput: "  +---+\n  |*  |\n")
        let markdown = MarkdownReportRenderer.figureMarkdown(art)
        #expect(!markdown.contains("![") && markdown.contains("```text\n  +---+\n  |*  |\n```"))
        #expect(MarkdownReportRenderer.shellQuoted("out dir/it's") == #"'out dir/it'\''s'"#)
    }

    @Test func colourOnlyOnATerminalThatShowsIt() {
        #expect(TextRenderer.shouldUseColor(environment: ["TERM": "xterm-256color"], isTerminal: true))
        #expect(!TextRenderer.shouldUseColor(environment: ["TERM": "dumb"], isTerminal: true))
        #expect(!TextRenderer.shouldUseColor(environment: ["TERM": "xterm", "NO_COLOR": "1"], isTerminal: true))
        #expect(!TextRenderer.shouldUseColor(environment: ["TERM": "xterm"], isTerminal: false))
    }
}

@Suite("Number formats")
struct NumberFormatTests {
    @Test func eachFormat() {
        #expect(NumberFormat.fixed(0.12345, digits: 3) == "0.123" && NumberFormat.fixed(-0.00001) == "0.0000")
        #expect(NumberFormat.fixed(-1.5, digits: 1) == "-1.5")
        #expect(NumberFormat.percent(0.873) == "87%" && NumberFormat.times(41.6) == "42×")
        #expect(NumberFormat.significant(0.000123456) == "0.000123" && NumberFormat.significant(123456) == "1.23e+05")
        #expect(NumberFormat.exponent(3.2e-7) == "3.2e-07")
        #expect(NumberFormat.short(0.5) == "0.5" && NumberFormat.scientific(5e-5) == "5·10⁻⁵")
    }
}
