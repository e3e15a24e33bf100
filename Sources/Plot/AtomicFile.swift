import Foundation

/// Writing files so that a reader never sees a truncated one: write a temporary sibling, then rename it.
enum AtomicFile {
    /// A hidden temporary name beside `path`, unique to this process.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp").path
    }

    /// Renames `temporary` over `path` (atomic within one file system).
    static func moveIntoPlace(_ temporary: String, _ path: String) throws {
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw PlotError.unwritable(path: path, reason: reason)
        }
    }

    /// Writes `text` to `path` atomically.
    static func write(_ text: String, to path: String) throws {
        let temporary = temporaryPath(for: path)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw PlotError.unwritable(path: path, reason: (error as NSError).localizedDescription)
        }
        try moveIntoPlace(temporary, path)
    }
}

/// Everything that can go wrong while plotting.
public enum PlotError: Error, Equatable, CustomStringConvertible {
    /// No gnuplot executable on PATH.
    case gnuplotMissing
    /// gnuplot rejected the figure's script.
    case gnuplotFailed(figure: String, message: String)
    /// gnuplot exited or closed its pipes.
    case gnuplotDied(figure: String, message: String)
    /// gnuplot did not finish in time (and was stopped).
    case timedOut(figure: String, seconds: Double)
    /// A file could not be written.
    case unwritable(path: String, reason: String)
    /// libpng could not read or write a file.
    case png(path: String, message: String)

    public var description: String {
        switch self {
        case .gnuplotMissing:
            "gnuplot is not installed: run `sudo apt-get install gnuplot-nox` (or use --plot none)"
        case .gnuplotFailed(let figure, let message):
            "gnuplot rejected figure \(figure):\n\(message)"
        case .gnuplotDied(let figure, let message):
            "gnuplot exited while drawing \(figure)\(message.isEmpty ? "" : ":\n\(message)")"
        case .timedOut(let figure, let seconds):
            "gnuplot took longer than \(Int(seconds)) s on figure \(figure) and was stopped"
        case .unwritable(let path, let reason):
            "cannot write \(path): \(reason)"
        case .png(let path, let message):
            "PNG \(path): \(message)"
        }
    }
}
