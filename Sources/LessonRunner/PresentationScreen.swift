import Foundation
import Lessons
import Notebook
import Plot

/// What `lessons present` draws: the lesson's title, one cell wrapped to the window, and a status line
/// ("lesson 11 · cell 7/23 · claims 3/3 so far"), redrawn whole on each key on the alternate screen.
struct PresentationScreen {
    let lesson: any Lesson
    /// The window's size (at least the smallest one drawn in; `tooSmall` says when the window is smaller).
    private(set) var columns: Int
    private(set) var rows: Int
    /// The window's own size, when it is below `minimum`.
    private(set) var tooSmall: (columns: Int, rows: Int)?
    private(set) var index = 0
    private(set) var scroll = 0
    private var text: TextRenderer

    /// The smallest window a presentation is drawn in; below it the screen says the terminal is too small.
    static let minimum = (columns: 40, rows: 10)

    /// Switch to the alternate screen and hide the cursor; `leave` undoes both.
    static let enter = "\u{1B}[?1049h\u{1B}[?25l"
    static let leave = "\u{1B}[?25h\u{1B}[?1049l"

    init(lesson: any Lesson, columns: Int, rows: Int) {
        self.lesson = lesson
        (self.columns, self.rows, tooSmall) = (Self.minimum.columns, Self.minimum.rows, nil)
        text = TextRenderer(width: Self.minimum.columns - 2, color: TextRenderer.shouldUseColor())
        resize(columns: columns, rows: rows)
    }

    /// Takes the window's new size (the next `draw` fills it).
    mutating func resize(columns: Int, rows: Int) {
        tooSmall = columns < Self.minimum.columns || rows < Self.minimum.rows ? (columns, rows) : nil
        self.columns = max(columns, Self.minimum.columns)
        self.rows = max(rows, Self.minimum.rows)
        text = TextRenderer(width: min(self.columns - 2, 100), color: TextRenderer.shouldUseColor())
    }

    /// The screen of a window below the minimum: what it is and what it needs, each line cut to the window.
    private func tooSmallScreen(columns: Int, rows: Int) -> String {
        let lines = ["Terminal too small", "(\(columns)×\(rows))", "present needs", "\(Self.minimum.columns)×\(Self.minimum.rows)",
                     "or more: enlarge it"]
        return "\u{1B}[2J\u{1B}[H" + lines.prefix(max(rows, 1)).map { String($0.prefix(max(columns, 1))) }.joined(separator: "\r\n")
    }

    /// How a presentation ended.
    enum Outcome {
        case quit
        case failed(any Error)
    }

    /// Shows cells as the keys ask until q (or the end of input); a lesson that fails ends the presentation.
    /// With a `window`, each figure cell also shows its image there when the presenter reaches it.
    /// `suspension` says when the screen must be drawn afresh (the terminal given back and taken again, Ctrl-Z and fg);
    /// the window's size is read on every pass, so a resized window is redrawn at its new size.
    mutating func present(feed: CellFeed, frames: LiveFrames, terminal: TerminalMode, window: FigureWindow? = nil,
                          suspension: TerminalSuspension? = nil) -> Outcome {
        var shown = "", inWindow: String?
        var size = (columns: tooSmall?.columns ?? columns, rows: tooSmall?.rows ?? rows)
        while true {
            let now = TerminalSize.current()
            if now != size || suspension?.takeRedraw() == true {
                size = now
                resize(columns: now.columns, rows: now.rows)
                shown = ""
                Console.out("\u{1B}[2J")
            }
            let (cells, finished, failure) = feed.snapshot
            if let failure { return .failed(failure) }
            if let window, index < cells.count, case .figure(let figure) = cells[index], let image = figure.image, image != inWindow {
                window.show(imageAt: image, title: figure.caption)
                inWindow = image
            }
            let screen = tooSmall.map { tooSmallScreen(columns: $0.columns, rows: $0.rows) }
                ?? draw(cells: cells, finished: finished, training: frames.latest)
            if screen != shown {
                // A terminal keeps an image until its cells are erased: leaving an image cell erases the screen.
                let erase = shown.contains("\u{1B}P") && !screen.hasPrefix("\u{1B}[2J")
                Console.out((erase ? "\u{1B}[2J" : "") + screen)
                shown = screen
            }
            for key in terminal.keys(timeout: 0.1) {
                switch key {
                case .next:
                    if index < cells.count - 1 || (!finished && index < cells.count) { (index, scroll) = (index + 1, 0) }
                    else if finished && index == cells.count - 1 { (index, scroll) = (cells.count, 0) }  // the closing screen
                case .back: if index > 0 { (index, scroll) = (index - 1, 0) }
                case .down: scroll += max(1, (rows - 4) / 2)
                case .up: scroll = max(0, scroll - max(1, (rows - 4) / 2))
                case .quit, .endOfInput: return .quit
                case .other: break
                }
            }
        }
    }

