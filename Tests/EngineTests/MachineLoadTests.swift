import Foundation
import Testing
@testable import Engine

@Suite("OpenBLAS threads on a shared machine", .serialized)
struct MachineLoadTests {
    @Test func smallProductsRunOnOneThreadAndAFixedPolicyIgnoresTheLoad() {
        let policy = BLASThreads.Policy(threads: 2, threshold: 1000)
        #expect(policy.threads(multiplyAdds: 999) == 1 && policy.threads(multiplyAdds: 1000) == 2)
        #expect(policy.load == nil && BLASThreads.Policy.adaptive().load != nil)
    }

    /// A process of our own spinning on one core is "elsewhere": the monitor must see at least one busy core,
    /// and an adaptive policy on this machine must then give a thread up.
    @Test func aBusyProcessElsewhereIsSeenAndCostsAThread() throws {
        let spinner = Process()
        spinner.executableURL = URL(fileURLWithPath: "/bin/sh")
        spinner.arguments = ["-c", "while :; do :; done"]
        try spinner.run()
        defer { kill(spinner.processIdentifier, SIGKILL); spinner.waitUntilExit() }  // SIGTERM may be blocked here
        let load = MachineLoad(interval: 0.2)
        _ = load.busyCoresElsewhere()  // the first sample
        Thread.sleep(forTimeInterval: 0.5)
        #expect(load.busyCoresElsewhere() >= 1)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let policy = BLASThreads.Policy(threads: cores, adaptive: true)
        _ = policy.threads(multiplyAdds: 1 << 20)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(policy.threads(multiplyAdds: 1 << 20) <= max(1, cores - 1))
    }

    @Test func countersAreRead() throws {
        let machine = try #require(MachineLoad.machineBusySeconds()), own = try #require(MachineLoad.ownSeconds())
        #expect(machine > 0 && own > 0 && own <= machine + 1)
    }
}
