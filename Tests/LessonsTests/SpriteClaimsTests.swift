import Notebook
import Random
import Testing
import Theory
@testable import Lessons

/// Lesson 12's claims on its samples, given samples that are not a working generator's: pure noise, and one real
/// sprite drawn over and over (a collapsed generator). Each must fail at least one claim; real sprites pass them all.
@Suite("Lesson 12's claims tell sprites from noise and from collapse")
struct SpriteClaimsTests {
    static let (training, heldOut): ([[Float]], [[Float]]) = {
        var random = SeededGenerator(seed: 11)
        return (ProceduralSprites.sprites(512, using: &random).map(\.centredValues),
                ProceduralSprites.sprites(256, using: &random).map(\.centredValues))
    }()

    static func noise(_ count: Int, seed: UInt64) -> [[Float]] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in (0..<768).map { _ in Float(random.uniformDouble() * 2 - 1) } }
    }

    /// Every claim of the lesson on samples: progress from a noisy first stage to `last`, and novelty of `last`.
    static func claims(last samples: [[Float]]) -> [Claim] {
        let directions = SeededGenerator(seed: 5)
        let first = NewPokemonLesson.stage(epochs: 1, iteration: 1, grid: [], samples: noise(256, seed: 3), heldOut: heldOut,
                                           directions: directions)
        let last = NewPokemonLesson.stage(epochs: 2, iteration: 2, grid: [], samples: samples, heldOut: heldOut, directions: directions)
        return NewPokemonLesson.progressClaims(first: first, last: last, data: SpriteStatistics.measures(heldOut))
            + NewPokemonLesson.novelty(generated: samples, training: training, heldOut: heldOut).claims
    }

    @Test func newRealSpritesPassEveryClaim() {
        var random = SeededGenerator(seed: 99)
        let fresh = ProceduralSprites.sprites(256, using: &random).map(\.centredValues)
        let failed = Self.claims(last: fresh).filter { !$0.holds }
        #expect(failed.isEmpty, "\(failed.map(\.statement))")
    }

    @Test func noiseFailsAClaim() {
        #expect(Self.claims(last: Self.noise(256, seed: 4)).contains { !$0.holds })
    }

    @Test func aCollapsedGeneratorFailsAClaim() {
        // A sprite no training image is: new, symmetric, outlined and flat — and the only one it draws.
        let collapsed = [[Float]](repeating: Self.heldOut[0], count: 256)
        let failed = Self.claims(last: collapsed).filter { !$0.holds }
        #expect(failed.contains { $0.statement.hasPrefix("Samples differ from each other") }, "\(failed.map(\.statement))")
    }
}
