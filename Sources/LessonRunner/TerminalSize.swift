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
}
