import ArgumentParser
import Foundation
import Notebook

/// One configuration's measurements.
struct BenchResult: Codable {
    let mode: String
    let width: Int
    let milliseconds: Double
    let gflops: Double
    let sgemmGflops: Double
    /// The share of bare sgemm's speed the engine reaches on the same products: the median over chunks of
    /// (sgemm replay time / iteration time), each pair measured back to back.
    let engineOverSgemm: Double
    let residentGrowthKilobytes: Double
    /// The peer's median time for the same configuration, and ours divided by it, when the peer ran.
    var peerMilliseconds: Double?
    var oursOverPeer: Double?
}

/// The whole run: ours, and the peer's when it ran (encoded as is for --format json).
struct BenchReport: Encodable {
    /// What one timed iteration is.
    let workload: String
    let threads: Int
    /// Whether products gave threads up to busy processes (`MachineLoad`), or ran on `threads` always.
    let adaptiveThreads: Bool
    /// The processor's model name and core count.
    let cpu: String
    /// OpenBLAS's version and build.
    let blas: String
    /// The kernels OpenBLAS runs and who chose them (the user, OpenBLAS's detection or the engine).
    let kernels: String
    /// Busy competing processes the bench ran beside (`--busy`).
    let busy: Int
    let peakResidentMegabytes: Double
    let results: [BenchResult]
    let peer: PeerReport?

    /// The report, each result beside the peer's time for the same configuration.
    init(workload: String, threads: Int, adaptiveThreads: Bool, cpu: String, blas: String, kernels: String, busy: Int, peakResidentMegabytes: Double,
         results: [BenchResult], peer: PeerReport?) {
        self.workload = workload
        (self.threads, self.adaptiveThreads, self.cpu, self.blas, self.kernels, self.busy) = (threads, adaptiveThreads, cpu, blas, kernels, busy)
        self.peakResidentMegabytes = peakResidentMegabytes
        self.peer = peer
        self.results = results.map { result in
            var result = result
            result.peerMilliseconds = peer?.results?.first { $0.mode == result.mode && $0.width == result.width }?.medianMilliseconds
            result.oursOverPeer = result.peerMilliseconds.map { result.milliseconds / $0 }
            return result
        }
    }

    /// The results as the notebook's table, then the BLAS build, threads, memory and the peer.
    func table() -> String {
        let rows = results.map { result in
            let peerTime = result.peerMilliseconds
            return [result.mode, String(result.width), NumberFormat.fixed(result.milliseconds, digits: 2), NumberFormat.fixed(result.gflops, digits: 1),
                    NumberFormat.fixed(result.sgemmGflops, digits: 1), NumberFormat.percent(result.engineOverSgemm),
                    peerTime.map { NumberFormat.fixed($0, digits: 2) } ?? "—",
                    result.oursOverPeer.map { NumberFormat.fixed($0, digits: 2) } ?? "—"]
        }
        let table = Table(caption: workload + ", median of rounds",
                          columns: ["mode", "DIM", "ours ms", "GFLOP/s", "sgemm GFLOP/s", "engine/sgemm", "PyTorch ms", "ours/PyTorch"],
                          rows: rows)
        var lines = [TextRenderer(width: 120).render(.table(table)).trimmingCharacters(in: .newlines)]
        lines.append("CPU \(cpu) · \(blas)")
        lines.append("kernels \(kernels)" + (busy > 0 ? " · beside \(busy) busy competing process\(busy == 1 ? "" : "es")" : " · no competing load"))
        lines.append((adaptiveThreads ? "threads up to \(threads), one fewer per core other processes keep busy" : "threads \(threads), fixed")
                     + String(format: " · peak resident memory %.1f MB · resident growth after the first chunk ≤ %.0f KB",
                            peakResidentMegabytes, results.map(\.residentGrowthKilobytes).max() ?? 0))
        switch peer {
        case nil: lines.append("PyTorch peer: not run (pass --peer PYTHON, a Python with torch)")
        case let peer? where peer.skipped != nil: lines.append("PyTorch peer skipped: \(peer.skipped!)")
        case let peer?: lines.append(String(format: "PyTorch %@ on %d threads · its peak resident memory %.1f MB", peer.version ?? "?",
                                            peer.threads ?? 0, peer.peakResidentMegabytes ?? 0))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }
}

/// The bench's report formats (the lessons' markdown and html have no bench counterpart, so the parser refuses them
/// and names these).
enum BenchFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
