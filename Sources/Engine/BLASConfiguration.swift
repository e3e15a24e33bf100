import CBLAS
import Foundation

/// Which of OpenBLAS's compute kernels this process runs: OpenBLAS chooses them once, when it loads, from the
/// environment variable `OPENBLAS_CORETYPE` or else from its own CPU detection. Benchmarks print it.
public enum BLASCore {
    /// The kernel family OpenBLAS is using, e.g. "Haswell" or "SkylakeX".
    public static var name: String { String(cString: openblas_get_corename()) }

    /// OpenBLAS's build configuration and version, e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64".
    public static var configuration: String { String(cString: openblas_get_config()) }
}

/// OpenBLAS's thread pool.
public enum BLASThreads {
    /// How many threads a product gets: `threads` from `threshold` multiply-adds (m·n·k) up, one below it, where
    /// waking and synchronizing OpenBLAS's workers costs more than they save.
    public struct Policy: Sendable {
        public let threads: Int
        public let threshold: Int

        /// Creates a policy; `threads` ≥ 1.
        public init(threads: Int, threshold: Int) {
            precondition(threads > 0 && threshold >= 0, "BLASThreads.Policy: threads must be positive and threshold ≥ 0")
            self.threads = threads
            self.threshold = threshold
        }
    }

    @TaskLocal static var policy: Policy?

    /// Runs `body` choosing OpenBLAS's thread count per product by `policy`. OpenBLAS's count is process-wide:
    /// use this only where no other thread calls BLAS meanwhile (the `lessons` command runs one lesson at a time).
    public static func withPolicy<Result>(_ policy: Policy, _ body: () throws -> Result) rethrows -> Result {
        defer { set(policy.threads) }
        return try $policy.withValue(policy, operation: body)
    }

    /// Applies the current policy, if any, before a product of m·n·k multiply-adds.
    static func prepare(multiplyAdds: Int) {
        guard let policy else { return }
        let wanted = multiplyAdds >= policy.threshold ? policy.threads : 1
        if openblas_get_num_threads() != wanted { openblas_set_num_threads(Int32(wanted)) }
    }

    /// The number of threads OpenBLAS uses for one product.
    public static var count: Int { Int(openblas_get_num_threads()) }

    /// Sets OpenBLAS's thread count for the whole process; call it while no other thread is in a BLAS call.
    public static func set(_ threads: Int) {
        precondition(threads > 0, "BLASThreads.set: needs at least one thread, got \(threads)")
        openblas_set_num_threads(Int32(threads))
    }
}
