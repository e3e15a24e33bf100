import ArgumentParser
import Foundation

/// Busy competing processes for measuring a shared machine: each is `lessons spin`, started here and stopped by
/// `stop()`; a spinner whose parent dies (even by SIGKILL) notices within 50 ms and exits by itself.
struct BusyLoad {
    private let spinners: [Process]

    /// Starts `processes` spinners (none for 0).
    init(processes: Int) throws {
        spinners = try (0..<processes).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
            process.arguments = ["spin"]
            do {
                try process.run()
            } catch {
                throw RunnerExit(status: ExitStatus.environment, message: "could not start a busy process: \(error.localizedDescription)")
            }
            return process
        }
    }

    /// Stops every spinner and waits for it. SIGKILL, because a child inherits its parent's blocked signals, and
    /// SIGTERM may be among them.
    func stop() {
        for spinner in spinners where spinner.isRunning {
            kill(spinner.processIdentifier, SIGKILL)
            spinner.waitUntilExit()
        }
    }
}

/// `lessons spin`: keeps one core busy until its parent process ends (for `bench --busy`). Not listed in help.
struct SpinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "spin", abstract: "Keep one core busy while the parent runs.",
                                                    shouldDisplay: false)

    func run() throws {
        let parent = getppid()
        while getppid() == parent {
            let until = DispatchTime.now().uptimeNanoseconds + 50_000_000
            while DispatchTime.now().uptimeNanoseconds < until {}
        }
    }
}
