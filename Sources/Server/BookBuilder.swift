import Foundation
import Synchronization

/// The book the server shows: written by `lessons book` (the same pages as the static book) into a private folder,
/// started at the first request for a page and removed when the server stops.
public final class BookBuilder: Sendable {
    /// Where the build stands.
    public enum Status: Sendable, Equatable {
        /// Nobody asked for the book yet.
        case idle
        /// `lessons book` is running; pages appear as their lessons finish.
        case building
        /// Every page is written.
        case done
        /// The build stopped; the reason, for the page.
        case failed(String)
    }

    struct State {
        var status = Status.idle
        var process: Process?
    }

    /// The folder the pages are written into.
    public let folder: String
    private let command: [String]
    private let state = Mutex(State())

    /// A builder that runs `lessons book` (at `lessonsPath`) on `lessons` (all when empty) with `--quick` when
    /// `quick`, and `--seed seed`, into a fresh temporary folder.
    public init(lessonsPath: String, quick: Bool, seed: UInt64, lessons: [String] = []) throws {
        let base = FileManager.default.temporaryDirectory.path + "/lessons-serve-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        folder = base + "/book"
        command = [lessonsPath, "book"] + lessons + ["--out", folder, "--seed", String(seed)] + (quick ? ["--quick"] : [])
    }

    /// The build's status.
    public var status: Status { state.withLock(\.status) }

    /// Starts `lessons book` unless it runs or ran.
    public func start() {
        let process = Process()
        let shouldStart = state.withLock { state -> Bool in
            guard state.status == .idle else { return false }
            state.status = .building
            state.process = process
            return true
        }
        guard shouldStart, let executable = command.first else { return }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(command.dropFirst())
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let log = folder + ".log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: log) ?? FileHandle.nullDevice
        process.terminationHandler = { [self] finished in
            let ok = finished.terminationReason == .exit && (finished.terminationStatus == 0 || finished.terminationStatus == 1)
            let tail = (try? String(contentsOfFile: log, encoding: .utf8)).map { String($0.suffix(600)) } ?? ""
            state.withLock { state in
                guard state.status == .building else { return }
                state.status = ok ? .done : .failed("lessons book ended with status \(finished.terminationStatus): \(tail)")
                state.process = nil
            }
        }
        do {
            try process.run()
        } catch {
            state.withLock { $0.status = .failed("cannot start \(executable): \(error)"); $0.process = nil }
        }
    }

    /// Stops a running build and removes the folder.
    public func stop() {
        let running = state.withLock { state -> Process? in
            defer { state.process = nil; if state.status == .building { state.status = .failed("stopped") } }
            return state.process
        }
        if let running, running.isRunning {
            running.interrupt()  // SIGINT: the lessons command removes its temporary files and ends gnuplot
            let deadline = Date().addingTimeInterval(5)
            while running.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if running.isRunning { running.terminate() }
            running.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent)
    }

    /// The bytes of the page or figure `name` (already checked by `SafePath`), or nil while it is not written.
    public func file(_ name: String) -> Data? {
        FileManager.default.contents(atPath: folder + "/" + name)
    }
}