    /// The whole screen for the current position: title, the cell (or a note while it is computed, or the closing
    /// summary), and the status line on the last row.
    /// `training`: the lesson's newest live frame, shown while the next cell is being computed.
    mutating func draw(cells: [Cell], finished: Bool, training: LiveFrames.Frame? = nil) -> String {
        var body: [String]
        var image: Substring?
        if index < cells.count {
            var rendered = text.render(cells[index])[...]
            // A sixel image (DCS … ST) is drawn over the rows kept blank for it, after the text.
            if let start = rendered.range(of: "\u{1B}P") {
                let end = rendered[start.upperBound...].range(of: "\u{1B}\\")?.upperBound ?? rendered.endIndex
                image = rendered[start.lowerBound..<end]
                rendered = rendered[..<start.lowerBound]
            }
            body = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        } else if finished {
            body = ["", text.summary(claims: cells.claims, seconds: 0).components(separatedBy: " · ").first ?? "",
                    "", "End of lesson \(lesson.number). ← or b goes back, q quits."]
        } else if case .text(let lines) = training {
            body = ["Computing the next cell: training, live"] + lines
        } else if case .image(let frame) = training {
            body = ["Computing the next cell: training, live", ""]
            image = frame[...]
        } else {
            body = ["", "Computing the next cell… (the lesson is still running)"]
        }
        let height = rows - 3  // title, a blank line, and the status line
        scroll = min(scroll, max(0, body.count - height))
        var lines = [bold("Lesson \(lesson.number) · \(lesson.title)"), ""]
        lines += Array(body.dropFirst(scroll).prefix(height)).map { clip($0) }
        while lines.count < rows - 1 { lines.append("") }
        let seen = Array(cells.prefix(index + 1)).claims
        let position = index < cells.count || !finished ? "cell \(index + 1)/\(finished ? String(cells.count) : "\(cells.count)…")" : "end"
        var status = "lesson \(lesson.number) · \(position) · claims \(seen.filter(\.holds).count)/\(seen.count) so far"
        if body.count > height + scroll { status += " · ↓ more" }
        status += " · → next · ← back · q quit"
        lines.append(reverse(String(status.prefix(columns)).padding(toLength: columns, withPad: " ", startingAt: 0)))
        let screen = "\u{1B}[H" + lines.map { $0 + "\u{1B}[K" }.joined(separator: "\r\n")
        guard let image else { return screen }
        // Erase the whole screen first (a terminal keeps an image until its cells are erased), then the text, then
        // the image from the row under the figure's caption lines.
        return "\u{1B}[2J" + screen + "\u{1B}[\(3 + body.count - 1);3H" + image
    }

    /// Rows a sixel figure leaves to the rest of the screen: title, blank, caption, path, a spare row, status.
    static let rowsAroundImage = 6

    /// A line cut to the window's width (escape sequences do not count).
    private func clip(_ line: String) -> String {
        TextRenderer.visibleWidth(line) <= columns ? line : String(line.prefix(columns - 1)) + "\u{1B}[0m…"
    }

    private func bold(_ line: String) -> String { "\u{1B}[1m" + line + "\u{1B}[0m" }
    private func reverse(_ line: String) -> String { "\u{1B}[7m" + line + "\u{1B}[0m" }
}
