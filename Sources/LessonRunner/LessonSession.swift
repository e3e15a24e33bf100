import ArgumentParser
import Machine
import Foundation
import Lessons
import Notebook
import Plot

/// Runs lessons into notebooks: checks the environment first, streams text, collects reports, maps failures to statuses.
struct LessonSession {
    let renderer: FigureRenderer
    let outputDirectory: String
    let format: OutputFormat?
    let text: TextRenderer
    /// Stops gnuplot and removes temporary files when the run is interrupted.
    let interrupts: InterruptCleanup
    /// Draws training pictures in place (`--live terminal`).
    let liveView: LiveView?

    /// Checks, before any computation, that gnuplot exists when a render is asked and that the output folder and
    /// the folder of every lesson in `lessons` are writable.
    /// `offersPlotNone`: whether the command has --plot none to suggest (run has, figures has not).
    init(target: PlotTarget, outputDirectory: String, format: OutputFormat?, lessons: [any Lesson], offersPlotNone: Bool,
         live: LiveMode? = nil, terminal: TerminalMode? = nil, liveView view: LiveView? = nil) throws {
        try OutputPathCheck.requireWorkingDirectory(for: outputDirectory)
        if target != .none && GnuplotProcess.locate() == nil {
            throw RunnerExit(status: ExitStatus.environment, message: "gnuplot is not installed, and "
                + (offersPlotNone ? "--plot \(target.rawValue)" : "rendering the figures") + " needs it. Install it with `\(GnuplotProcess.installCommand())`"
                + (offersPlotNone ? ", or pass --plot none to write only each figure's .dat and .gp." : "."))
        }
        let folders = lessons.map { Self.folder(of: $0, in: outputDirectory) }
        try Self.checkWritable([outputDirectory] + folders)
        for folder in folders { AtomicFile.removeStaleTemporaries(under: folder) }  // left by runs killed with SIGKILL
        renderer = FigureRenderer(target: target)
        interrupts = InterruptCleanup(gate: renderer.gate, outputDirectory: outputDirectory, liveScreen: live?.drawsOnTerminal == true || terminal != nil,
                                      terminal: terminal)
        liveView = try view ?? live.map { mode in
            let size = TerminalSize.current()
            // A sixel frame is ~100 KB the terminal must decode, on the same machine when it is local: a smaller share.
            return LiveView(surface: try Self.surface(for: mode, size: size), columns: size.columns, rows: size.rows,
                            budget: mode == .sixel ? 0.08 : 0.15, write: Console.out)
        }
        self.outputDirectory = outputDirectory
        self.format = format
        let columns = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 88
        text = TextRenderer(width: min(columns, 100), color: TextRenderer.shouldUseColor())
    }

