import Foundation

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
    static func run(python: String, workload: String, widths: [Int], modes: [String], threads: Int, warmup: Int, chunks: Int,
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
        process.arguments = [python, path, "--workload", workload, "--widths", widths.map(String.init).joined(separator: ","), "--modes", modes.joined(separator: ","), "--threads", String(threads),
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

