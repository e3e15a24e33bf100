import Foundation
import Testing
@testable import Machine

@Suite("OpenBLAS threads on a shared machine", .serialized)
struct MachineLoadTests {
    @Test func smallProductsRunOnOneThreadAndAFixedPolicyIgnoresTheLoad() {
        let policy = BLASThreads.Policy(threads: 2, threshold: 1000)
        #expect(policy.threads(multiplyAdds: 999) == 1 && policy.threads(multiplyAdds: 1000) == 2)
        #expect(policy.load == nil && BLASThreads.Policy.adaptive().load != nil)
    }

    /// A process of our own spinning on one core is "elsewhere": the monitor must see it, though the test process's
    /// own threads (every test runs in it) are not counted.
    @Test func aBusyProcessElsewhereIsSeen() throws {
        let spinner = Process()
        spinner.executableURL = URL(fileURLWithPath: "/bin/sh")
        spinner.arguments = ["-c", "while :; do :; done"]
        try spinner.run()
        defer { kill(spinner.processIdentifier, SIGKILL); spinner.waitUntilExit() }  // SIGTERM may be blocked here
        let load = MachineLoad(interval: 0.2)
        let pid = String(spinner.processIdentifier)
        let spunBefore = try #require(MachineLoad.processSeconds(pid))
        let start = DispatchTime.now().uptimeNanoseconds
        _ = load.coresUsedElsewhere()  // the first sample
        Thread.sleep(forTimeInterval: 0.5)
        let seen = load.coresUsedElsewhere()
        let window = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let spun = try #require(MachineLoad.processSeconds(pid)) - spunBefore
        // The spinner really ran (else the load measured was someone else's, and the test would pass without it)…
        #expect(spinner.isRunning && spun >= 0.05, "the spinner ran \(spun) s")
        // …and the monitor saw at least its share of a core, whatever share a busy machine gave it (a full core on a
        // quiet one; the counters tick in hundredths of a second, hence the margin).
        #expect(seen >= 0.8 * spun / window - 0.05, "saw \(seen) cores elsewhere; the spinner alone used \(spun / window)")
    }

    @Test func countersAreRead() throws {
        let machine = try #require(MachineLoad.machineBusySeconds()), own = try #require(MachineLoad.ownSeconds())
        #expect(machine > 0 && own > 0 && own <= machine + 1)
    }
}
