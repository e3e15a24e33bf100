import Foundation

/// The one kernel family `lessons figures` runs wherever the CPU has it, so that Figures/ regenerates byte for byte on
/// any such machine: the engine's numbers depend on the kernels in their last digits (the order of a product's sums).
///
/// OpenBLAS's Haswell kernels (AVX2 + FMA) run on every x86-64 CPU since 2013 (Intel Haswell, AMD Zen and later), and an
/// AVX-512 CPU runs them too. `run`, `bench` and the lab keep the fastest kernels (`BLASKernels.selection`); only
/// `figures` asks for these. A user's `OPENBLAS_CORETYPE` is respected, with a note that the figures may then differ
/// from the committed ones.
public enum CanonicalKernels {
    /// The canonical core, as `openblas_get_corename` spells it.
    public static let core = "Haswell"

    /// The kernels `figures` should run, and why.
    public struct Choice: Equatable, Sendable {
        /// The core to switch OpenBLAS to; nil keeps the kernels the engine chose (the user's, or the fastest there are).
        public let core: String?
        /// Whether the figures will be made with the canonical kernels, and so match the committed ones.
        public let isCanonical: Bool
        /// What a user should know when the choice is not canonical.
        public let note: String?
    }

    /// The choice, a pure function of the CPU's `/proc/cpuinfo` flags and the environment.
    ///
    /// AVX2 and FMA → Haswell; `OPENBLAS_CORETYPE` set (and not empty) → the user's kernels, with a note; no AVX2 →
    /// the fastest kernels this CPU has, with a note.
    public static func choose(flags: Set<String>, environment: [String: String]) -> Choice {
        if let requested = environment["OPENBLAS_CORETYPE"], !requested.isEmpty {
            return Choice(core: nil, isCanonical: requested.lowercased() == core.lowercased(), note: requested.lowercased() == core.lowercased() ? nil :
                "OPENBLAS_CORETYPE=\(requested) is set, so the figures are made with those kernels and may differ from the "
                + "committed ones (made with \(core) kernels) in the last digits of what the engine computes")
        }
        guard flags.contains("avx2") && flags.contains("fma") else {
            return Choice(core: nil, isCanonical: false, note: "this CPU has no AVX2 and FMA for OpenBLAS's \(core) kernels, "
                          + "so the figures are made with the fastest kernels it has and may differ from the committed ones "
                          + "in the last digits of what the engine computes")
        }
        return Choice(core: core, isCanonical: true, note: nil)
    }

    /// The choice for this process: its CPU and environment.
    public static var forThisMachine: Choice {
        choose(flags: CPU.flags, environment: ProcessInfo.processInfo.environment)
    }

    /// A short description of the kernels `figures` runs with a choice, e.g. "Haswell kernels (canonical)".
    public static func description(of choice: Choice, running: String) -> String {
        "\(running) kernels" + (choice.isCanonical ? " (canonical)" : " (not the canonical \(core))")
    }

    /// Makes OpenBLAS run the canonical kernels where this machine has them (see `choose`), before the first matrix
    /// product of `figures`: the engine's own choice is made first, so it cannot replace these later. Returns the choice
    /// and the core running afterwards (the choice's, unless this OpenBLAS cannot switch kernels).
    public static func apply() -> (choice: Choice, running: String) {
        _ = BLASKernels.selection
        let choice = forThisMachine
        if let wanted = choice.core, BLASKernels.currentCore != wanted {
            _ = BLASKernels.apply(wanted)
        }
        let running = BLASKernels.currentCore
        guard let wanted = choice.core, running != wanted else { return (choice, running) }
        return (Choice(core: wanted, isCanonical: false, note: "this OpenBLAS could not switch to \(wanted) kernels "
                       + "(not a DYNAMIC_ARCH build), so the figures may differ from the committed ones"), running)
    }
}
