import ArgumentParser
import Engine
import Foundation
import Training

/// `lessons bench`: the WGAN toy training step timed on the engine, beside bare sgemm and an optional PyTorch peer.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time one WGAN generator iteration (5 critic steps + 1 generator step, batch 256, 8 Gaussians).",
        discussion: """
            Modes: clipping (RMSProp, weights clipped, Algorithm 1) and penalty (Adam, gradient penalty: double \
            backprop). Reports the median time per iteration over chunks after a warm-up, the GFLOP/s of its matrix \
            products, the GFLOP/s bare cblas_sgemm reaches on the same products, and peak resident memory. With \
            --peer, runs scripts/bench-peer-pytorch.py on the same workload and prints ours/PyTorch.
            """)

    @Option(help: "Hidden widths DIM, comma-separated.")
    var widths = "64,128,512"

    @Option(help: "clipping, penalty, or both, comma-separated.")
    var modes = "clipping,penalty"

    @Option(help: "Untimed generator iterations first.")
    var warmup = 5

    @Option(help: "Timed chunks; the median chunk is reported.")
    var chunks = 5

    @Option(help: "Generator iterations per chunk.")
    var iterations = 20

    @Option(help: "Rounds, alternating ours and the peer; each configuration reports its median round.")
    var rounds = 3

    @Option(help: "Threads for OpenBLAS (and for the PyTorch peer).")
    var threads = 2

    @Option(help: "Products with fewer multiply-adds (m·n·k) than this run on one thread; 0 (the default) gives every product --threads.")
    var singleThreadBelow = 0

    @Option(help: "Engine optimizations to switch off, to measure them: fused, frozen (comma-separated).")
    var without = ""

    @Option(help: "A Python interpreter with torch installed, to run the PyTorch peer side by side.")
    var peer: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func parsedWidths() throws -> [Int] {
        let values = widths.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else {
            throw ValidationError("--widths needs positive integers separated by commas, got '\(widths)'")
        }
        return values.map { $0! }
    }

    func parsedModes() throws -> [GANObjective] {
        try modes.split(separator: ",").map { name in
            switch name.trimmingCharacters(in: .whitespaces) {
            case "clipping": return .wganClipping
            case "penalty": return .wganPenalty
            default: throw ValidationError("--modes takes clipping and penalty, got '\(name)'")
            }
        }
    }

    /// The optimizations --without switches off.
    func switchedOff() throws -> Set<String> {
        let names = Set(without.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let unknown = names.subtracting(["fused", "frozen"])
        guard unknown.isEmpty else { throw ValidationError("--without takes fused and frozen, got '\(unknown.sorted().joined(separator: ","))'") }
        return names
    }

    func validate() throws {
        _ = try parsedWidths()
        _ = try parsedModes()
        _ = try switchedOff()
        guard warmup >= 0, chunks > 0, iterations > 0, threads > 0, rounds > 0, singleThreadBelow >= 0 else {
            throw ValidationError("--warmup and --single-thread-below must be ≥ 0; --chunks, --iterations, --rounds and --threads positive")
        }
        guard format != .markdown else { throw ValidationError("--format takes text or json") }
    }

    func run() throws {
        BLASThreads.set(threads)
        // Rounds alternate ours and the peer, so both see the same machine (shared hosts drift by 2× within minutes).
        var ours: [[BenchResult]] = [], theirs: [PeerReport] = []
        for round in 1...rounds {
            var results: [BenchResult] = []
            try BLASThreads.withPolicy(.init(threads: threads, threshold: singleThreadBelow)) {
                for objective in try parsedModes() {
                    for width in try parsedWidths() {
                        let result = try measure(objective, width: width)
                        Console.note(String(format: "round %d · ours %@ DIM %d: %.2f ms", round, result.mode, width, result.milliseconds))
                        results.append(result)
                    }
                }
            }
            ours.append(results)
            if let peer {
                theirs.append(PeerRunner.run(python: peer, widths: widths, modes: modes, threads: threads,
                                             warmup: warmup, chunks: chunks, iterations: iterations))
            }
        }
        let results = ours[0].indices.map { index in ours.map { $0[index] }.sorted { $0.milliseconds < $1.milliseconds }[ours.count / 2] }
        let peerReport = peer == nil ? nil : PeerReport.median(of: theirs)
        let report = BenchReport(threads: threads, blas: "\(BLASCore.configuration) · \(BLASCore.name) kernels",
                                 peakResidentMegabytes: ResidentMemory.peakKilobytes() / 1024,
                                 results: results, peer: peerReport)
        Console.out(format == .json ? report.json() : report.table())
    }

    /// Times one configuration; the FLOPs come from one logged iteration, the sgemm reference from replaying it.
    private func measure(_ objective: GANObjective, width: Int) throws -> BenchResult {
        var path = ExecutionPath.optimized
        let off = try switchedOff()
        path.fusedLayers = !off.contains("fused")
        path.frozenCritic = !off.contains("frozen")
        let gan = ToyGAN(objective: objective, data: .eightGaussians, width: width, path: path, using: SeededGenerator(seed: 1))
        let log = MatmulLog()
        try log.recording { try gan.iterate() }
        for _ in 0..<warmup { try gan.iterate() }
        var chunkSeconds: [Double] = []
        var residentAfterFirstChunk = 0.0
        for chunk in 0..<chunks {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<iterations { try gan.iterate() }
            chunkSeconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(iterations))
            if chunk == 0 { residentAfterFirstChunk = ResidentMemory.currentKilobytes() }
        }
        let growth = ResidentMemory.currentKilobytes() - residentAfterFirstChunk
        let seconds = chunkSeconds.sorted()[chunkSeconds.count / 2]
        let flops = log.floatingPointOperations
        return BenchResult(mode: objective == .wganClipping ? "clipping" : "penalty", width: width, milliseconds: seconds * 1000,
                           gflops: flops / seconds / 1e9, sgemmGflops: flops / log.replaySeconds() / 1e9,
                           residentGrowthKilobytes: growth)
    }
}

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
    /// OpenBLAS's version and build, and the kernels it runs (`OPENBLAS_CORETYPE` or its CPU detection chooses them).
    let blas: String
    let peakResidentMegabytes: Double
    let results: [BenchResult]
    let peer: PeerReport?

    func peerMilliseconds(_ result: BenchResult) -> Double? {
        peer?.results?.first { $0.mode == result.mode && $0.width == result.width }?.medianMilliseconds
    }

    func table() -> String {
        var rows = [["mode", "DIM", "ours ms", "GFLOP/s", "sgemm GFLOP/s", "engine/sgemm", "PyTorch ms", "ours/PyTorch"]]
        for result in results {
            let peerTime = peerMilliseconds(result)
            rows.append([result.mode, String(result.width), String(format: "%.2f", result.milliseconds), String(format: "%.1f", result.gflops),
                         String(format: "%.1f", result.sgemmGflops), String(format: "%.0f%%", 100 * result.gflops / result.sgemmGflops),
                         peerTime.map { String(format: "%.2f", $0) } ?? "—",
                         peerTime.map { String(format: "%.2f", result.milliseconds / $0) } ?? "—"])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max()! }
        var lines = rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        lines.append("\(blas)")
        lines.append(String(format: "threads %d · peak resident memory %.1f MB · resident growth after the first chunk ≤ %.0f KB",
                            threads, peakResidentMegabytes, results.map(\.residentGrowthKilobytes).max() ?? 0))
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
            let blas: String
            let peakResidentMegabytes: Double
            let results: [Row]
            let peer: PeerReport?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let document = Document(threads: threads, blas: blas, peakResidentMegabytes: peakResidentMegabytes,
                                results: results.map { Row(result: $0, peerMilliseconds: peerMilliseconds($0)) }, peer: peer)
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }
}

