import ArgumentParser
import Foundation
import Lessons
import Notebook
import Plot

/// `lessons run`: lessons as notebooks, with their figures under --out.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run lessons as notebooks: prose, numbers, claims ✓/✗ and figures.")

    @Argument(help: "Lesson numbers or slugs, or 'all'.")
    var lessons: [String]

    @Flag(help: "Classroom mode: smaller grids and budgets, seconds per lesson.")
    var quick = false

    @Option(help: "Seed of every random draw; the same seed and mode give the same numbers.")
    var seed: UInt64 = 1

    @Option(help: "Where figures go: \(PlotTarget.allCases.map(\.rawValue).joined(separator: ", ")).")
    var plot: PlotTarget = .png

    @Option(help: "What standard output gets: text, json or markdown.")
    var format: OutputFormat = .text

    @Option(help: "Folder for figures (one subfolder per lesson).")
    var out = "output"

    @Option(name: .customLong("option"), help: ArgumentHelp("A lesson's setting, e.g. --option data=25gaussians (`lessons list` shows each lesson's options).",
                                                             valueName: "name=value"))
    var settings: [String] = []

    func validate() throws {
        _ = try LessonOptions.parse(settings, for: try LessonSelection.resolve(lessons))
        if URL(fileURLWithPath: out).standardizedFileURL.path == URL(fileURLWithPath: "Figures").standardizedFileURL.path {
            throw ValidationError("run never writes into Figures/; use `lessons figures` to regenerate them")
        }
    }

    func run() throws {
        let session = try LessonSession(target: plot, outputDirectory: out, format: format)
        let selected = try LessonSelection.resolve(lessons)
        let reports = try session.run(selected, mode: quick ? .quick : .full, seed: seed,
                                      options: try LessonOptions.parse(settings, for: selected))
        session.finish(reports)
        if reports.flatMap(\.claims).contains(where: { !$0.holds }) {
            throw RunnerExit(status: ExitStatus.claimFailed, message: "")
        }
    }
}

/// `lessons figures`: full-mode runs that write Figures/.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures", abstract: "Regenerate the tutorial figures in Figures/ (full mode, PNG).")

    @Argument(help: "Lesson numbers or slugs; all lessons when none are given.")
    var lessons: [String] = []

    @Option(help: "Seed of every random draw.")
    var seed: UInt64 = 1

    @Option(help: "The figures folder.")
    var out = "Figures"

    func validate() throws {
        _ = try LessonSelection.resolve(lessons)
    }

    func run() throws {
        let selected = try LessonSelection.resolve(lessons)
        let before = FigureInventory(root: out)
        let session = try LessonSession(target: .png, outputDirectory: out, format: nil)
        var failed = false
        for lesson in selected {
            Console.note("Lesson \(lesson.number) · \(lesson.title) …")
            let report = try session.run([lesson], mode: .full, seed: seed)[0]
            let broken = report.claims.filter { !$0.holds }
            failed = failed || !broken.isEmpty
            let figures = report.figures.count == 1 ? "1 figure" : "\(report.figures.count) figures"
            Console.note(String(format: "  %@, %d/%d claims hold, %.1f s", figures,
                                report.claims.count - broken.count, report.claims.count, report.seconds))
        }
        let changes = FigureInventory(root: out).changes(since: before)
        Console.note("Figures: \(changes.added.count) added, \(changes.changed.count) changed, \(changes.unchanged) unchanged"
            + (changes.added + changes.changed).map { "\n  \($0)" }.joined())
        if failed { throw RunnerExit(status: ExitStatus.claimFailed, message: "some claims failed; see above") }
    }
}

/// `--option name=value` settings, checked against the options of the selected lessons.
enum LessonOptions {
    /// The settings by name; throws a usage error for a malformed setting, an option no selected lesson has,
    /// or a value the option does not allow.
    static func parse(_ settings: [String], for lessons: [any Lesson]) throws -> [String: String] {
        var chosen: [String: String] = [:]
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("--option needs name=value, got '\(setting)'")
            }
            let known = lessons.flatMap(\.options)
            guard let option = known.first(where: { $0.name == parts[0] }) else {
                throw ValidationError("no selected lesson has an option '\(parts[0])'"
                    + (known.isEmpty ? "" : "; options: " + Set(known.map(\.name)).sorted().joined(separator: ", ")))
            }
            guard option.values.contains(parts[1]) else {
                throw ValidationError("option \(option.name) must be one of \(option.values.joined(separator: ", ")), got '\(parts[1])'")
            }
            chosen[option.name] = parts[1]
        }
        return chosen
    }
}

/// Checksums of the files under a folder, to report what a regeneration changed.
struct FigureInventory {
    let sums: [String: Int]

    init(root: String) {
        var sums: [String: Int] = [:]
        if let walker = FileManager.default.enumerator(atPath: root) {
            for case let path as String in walker {
                if let data = FileManager.default.contents(atPath: root + "/" + path) { sums[path] = data.hashValue }
            }
        }
        self.sums = sums
    }

    func changes(since before: FigureInventory) -> (added: [String], changed: [String], unchanged: Int) {
        let added = sums.keys.filter { before.sums[$0] == nil }.sorted()
        let changed = sums.keys.filter { before.sums[$0] != nil && before.sums[$0] != sums[$0] }.sorted()
        return (added, changed, sums.count - added.count - changed.count)
    }
}
