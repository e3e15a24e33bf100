import Foundation
import Theory

/// The page's messages to its session, parsed and checked: a JSON object with a "type" and that type's fields.
///
/// ```json
/// {"type":"play"}  {"type":"speed","value":200}  {"type":"preset","lesson":6}
/// {"type":"settings","run":0,"settings":{"loss":"wganPenalty", …}}  {"type":"draw","points":[[0.1,0.2], …]}
/// ```
public enum LabRequest {
    /// The longest message accepted, in bytes (a drawing of 2,000 points fits).
    public static let maximumBytes = 64 * 1024

    private struct Envelope: Decodable {
        var type: String
        var run: Int?
        var settings: LabSettings?
        var value: Int?
        var points: [[Double]]?
        var lesson: Int?
    }

    /// The command a message asks for, or `LabError.invalid` saying what is wrong with it.
    public static func parse(_ text: String) throws -> LabCommand {
        guard text.utf8.count <= maximumBytes else { throw LabError.invalid("message longer than \(maximumBytes) bytes") }
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw LabError.invalid("malformed message: " + describe(error))
        }
        switch envelope.type {
        case "play": return .play
        case "pause": return .pause
        case "step": return .step
        case "reset": return .reset
        case "drawn": return .frameDrawn
        case "settings":
            guard let settings = envelope.settings else { throw LabError.invalid("settings: needs a \"settings\" object") }
            try settings.validate()
            return .settings(settings, run: envelope.run ?? 0)
        case "compare":
            if let settings = envelope.settings { try settings.validate() }
            return .compare(envelope.settings)
        case "speed":
            guard let value = envelope.value else { throw LabError.invalid("speed: needs a \"value\"") }
            return .speed(value)
        case "draw":
            guard let rows = envelope.points else { throw LabError.invalid("draw: needs \"points\"") }
            guard rows.allSatisfy({ $0.count == 2 }) else { throw LabError.invalid("draw: every point is [x, y]") }
            return .draw(rows.map { Point($0[0], $0[1]) })
        case "preset":
            guard let lesson = envelope.lesson else { throw LabError.invalid("preset: needs a \"lesson\"") }
            return .preset(lesson)
        default:
            throw LabError.invalid("unknown message type \"\(envelope.type.prefix(40))\"")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let names = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return names.isEmpty ? "" : names.joined(separator: ".") + ": "
        }
        switch error {
        case .keyNotFound(let key, let context): return path(context) + "missing \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return path(context) + "wrong type"
        case .dataCorrupted(let context): return path(context) + "not valid JSON or not an allowed value"
        @unknown default: return "unreadable"
        }
    }
}
