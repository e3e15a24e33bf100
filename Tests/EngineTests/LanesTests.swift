import Random
import Testing
@testable import Engine

@Suite("Lanes")
struct LanesTests {
    /// Every length from 0 to 3 lanes and a tail, at an unaligned start: the same bits as a scalar `+=` loop, and
    /// nothing written past `count`.
    @Test func addMatchesTheScalarLoopAndStopsAtCount() {
        var rng = SeededGenerator(seed: 9)
        for count in 0...27 {
            let source = (0..<count + 1).map { _ in rng.normal() * 1e3 }
            let start = (0..<count + 3).map { _ in rng.normal() }
            var expected = start
            for i in 0..<count { expected[1 + i] += source[1 + i] }
            var actual = start
            source.withUnsafeBufferPointer { s in
                actual.withUnsafeMutableBufferPointer { d in
                    Lanes.add(s.baseAddress! + 1, into: d.baseAddress! + 1, count: count)
                }
            }
            #expect(actual.map(\.bitPattern) == expected.map(\.bitPattern), "count \(count)")
        }
    }
}
