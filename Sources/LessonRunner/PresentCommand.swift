import ArgumentParser
import Foundation
import Lessons
import Notebook
import Plot

/// `lessons present`: a lesson one cell at a time, for a projector. The lesson runs on a thread of its own while the
/// presenter shows what it has made so far; figures are sixel images where the terminal shows them, else text art,
/// sized to the window.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present", abstract: "Present a lesson one cell at a time in the terminal (Enter, Space or → next; ← or b back; q quit).",
        discussion: """
            Needs a terminal on standard input and output (a pipe is a usage error; `lessons run` prints a lesson \
            whole). Works from 80×24 up (below 40×10 it says the terminal is too small); Ctrl-Z gives the terminal \
            back and fg takes it again; ↓/j and ↑/k scroll a cell taller than the window. The lesson computes ahead \
            of you: a cell not made yet shows what the lesson is doing.
            """)

    @Argument(help: "The lesson's number or slug.")
    var lesson: String

    @OptionGroup var modeOptions: ModeOptions

    @Option(help: "Folder for the figures' files.")
    var out: String = "output"

    @Option(help: "Figures as 'sixel' images, as 'text' art, in a gnuplot 'window', or 'auto': sixel where the terminal answers that it shows them, else text.")
    var figures: PresentFigures = .auto

    func validate() throws {
        guard try LessonSelection.resolve([lesson]).count == 1 else {
            throw ValidationError("present shows one lesson; name it by its number or slug")
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationError("present reads keys from a terminal, and standard input is not one; `lessons run \(lesson)` prints the lesson whole")
        }
        guard isatty(STDOUT_FILENO) == 1 else {
            throw ValidationError("present draws on a terminal, and standard output is not one; `lessons run \(lesson)` prints the lesson whole")
        }
        try OutputPathCheck.check(out, lessons: try LessonSelection.resolve([lesson]), refusal: "present never writes into the tutorial's Figures/")
    }

    func run() throws {
        let chosen = try LessonSelection.resolve([lesson])
        // A window needs a display and a gnuplot that has a window terminal: checked before anything starts.
        let window = try figures == .window
            ? FigureWindow(terminal: LessonSession.windowTerminal(asked: "--figures window", instead: "--figures text")) : nil
        defer { window?.close() }
        guard let terminal = TerminalMode() else { throw RunnerExit(status: ExitStatus.usage, message: "standard input is not a terminal") }
        defer { terminal.restore() }
        let size = TerminalSize.current()
        let sixel = figures == .sixel || (figures == .auto && terminal.supportsSixel())
        let target: PlotTarget = window != nil ? .png : sixel ? .sixel : .dumb
        // Title, caption and status lines around it; a sixel image also leaves a row, so it never scrolls the screen.
        let imageBox = TerminalSize.sixelBox(columns: size.columns - 4, rows: size.rows - PresentationScreen.rowsAroundImage)
        // While the presenter waits for a cell the lesson is still computing, it shows the lesson's live frames, as
        // images on a sixel terminal (a smaller share of the run, as for --live sixel).
        let frames = LiveFrames()
        let view = LiveView(surface: sixel ? .sixel(width: imageBox.width, height: imageBox.height) : .text,
                            columns: size.columns - 1, rows: size.rows - 3, budget: sixel ? 0.08 : 0.15, write: frames.receive)
        let session = try LessonSession(target: target, outputDirectory: out, format: nil, lessons: chosen,
                                        offersPlotNone: false, terminal: terminal, liveView: view)
        session.renderer.textSize = (min(size.columns - 2, 110), max(size.rows - 7, 12))
        session.renderer.sixelBox = imageBox
        let feed = CellFeed()
        let job = LessonJob(session: session, lessons: chosen, mode: modeOptions.mode, seed: modeOptions.seed)
        let worker = Thread { job.run(into: feed) }
        worker.stackSize = 16 << 20  // the engine's graphs recurse in places; the main thread's default is 8 MB
        var screen = PresentationScreen(lesson: chosen[0], columns: size.columns, rows: size.rows)
        Console.out(PresentationScreen.enter)
        let suspension = TerminalSuspension(terminal: terminal, enter: PresentationScreen.enter, leave: PresentationScreen.leave)
        worker.start()
        let outcome = screen.present(feed: feed, frames: frames, terminal: terminal, window: window, suspension: suspension)
        withExtendedLifetime(suspension) { terminal.restore() }
        Console.out(PresentationScreen.leave)
        if let failure = window?.failure { Console.note("the figure window stopped: \(failure)") }
        switch outcome {
        case .quit where !feed.isFinished:
            // The lesson is still computing: stop its gnuplot and remove what it was writing, then leave.
            session.renderer.gate.close()
            ChildProcesses.killAll()
            AtomicFile.removeTemporaries(under: out)
            Foundation.exit(ExitStatus.success)
        case .quit: return
        case .failed(let error as RunnerExit): throw error
        case .failed(let error): throw RunnerExit(status: ExitStatus.lessonFailed, message: "lesson \(chosen[0].number) could not finish: \(error)")
        }
    }
}

/// A lesson run handed to the presenter's worker thread (the session is used there alone until the run ends).
final class LessonJob: @unchecked Sendable {
    let session: LessonSession
    let lessons: [any Lesson]
    let mode: Mode
    let seed: UInt64

    init(session: LessonSession, lessons: [any Lesson], mode: Mode, seed: UInt64) {
        (self.session, self.lessons, self.mode, self.seed) = (session, lessons, mode, seed)
    }

    func run(into feed: CellFeed) {
        do {
            _ = try session.run(lessons, mode: mode, seed: seed, observe: feed.append)
            feed.finish(nil)
        } catch {
            feed.finish(error)
        }
    }
}

/// The newest live frame the lesson's thread drew (text art as lines, or a sixel image), for the presenter to show
/// while it waits.
final class LiveFrames: @unchecked Sendable {
    /// One frame.
    enum Frame: Equatable {
        case text([String])
        /// A sixel image, DCS … ST.
        case image(String)
    }

    private let lock = NSLock()
    private var frame: Frame?

    /// Takes what the live view writes: a frame starts at the cursor's home; the screen switches are dropped.
    func receive(_ text: String) {
        guard text.hasPrefix("\u{1B}[H") else {
            if text.contains("\u{1B}[?1049l") { lock.withLock { frame = nil } }  // the view closed: the frame is stale
            return
        }
        let plain = text.replacingOccurrences(of: "\u{1B}[H", with: "").replacingOccurrences(of: "\u{1B}[K", with: "")
            .replacingOccurrences(of: "\u{1B}[J", with: "")
        let received: Frame = plain.hasPrefix("\u{1B}P") ? .image(plain) : .text(plain.components(separatedBy: "\n"))
        lock.withLock { frame = received }
    }

    /// The newest frame, if the lesson is training now.
    var latest: Frame? { lock.withLock { frame } }
}

/// The cells a lesson has made so far, handed from its thread to the presenter's.
final class CellFeed: @unchecked Sendable {
    private let lock = NSLock()
    private var cells: [Cell] = []
    private var finished = false
    private var failure: (any Error)?

    func append(_ cell: Cell) { lock.withLock { cells.append(cell) } }

    func finish(_ error: (any Error)?) { lock.withLock { (finished, failure) = (true, error) } }

    /// The cells so far, whether the lesson has finished, and the error that ended it, if one did.
    var snapshot: (cells: [Cell], finished: Bool, failure: (any Error)?) { lock.withLock { (cells, finished, failure) } }

    var isFinished: Bool { lock.withLock { finished } }
}
