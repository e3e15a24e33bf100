import CBLAS
import Foundation

/// Which of OpenBLAS's compute kernels this process runs: OpenBLAS chooses them once, when it loads, from the
/// environment variable `OPENBLAS_CORETYPE` or else from its own CPU detection. Benchmarks print it.
public enum BLASCore {
    /// The kernel family OpenBLAS is running, e.g. "Haswell" or "SkylakeX": the engine's choice (`BLASKernels`), or the
    /// canonical kernels once `figures` switched to them (`CanonicalKernels`).
    public static var name: String {
        _ = BLASKernels.selection
        return BLASKernels.currentCore
    }

    /// OpenBLAS's build configuration and version, e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64".
    public static var configuration: String { String(cString: openblas_get_config()) }
}

/// Which of OpenBLAS's kernel families the engine runs, and who chose them.
///
/// OpenBLAS (a DYNAMIC_ARCH build, as Debian ships) picks its kernels when it loads: from `OPENBLAS_CORETYPE` if
/// set, else from its own table of CPU models. A release that predates a CPU falls back to a generic core
/// (0.3.21 runs SSE3 "Prescott" kernels on Sapphire Rapids, 3–4× slower). At its first matrix product the engine
/// checks the choice: a user's `OPENBLAS_CORETYPE` always wins; otherwise, when OpenBLAS reports an older core than
/// the CPU's features allow, the engine re-runs OpenBLAS's own initialization with the better core (see `apply`).
public enum BLASKernels {
    /// What the engine decided, and why.
    public enum Decision: Equatable, Sendable {
        /// Keep the kernels OpenBLAS runs.
        case keep(reason: String)
        /// Make OpenBLAS run `core` instead of the generic core it detected.
        case switchTo(core: String, reason: String)
    }

    /// Who chose the kernels that run.
    public enum Source: String, Sendable {
        case user = "the user (OPENBLAS_CORETYPE)"
        case openBLAS = "OpenBLAS's CPU detection"
        case engine = "the engine (OpenBLAS's detection fell back to a generic core)"
        /// `OPENBLAS_CORETYPE` named no core OpenBLAS knows; OpenBLAS said "Core not found" and chose by itself.
        case rejectedUser = "OpenBLAS, which rejected OPENBLAS_CORETYPE"
    }

    /// The kernels running, who chose them and why.
    public struct Selection: Sendable {
        /// OpenBLAS's name for the running kernels, e.g. "Haswell".
        public let core: String
        /// The core OpenBLAS itself reported before the engine's decision.
        public let detected: String
        /// Who chose `core`.
        public let source: Source
        /// What the engine decided, and why.
        public let decision: Decision
        /// The user's `OPENBLAS_CORETYPE`, when set and not empty.
        public var requested: String? = nil

        /// Who chose the kernels, for a report: "the user (OPENBLAS_CORETYPE)", "OpenBLAS, which rejected OPENBLAS_CORETYPE=Garbage".
        public var chosenBy: String {
            source == .rejectedUser ? "\(source.rawValue)=\(requested ?? "")" : source.rawValue
        }
    }

    /// OpenBLAS 0.3.21's x86-64 cores by the widest instruction set their kernels use (0 SSE…SSE4, 1 AVX, 2 AVX2 + FMA,
    /// 3 AVX-512, 4 AVX-512 with BF16). Names as `openblas_get_corename` spells them.
    static let level: [String: Int] = [
        "Katmai": 0, "Coppermine": 0, "Northwood": 0, "Prescott": 0, "Banias": 0, "Atom": 0, "Core2": 0, "Penryn": 0,
        "Dunnington": 0, "Nehalem": 0, "Athlon": 0, "Opteron": 0, "Opteron(SSE3)": 0, "Barcelona": 0, "Nano": 0, "Bobcat": 0,
        "Sandybridge": 1, "Bulldozer": 1, "Piledriver": 1, "Steamroller": 1,
        "Haswell": 2, "Zen": 2, "Excavator": 2,
        "SkylakeX": 3,
        "Cooperlake": 4,
    ]

