import Foundation

/// The small JSON messages the lab sends besides frames.
public enum LabMessage {
    /// {"type":"error","message":…}, the text escaped as a JSON string.
    public static func error(_ text: String) -> String {
        #"{"type":"error","message":"# + quoted(text) + "}"
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed]),
              let array = String(data: data, encoding: .utf8) else { return "\"\"" }
        return String(array.dropFirst().dropLast())
    }
}
