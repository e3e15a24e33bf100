import Foundation
import Random

/// A 16×16 RGB pixel creature on a white background: the stand-in for the post's Pokémon sprites, which may be
/// neither shipped nor downloaded.
///
/// Grown in the manner of Dave Bollinger's pixel robots and spaceships (and zfedoran's pixel-sprite-generator): a
/// template marks each cell of the left half as always body, maybe body, or body-or-outline; random draws decide
/// the maybes; the half is mirrored, every empty cell touching the body becomes outline, two eyes go in the head,
/// and a palette of related colours (a body hue shaded from top to bottom, an accent hue for the body's marked
/// cells, a dark outline of the body's hue) paints it.
public struct Sprite: Sendable, Equatable {
    /// Pixels across and down.
    public static let side = 16
    /// Row-major RGB bytes, side × side × 3.
    public let pixels: [UInt8]

    /// The pixels as Floats in [−1, 1], the range of a tanh generator (x/127.5 − 1).
    public var centredValues: [Float] { pixels.map { Float($0) / 127.5 - 1 } }

    /// Creates a sprite from its RGB bytes.
    public init(pixels: [UInt8]) {
        precondition(pixels.count == Sprite.side * Sprite.side * 3, "Sprite: needs \(Sprite.side)×\(Sprite.side)×3 bytes")
        self.pixels = pixels
    }

    /// Bytes from values in [−1, 1] (clamped, rounded).
    public init(centredValues: [Float]) {
        self.init(pixels: centredValues.map { UInt8(((Swift.min(Swift.max($0, -1), 1) + 1) * 127.5).rounded()) })
    }

    /// The white of the background.
    public static let background: [UInt8] = [255, 255, 255]
}

/// The procedural sprite data set: deterministic for a seed.
public enum ProceduralSprites {
    /// A cell of the template: what the left half of a creature may hold there.
    enum Cell: Int {
        case empty = 0, maybeBody = 1, bodyOrOutline = 2, body = 3
    }

    /// A body plan: the left half (6 columns) of a 12×14 creature, column 5 next to the mirror line, with 0 empty,
    /// 1 maybe body, 2 body or outline, 3 always body; and where its eyes may go.
    struct Template {
        let cells: [[Int]]
        /// Template rows the eyes may sit on.
        let eyeRows: ClosedRange<Int>
        /// How far each eye may sit from the mirror line, in pixels.
        let eyeOffsets: ClosedRange<Int>
    }

    /// Three body plans, equally likely: a biped with arms, a round beast with ears, a winged creature.
    static let templates: [Template] = [
        Template(cells: [
            [0, 0, 0, 0, 1, 1],
            [0, 0, 0, 1, 2, 3],
            [0, 0, 1, 2, 3, 3],
            [0, 0, 1, 2, 3, 3],
            [0, 0, 0, 1, 2, 3],
            [0, 1, 1, 2, 3, 3],
            [1, 2, 2, 2, 3, 3],
            [0, 1, 1, 2, 3, 3],
            [0, 0, 1, 2, 3, 3],
            [0, 0, 1, 2, 3, 3],
            [0, 0, 0, 1, 2, 2],
            [0, 0, 1, 2, 1, 0],
            [0, 0, 1, 2, 1, 0],
            [0, 0, 0, 0, 0, 0],
        ], eyeRows: 2...3, eyeOffsets: 1...2),
        Template(cells: [
            [0, 0, 0, 0, 0, 0],
            [0, 0, 1, 0, 0, 0],
            [0, 0, 2, 1, 0, 0],
            [0, 0, 2, 2, 1, 1],
            [0, 1, 2, 3, 3, 3],
            [0, 1, 2, 3, 3, 3],
            [1, 2, 3, 3, 3, 3],
            [1, 2, 3, 3, 3, 3],
            [1, 2, 2, 3, 3, 3],
            [0, 1, 2, 2, 3, 3],
            [0, 1, 2, 2, 2, 2],
            [0, 1, 2, 1, 0, 0],
            [0, 0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0, 0],
        ], eyeRows: 5...6, eyeOffsets: 1...3),
        Template(cells: [
            [0, 0, 0, 0, 0, 1],
            [0, 0, 0, 0, 1, 3],
            [0, 0, 0, 1, 2, 3],
            [0, 0, 0, 1, 2, 3],
            [1, 0, 0, 0, 1, 3],
            [2, 1, 0, 1, 2, 3],
            [2, 2, 1, 2, 3, 3],
            [1, 2, 2, 2, 3, 3],
            [0, 1, 2, 2, 3, 3],
            [0, 0, 1, 1, 2, 3],
            [0, 0, 0, 1, 2, 3],
            [0, 0, 0, 1, 2, 0],
            [0, 0, 0, 2, 1, 0],
            [0, 0, 0, 0, 0, 0],
        ], eyeRows: 2...3, eyeOffsets: 1...2),
    ]

