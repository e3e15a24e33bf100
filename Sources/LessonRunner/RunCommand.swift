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

    @OptionGroup var modeOptions: ModeOptions

    @OptionGroup var output: OutputOptions

    @Option(help: "Where figures go: \(PlotTarget.allCases.map(\.rawValue).joined(separator: ", ")).")
    var plot: PlotTarget = .png

    @Option(help: "Watch training live: 'terminal' (text art) or 'sixel' redraw the lesson's training picture in place on the terminal; 'window' in a gnuplot window.")
    var live: LiveMode?

    @Option(name: .customLong("option"), help: ArgumentHelp("A lesson's setting, e.g. --option data=25gaussians (`lessons list` shows each lesson's options).",
                                                             valueName: "name=value"))
    var settings: [String] = []

    func validate() throws {
        if let live, live.drawsOnTerminal && output.format != .text {
            throw ValidationError("--live \(live.rawValue) draws in the terminal, beside the text format; it cannot go with --format \(output.format.rawValue) (--live window can)")
        }
        if let live, live.drawsOnTerminal && isatty(STDOUT_FILENO) == 0 {
            throw ValidationError("--live \(live.rawValue) needs a terminal on standard output (it redraws the screen in place)")
        }
        _ = try LessonSettings.parse(settings, for: try LessonSelection.resolve(lessons))
        try output.checkFormat(for: try LessonSelection.resolve(lessons))
        try OutputPathCheck.check(out, lessons: try LessonSelection.resolve(lessons),
                                  refusal: "run never writes into the tutorial's Figures/; use `lessons figures` to regenerate them")
    }

    /// Whether the lessons run in quick mode.
    var quick: Bool { modeOptions.quick }

    /// The output folder: --out, or output/.
    var out: String { output.out ?? "output" }

    func run() throws {
        let selected = try LessonSelection.resolve(lessons)
        let session = try LessonSession(target: plot, outputDirectory: out, format: output.format, lessons: selected,
                                        offersPlotNone: true, live: live)
        let reports = try session.run(selected, mode: modeOptions.mode, seed: modeOptions.seed,
                                      settings: try LessonSettings.parse(settings, for: selected))
        session.finish(reports)
        if let view = session.liveView {
            let seconds = reports.map(\.seconds).reduce(0, +)
            Console.note(view.failure.map { "note: the live view stopped: \($0)" }
                ?? String(format: "live view: %d frames, %.1f s drawing (%.0f%% of the run)", view.framesShown, view.secondsDrawing,
                          100 * view.secondsDrawing / max(seconds, 1e-9)))
        }
        if reports.flatMap(\.claims).contains(where: { !$0.holds }) {
            throw RunnerExit(status: ExitStatus.claimFailed, message: "")
        }
    }
}
