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

    @OptionGroup var output: OutputOptions

    @Option(help: "Where figures go: \(PlotTarget.allCases.map(\.rawValue).joined(separator: ", ")).")
    var plot: PlotTarget = .png

    @Option(name: .customLong("option"), help: ArgumentHelp("A lesson's setting, e.g. --option data=25gaussians (`lessons list` shows each lesson's options).",
                                                             valueName: "name=value"))
    var settings: [String] = []

    func validate() throws {
        _ = try LessonOptions.parse(settings, for: try LessonSelection.resolve(lessons))
        if FiguresCommand.isTutorialFigures(out) {
            throw ValidationError("run never writes into the tutorial's Figures/ ('\(out)' is \(Directories.resolved(out))); "
                + "use `lessons figures` to regenerate them, or choose another --out")
        }
    }

    /// The output folder: --out, or output/.
    var out: String { output.out ?? "output" }

    func run() throws {
        let selected = try LessonSelection.resolve(lessons)
        let session = try LessonSession(target: plot, outputDirectory: out, format: output.format, lessons: selected,
                                        offersPlotNone: true)
        let reports = try session.run(selected, mode: quick ? .quick : .full, seed: output.seed,
                                      options: try LessonOptions.parse(settings, for: selected))
        session.finish(reports)
        if reports.flatMap(\.claims).contains(where: { !$0.holds }) {
            throw RunnerExit(status: ExitStatus.claimFailed, message: "")
        }
    }
}
