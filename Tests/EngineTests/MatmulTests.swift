import Random
import Testing
@testable import Engine

@Suite("matmul through OpenBLAS")
struct MatmulTests {
    static func naive(_ a: [[Float]], _ b: [[Float]]) -> [[Float]] {
        a.map { row in (0..<b[0].count).map { j in zip(row, b.map { $0[j] }).map(*).reduce(0, +) } }
    }

    static func transpose(_ m: [[Float]]) -> [[Float]] {
        (0..<m[0].count).map { j in m.map { $0[j] } }
    }

    @Test(arguments: [(1, 1, 1), (3, 4, 5), (7, 2, 9), (17, 33, 8), (64, 3, 1)],
          [(false, false), (true, false), (false, true), (true, true)])
    func matchesTripleLoop(_ dims: (Int, Int, Int), _ flags: (Bool, Bool)) {
        let (m, k, n) = dims
        var rng = SeededGenerator(seed: UInt64(m * 1000 + k * 10 + n))
        let a = Tensor.normal(flags.0 ? [k, m] : [m, k], using: &rng)
        let b = Tensor.normal(flags.1 ? [n, k] : [k, n], using: &rng)
        let expected = Self.naive(flags.0 ? Self.transpose(a.rows) : a.rows, flags.1 ? Self.transpose(b.rows) : b.rows)
        let product = Tensor.matmul(a, b, transposeA: flags.0, transposeB: flags.1)
        #expect(product.shape == [m, n])
        for (x, y) in zip(product.scalars, expected.flatMap { $0 }) {
            #expect(abs(x - y) < 1e-4 * Float(k))
        }
    }
}
