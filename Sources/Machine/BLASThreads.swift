import CBLAS
import Foundation

/// OpenBLAS's thread pool.
public enum BLASThreads {
    /// How many threads a product gets: `threads` from `threshold` multiply-adds (m·n·k) up, one below it, where
    /// waking and synchronizing OpenBLAS's workers costs more than they save; with a `load` monitor, fewer when other
    /// processes keep cores busy.
    public struct Policy: Sendable {
        public let threads: Int
        public let threshold: Int
        /// Watches the machine and gives up a thread for each core other processes keep busy; nil for a fixed count.
        public let load: MachineLoad?
        /// The cores this process may run on (read once: asking the system costs a system call).
        private let cores = ProcessInfo.processInfo.activeProcessorCount

        /// Creates a policy; `threads` ≥ 1. `adaptive` gives up threads to busy processes (see `MachineLoad`).
        public init(threads: Int, threshold: Int = 0, adaptive: Bool = false) {
            precondition(threads > 0 && threshold >= 0, "BLASThreads.Policy: threads must be positive and threshold ≥ 0")
            self.threads = threads
            self.threshold = threshold
            load = adaptive ? MachineLoad() : nil
        }

        /// Products below 2²⁴ multiply-adds (256×256×256) run on one thread. Measured on a 2-core KVM guest, AMD EPYC
        /// with Cooperlake kernels: waking OpenBLAS's second thread cost more than it saved below that (lesson 6 full:
        /// 48.5 s on one thread, 59.6 s with 256×128×128 products on two; the bench's DIM-128 iteration 8.4–8.9 ms on
        /// one thread, 7.2–16.8 ms on two, bimodal), while DIM-512 products (2²⁶) gain from two.
        public static let singleThreadBelow = 1 << 24

        /// OpenBLAS's own thread count (the cores, or `OPENBLAS_NUM_THREADS`) for products from `singleThreadBelow` up,
        /// less one for each core other processes keep busy: the lessons' policy.
        public static func adaptive() -> Policy {
            Policy(threads: count, threshold: singleThreadBelow, adaptive: true)
        }

        /// The threads for a product of `multiplyAdds` now.
        func threads(multiplyAdds: Int) -> Int {
            guard multiplyAdds >= threshold else { return 1 }
            guard let load else { return threads }
            return Swift.max(1, Swift.min(threads, cores - load.busyCoresElsewhere()))
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
        _ = BLASKernels.selection  // chosen once, before the first product
        guard let policy else { return }
        let wanted = policy.threads(multiplyAdds: multiplyAdds)
        if openblas_get_num_threads() != wanted { openblas_set_num_threads(Int32(wanted)) }
    }

    /// The number of threads OpenBLAS uses for one product.
    public static var count: Int { Int(openblas_get_num_threads()) }

    /// Sets OpenBLAS's thread count for the whole process; call it while no other thread is in a BLAS call.
    public static func set(_ threads: Int) {
        precondition(threads > 0, "BLASThreads.set: needs at least one thread, got \(threads)")
        _ = BLASKernels.selection
        openblas_set_num_threads(Int32(threads))
    }
}
