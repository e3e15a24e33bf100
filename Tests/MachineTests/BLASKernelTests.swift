import Testing
@testable import Machine

@Suite("Choosing OpenBLAS kernels")
struct BLASKernelTests {
    static let sapphireRapids: Set<String> = ["sse4_2", "avx", "avx2", "fma", "avx512f", "avx512bw", "avx512dq", "avx512vl", "avx512_bf16"]
    static let iceLake: Set<String> = ["sse4_2", "avx", "avx2", "fma", "avx512f", "avx512bw", "avx512dq", "avx512vl"]
    static let zen3: Set<String> = ["sse4_2", "avx", "avx2", "fma"]
    static let ivyBridge: Set<String> = ["sse4_2", "avx"]
    static let atom: Set<String> = ["sse4_2"]

    /// (what OpenBLAS detected, the CPU's flags, OPENBLAS_CORETYPE or nil) → the core the engine switches to, or nil to keep.
    @Test(arguments: [
        ("Prescott", sapphireRapids, nil, "Cooperlake"),      // 0.3.21 on Sapphire Rapids: generic fallback, BF16 present
        ("Prescott", iceLake, nil, "SkylakeX"),               // AVX-512 without BF16
        ("Nehalem", zen3, nil, "Haswell"),                    // an older table entry, AVX2 + FMA available
        ("Core2", ivyBridge, nil, "Sandybridge"),             // AVX only
        ("Prescott", atom, nil, nil),                         // nothing better ships for SSE4 alone
        ("Cooperlake", sapphireRapids, nil, nil),             // detection already right
        ("Zen", zen3, nil, nil),                              // AMD's own AVX2 kernels are as wide as Haswell's
        ("SkylakeX", iceLake, nil, nil),
        ("Haswell", sapphireRapids, "Haswell", nil),          // the user pinned Haswell: never changed
        ("Prescott", sapphireRapids, "Prescott", nil),        // even a generic core, when the user asked for it
        ("ARMV8", zen3, nil, nil),                            // not an x86-64 core of the table: left alone
    ] as [(String, Set<String>, String?, String?)])
    func decision(_ detected: String, _ flags: Set<String>, _ coretype: String?, _ expected: String?) {
        let environment = coretype.map { ["OPENBLAS_CORETYPE": $0] } ?? ["PATH": "/usr/bin"]
        let decision = BLASKernels.decide(detected: detected, flags: flags, environment: environment)
        switch decision {
        case .switchTo(let core, _): #expect(core == expected, "\(decision)")
        case .keep(let reason):
            #expect(expected == nil, "\(reason)")
            if coretype != nil { #expect(reason.contains("OPENBLAS_CORETYPE=\(coretype!)")) }
        }
    }

    @Test func anEmptyCoretypeIsNotAChoice() {
        #expect(BLASKernels.decide(detected: "Prescott", flags: Self.zen3, environment: ["OPENBLAS_CORETYPE": ""])
                == .switchTo(core: "Haswell", reason: "OpenBLAS detected Prescott (a generic fallback for this CPU), but the CPU has AVX2 and FMA"))
    }

    /// Every core the decision can switch to is one OpenBLAS 0.3.21's table names, at the level it claims.
    @Test func targetsAreCoresOfTheTable() {
        for flags in [Self.sapphireRapids, Self.iceLake, Self.zen3, Self.ivyBridge] {
            let best = BLASKernels.bestCore(for: flags)!
            #expect(BLASKernels.level[best.core] == best.level)
        }
    }
}

/// What the selection reports from what OpenBLAS loaded and the environment (issue 34: a name OpenBLAS rejected was
/// reported as the user's choice, and an empty test hook as a core named "").
@Suite("Reporting OpenBLAS's kernels")
struct BLASSelectionTests {
    static func select(loaded: String, _ environment: [String: String]) -> BLASKernels.Selection {
        BLASKernels.select(loaded: loaded, cpuFlags: BLASKernelTests.sapphireRapids, environment: environment) { $0 }
    }

    @Test func aCoretypeOpenBLASRejectedIsNotReportedAsTheUsersChoice() {
        let selection = Self.select(loaded: "Cooperlake", ["OPENBLAS_CORETYPE": "Garbage"])
        #expect(selection.core == "Cooperlake" && selection.source == .rejectedUser)
        #expect(selection.chosenBy == "OpenBLAS, which rejected OPENBLAS_CORETYPE=Garbage")
        guard case .keep(let reason) = selection.decision else { Issue.record("switched: \(selection.decision)"); return }
        #expect(reason.contains("rejected OPENBLAS_CORETYPE=Garbage") && reason.contains("runs Cooperlake"), "\(reason)")
    }

    @Test func aCoretypeOpenBLASKnowsIsTheUsersEvenInAnotherSpelling() {
        let haswell = Self.select(loaded: "Haswell", ["OPENBLAS_CORETYPE": "haswell"])
        #expect(haswell.source == .user && haswell.chosenBy == "the user (OPENBLAS_CORETYPE)")
        // 0.3.21 runs Prescott's kernels for Katmai: still the user's choice, and the report says what runs.
        let katmai = Self.select(loaded: "Prescott", ["OPENBLAS_CORETYPE": "Katmai"])
        #expect(katmai.source == .user && katmai.core == "Prescott")
        #expect(katmai.decision == .keep(reason: "OPENBLAS_CORETYPE=Katmai is set, and this OpenBLAS runs Prescott kernels for it; the user's choice is never changed"))
    }

    @Test func emptyTestHooksCountAsUnset() {
        let selection = Self.select(loaded: "Prescott", ["GANLESSONS_SIMULATE_DETECTED_CORE": "", "GANLESSONS_SIMULATE_CPU_FLAGS": ""])
        #expect(selection.detected == "Prescott" && selection.source == .engine && selection.core == "Cooperlake", "\(selection)")
    }

    @Test func aSwitchThatDoesNotTakeIsReported() {
        let selection = BLASKernels.select(loaded: "Prescott", cpuFlags: BLASKernelTests.zen3, environment: [:]) { _ in "Prescott" }
        #expect(selection.source == .openBLAS && selection.core == "Prescott")
        guard case .keep(let reason) = selection.decision else { Issue.record("\(selection.decision)"); return }
        #expect(reason.hasSuffix("cannot switch kernels (not DYNAMIC_ARCH)"))
    }
}
