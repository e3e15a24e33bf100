import Random
import Testing
@testable import Engine
@testable import Machine

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

@Suite("The benchmark's record of matrix products")
struct MatmulLogTests {
    @Test("the replay gives each operand of the recording its own buffer, one per address, as large as its largest use")
    func replayBuffersFollowTheOperands() {
        var rng = SeededGenerator(seed: 5)
        let weight = Tensor.normal([4, 3], using: &rng)
        let (x, wide) = (Tensor.normal([5, 4], using: &rng), Tensor.normal([2, 4], using: &rng))
        let log = MatmulLog()
        let (first, second) = log.recording { (x.matmul(weight), wide.matmul(weight)) }
        let address = { (t: Tensor) in t.scalars.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }
        // x, wide, the shared weight and the two results: five buffers, the weight once.
        #expect(log.replayCapacities == [address(x): 20, address(wide): 8, address(weight): 12, address(first): 15, address(second): 6])
        #expect(log.products.values.reduce(0, +) == 2 && log.floatingPointOperations == 2 * (5 * 3 * 4 + 2 * 3 * 4))
        let seconds = log.replaySeconds(repeats: 2)
        #expect(seconds > 0 && seconds.isFinite)
    }

    @Test("an empty product is counted but not replayed, as training runs no sgemm for it")
    func emptyProductsAreNotReplayed() {
        let log = MatmulLog()
        _ = log.recording { Tensor(shape: [3, 0], scalars: []).matmul(Tensor(shape: [0, 2], scalars: [])) }
        #expect(log.products.values.reduce(0, +) == 1 && log.replayCapacities.isEmpty)
    }
}
