import ArgumentParser
import Foundation

/// Busy competing processes for measuring a shared machine: each is `lessons spin --parent PID`, started here and
/// stopped by `stop()`. The bench's process id is captured before the spinner starts and passed to it, so a spinner
/// whose bench died at any moment — before it started running, or later, even by SIGKILL — exits by itself within
/// 50 ms (its parent is then another process).
struct BusyLoad {
    private let spinners: [Process]

    /// The most spinners `--busy` may ask for: four per core.
    static var limit: Int { 4 * ProcessInfo.processInfo.activeProcessorCount }

    /// Starts `processes` spinners (none for 0).
    init(processes: Int) throws {
        let parent = getpid()
        var started: [Process] = []
        for _ in 0..<processes {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
            process.arguments = ["spin", "--parent", String(parent)]
            do {
                try process.run()
            } catch {
                Self.stop(started)
                throw RunnerExit(status: ExitStatus.environment, message: "could not start a busy process: \(error.localizedDescription)")
            }
            started.append(process)
        }
        spinners = started
    }

    /// Stops every spinner and waits for it.
    func stop() { Self.stop(spinners) }

    /// SIGKILL, because a child inherits its parent's blocked signals, and SIGTERM may be among them.
    private static func stop(_ spinners: [Process]) {
        for spinner in spinners where spinner.isRunning {
            kill(spinner.processIdentifier, SIGKILL)
            spinner.waitUntilExit()
        }
    }
}

/// `lessons spin --parent PID`: keeps one core busy while process PID is its parent (for `bench --busy`). Not listed in help.
struct SpinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "spin", abstract: "Keep one core busy while the parent runs.",
                                                    shouldDisplay: false)

    @Option(help: "The process id of the bench that started this spinner; the spinner ends as soon as it is not its parent.")
    var parent: Int32

    func run() throws {
        // Checked before the first spin too: a bench that died before this process ran has left it another parent.
        while getppid() == parent {
            let until = DispatchTime.now().uptimeNanoseconds + 50_000_000
            while DispatchTime.now().uptimeNanoseconds < until {}
        }
    }
}
