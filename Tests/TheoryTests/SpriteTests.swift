import Random
import Testing
@testable import Theory

@Suite("Procedural sprites")
struct SpriteTests {
    @Test("The data set is deterministic per seed and differs between seeds")
    func deterministic() {
        var a = SeededGenerator(seed: 7), b = SeededGenerator(seed: 7), c = SeededGenerator(seed: 8)
        let first = ProceduralSprites.sprites(50, using: &a)
        #expect(first == ProceduralSprites.sprites(50, using: &b))
        #expect(first != ProceduralSprites.sprites(50, using: &c))
        #expect(Set(first.map(\.pixels)).count == 50)
    }

    @Test("Every sprite is mirror-symmetric, on a white border, with a body, an outline and two eyes")
    func anatomy() {
        var rng = SeededGenerator(seed: 3)
        for sprite in ProceduralSprites.sprites(200, using: &rng) {
            let side = Sprite.side
            func pixel(_ r: Int, _ c: Int) -> [UInt8] { Array(sprite.pixels[((r * side + c) * 3)..<((r * side + c) * 3 + 3)]) }
            #expect(ImageStatistics.mirrorAsymmetry([sprite.centredValues], width: side, channels: 3) == 0)
            // The outermost ring of pixels is background.
            for i in 0..<side {
                #expect(pixel(0, i) == Sprite.background && pixel(i, 0) == Sprite.background && pixel(i, side - 1) == Sprite.background)
            }
            let colours = (0..<(side * side)).map { pixel($0 / side, $0 % side) }
            let body = colours.filter { $0 != Sprite.background }
            #expect(body.count >= 40)
            #expect(colours.filter { $0 == [250, 250, 250] }.count == 2)  // the eyes' whites
            #expect(colours.filter { $0 == [20, 20, 28] }.count == 2)  // their pupils
        }
    }

    @Test("Values map to [−1, 1] and back to the same bytes")
    func centredValuesRoundTrip() {
        var rng = SeededGenerator(seed: 5)
        let sprite = ProceduralSprites.sprite(using: &rng)
        #expect(sprite.centredValues.allSatisfy { (-1...1).contains($0) })
        #expect(Sprite(centredValues: sprite.centredValues) == sprite)
    }
}

@Suite("Image statistics")
struct ImageStatisticsTests {
    @Test("Nearest-neighbour distances: zero for a copy, the RMS difference otherwise, matching a direct search")
    func nearestNeighbours() {
        var rng = SeededGenerator(seed: 9)
        let references = (0..<30).map { _ in (0..<12).map { _ in rng.uniform(-1, 1) } }
        let queries = [references[4]] + (0..<10).map { _ in (0..<12).map { _ in rng.uniform(-1, 1) } }
        let distances = ImageStatistics.nearestNeighbourDistances(from: queries, to: references)
        #expect(distances[0] < 1e-3)
        for (query, distance) in zip(queries, distances).dropFirst() {
            let direct = references.map { r in (zip(query, r).map { Double($0 - $1) * Double($0 - $1) }.reduce(0, +) / 12).squareRoot() }.min()!
            #expect(Swift.abs(distance - direct) < 1e-4)
        }
    }

    @Test("Sliced W1 is zero between a set and itself and equals the shift for a translated copy")
    func slicedWasserstein() {
        var rng = SeededGenerator(seed: 10)
        let a = (0..<200).map { _ in (0..<4).map { _ in rng.normal() } }
        var directions = SeededGenerator(seed: 1)
        #expect(ImageStatistics.slicedWasserstein(a, a, projections: 16, using: &directions) < 1e-9)
        // Shifting every point by v moves each projection by θ·v, so W1 along θ is |θ·v|; with v = 2e₁ the sliced
        // W1 is the mean of 2|θ₁| over the same unit directions θ.
        let shifted = a.map { [$0[0] + 2] + $0.dropFirst() }
        var same = SeededGenerator(seed: 2), replay = SeededGenerator(seed: 2)
        let measured = ImageStatistics.slicedWasserstein(a, shifted, projections: 32, using: &same)
        let expected = (0..<32).map { _ in
            let theta = (0..<4).map { _ in replay.normalDouble() }
            return 2 * Swift.abs(theta[0]) / theta.map { $0 * $0 }.reduce(0, +).squareRoot()
        }.reduce(0, +) / 32
        #expect(Swift.abs(measured - expected) < 1e-4)
    }

    @Test("Mirror asymmetry and colour histograms on hand-made images")
    func symmetryAndPalette() {
        // One row of 2 RGB pixels: red | blue. Flipped it is blue | red: |Δ| = 2 on four of six values.
        let image: [Float] = [1, -1, -1, -1, -1, 1]
        #expect(ImageStatistics.mirrorAsymmetry([image], width: 2, channels: 3) == 8.0 / 6.0)
        let histogram = ImageStatistics.colourHistogram([image], levels: 2)
        #expect(histogram.count == 8 && histogram[0b100] == 0.5 && histogram[0b001] == 0.5)
    }
}
