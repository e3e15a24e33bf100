import Foundation

/// The size of the terminal on standard output.
enum TerminalSize {
    /// Columns and rows from the terminal (TIOCGWINSZ), else COLUMNS and LINES, else 80 × 24.
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> (columns: Int, rows: Int) {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        return (Int(environment["COLUMNS"] ?? "") ?? 80, Int(environment["LINES"] ?? "") ?? 24)
    }

    /// One character cell's size in pixels: the window's pixels over its cells where the terminal reports them
    /// (TIOCGWINSZ; xterm, foot and WezTerm do), else about 9 × 18.
    static func cellPixels() -> (width: Int, height: Int) {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0,
              size.ws_xpixel >= size.ws_col, size.ws_ypixel >= size.ws_row else { return (9, 18) }
        return (Int(size.ws_xpixel) / Int(size.ws_col), Int(size.ws_ypixel) / Int(size.ws_row))
    }

    /// The pixels of `columns` × `rows` character cells (at most 1600 × 1000): the box a sixel image may fill there
    /// without scrolling the screen. `FigureRenderer.sixelSize` fits a figure into it, its aspect kept.
    static func sixelBox(columns: Int, rows: Int, cell: (width: Int, height: Int) = cellPixels()) -> (width: Int, height: Int) {
        (min(max(columns, 1) * cell.width, 1600), min(max(rows, 1) * cell.height, 1000))
    }
}
