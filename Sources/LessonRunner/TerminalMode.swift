import Foundation
import Plot

/// The terminal on standard input switched to key-at-a-time input without echo (canonical mode and echo off; Ctrl-C
/// still interrupts), and the settings it had, to put back on every way out.
final class TerminalMode: @unchecked Sendable {
    private let saved: termios
    /// The key-at-a-time settings, to switch to again after the terminal was given back (Ctrl-Z, then fg).
    private let keyAtATime: termios
    /// Bytes typed while `supportsSixel` waited for the terminal's answer: keys, handed out by the next `keys`.
    private var typedAhead: [UInt8] = []

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
        keyAtATime = settings
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// Switches the terminal to key-at-a-time input again (after `restore`, when the presentation takes it back).
    func resume() {
        var settings = keyAtATime
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// Puts the terminal's settings back as they were (safe to call more than once, from a signal handler's queue).
    func restore() {
        var settings = saved
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// The keys pressed within `timeout` seconds, in order (keys typed quickly arrive in one read); empty if none.
    func keys(timeout: Double) -> [Key] {
        if !typedAhead.isEmpty {
            defer { typedAhead = [] }
            return Key.sequence(typedAhead)
        }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(timeout * 1000)) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(STDIN_FILENO, &buffer, buffer.count)
        guard count > 0 else { return count == 0 ? [.endOfInput] : [] }
        return Key.sequence(Array(buffer[0..<count]))
    }

    /// Whether the terminal says it shows sixel images: its answer to the primary device attributes query (DA1,
    /// ESC [ c) lists attribute 4. A terminal that does not answer within `timeout` seconds is taken not to. Keys
    /// pressed meanwhile are kept for `keys`.
    func supportsSixel(timeout: Double = 0.5) -> Bool {
        _ = FileDescriptorIO.write("\u{1B}[c", to: STDOUT_FILENO)
        var reply: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        while !Self.isDeviceAttributes(reply), Date() < deadline {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, Int32(max(deadline.timeIntervalSinceNow, 0) * 1000) + 1) > 0 else { break }
            var byte: UInt8 = 0
            guard read(STDIN_FILENO, &byte, 1) == 1 else { break }
            reply.append(byte)
        }
        let (typed, attributes) = Self.splitAnswer(reply)
        typedAhead += typed
        return attributes?.contains(4) ?? false
    }

    /// The bytes read while waiting for a DA1 answer, split into the keys typed before it and the answer's
    /// attributes (nil, and every byte a key, if the answer did not come).
    static func splitAnswer(_ bytes: [UInt8]) -> (typed: [UInt8], attributes: [Int]?) {
        guard let attributes = deviceAttributes(bytes), let start = bytes.lastIndex(of: 27) else { return (bytes, nil) }
        return (Array(bytes[..<start]), attributes)
    }

    /// The attributes in a DA1 answer, ESC [ ? a ; b ; … c, or nil if `bytes` do not end with one.
    static func deviceAttributes(_ bytes: [UInt8]) -> [Int]? {
        guard isDeviceAttributes(bytes), let start = bytes.lastIndex(of: 27) else { return nil }
        let body = String(decoding: bytes[(start + 3)..<(bytes.count - 1)], as: UTF8.self)
        return body.split(separator: ";").compactMap { Int($0) }
    }

    private static func isDeviceAttributes(_ bytes: [UInt8]) -> Bool {
        guard bytes.last == UInt8(ascii: "c"), let start = bytes.lastIndex(of: 27), start + 3 < bytes.count else { return false }
        return bytes[start + 1] == UInt8(ascii: "[") && bytes[start + 2] == UInt8(ascii: "?")
    }

    /// The keys a presentation knows.
    enum Key: Equatable {
        case next, back, down, up, quit, other, endOfInput

        /// The keys in bytes read at once: an escape sequence (ESC [ X, ESC O X) is one key, any other byte another.
        static func sequence(_ bytes: [UInt8]) -> [Key] {
            var keys: [Key] = [], i = 0
            while i < bytes.count {
                let length = bytes[i] == 27 && i + 2 < bytes.count && (bytes[i + 1] == 91 || bytes[i + 1] == 79) ? 3 : 1
                keys.append(Key(Array(bytes[i..<(i + length)])))
                i += length
            }
            return keys
        }

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
