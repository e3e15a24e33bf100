import Foundation
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

@Suite("Lane tanh")
struct LaneTanhTests {
    /// Every 61st Float from 0 to 10 (18 million, each sign): within 2 ulp of tanh in Double, and odd. (All 2.1
    /// billion positive Floats, checked once outside the suite: 99.2% correctly rounded, all but 11 within 1 ulp.)
    @Test func withinTwoUlpAndOdd() {
        var worst = 0, worstAt: Float = 0, notOdd = 0
        var bits: UInt32 = 0
        let end = Float(10).bitPattern
        while bits < end {
            let x = SIMD8<Float>((0..<8).map { Float(bitPattern: bits &+ UInt32($0) &* 61) })
            // Negated lane by lane: SIMD's prefix minus computes 0 − x, which turns −0 into +0.
            let (positive, negative) = (Lanes.tanh(x), Lanes.tanh(SIMD8((0..<8).map { -x[$0] })))
            for lane in 0..<8 {
                let exact = Float(Foundation.tanh(Double(x[lane])))
                let ulps = Swift.abs(Int(positive[lane].bitPattern) - Int(exact.bitPattern))
                if ulps > worst { (worst, worstAt) = (ulps, x[lane]) }
                if negative[lane].bitPattern != (-positive[lane]).bitPattern { notOdd += 1 }
            }
            bits &+= 8 * 61
        }
        #expect(worst <= 2, "\(worst) ulp at \(worstAt)")
        #expect(notOdd == 0)
    }

    @Test func specialValues() {
        let x = SIMD8<Float>(.nan, .infinity, -.infinity, 0, -0.0, 9.5, -1e30, .leastNonzeroMagnitude)
        let t = Lanes.tanh(x)
        #expect(t[0].isNaN)
        #expect(t[1] == 1 && t[2] == -1 && t[5] == 1 && t[6] == -1)
        #expect(t[3].bitPattern == Float(0).bitPattern && t[4].bitPattern == Float(-0.0).bitPattern)
        #expect(t[7] == .leastNonzeroMagnitude)
    }

    /// `Lanes.map` over any length gives each element the lane function's bits, the tail included, and
    /// `Tensor.tanh` is that map.
    @Test func mapGivesTheLaneBitsToTheTail() {
        var rng = SeededGenerator(seed: 4)
        for count in [0, 1, 7, 8, 9, 23] {
            let input = (0..<count).map { _ in rng.normal() * 3 }
            let output = Tensor(shape: [count], scalars: input).tanh().scalars
            for (i, x) in input.enumerated() {
                #expect(output[i].bitPattern == Lanes.tanh(SIMD8(repeating: x))[0].bitPattern, "count \(count), element \(i)")
            }
        }
    }
}
