import ArgumentParser
import Foundation
import Machine
import Notebook
import Plot

/// `lessons figures`: full-mode runs that write Figures/.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures", abstract: "Regenerate the tutorial figures in Figures/ (full mode, PNG).")

    /// The tutorial figures' folder, relative to the repository.
    static let folder = "Figures"

    /// Whether `path`, once symbolic links, `.` and `..` are resolved, is or lies inside a checkout's tutorial figures
    /// (a folder named Figures beside a Package.swift), or the checkout's figures folder this command would write.
    static func isTutorialFigures(_ path: String) -> Bool {
        let resolved = Directories.resolved(path)
        if let checkout = checkoutFolder(), resolved == Directories.resolved(checkout) { return true }
        var candidate = resolved
        while candidate != "/" && !candidate.isEmpty {
            let parent = (candidate as NSString).deletingLastPathComponent
            if (candidate as NSString).lastPathComponent == folder
                && FileManager.default.fileExists(atPath: parent + "/Package.swift") { return true }
            candidate = parent
        }
        return false
    }

    @Argument(help: "Lesson numbers or slugs; all lessons when none are given.")
    var lessons: [String] = []

    @OptionGroup var seedOption: SeedOption

    @OptionGroup var output: OutputOptions

    /// The checkout's Figures folder when the current directory is inside a checkout (the nearest folder up that holds
    /// Package.swift and Figures): `Figures` at the checkout's top, else its absolute path; nil outside a checkout.
    static func checkoutFolder() -> String? {
        guard let here = Directories.workingDirectory().map(Directories.resolved) else { return nil }
        var candidate = here
        while true {
            let figures = candidate + (candidate == "/" ? "" : "/") + folder
            if FileManager.default.fileExists(atPath: candidate + "/Package.swift") && FileManager.default.fileExists(atPath: figures) {
                return candidate == here ? folder : figures
            }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate || parent.isEmpty { return nil }
            candidate = parent
        }
    }

    /// The figures folder: --out, or the checkout's Figures/ (`validate` refuses a run outside a checkout without --out).
    var out: String { output.out ?? Self.checkoutFolder() ?? Self.folder }

    func validate() throws {
        try output.checkFormat(for: try LessonSelection.resolve(lessons))
        if output.out == nil && Self.checkoutFolder() == nil {
            throw ValidationError("figures regenerates a checkout's Figures/, and the current folder is not inside a checkout "
                + "(no Package.swift beside a Figures folder here or above); pass --out DIR to write the figures elsewhere")
        }
        try OutputPathCheck.checkQuotable(out)
    }

    func run() throws {
        let selected = try LessonSelection.resolve(lessons)
        // One kernel set for Figures/ wherever the CPU has it, so the figures regenerate byte for byte on any such machine.
        let kernels = CanonicalKernels.apply()
        Console.note("Figures are made with " + CanonicalKernels.description(of: kernels.choice, running: kernels.running)
                     + (kernels.choice.note.map { ": " + $0 } ?? ""))
        var provenance = FigureProvenance(folder: out)
        for difference in provenance.differences(for: selected, seed: seedOption.seed) { Console.note("note: " + difference) }
        let before = FigureInventory(root: out)
        // Text is a line per lesson on standard error; JSON and Markdown are the lessons' documents on standard output.
        let session = try LessonSession(target: .png, outputDirectory: out, format: output.format == .text ? nil : output.format,
                                        lessons: selected, offersPlotNone: false)
        var failed = false
        var reports: [LessonReport] = []
        for lesson in selected {
            let report = try session.runAnnounced(lesson, mode: .full, seed: seedOption.seed)
            do {
                try provenance.record([lesson], seed: seedOption.seed, in: out)
            } catch {
                throw RunnerExit(status: ExitStatus.environment, message: "\(error)")
            }
            reports.append(report)
            failed = failed || report.claims.contains { !$0.holds }
        }
        let changes = FigureInventory(root: out).changes(since: before)
        Console.note("Figures: \(changes.added.count) added, \(changes.changed.count) changed, \(changes.unchanged) unchanged"
            + (changes.added + changes.changed).map { "\n  \($0)" }.joined())
        session.finish(reports)
        if failed { throw RunnerExit(status: ExitStatus.claimFailed, message: "some claims failed; see above") }
    }
}

/// Checksums of the files under a folder, to report what a regeneration changed.
struct FigureInventory {
    let sums: [String: Int]

    init(root: String) {
        var sums: [String: Int] = [:]
        if let walker = FileManager.default.enumerator(atPath: root) {
            for case let path as String in walker {
                if path == FigureProvenance.fileName { continue }
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
