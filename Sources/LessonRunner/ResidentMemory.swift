import Foundation

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
