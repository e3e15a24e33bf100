import Foundation

/// The processor, as Linux describes it in /proc/cpuinfo.
public enum CPU {
    /// The first processor's model name, e.g. "Intel(R) Xeon(R) Platinum 8488C"; "unknown" where /proc has none.
    public static var model: String { field("model name") ?? "unknown" }

    /// The first processor's feature flags ("avx2", "fma", "avx512f", "avx512_bf16", …): what the OS enables.
    public static var flags: Set<String> { Set((field("flags") ?? "").split(separator: " ").map(String.init)) }

    private static func field(_ name: String) -> String? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
        let line = text.split(separator: "\n").first { $0.hasPrefix(name) && $0.contains(":") }
        return line.flatMap { $0.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).last }
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