    /// `count` sprites drawn from `generator`.
    public static func sprites(_ count: Int, using generator: inout SeededGenerator) -> [Sprite] {
        (0..<count).map { _ in sprite(using: &generator) }
    }

    /// One creature.
    public static func sprite(using generator: inout SeededGenerator) -> Sprite {
        let plan = templates[generator.index(below: templates.count)]
        let template = plan.cells, rows = template.count, half = template[0].count
        let top = (Sprite.side - rows) / 2 + 1, left = Sprite.side / 2 - half
        // What each cell of the creature is: 0 empty, 1 body, 2 accent body, 3 outline.
        var kind = [[Int]](repeating: [Int](repeating: 0, count: Sprite.side), count: Sprite.side)
        for r in 0..<rows {
            for c in 0..<half {
                let value: Int
                switch Cell(rawValue: template[r][c])! {
                case .empty: value = 0
                case .maybeBody: value = generator.uniformDouble() < 0.5 ? 1 : 0
                case .bodyOrOutline: value = generator.uniformDouble() < 0.6 ? 2 : 3
                case .body: value = 1
                }
                kind[top + r][left + c] = value
                kind[top + r][Sprite.side - 1 - left - c] = value
            }
        }
        // Two eyes in the head, each a white pixel over a dark pupil, always on the body.
        let eyeRow = top + plan.eyeRows.lowerBound + generator.index(below: plan.eyeRows.count)
        let eyeOffset = plan.eyeOffsets.lowerBound + generator.index(below: plan.eyeOffsets.count)
        let eyeColumns = [Sprite.side / 2 - eyeOffset, Sprite.side / 2 - 1 + eyeOffset]
        for r in [eyeRow, eyeRow + 1] { for c in eyeColumns where kind[r][c] == 0 || kind[r][c] == 3 { kind[r][c] = 1 } }
        // Every empty cell beside the body becomes outline.
        var outlined = kind
        for r in 0..<Sprite.side {
            for c in 0..<Sprite.side where kind[r][c] == 0 {
                let neighbours = [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]
                if neighbours.contains(where: { (0..<Sprite.side).contains($0.0) && (0..<Sprite.side).contains($0.1) && (1...2).contains(kind[$0.0][$0.1]) }) {
                    outlined[r][c] = 3
                }
            }
        }
        let hue = generator.uniformDouble(), accentHue = (hue + 0.08 + 0.25 * generator.uniformDouble()).truncatingRemainder(dividingBy: 1)
        let saturation = 0.55 + 0.4 * generator.uniformDouble(), value = 0.75 + 0.25 * generator.uniformDouble()
        var pixels: [UInt8] = []
        pixels.reserveCapacity(Sprite.side * Sprite.side * 3)
        for r in 0..<Sprite.side {
            // Lighter towards the top, as if lit from above.
            let shade = 1.1 - 0.35 * Double(r - top) / Double(rows)
            for c in 0..<Sprite.side {
                let eye = eyeColumns.contains(c) && (r == eyeRow || r == eyeRow + 1)
                switch eye ? (r == eyeRow ? 5 : 4) : outlined[r][c] {
                case 1: pixels += rgb(hue: hue, saturation: saturation, value: value * shade)
                case 2: pixels += rgb(hue: accentHue, saturation: saturation, value: value * shade)
                case 3: pixels += rgb(hue: hue, saturation: 0.6, value: 0.22)
                case 4: pixels += [20, 20, 28]
                case 5: pixels += [250, 250, 250]
                default: pixels += Sprite.background
                }
            }
        }
        return Sprite(pixels: pixels)
    }

    /// HSV → RGB bytes, with the value clamped to [0, 1].
    static func rgb(hue: Double, saturation: Double, value: Double) -> [UInt8] {
        let v = Swift.min(Swift.max(value, 0), 1)
        let h = hue * 6, sector = Int(h) % 6, f = h - Double(Int(h))
        let (p, q, t) = (v * (1 - saturation), v * (1 - saturation * f), v * (1 - saturation * (1 - f)))
        let (r, g, b): (Double, Double, Double) = switch sector {
        case 0: (v, t, p)
        case 1: (q, v, p)
        case 2: (p, v, t)
        case 3: (p, q, v)
        case 4: (t, p, v)
        default: (v, p, q)
        }
        return [r, g, b].map { UInt8(($0 * 255).rounded()) }
    }
}
