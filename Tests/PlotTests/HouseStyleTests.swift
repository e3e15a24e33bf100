import Foundation
import Testing
@testable import Plot

/// The house style for a projector (issue 31, item 1), checked on every committed figure script under Figures/: type
/// that grows with the canvas, a key entry for every series or a stated reason, labelled colour bars, one colour per
/// role, equal axis scales for point clouds. One test case per file, so a failure names the figure.
@Suite("House style of the committed figures")
struct HouseStyleTests {
    /// The repository's Figures/ folder, found from this file's place in Tests/PlotTests/.
    static let figures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Figures").path

    /// Every .gp under Figures/, relative to it, that draws a figure (a picture's script only shows its PNG).
    static let scripts: [String] = {
        let paths = (FileManager.default.enumerator(atPath: figures)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".gp") }
        return paths.sorted().filter { path in
            !((try? String(contentsOfFile: figures + "/" + path, encoding: .utf8))?.contains("binary filetype=") ?? false)
        }
    }()

    @Test func thereAreCommittedFigures() {
        #expect(Self.scripts.count >= 20, "found \(Self.scripts.count) figure scripts under \(Self.figures)")
    }

    @Test(arguments: scripts)
    func figureFollowsTheHouseStyle(_ path: String) throws {
        let text = try String(contentsOfFile: Self.figures + "/" + path, encoding: .utf8)
        for problem in Self.problems(in: text) { Issue.record("\(path): \(problem)") }
    }

    /// The house-style rules a figure script breaks, one sentence each (empty when it follows them all).
    static func problems(in script: String) -> [String] {
        var problems: [String] = []
        let lines = script.components(separatedBy: "\n")
        if let terminal = lines.first(where: { $0.hasPrefix("set terminal") }),
           let size = terminal.firstMatch(of: /size (\d+),(\d+)/), let font = terminal.firstMatch(of: /font 'DejaVu ?Sans,(\d+)'/),
           let width = Int(size.1), let points = Int(font.1) {
            if points < HouseStyle.fontSize(width: width) {
                problems.append("\(points)-pt type on a \(width)-px canvas; the house style asks for \(HouseStyle.fontSize(width: width)) pt")
            }
        } else {
            problems.append("no terminal line with a size and a DejaVu Sans font")
        }
        let panels = script.components(separatedBy: "\nreset\n").dropFirst()
        for (index, panel) in panels.enumerated() {
            let name = panel.firstMatch(of: /set title '((?:[^']|'')*)'/).map { "panel '\($0.1)'" } ?? "panel \(index + 1)"
            problems += Self.problems(inPanel: String(panel)).map { "\(name): \($0)" }
        }
        return problems
    }

    /// The rules one panel's commands break.
    static func problems(inPanel panel: String) -> [String] {
        var problems: [String] = []
        let lines = panel.components(separatedBy: "\n")
        // The drawing command: the last plot or splot (an earlier splot writes contour lines to a table), with its
        // continuation lines.
        guard let start = lines.lastIndex(where: { $0.hasPrefix("plot ") || $0.hasPrefix("splot ") }) else { return ["draws nothing"] }
        var command = lines[start]
        var next = start + 1
        while command.hasSuffix("\\"), next < lines.count { command = String(command.dropLast()) + "\n" + lines[next]; next += 1 }
        let items = command.components(separatedBy: ", \n")
        let keyHidden = lines.contains("unset key")
        let unlisted = items.filter { keyHidden || $0.contains(" notitle") }.count
        let reasons = lines.filter { $0.hasPrefix(ScriptWriter.unlistedMarker) }.count
        if unlisted > reasons {
            problems.append("\(unlisted - reasons) of \(items.count) series not in the key with no reason given")
        }
        if command.contains(" with image ") && !lines.contains(where: { $0.hasPrefix("set cblabel '") && $0 != "set cblabel ''" }) {
            problems.append("a colour map with no colour-bar label")
        }
        var roles: Set<String> = []
        for item in items {
            guard let title = item.firstMatch(of: /title '((?:[^']|'')*)'/)?.1.lowercased() else { continue }
            let colors = item.matches(of: /lc rgb '(#[0-9A-Fa-f]{6})'/).map { $0.1.uppercased() }
            for (role, color) in [("real", HouseStyle.realColor), ("generated", HouseStyle.generatedColor)]
            where title.contains(role) {
                if colors.contains(where: { $0 != color }) { problems.append("'\(title)' is not drawn in the \(role) colour \(color)") }
                if item.contains(" with points ") { roles.insert(role) }
            }
        }
        if roles.count == 2 && !lines.contains("set size ratio -1") {
            problems.append("a cloud of real and generated points without equal axis scales")
        }
        return problems
    }

    /// The checker itself: a script that breaks every rule is told so, and one that keeps them passes.
    @Test func theCheckerFindsEachBrokenRule() {
        let bad = "set terminal pngcairo size 1600,800 enhanced font 'DejaVu Sans,11'\nset output 'x.png'\nreset\n"
            + "plot 'x.dat' index 0 using 1:2:3 with image notitle, \\\n    'x.dat' index 1 using 1:2 with points pt 7 ps 1 lc rgb '#ff0000' title 'real', \\\n"
            + "    'x.dat' index 2 using 1:2 with points pt 7 ps 1 lc rgb '#0072B2' title 'generated'\n"
        let problems = Self.problems(in: bad)
        #expect(problems.count == 5, "\(problems)")
        let figure = Figure(name: "good", panels: [
            Panel(title: "t", colorBarLabel: "D(x)", equalAspect: true, series: [
                .init(.heatmap(xs: [0, 1], ys: [0, 1], values: [[0, 1], [1, 0]], contours: [0.5])),
                .scatter(x: [0], y: [0], title: "real", style: Style(color: .real)),
                .scatter(x: [1], y: [1], title: "generated", style: Style(color: .generated)),
                .scatter(x: [0.5], y: [0.5]).unlisted(because: "the title names the centre"),
            ]),
        ])
        let good = PlotTarget.png.terminal(width: figure.size.width, height: figure.size.height)! + "\n"
            + ScriptWriter.script(for: figure, dataFile: "good.dat").body
        #expect(Self.problems(in: good) == [])
    }
}
