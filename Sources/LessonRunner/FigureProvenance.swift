import Machine
import Foundation
import Lessons
import Notebook
import Plot

/// What made each lesson's tutorial figures: `Figures/made-with.txt`, one line per lesson folder with the seed and
/// the OpenBLAS kernels. The engine's numbers depend on the kernels in their last digits (the order of a matrix
/// product's sums), so `lessons figures` reproduces a folder byte for byte exactly when its line matches this machine.
struct FigureProvenance: Equatable {
    /// The file's name inside the figures folder.
    static let fileName = "made-with.txt"

    /// Lesson folder → "seed N · OpenBLAS 0.3.21 · Cooperlake kernels".
    var lines: [String: String]

    /// This machine's line for a run with `seed` on the kernels running now (the canonical ones, in `figures`).
    static func current(seed: UInt64) -> String {
        let version = BLASCore.configuration.split(separator: " ").prefix(2).joined(separator: " ")
        let running = BLASCore.name
        let canonical = running == CanonicalKernels.core ? " (canonical)" : ""
        return "seed \(seed) · \(version) · \(running) kernels\(canonical)"
    }

    /// Reads the record in `folder` (empty when there is none).
    init(folder: String) {
        let text = (try? String(contentsOfFile: folder + "/" + Self.fileName, encoding: .utf8)) ?? ""
        var lines: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { lines[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        self.lines = lines
    }

    /// A note for each of `lessons` whose figures were made another way than this run will make them.
    func differences(for lessons: [any Lesson], seed: UInt64) -> [String] {
        let now = Self.current(seed: seed)
        return lessons.compactMap { lesson in
            guard let then = lines[lesson.folderName], then != now else { return nil }
            let sameSeed = then.hasPrefix("seed \(seed) ")
            return "\(lesson.folderName) was made with \(then); this run uses \(now), so its figures will change"
                + (sameSeed ? " where they show numbers the engine computes (in their last digits, more after long training)" : "")
        }
    }

    /// Records this machine's line for `lessons` and writes the file atomically into `folder`.
    mutating func record(_ lessons: [any Lesson], seed: UInt64, in folder: String) throws {
        for lesson in lessons { lines[lesson.folderName] = Self.current(seed: seed) }
        let header = "# What made each lesson's figures (written by `lessons figures`). With the same seed and OpenBLAS kernels,\n"
            + "# `lessons figures` reproduces a folder byte for byte; other kernels change the engine's numbers in their last digits.\n"
            + "# `lessons figures` runs OpenBLAS's \(CanonicalKernels.core) kernels on every x86-64 CPU with AVX2 and FMA (the canonical\n"
            + "# kernels), unless OPENBLAS_CORETYPE is set; `run` and `bench` keep the fastest.\n"
        try AtomicFile.write(header + lines.keys.sorted().map { "\($0) \(lines[$0]!)\n" }.joined(), to: folder + "/" + Self.fileName)
    }
}
