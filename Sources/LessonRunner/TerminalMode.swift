import Foundation

/// The terminal on standard input switched to key-at-a-time input without echo (canonical mode and echo off; Ctrl-C
/// still interrupts), and the settings it had, to put back on every way out.
final class TerminalMode: @unchecked Sendable {
    private let saved: termios

    /// Switches standard input's terminal; nil when standard input is not a terminal.
    init?() {
        var settings = termios()
        guard isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &settings) == 0 else { return nil }
        saved = settings
        settings.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &settings.c_cc) { bytes in
            bytes[Int(VMIN)] = 0   // read returns at once, with what is there
            bytes[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// Puts the terminal's settings back as they were (safe to call more than once, from a signal handler's queue).
    func restore() {
        var settings = saved
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// The next key pressed within `timeout` seconds, or nil.
    func key(timeout: Double) -> Key? {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(timeout * 1000)) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = read(STDIN_FILENO, &buffer, buffer.count)
        guard count > 0 else { return count == 0 ? .endOfInput : nil }
        return Key(Array(buffer[0..<count]))
    }

    /// The keys a presentation knows.
    enum Key: Equatable {
        case next, back, down, up, quit, other, endOfInput

        /// A key from the bytes one press sent: Enter, Space, → and n go on; ←, b and p go back; ↓/j and ↑/k scroll.
        init(_ bytes: [UInt8]) {
            switch bytes {
            case [13], [10], [32], [110], [27, 91, 67], [27, 79, 67]: self = .next
            case [98], [112], [27, 91, 68], [27, 79, 68], [127]: self = .back
            case [106], [27, 91, 66], [27, 79, 66]: self = .down
            case [107], [27, 91, 65], [27, 79, 65]: self = .up
            case [113], [81], [27]: self = .quit
            default: self = .other
            }
        }
    }
}
