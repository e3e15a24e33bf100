import Foundation

/// Training pictures redrawn in place while a lesson trains (`lessons run N --live terminal|sixel|window`): on the
/// terminal's alternate screen as gnuplot's text art sized to the window (nothing scrolls, and the notebook's text is
/// back when the view closes), as a sixel image there, or in one gnuplot window (x11 or qt) redrawn frame by frame.
///
/// Frames are throttled: at most one every `interval` seconds, and none while drawing has taken more than `budget`
/// of the time since the view opened, so a live run costs at most about that fraction more. A frame is built only
/// when it will be shown, and building one must not draw random numbers, so a run's numbers do not change with it.
public final class LiveView {
    /// Where frames are drawn.
    public enum Surface: Sendable, Equatable {
        /// gnuplot's dumb terminal, text art on the alternate screen.
        case text
        /// gnuplot's sixelgd terminal, an image on the alternate screen, of this size in pixels.
        case sixel(width: Int, height: Int)
        /// A gnuplot window of this terminal (x11, qt or wxt) on the X display.
        case window(terminal: String)
    }

    public let surface: Surface
    /// The terminal's size in characters.
    public let columns: Int
    public let rows: Int
    /// The least time between two frames, in seconds.
    public let interval: Double
    /// The largest share of the run's time that drawing may take.
    public let budget: Double
    private let write: (String) -> Void
    private let folder: String
    private var gnuplot: GnuplotProcess?
    private var started: Date?
    private var onScreen = false
    private var lastFrame: Date?
    private var drawingSeconds = 0.0
    /// Frames drawn and frames skipped by the throttle.
    public private(set) var framesShown = 0
    public private(set) var framesSkipped = 0

    /// A view that writes its escape sequences and frames through `write` (the runner's standard output).
    public init(surface: Surface = .text, columns: Int, rows: Int, interval: Double = 0.4, budget: Double = 0.15,
                write: @escaping (String) -> Void) {
        self.surface = surface
        self.columns = max(columns, 40)
        self.rows = max(rows, 12)
        self.interval = interval
        self.budget = budget
        self.write = write
        folder = NSTemporaryDirectory() + "ganlessons-live-\(getpid())-\(UUID().uuidString.prefix(8))"
    }

    /// Shows the cursor and leaves the alternate screen: what closing the view writes, and what an interrupt handler
    /// writes when the process must end while a frame is on the screen.
    public static let restoreScreen = "\u{1B}[?25h\u{1B}[?1049l"

    /// Seconds spent drawing so far.
    public var secondsDrawing: Double { drawingSeconds }

    /// Why the view stopped drawing, if it did (gnuplot missing or failing); the run goes on without it.
    public private(set) var failure: String?

    /// Shows the frame `make` builds, unless the throttle skips it (then `make` is not called). A failure to draw stops
    /// the view (see `failure`), never the run.
    public func show(_ make: () -> Figure) {
        guard failure == nil else { return }
        do {
            try draw(make)
        } catch {
            failure = "\(error)"
            close()
        }
    }

    private func draw(_ make: () -> Figure) throws {
        let now = Date()
        if started == nil { started = now }
        if let lastFrame, now.timeIntervalSince(lastFrame) < interval || drawingSeconds > budget * now.timeIntervalSince(started!) {
            framesSkipped += 1
            return
        }
        if !onScreen && surface != .window(terminal: windowTerminal) {
            onScreen = true
            write("\u{1B}[?1049h\u{1B}[?25l")  // the alternate screen, cursor hidden
        }
        var figure = make()
        figure.size = (columns, rows)
        let output: String
        if surface == .text, let art = figure.picturesAsText(columns: columns - 1) {
            output = art  // gnuplot's text terminal draws no images
        } else {
            let script = ScriptWriter.script(for: figure, dataFile: "frame.dat")
            try Directories.create(folder)
            try AtomicFile.write(script.data, to: folder + "/frame.dat")
            let process = try gnuplot ?? GnuplotProcess()
            gnuplot = process
            output = try process.run("cd " + ScriptWriter.quoted(folder) + "\n" + terminalLine + "\nset output\n"
                                     + script.body + "unset output\n", label: figure.name).output
        }
        switch surface {
        case .text:
            // One row less than the window, so the last line's newline cannot scroll the screen.
            write("\u{1B}[H" + output.split(separator: "\n", omittingEmptySubsequences: false).prefix(rows - 1)
                .map { $0 + "\u{1B}[K" }.joined(separator: "\n") + "\u{1B}[J")
        case .sixel:
            write("\u{1B}[H" + output)
        case .window:
            break  // gnuplot redrew its window
        }
        framesShown += 1
        lastFrame = Date()
        drawingSeconds += lastFrame!.timeIntervalSince(now)
    }

    /// The window terminal's name, when the surface is a window.
    private var windowTerminal: String {
        if case .window(let terminal) = surface { terminal } else { "" }
    }

    /// The gnuplot terminal for a frame on this surface.
    private var terminalLine: String {
        switch surface {
        // A character cell is about twice as tall as it is wide: `aspect 2,1` tells gnuplot, so equal axis scales
        // (`set size ratio -1`) draw the 8-Gaussian ring round, not as an ellipse.
        case .text: "set terminal dumb size \(columns),\(rows - 1) aspect 2,1"
        case .sixel(let width, let height):
            "set terminal sixelgd size \(width),\(height) truecolor font 'DejaVu Sans,\(HouseStyle.fontSize(width: width))'"
        case .window(let terminal): GnuplotProcess.windowTerminalLine(terminal, title: "GANLessons: live training")
        }
    }

    /// Leaves the alternate screen (the notebook's text is back as it was), closes a window, removes the frame's data.
    public func close() {
        // A window is not in the notebook's way: it keeps the last frame until the run ends (gnuplot exits with the view).
        if case .window = surface { lastFrame = nil; return }
        if onScreen { write(Self.restoreScreen) }
        onScreen = false
        lastFrame = nil
        try? FileManager.default.removeItem(atPath: folder)
    }

    deinit {
        if onScreen { write(Self.restoreScreen) }
        try? FileManager.default.removeItem(atPath: folder)
    }
}

extension Figure {
    /// A live frame of a 2-D GAN on [−extent, extent]² at equal axis scales: generated points as `+`, real ones as `o`
    /// drawn over them (two glyphs tell them apart in text art, the role colours everywhere else), the key below.
    public static func liveSamples(title: String, real: (x: [Double], y: [Double]), generated: (x: [Double], y: [Double]),
                                   extent: Double = 2) -> Figure {
        Figure(name: "live", title: nil, panels: [
            Panel(title: title, xRange: -extent...extent, yRange: -extent...extent, equalAspect: true, legend: .below, series: [
                .init(.points(x: generated.x, y: generated.y), title: "generated",
                      style: Style(color: .generated, pointSize: 0.5, pointCharacter: "+")),
                .init(.points(x: real.x, y: real.y), title: "real", style: Style(color: .real, pointSize: 0.5, pointCharacter: "o")),
            ]),
        ])
    }
}
