import Foundation
import Plot
import Random

/// The ordered record of one lesson run: prose, values, tables, figures and claims, plus the run's settings.
///
/// A lesson asks the notebook for its mode and seed (`pick(full:quick:)`, `generator(_:)`) so one body serves
/// both modes and every run with the same seed gives the same numbers.
public final class Notebook {
    public let mode: Mode
    public let seed: UInt64
    /// The values chosen for the lesson's options (validated against its declarations when parsed).
    public let settings: LessonSettings
    /// Where this lesson's figures go (DIR/NN-slug).
    public let figureDirectory: String
    private let renderer: FigureRenderer
    private let onCell: (Cell) -> Void
    let progressSink: ProgressSink
    public private(set) var cells: [Cell] = []

    /// Creates a notebook; `onCell` sees each cell as it is added (the terminal renderer streams them).
    /// `live`, when given, draws the training pictures lessons offer through `live(_:)`.
    public init(mode: Mode, seed: UInt64, settings: LessonSettings = .defaults, figureDirectory: String, renderer: FigureRenderer,
                progress: ProgressSink = .silent, live: LiveView? = nil, onCell: @escaping (Cell) -> Void = { _ in }) {
        self.liveView = live
        self.mode = mode
        self.seed = seed
        self.settings = settings
        self.figureDirectory = figureDirectory
        self.renderer = renderer
        self.progressSink = progress
        self.onCell = onCell
    }

    private let liveView: LiveView?

    private func add(_ cell: Cell) {
        liveView?.close()  // the live picture gives the screen back before the next cell
        cells.append(cell)
        onCell(cell)
    }

    /// Offers a picture of training in progress to the live view, if there is one (`--live`); `frame` is called only
    /// when a frame will be drawn, and must not draw random numbers (a run's numbers do not change with --live).
    /// A view that cannot draw stops itself; the lesson goes on.
    public func live(_ frame: () -> Figure) {
        liveView?.show(frame)
    }

    /// The full-mode or quick-mode setting.
    public func pick<T>(full: T, quick: T) -> T {
        mode == .full ? full : quick
    }

    /// The case chosen for the option `key`, or its default.
    public func value<Value>(of key: OptionKey<Value>) -> Value {
        settings.value(of: key)
    }

    /// A generator for one named stream of this run: seeded from the run's seed and the name (FNV-1a), so streams
    /// are independent of each other and of the order they are asked for.
    public func generator(_ stream: String) -> SeededGenerator {
        SeededGenerator(seed: seed, stream: stream)
    }

    /// Adds Markdown prose.
    public func prose(_ markdown: String) {
        add(.prose(markdown))
    }

    /// Adds a named value.
    public func value(_ name: String, _ value: Double, unit: String? = nil) {
        add(.value(name: name, value: value, unit: unit))
    }

    /// Adds a table.
    public func table(_ caption: String, columns: [String], rows: [[String]]) {
        add(.table(Table(caption: caption, columns: columns, rows: rows)))
    }

    /// Renders and adds a figure.
    public func figure(_ figure: Figure, caption: String) throws {
        let rendered = try renderer.render(figure, in: figureDirectory)
        add(.figure(FigureOutput(name: figure.name, caption: caption, image: rendered.image, data: rendered.data,
                                 script: rendered.script, terminalOutput: rendered.terminalOutput)))
    }

    /// Renders and adds an animation (a GIF for file targets).
    public func animation(_ animation: Animation, caption: String) throws {
        let rendered = try renderer.render(animation, in: figureDirectory)
        add(.figure(FigureOutput(name: animation.name, caption: caption, image: rendered.image, data: rendered.data,
                                 script: rendered.script, terminalOutput: rendered.terminalOutput)))
    }

    /// Writes and adds a picture (a raster image shown pixel for pixel, NAME.png).
    public func picture(_ picture: Picture, caption: String) throws {
        let rendered = try renderer.render(picture, in: figureDirectory)
        add(.figure(FigureOutput(name: picture.name, caption: caption, image: rendered.image, data: rendered.data,
                                 script: rendered.script, terminalOutput: rendered.terminalOutput)))
    }

    /// Adds a claim and returns whether it holds.
    @discardableResult
    public func claim(_ claim: Claim) -> Bool {
        add(.claim(claim))
        return claim.holds
    }

    /// Adds the claim that `measured` ≈ `expected` within `tolerance`.
    @discardableResult
    public func claim(_ statement: String, measured: Double, expected: Double, tolerance: Tolerance) -> Bool {
        claim(.approximately(statement, measured: measured, expected: expected, tolerance: tolerance))
    }

    /// Adds the claim that `measured` ≤ `bound`.
    @discardableResult
    public func claim(_ statement: String, measured: Double, atMost bound: Double) -> Bool {
        claim(.atMost(statement, measured: measured, bound: bound))
    }

    /// Adds the claim that `measured` ≥ `bound`.
    @discardableResult
    public func claim(_ statement: String, measured: Double, atLeast bound: Double) -> Bool {
        claim(.atLeast(statement, measured: measured, bound: bound))
    }

    /// Adds a boolean claim with its evidence.
    @discardableResult
    public func claim(_ statement: String, _ holds: Bool, evidence: String) -> Bool {
        claim(.that(statement, holds, evidence: evidence))
    }

    /// A progress reporter for a loop of `total` steps.
    public func progress(_ label: String, total: Int) -> LoopProgress {
        LoopProgress(label: label, total: total, sink: progressSink)
    }

    /// The claims so far.
    public var claims: [Claim] { cells.claims }
    /// The named values so far.
    public var values: [(name: String, value: Double, unit: String?)] { cells.values }
    /// The figures so far.
    public var figures: [FigureOutput] { cells.figures }
}
