import Foundation

/// Paths gnuplot is told to `cd` into and write to: its quoting (`ScriptWriter.quoted`) turns a line break into a
/// space and drops NUL, so a path holding a control character would lead gnuplot into another folder.
public enum GnuplotPath {
    /// What in `path` gnuplot's quoting cannot carry ("a line break", "the control character U+001B"), or nil when
    /// every character passes through as it is.
    public static func problem(in path: String) -> String? {
        guard let scalar = path.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) }) else {
            return nil
        }
        switch scalar {
        case "\n": return "a line break"
        case "\r": return "a carriage return"
        case "\t": return "a tab"
        default: return String(format: "the control character U+%04X", scalar.value)
        }
    }
}
