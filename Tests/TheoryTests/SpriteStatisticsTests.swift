import Random
import Testing
@testable import Theory

/// The sprite measures on hand-made 16×16 images whose values are known by construction.
@Suite("Sprite statistics")
struct SpriteStatisticsTests {
    static let white: [Float] = [1, 1, 1], body: [Float] = [0.6, -0.2, -0.6], dark: [Float] = [-0.8, -0.8, -0.7]

    /// A white image with `paint(row, column)` giving each pixel's colour, or nil for white.
    static func image(_ paint: (Int, Int) -> [Float]?) -> [Float] {
        (0..<16).flatMap { r in (0..<16).flatMap { c in paint(r, c) ?? white } }
    }

    /// A 6×6 body in the middle (rows and columns 5…10), ringed by a dark outline (4…11), when `outlined`.
    static func creature(outlined: Bool) -> [Float] {
        image { r, c in
            if (5...10).contains(r) && (5...10).contains(c) { return body }
            if outlined && (4...11).contains(r) && (4...11).contains(c) { return dark }
            return nil
        }
    }

    @Test func anOutlinedSymmetricCreatureMeasuresAsDrawn() {
        let m = SpriteStatistics.measure(Self.creature(outlined: true))
        #expect(m.asymmetry == 0)
        #expect(m.colours == 3)      // white, body, outline
        #expect(m.outline == 1)      // every edge pixel is the dark ring
        #expect(m.isolated == 0)     // flat colours: every pixel has a neighbour of its colour
        #expect(m.stray == 0)
    }

    @Test func withoutItsOutlineTheEdgeIsNotDark() {
        let m = SpriteStatistics.measure(Self.creature(outlined: false))
        #expect(m.outline == 0 && m.colours == 2 && m.asymmetry == 0)
    }

    @Test func aSpeckOnTheBackgroundIsStrayAndIsolatedAndBreaksTheSymmetry() {
        var speckled = Self.creature(outlined: true)
        speckled.replaceSubrange(0..<3, with: Self.dark)   // pixel (0, 0)
        let m = SpriteStatistics.measure(speckled)
        #expect(abs(m.stray - 1.0 / 65) < 1e-12)          // 64 creature pixels and the speck
        #expect(abs(m.isolated - 1.0 / 65) < 1e-12)
        // |dark − white| in each channel at (0, 0) and at its mirror (0, 15), over 768 values.
        let expected = 2 * Double((1 - (-0.8)) + (1 - (-0.8)) + (1 - (-0.7))) / 768
        #expect(abs(m.asymmetry - expected) < 1e-6)
    }

    @Test func noiseIsFarFromASpriteOnEveryMeasure() {
        var random = SeededGenerator(seed: 4)
        let noise = (0..<8).map { _ in (0..<768).map { _ in Float(random.uniformDouble() * 2 - 1) } }
        let m = SpriteStatistics.measures(noise)
        let sprite = SpriteStatistics.measure(Self.creature(outlined: true))
        #expect(m.asymmetry > 0.5)          // E|u − v| = 2/3 for u, v uniform on [−1, 1]
        #expect(m.colours > 150)            // 256 pixels in 512 colours
        #expect(m.isolated > 0.9)
        #expect(m.outline < 0.2)
        #expect(m.colours > 50 * sprite.colours)
    }

    @Test func realSpritesAreSymmetricOutlinedAndFlat() {
        var random = SeededGenerator(seed: 1)
        let real = ProceduralSprites.sprites(64, using: &random).map(\.centredValues)
        let m = SpriteStatistics.measures(real)
        #expect(m.asymmetry < 1e-6)
        #expect(m.colours < 20)
        #expect(m.outline > 0.8)
        #expect(m.isolated < 0.35)
        #expect(m.stray < 0.05)
    }
}