    /// Where a live view draws; a window needs an X display and a gnuplot with a window terminal (exit 3 otherwise).
    static func surface(for mode: LiveMode, size: (columns: Int, rows: Int),
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LiveView.Surface {
        switch mode {
        case .terminal: return .text
        case .sixel:
            // The window but its last two rows: a sixel image that reaches the last row scrolls the screen.
            let box = TerminalSize.sixelBox(columns: size.columns, rows: size.rows - 2)
            return .sixel(width: box.width, height: box.height)
        case .window:
            return .window(terminal: try windowTerminal(environment: environment, asked: "--live window", instead: "--live terminal"))
        }
    }

    /// The gnuplot window terminal to draw in (qt, wxt or x11); exit 3 without an X display or such a terminal.
    /// `asked` and `instead` name the option in messages.
    static func windowTerminal(environment: [String: String] = ProcessInfo.processInfo.environment,
                               asked: String, instead: String) throws -> String {
        guard !(environment["DISPLAY"] ?? "").isEmpty else {
            throw RunnerExit(status: ExitStatus.environment, message: "\(asked) needs an X display, and DISPLAY is not set (over SSH, try \(instead))")
        }
        let offered = GnuplotProcess.terminals()
        guard let terminal = GnuplotProcess.windowTerminals.first(where: offered.contains) else {
            throw RunnerExit(status: ExitStatus.environment, message: "the installed gnuplot has no window terminal (qt, wxt or x11); "
                + "install one with `apt-get install \(GnuplotProcess.windowPackages.replacingOccurrences(of: " or ", with: "` or `apt-get install "))`, or use \(instead)")
        }
        return terminal
    }

    /// Creates each folder if needed and proves it writable with a probe file, before any computation.
    static func checkWritable(_ directories: [String]) throws {
        for directory in directories {
            do {
                try Directories.create(directory)
                let probe = AtomicFile.temporaryPath(for: directory + "/.write-probe")
                try AtomicFile.writeNew("", at: probe, for: directory)
                unlink(probe)
            } catch let PlotError.unwritable(_, reason) {
                throw RunnerExit(status: ExitStatus.environment, message: "cannot write to the output folder '\(directory)': \(reason)")
            }
        }
    }

    /// The folder a lesson writes its figures to: OUT/NN-slug.
    static func folder(of lesson: any Lesson, in outputDirectory: String) -> String { outputDirectory + "/" + lesson.folderName }

    /// Runs each lesson in turn; text output streams cell by cell, and `observe` sees each cell as it is made.
    func run(_ lessons: [any Lesson], mode: Mode, seed: UInt64, settings: LessonSettings = .defaults,
             observe: @escaping (Cell) -> Void = { _ in }) throws -> [LessonReport] {
        var reports: [LessonReport] = []
        for lesson in lessons {
            let streaming = format == .text
            if streaming { Console.out(text.header(lesson, mode: mode, seed: seed)) }
            let notebook = Notebook(mode: mode, seed: seed, settings: settings.restricted(to: lesson.options), figureDirectory: Self.folder(of: lesson, in: outputDirectory),
                                    renderer: renderer, progress: format == nil || liveView != nil ? .silent : .automatic, live: liveView,
                                    onCell: { cell in
                                        if streaming { Console.out(text.render(cell)) }
                                        observe(cell)
                                    })
            let started = Date()
            do {
                try BLASThreads.withPolicy(.adaptive()) { try lesson.run(notebook) }
            } catch where renderer.gate.isClosed {
                interrupts.awaitEnd()  // the failure is the interrupt's doing; its handler ends the process
            } catch let error as PlotError {
                let status = switch error {
                case .gnuplotMissing, .unwritable: ExitStatus.environment
                default: ExitStatus.lessonFailed
                }
                throw RunnerExit(status: status, message: "lesson \(lesson.number): \(error)")
            } catch let exit as RunnerExit {
                throw exit
            } catch {
                throw RunnerExit(status: ExitStatus.lessonFailed, message: "lesson \(lesson.number) could not finish: \(error)")
            }
            let report = LessonReport(lesson: lesson, notebook: notebook, seconds: Date().timeIntervalSince(started),
                                      kernels: BLASCore.name)
            if streaming { Console.out(text.summary(claims: report.claims, seconds: report.seconds) + "\n") }
            reports.append(report)
        }
        return reports
    }

    /// Runs one lesson with a line on standard error before it and a summary line after it (figures, book, notebook).
    func runAnnounced(_ lesson: any Lesson, mode: Mode, seed: UInt64) throws -> LessonReport {
        Console.note("Lesson \(lesson.number) · \(lesson.title) …")
        let report = try run([lesson], mode: mode, seed: seed)[0]
        let held = report.claims.filter(\.holds).count
        let figures = report.figures.count == 1 ? "1 figure" : "\(report.figures.count) figures"
        Console.note(String(format: "  %@, %d/%d claims hold, %.1f s", figures, held, report.claims.count, report.seconds))
        return report
    }

    /// Writes the JSON, Markdown or HTML documents once every lesson has run.
    func finish(_ reports: [LessonReport]) {
        switch format {
        case .json: Console.out(JSONReportRenderer.render(reports))
        case .markdown: Console.out(reports.map(MarkdownReportRenderer.render).joined(separator: "\n---\n\n"))
        case .html: Console.out(reports.map { HTMLReportRenderer.page($0, stylesheet: .inline) }.joined())
        case .text, nil: break
        }
    }
}
