import ArgumentParser
import Foundation

/// Upper bounds on `lessons bench`'s options, so a slip of the keyboard is a usage error that says why, not an
/// allocation that aborts the process (`--widths 100000` asked for a 40 GB weight matrix) or a run of days.
enum BenchLimits {
    /// The widest DIM of each workload: the toy MLP's DIM × DIM weights, the dcgan's DIM-channel 4×4 convolutions.
    static func maximumWidth(_ workload: BenchWorkload) -> Int { workload == .toy ? 4096 : 512 }

    /// The most for --warmup, --iterations, --chunks, --rounds and --threads.
    static let warmup = 10_000, iterations = 10_000, chunks = 1_000, rounds = 100, threads = 256

    /// Bytes of one weight matrix (toy: DIM × DIM floats) or convolution kernel (dcgan: 4 × 4 × DIM × 2·DIM floats) at `width`.
    static func largestOperandBytes(_ workload: BenchWorkload, width: Int) -> Double {
        let dim = Double(width)
        return workload == .toy ? dim * dim * 4 : 16 * dim * 2 * dim * 4
    }

    /// Throws a usage error naming the first option out of bounds (and, for a width, the memory it would need).
    static func check(workload: BenchWorkload, widths: [Int], warmup: Int, chunks: Int, iterations: Int, rounds: Int,
                      threads: Int, busy: Int) throws {
        let widest = maximumWidth(workload)
        if let width = widths.first(where: { $0 > widest }) {
            let bytes = largestOperandBytes(workload, width: width)
            throw ValidationError("--widths \(width) is more than the \(workload.rawValue) workload's \(widest): DIM \(width) needs "
                + "\(describe(bytes)) for one \(workload == .toy ? "weight matrix" : "convolution kernel") alone, and the training holds "
                + "dozens of such buffers (DIM \(widest): \(describe(largestOperandBytes(workload, width: widest))) each)")
        }
        for (name, value, limit) in [("--warmup", warmup, Self.warmup), ("--iterations", iterations, Self.iterations),
                                     ("--chunks", chunks, Self.chunks), ("--rounds", rounds, Self.rounds), ("--threads", threads, Self.threads)]
            where value > limit {
            throw ValidationError("\(name) \(value) is more than \(limit), the most the bench takes")
        }
        if busy > BusyLoad.limit {
            throw ValidationError("--busy \(busy) is more than \(BusyLoad.limit), four busy processes per core of this machine's "
                + "\(ProcessInfo.processInfo.activeProcessorCount)")
        }
    }

    /// "40.0 GB", "64 MB": bytes in the unit that reads best.
    static func describe(_ bytes: Double) -> String {
        bytes >= 1e9 ? String(format: "%.1f GB", bytes / 1e9) : String(format: "%.0f MB", bytes / 1e6)
    }
}