    /// The best core OpenBLAS 0.3.21 ships for CPUs with these `/proc/cpuinfo` flags, and its level; nil below AVX.
    static func bestCore(for flags: Set<String>) -> (core: String, level: Int)? {
        let avx512 = ["avx512f", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(flags.contains)
        if avx512 && flags.contains("avx512_bf16") { return ("Cooperlake", 4) }
        if avx512 { return ("SkylakeX", 3) }
        if flags.contains("avx2") && flags.contains("fma") { return ("Haswell", 2) }
        if flags.contains("avx") { return ("Sandybridge", 1) }
        return nil
    }

    /// The decision, a pure function of what OpenBLAS detected, the CPU's flags and the environment.
    public static func decide(detected: String, flags: Set<String>, environment: [String: String]) -> Decision {
        if let chosen = environment["OPENBLAS_CORETYPE"], !chosen.isEmpty {
            return .keep(reason: "OPENBLAS_CORETYPE=\(chosen) is set; the user's choice is never changed")
        }
        guard let current = level[detected] else {
            return .keep(reason: "\(detected) is not an x86-64 core of OpenBLAS 0.3.21's table; left as it is")
        }
        guard let best = bestCore(for: flags), best.level > current else {
            return .keep(reason: "\(detected) kernels already use the widest instructions this CPU has")
        }
        return .switchTo(core: best.core, reason: "OpenBLAS detected \(detected) (a generic fallback for this CPU), "
                         + "but the CPU has \(best.level >= 3 ? "AVX-512" : best.level == 2 ? "AVX2 and FMA" : "AVX")")
    }

    /// The kernels in use, chosen once, at the engine's first matrix product (or when asked for).
    public static var selection: Selection { selected }

    private static let selected = select(loaded: currentCore, cpuFlags: CPU.flags, environment: ProcessInfo.processInfo.environment) { core in
        _ = apply(core)
        return currentCore
    }

    /// The selection from the core OpenBLAS `loaded`, the CPU's flags and the environment; `switchTo` makes OpenBLAS run
    /// a core and returns the core running afterwards. An empty variable counts as unset: `OPENBLAS_CORETYPE`, and the
    /// test hooks `GANLESSONS_SIMULATE_DETECTED_CORE` (what OpenBLAS is said to have detected) and
    /// `GANLESSONS_SIMULATE_CPU_FLAGS` (space-separated `/proc/cpuinfo` flags, standing for the CPU's).
    static func select(loaded: String, cpuFlags: @autoclosure () -> Set<String>, environment: [String: String],
                       switchTo: (String) -> String) -> Selection {
        let setting = { (name: String) in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let detected = setting("GANLESSONS_SIMULATE_DETECTED_CORE") ?? loaded
        let flags = setting("GANLESSONS_SIMULATE_CPU_FLAGS").map { Set($0.split(separator: " ").map(String.init)) } ?? cpuFlags()
        let decision = decide(detected: detected, flags: flags, environment: environment)
        if let requested = setting("OPENBLAS_CORETYPE") {
            return userSelection(requested: requested, loaded: loaded, detected: detected, decision: decision)
        }
        switch decision {
        case .keep:
            return Selection(core: loaded, detected: detected, source: .openBLAS, decision: decision)
        case .switchTo(let core, let reason):
            let running = switchTo(core)
            guard running == core else {
                return Selection(core: running, detected: detected, source: .openBLAS,
                                 decision: .keep(reason: reason + "; this OpenBLAS build cannot switch kernels (not DYNAMIC_ARCH)"))
            }
            return Selection(core: running, detected: detected, source: .engine, decision: decision)
        }
    }

    /// The selection when the user set `OPENBLAS_CORETYPE`: the engine never changes it, and reports what OpenBLAS made
    /// of it. A name OpenBLAS does not know it rejects ("Core not found") and chooses by itself; a name it knows may still
    /// run another core's kernels (0.3.21 runs Prescott's for Katmai).
    private static func userSelection(requested: String, loaded: String, detected: String, decision: Decision) -> Selection {
        if loaded.lowercased() == requested.lowercased() {
            return Selection(core: loaded, detected: detected, source: .user, decision: decision, requested: requested)
        }
        guard level.keys.contains(where: { $0.lowercased() == requested.lowercased() }) else {
            return Selection(core: loaded, detected: detected, source: .rejectedUser, decision: .keep(reason:
                "OpenBLAS rejected OPENBLAS_CORETYPE=\(requested) (not a core it knows) and runs \(loaded) kernels; left as it is"),
                requested: requested)
        }
        return Selection(core: loaded, detected: detected, source: .user, decision: .keep(reason:
            "OPENBLAS_CORETYPE=\(requested) is set, and this OpenBLAS runs \(loaded) kernels for it; the user's choice is never changed"),
            requested: requested)
    }

    /// The kernel family OpenBLAS is running now.
    static var currentCore: String { String(cString: openblas_get_corename()) }

    /// Re-runs OpenBLAS's dynamic-architecture setup with `core`: `gotoblas_dynamic_quit` forgets the detected core,
    /// and `gotoblas_dynamic_init` reads `OPENBLAS_CORETYPE` exactly as at load time, parses the name with OpenBLAS's own
    /// table and initializes that core's blocking parameters. The variable is set only for that call and removed
    /// again, so child processes (gnuplot, the PyTorch peer) see the environment the user gave. This runs before the
    /// first matrix product, when no BLAS call is in flight and no buffer has been sized. Returns whether `core` runs.
    static func apply(_ core: String) -> Bool {
        guard let quit = symbol("gotoblas_dynamic_quit"), let initialize = symbol("gotoblas_dynamic_init") else { return false }
        setenv("OPENBLAS_CORETYPE", core, 1)
        quit()
        initialize()
        unsetenv("OPENBLAS_CORETYPE")
        return currentCore == core
    }

    /// A `void f(void)` function of the loaded OpenBLAS, if it exports one by that name.
    private static func symbol(_ name: String) -> (@convention(c) () -> Void)? {
        guard let address = dlsym(nil, name) else { return nil }  // nil is RTLD_DEFAULT: the libraries loaded at startup
        return unsafeBitCast(address, to: (@convention(c) () -> Void).self)
    }
}
