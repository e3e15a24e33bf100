import Engine
import Foundation
import Random
import Testing
@testable import Theory

@Suite("Exact assignment and 2-D W1")
struct AssignmentTests {
    /// The minimum over all permutations, by brute force.
    func bruteForce(_ cost: [Double], n: Int) -> Double {
        func permutations(_ items: [Int]) -> [[Int]] {
            items.count <= 1 ? [items] : items.indices.flatMap { i in
                permutations(Array(items[..<i] + items[(i + 1)...])).map { [items[i]] + $0 }
            }
        }
        return permutations(Array(0..<n)).map { p in p.enumerated().map { cost[$0 * n + $1] }.reduce(0, +) }.min()!
    }

    @Test("Matches brute force over all permutations on random sets of 1–7 points")
    func matchesBruteForce() {
        var rng = SeededGenerator(seed: 11)
        for n in 1...7 {
            for _ in 0..<20 {
                let a = (0..<n).map { _ in Point(rng.normalDouble(), rng.normalDouble()) }
                let b = (0..<n).map { _ in Point(rng.normalDouble(), rng.normalDouble()) }
                var cost = [Double](repeating: 0, count: n * n)
                for i in 0..<n { for j in 0..<n { cost[i * n + j] = a[i].distance(to: b[j]) } }
                let assigned = Assignment.solve(cost: cost, n: n)
                #expect(Set(assigned) == Set(0..<n), "not a permutation: \(assigned)")
                let total = assigned.enumerated().map { cost[$0 * n + $1] }.reduce(0, +)
                #expect(abs(total - bruteForce(cost, n: n)) < 1e-9)
                #expect(abs(Wasserstein.exact(a, b) - total / Double(n)) < 1e-12)
            }
        }
    }

    @Test("Handles integer costs with many ties (brute force, 6 × 6)")
    func ties() {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<30 {
            let cost = (0..<36).map { _ in Double(rng.index(below: 3)) }
            let assigned = Assignment.solve(cost: cost, n: 6)
            #expect(assigned.enumerated().map { cost[$0 * 6 + $1] }.reduce(0, +) == bruteForce(cost, n: 6))
        }
    }

    @Test("On collinear points it equals the sorted 1-D formula (1,024 points a side)")
    func collinear() {
        var rng = SeededGenerator(seed: 5)
        let direction = Point(3, 4) / 5, origin = Point(0.5, -1)
        let s = (0..<1024).map { _ in rng.normalDouble() }, t = (0..<1024).map { _ in 1 + 2 * rng.uniformDouble() }
        let exact = Wasserstein.exact(s.map { origin + $0 * direction }, t.map { origin + $0 * direction })
        #expect(abs(exact - Wasserstein.samples(s, t)) < 1e-9)
    }

    @Test("Is zero for a set and its own permutation, and symmetric")
    func zeroAndSymmetric() {
        var rng = SeededGenerator(seed: 8)
        let a = ToyDataSet.twentyFiveGaussians.sample(200, using: &rng)
        let b = ToyDataSet.twentyFiveGaussians.sample(200, using: &rng)
        #expect(Wasserstein.exact(a, a.reversed()) < 1e-12)
        #expect(abs(Wasserstein.exact(a, b) - Wasserstein.exact(b, a)) < 1e-9)
    }
}

@Suite("Toy data sets and mode coverage")
struct ToyDataTests {
    @Test("The 8 Gaussians sit at radius 2/1.414 with σ = 0.02/1.414, equally often")
    func eightGaussians() {
        var rng = SeededGenerator(seed: 1)
        let points = ToyDataSet.eightGaussians.sample(8000, using: &rng)
        let modes = ToyDataSet.eightGaussians.modes
        #expect(modes.count == 8 && modes.allSatisfy { abs($0.distance(to: .zero) - 2 / 1.414) < 1e-12 })
        let coverage = ModeCoverage(points: points, modes: modes, radius: 3 * ToyDataSet.eightGaussians.modeStandardDeviation)
        #expect(coverage.covered == 8)
        #expect(coverage.highQualityFraction > 0.985)  // P(‖N(0, σ²I₂)‖ ≤ 3σ) = 1 − e^(−4.5) = 0.989
        #expect(coverage.counts.allSatisfy { abs(Double($0) - 989) < 120 })
    }

    @Test("The 25 Gaussians form a 5 × 5 grid of spacing 2/2.828")
    func twentyFiveGaussians() {
        let modes = ToyDataSet.twentyFiveGaussians.modes
        #expect(modes.count == 25)
        #expect(Set(modes.map { ($0.x * 2.828 / 2).rounded() }) == [-2, -1, 0, 1, 2])
        var rng = SeededGenerator(seed: 2)
        let coverage = ModeCoverage(points: ToyDataSet.twentyFiveGaussians.sample(5000, using: &rng), modes: modes,
                                    radius: 3 * ToyDataSet.twentyFiveGaussians.modeStandardDeviation)
        #expect(coverage.covered == 25)
    }

    @Test("The swiss roll lies within radius (4.5π + 1)/7.5 and spirals outward")
    func swissRoll() {
        var rng = SeededGenerator(seed: 4)
        let points = ToyDataSet.swissRoll.sample(4000, using: &rng)
        let radii = points.map { $0.distance(to: .zero) }
        #expect(radii.max()! < (4.5 * Double.pi + 1.5) / 7.5)
        #expect(radii.min()! > (1.5 * Double.pi - 1.5) / 7.5)
        // On the spiral (t cos t, t sin t)/7.5 the angle equals the scaled radius t modulo 2π: the residual is noise
        // (σ ≈ 0.26), below 1 for all but ~10⁻⁴ of the points. Points on a ring or a disc with the same radii would
        // have residuals spread over [0, π], below 1 for only a third of them.
        let residuals = points.map { point -> Double in
            let t = 7.5 * point.distance(to: .zero), angle = atan2(point.y, point.x)
            let turns = ((t - angle) / (2 * Double.pi)).rounded()
            return abs(angle + 2 * Double.pi * turns - t)
        }
        #expect(Double(residuals.filter { $0 < 1 }.count) / Double(points.count) > 0.995)
        // … and it winds one and a half times: the unwrapped angles span [1.5π, 4.5π].
        #expect(radii.map { 7.5 * $0 }.filter { $0 < 2 * Double.pi }.count > 100)
        #expect(radii.map { 7.5 * $0 }.filter { $0 > 4 * Double.pi }.count > 100)
    }

    @Test("A generator stuck on one mode covers 1 of 8")
    func collapsed() {
        var rng = SeededGenerator(seed: 6)
        let mode = ToyDataSet.eightGaussians.modes[2]
        let points = (0..<500).map { _ in mode + 0.01 * Point(rng.normalDouble(), rng.normalDouble()) }
        let coverage = ModeCoverage(points: points, modes: ToyDataSet.eightGaussians.modes, radius: 0.1)
        #expect(coverage.coveredModes == [2] && coverage.highQualityFraction == 1)
    }

    @Test("The high-quality radius is a tenth of the distance between neighbouring modes")
    func highQualityRadius() {
        // Neighbours on the ring of radius r = 2/1.414 are 45° apart: a chord of 2r·sin(22.5°).
        let ring = 2 / 1.414
        #expect(abs(ToyDataSet.eightGaussians.highQualityRadius - 0.1 * 2 * ring * sin(Double.pi / 8)) < 1e-12)
        #expect(abs(ToyDataSet.twentyFiveGaussians.highQualityRadius - 0.1 * 2 / 2.828) < 1e-12)
        #expect(ToyDataSet.swissRoll.highQualityRadius == 0)
    }
}
