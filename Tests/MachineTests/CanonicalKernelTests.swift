import Testing
@testable import Machine

/// `lessons figures` runs one kernel set wherever the CPU has it (issue 31, item 4): the choice as a pure function.
@Suite("The canonical kernels of lessons figures")
struct CanonicalKernelTests {
    /// (CPU flags, OPENBLAS_CORETYPE or nil) → (the core to switch to or nil to keep the engine's, canonical?, a note?).
    @Test(arguments: [
        (BLASKernelTests.sapphireRapids, nil, "Haswell", true, false),   // AVX-512 with BF16: still Haswell, not Cooperlake
        (BLASKernelTests.iceLake, nil, "Haswell", true, false),          // AVX-512: Haswell, not SkylakeX
        (BLASKernelTests.zen3, nil, "Haswell", true, false),             // AMD: Haswell, not Zen
        (BLASKernelTests.ivyBridge, nil, nil, false, true),              // AVX without AVX2: the fastest there is, noted
        (BLASKernelTests.atom, nil, nil, false, true),                   // SSE only: the same
        (["avx2"], nil, nil, false, true),                               // AVX2 without FMA is not enough for Haswell's kernels
        (BLASKernelTests.sapphireRapids, "Cooperlake", nil, false, true), // the user's choice is kept, with a note
        (BLASKernelTests.zen3, "Zen", nil, false, true),
        (BLASKernelTests.sapphireRapids, "haswell", nil, true, false),  // the user asked for the canonical kernels
        (BLASKernelTests.sapphireRapids, "", "Haswell", true, false),   // an empty variable is no choice
    ] as [(Set<String>, String?, String?, Bool, Bool)])
    func choice(_ flags: Set<String>, _ coretype: String?, _ core: String?, _ canonical: Bool, _ noted: Bool) {
        let environment = coretype.map { ["OPENBLAS_CORETYPE": $0, "PATH": "/usr/bin"] } ?? ["PATH": "/usr/bin"]
        let choice = CanonicalKernels.choose(flags: flags, environment: environment)
        #expect(choice.core == core && choice.isCanonical == canonical && (choice.note != nil) == noted, "\(choice)")
        if let coretype, !coretype.isEmpty, noted { #expect(choice.note?.contains("OPENBLAS_CORETYPE=\(coretype)") == true) }
    }

    /// The canonical core is one OpenBLAS 0.3.21 ships, and it needs exactly AVX2 and FMA.
    @Test func theCanonicalCoreIsAnAVX2CoreOfTheTable() {
        #expect(BLASKernels.level[CanonicalKernels.core] == 2)
        #expect(CanonicalKernels.description(of: CanonicalKernels.choose(flags: BLASKernelTests.zen3, environment: [:]), running: "Haswell")
                == "Haswell kernels (canonical)")
    }
}
