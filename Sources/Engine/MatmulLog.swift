import CBLAS
import Foundation

/// The matrix products run inside `recording { }`, by shape: for counting FLOPs and replaying them through bare
/// `cblas_sgemm` (the reference the benchmark compares the engine with). Scoped to the task, so no global state.
public final class MatmulLog: @unchecked Sendable {
    /// One product C[m×n] = op(A)[m×k] · op(B)[k×n].
    public struct Shape: Hashable, Sendable {
        public let m, n, k: Int
        public let transposeA, transposeB: Bool
    }

    @TaskLocal static var current: MatmulLog?
    private let lock = NSLock()
    private var counts: [Shape: Int] = [:]

    /// An empty log.
    public init() {}

    /// Runs `body`, recording every matrix product it computes.
    public func recording<Result>(_ body: () throws -> Result) rethrows -> Result {
        try MatmulLog.$current.withValue(self, operation: body)
    }

    func record(_ shape: Shape) {
        lock.withLock { counts[shape, default: 0] += 1 }
    }

    /// The shapes recorded and how often each ran.
    public var products: [Shape: Int] { lock.withLock { counts } }

    /// Floating-point operations of the recorded products: Σ 2·m·n·k.
    public var floatingPointOperations: Double {
        products.reduce(0) { $0 + 2 * Double($1.key.m * $1.key.n * $1.key.k) * Double($1.value) }
    }

    /// Seconds to run every recorded product once through `cblas_sgemm` on preallocated buffers (the mean of
    /// `repeats` replays, as a training chunk's time is a mean), under the current thread policy: what the products
    /// alone cost, with no autodiff, allocation or elementwise work. Same shapes run back to back, so the reference
    /// is, if anything, faster than the same products in training order.
    public func replaySeconds(repeats: Int = 5) -> Double {
        let work = products.sorted { ($0.key.m, $0.key.n, $0.key.k) < ($1.key.m, $1.key.n, $1.key.k) }
        // One set of buffers, sized for the largest product, serves every shape.
        let a = [Float](repeating: 0.5, count: work.map { $0.key.m * $0.key.k }.max() ?? 0)
        let b = [Float](repeating: 0.25, count: work.map { $0.key.k * $0.key.n }.max() ?? 0)
        var c = [Float](repeating: 0, count: work.map { $0.key.m * $0.key.n }.max() ?? 0)
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<max(repeats, 1) {
            for (shape, count) in work {
                BLASThreads.prepare(multiplyAdds: shape.m * shape.n * shape.k)
                for _ in 0..<count {
                    cblas_sgemm(CblasRowMajor, shape.transposeA ? CblasTrans : CblasNoTrans, shape.transposeB ? CblasTrans : CblasNoTrans,
                                Int32(shape.m), Int32(shape.n), Int32(shape.k), 1,
                                a, Int32(shape.transposeA ? shape.m : shape.k), b, Int32(shape.transposeB ? shape.k : shape.n),
                                0, &c, Int32(shape.n))
                }
            }
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(max(repeats, 1))
    }
}
