import Foundation
import Plot

/// Where progress goes: a live bar on a terminal, a few plain lines otherwise, or nowhere.
public enum ProgressSink: Sendable {
    case silent
    /// Redrawn in place on standard error (a terminal).
    case bar
    /// Plain lines on standard error at each quarter.
    case lines

    /// A live bar when standard error is a terminal, plain lines otherwise.
    public static var automatic: ProgressSink {
        isatty(STDERR_FILENO) != 0 ? .bar : .lines
    }
}

/// Reports a long loop's progress: call `advance()` each step and `finish()` at the end.
public final class LoopProgress {
    private let label: String
    private let total: Int
    private let sink: ProgressSink
    private var done = 0
    private var lastShown = -1
    private let started = Date()

    init(label: String, total: Int, sink: ProgressSink) {
        self.label = label
        self.total = max(total, 1)
        self.sink = sink
    }

    /// Counts `steps` more steps done.
    public func advance(_ steps: Int = 1) {
        done = min(done + steps, total)
        show()
    }

    /// Marks the loop complete.
    public func finish() {
        done = total
        show()
        if sink == .bar && lastShown >= 0 { FileDescriptorIO.write("\n", to: STDERR_FILENO) }
    }

    /// Short loops stay quiet: nothing is shown before this many seconds.
    private static let quietSeconds = 0.5

    private func show() {
        guard done == total || Date().timeIntervalSince(started) >= LoopProgress.quietSeconds else { return }
        switch sink {
        case .silent:
            return
        case .bar:
            let percent = done * 100 / total
            guard percent != lastShown else { return }
            lastShown = percent
            let width = 30
            let filled = done * width / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            let line = "\r  \(label) \(bar) \(percent)%  \(seconds)s"
            FileDescriptorIO.write(line, to: STDERR_FILENO)
        case .lines:
            let quarter = done * 4 / total
            guard quarter != lastShown && quarter > 0 && Date().timeIntervalSince(started) >= LoopProgress.quietSeconds else { return }
            lastShown = quarter
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            let line = "  \(label): \(done)/\(total) (\(seconds)s)\n"
            FileDescriptorIO.write(line, to: STDERR_FILENO)
        }
    }
}
