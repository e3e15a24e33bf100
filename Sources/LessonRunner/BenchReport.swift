import Foundation
import Notebook

/// One configuration's measurements.
struct BenchResult: Codable {
    let mode: String
    let width: Int
    let milliseconds: Double
    let gflops: Double
    let sgemmGflops: Double
    let residentGrowthKilobytes: Double
}

/// The whole run: ours, and the peer's when it ran.
struct BenchReport {
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

    func peerMilliseconds(_ result: BenchResult) -> Double? {
        peer?.results?.first { $0.mode == result.mode && $0.width == result.width }?.medianMilliseconds
    }

    /// The results as the notebook's table, then the BLAS build, threads, memory and the peer.
    func table() -> String {
        let rows = results.map { result in
            let peerTime = peerMilliseconds(result)
            return [result.mode, String(result.width), NumberFormat.fixed(result.milliseconds, digits: 2), NumberFormat.fixed(result.gflops, digits: 1),
                    NumberFormat.fixed(result.sgemmGflops, digits: 1), NumberFormat.percent(result.gflops / result.sgemmGflops),
                    peerTime.map { NumberFormat.fixed($0, digits: 2) } ?? "—",
                    peerTime.map { NumberFormat.fixed(result.milliseconds / $0, digits: 2) } ?? "—"]
        }
        let table = Table(caption: "One generator iteration (5 critic steps + 1 generator step), median of rounds",
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
        struct Row: Encodable {
            let result: BenchResult
            let peerMilliseconds: Double?
            func encode(to encoder: any Encoder) throws {
                try result.encode(to: encoder)
                var container = encoder.container(keyedBy: Key.self)
                try container.encodeIfPresent(peerMilliseconds, forKey: .peerMilliseconds)
                try container.encodeIfPresent(peerMilliseconds.map { result.milliseconds / $0 }, forKey: .oursOverPeer)
            }
            enum Key: String, CodingKey { case peerMilliseconds, oursOverPeer }
        }
        struct Document: Encodable {
            let threads: Int
            let adaptiveThreads: Bool
            let cpu: String
            let blas: String
            let kernels: String
            let busy: Int
            let peakResidentMegabytes: Double
            let results: [Row]
            let peer: PeerReport?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let document = Document(threads: threads, adaptiveThreads: adaptiveThreads, cpu: cpu, blas: blas, kernels: kernels, busy: busy, peakResidentMegabytes: peakResidentMegabytes,
                                results: results.map { Row(result: $0, peerMilliseconds: peerMilliseconds($0)) }, peer: peer)
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }
}

