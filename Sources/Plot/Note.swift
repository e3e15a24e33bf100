/// Text placed in a panel at a point of its data (a label on a marked minimum, a cue between two curves).
public struct Note: Sendable, Equatable {
    /// Where the text stands relative to its point.
    public enum Alignment: String, Sendable {
        case left, center, right
    }

    public var text: String
    public var x: Double
    public var y: Double
    /// For 3-D panels, the height of the point.
    public var z: Double?
    public var alignment: Alignment
    /// The text's colour, "#rrggbb".
    public var color: String

    /// Creates a note at (x, y) (and z in a 3-D panel).
    public init(_ text: String, x: Double, y: Double, z: Double? = nil, alignment: Alignment = .left, color: String = "#000000") {
        self.text = text
        self.x = x
        self.y = y
        self.z = z
        self.alignment = alignment
        self.color = color
    }
}
