import CBLAS
import Foundation

/// The matrix products run inside `recording { }`, in order, with where their operands lived: for counting FLOPs and
/// replaying them through bare `cblas_sgemm` (the reference the benchmark compares the engine with). Scoped to the
/// task, so no global state.
public final class MatmulLog: @unchecked Sendable {
    /// One product C[m×n] = op(A)[m×k] · op(B)[k×n].
    public struct Shape: Hashable, Sendable {
        public let m, n, k: Int
        public let transposeA, transposeB: Bool

        /// The shape of op(A)[m×k] · op(B)[k×n].
        public init(m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool) {
            (self.m, self.n, self.k, self.transposeA, self.transposeB) = (m, n, k, transposeA, transposeB)
        }
    }

    /// One product as it ran: its shape and the addresses of A, B and C.
    struct Call {
        let shape: Shape
        let a, b, c: UInt
    }

    @TaskLocal static var current: MatmulLog?
    private let lock = NSLock()
    private var calls: [Call] = []

    /// An empty log.
    public init() {}

    /// Runs `body`, recording every matrix product it computes.
    public func recording<Result>(_ body: () throws -> Result) rethrows -> Result {
        try MatmulLog.$current.withValue(self, operation: body)
    }

    /// Records a product, with the addresses of its operands, in the log of the enclosing `recording { }`, if any.
    public static func record(_ shape: Shape, a: UnsafeRawPointer?, b: UnsafeRawPointer?, c: UnsafeRawPointer?) {
        current?.record(shape, a: a, b: b, c: c)
    }

    func record(_ shape: Shape, a: UnsafeRawPointer?, b: UnsafeRawPointer?, c: UnsafeRawPointer?) {
        let call = Call(shape: shape, a: UInt(bitPattern: a), b: UInt(bitPattern: b), c: UInt(bitPattern: c))
        lock.withLock { calls.append(call) }
    }

    /// The shapes recorded and how often each ran.
    public var products: [Shape: Int] {
        lock.withLock { calls.reduce(into: [:]) { $0[$1.shape, default: 0] += 1 } }
    }

    /// Floating-point operations of the recorded products: Σ 2·m·n·k.
    public var floatingPointOperations: Double {
        products.reduce(0) { $0 + 2 * Double($1.key.m * $1.key.n * $1.key.k) * Double($1.value) }
    }

    /// The recorded products sgemm ran (an empty one runs no sgemm in training either).
    private var replayedCalls: [Call] {
        lock.withLock { calls }.filter { $0.shape.m > 0 && $0.shape.n > 0 && $0.shape.k > 0 }
    }

    /// The replay's buffers: for each operand address recorded, the most Floats a product used there.
    var replayCapacities: [UInt: Int] { Self.capacities(of: replayedCalls) }

    private static func capacities(of calls: [Call]) -> [UInt: Int] {
        var capacity: [UInt: Int] = [:]
        for call in calls {
            let (m, n, k) = (call.shape.m, call.shape.n, call.shape.k)
            for (address, count) in [(call.a, m * k), (call.b, k * n), (call.c, m * n)] {
                capacity[address] = Swift.max(capacity[address] ?? 0, count)
            }
        }
        return capacity
    }

    /// Seconds to run every recorded product once through `cblas_sgemm`, called as the engine calls it (the mean of
    /// `repeats` replays, as a training chunk's time is a mean), under the current thread policy: what the products
    /// alone cost, with no autodiff, allocation or elementwise work.
    ///
    /// The products run in the recorded order, each on buffers standing for the memory its operands had: one buffer
    /// per address the recording saw, so a weight shared by several products is one buffer here too, and the replay
    /// touches as much memory as the products did. (Replaying every product on one set of buffers keeps all operands
    /// in cache, which no training iteration can: at DIM 512 that reference ran 10–13% faster than the same products
    /// inside the training, on an AMD EPYC with OpenBLAS's Cooperlake kernels.) All buffers hold ones and α = 1/k,
    /// so every result is 1 again and chained products neither overflow nor reach subnormals.
    public func replaySeconds(repeats: Int = 5) -> Double {
        let calls = replayedCalls
        let buffers = Self.capacities(of: calls).mapValues { count in
            let buffer = UnsafeMutablePointer<Float>.allocate(capacity: count)
            buffer.initialize(repeating: 1, count: count)
            return buffer
        }
        defer { buffers.values.forEach { $0.deallocate() } }
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<Swift.max(repeats, 1) {
            for call in calls {
                call.shape.multiply(scale: 1 / Float(call.shape.k), buffers[call.a]!, buffers[call.b]!, into: buffers[call.c]!)
            }
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(Swift.max(repeats, 1))
    }
}
