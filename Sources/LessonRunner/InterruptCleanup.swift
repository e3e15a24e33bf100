import Foundation
import Plot

/// What an interrupt (Ctrl-C, `kill`, a closed terminal) does while lessons run: close the renderer's gate (no new
/// figure, no new gnuplot), stop every child process (gnuplot would otherwise finish the figure it was drawing into
/// a temporary file after we are gone), let a render in flight remove its own temporary files, remove any this
/// process still left under the output folder, then die of the same signal, so the shell sees 130 or 143.
///
/// The signals are taken off their default action and delivered to a dispatch queue, so the cleanup runs as
/// ordinary code on its own thread while the main thread may be deep in a computation.
final class InterruptCleanup {
    /// The signals handled: interrupt, termination, hang-up.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private let sources: [any DispatchSourceSignal]

    /// Installs the handlers for a run rendering through `gate` into `outputDirectory`; `liveScreen`: whether a live
    /// view may hold the terminal's alternate screen, which the handler then gives back (cursor shown) before dying.
    /// `terminal`, when a presentation holds the terminal in key-at-a-time mode, is put back first.
    init(gate: RenderGate, outputDirectory: String, liveScreen: Bool = false, terminal: TerminalMode? = nil) {
        let queue = DispatchQueue(label: "ganlessons.interrupt")
        // A process inherits its parent's blocked signals (a test runner's, a service manager's); a blocked signal
        // would never arrive, so this thread takes them.
        var handled = sigset_t()
        sigemptyset(&handled)
        for number in Self.signals { sigaddset(&handled, number) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        sources = Self.signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                gate.close()
                // A gnuplot being started as the gate closed is killed on a later pass.
                let deadline = Date().addingTimeInterval(2)
                repeat { ChildProcesses.killAll() } while !gate.waitUntilIdle(seconds: 0.05) && Date() < deadline
                ChildProcesses.killAll()
                AtomicFile.removeTemporaries(under: outputDirectory)
                terminal?.restore()
                if liveScreen { FileDescriptorIO.write(LiveView.restoreScreen, to: STDOUT_FILENO) }
                signal(number, SIG_DFL)
                kill(getpid(), number)
            }
            source.resume()
            return source
        }
    }

    /// Parks the calling thread while the handler finishes and ends the process by the signal.
    func awaitEnd() -> Never {
        while true { sleep(60) }
    }

    deinit {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}

/// This process's children, found in /proc (Linux), for stopping them without a record of each.
enum ChildProcesses {
    /// The process ids whose parent is `parent`.
    static func of(_ parent: Int32 = getpid()) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses, so split after the last ')'.
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
    }

    /// Sends SIGKILL to every child and waits (up to a second) until each has stopped running, so none can write a
    /// file after this returns.
    static func killAll() {
        let children = of()
        for child in children { kill(child, SIGKILL) }
        let deadline = Date().addingTimeInterval(1)
        for child in children {
            while isRunning(child) && Date() < deadline { usleep(5_000) }
        }
    }

    /// Whether `pid` exists and is not a zombie.
    private static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].hasPrefix(" Z")
    }
}