/// What the PyTorch peer printed, or why it was skipped.
struct PeerReport: Codable {
    struct Result: Codable {
        let mode: String
        let width: Int
        let medianMilliseconds: Double
    }

    var version: String?
    var threads: Int?
    var peakResidentMegabytes: Double?
    var results: [Result]?
    var skipped: String?

    /// Each configuration's median over rounds; skipped if any round was.
    static func median(of rounds: [PeerReport]) -> PeerReport {
        if let skipped = rounds.first(where: { $0.skipped != nil }) { return skipped }
        var merged = rounds[0]
        merged.peakResidentMegabytes = rounds.compactMap(\.peakResidentMegabytes).max()
        merged.results = rounds[0].results?.indices.map { index in
            rounds.compactMap { $0.results?[index] }.sorted { $0.medianMilliseconds < $1.medianMilliseconds }[rounds.count / 2]
        }
        return merged
    }
}

/// Runs scripts/bench-peer-pytorch.py with the given interpreter.
enum PeerRunner {
    static func run(python: String, widths: String, modes: String, threads: Int, warmup: Int, chunks: Int,
                    iterations: Int) -> PeerReport {
        // The script sits in the repository's scripts/ folder: look upwards from the executable, then in the working folder.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates: [String] = []
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("scripts/bench-peer-pytorch.py").path)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/scripts/bench-peer-pytorch.py")
        guard let path = candidates.first(where: FileManager.default.fileExists(atPath:)) else {
            return PeerReport(skipped: "scripts/bench-peer-pytorch.py not found")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, path, "--widths", widths, "--modes", modes, "--threads", String(threads),
                             "--warmup", String(warmup), "--chunks", String(chunks), "--iterations", String(iterations)]
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            return PeerReport(skipped: "could not start \(python): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 {  // env's status for a command it cannot find
            return PeerReport(skipped: "\(python) not found")
        }
        guard process.terminationStatus == 0, let report = try? JSONDecoder().decode(PeerReport.self, from: data) else {
            return PeerReport(skipped: "\(python) exited with status \(process.terminationStatus) (is torch installed? see README, Benchmark)")
        }
        return report
    }
}

/// Resident memory of this process, from /proc/self/status.
enum ResidentMemory {
    /// The peak resident set size (VmHWM), in KB.
    static func peakKilobytes() -> Double { field("VmHWM:") }

    /// The current resident set size (VmRSS), in KB.
    static func currentKilobytes() -> Double { field("VmRSS:") }

    private static func field(_ name: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
        return Double(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
