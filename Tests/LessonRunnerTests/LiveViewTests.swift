import Foundation
import Testing

/// `lessons run 11 --quick --live terminal` in a real terminal (tmux), as a person would watch it: the picture is
/// redrawn in place while training runs, and the notebook's text is on the screen at the end.
@Suite("Live view in a terminal", .serialized)
struct LiveViewTests {
    /// tmux on a socket of its own, so the test neither sees nor disturbs other sessions.
    static let socket = "ganlessons-test-\(getpid())"

    /// Runs tmux and waits for it, returning what it printed.
    @discardableResult
    static func tmux(_ arguments: [String], socket: String = socket) throws -> String {
        try spawn(["tmux", "-L", socket] + arguments, errors: false).output
    }

    /// Runs a program and waits for it, returning its status and what it printed (standard error too, with
    /// `errors`). Spawned directly with an empty signal mask and reaped with waitpid: the test runner blocks signals,
    /// a child inherits that mask, and a tmux server that never sees SIGCHLD never notices its panes (nor does
    /// Foundation's Process see the client end), nor ends on kill-server. Output goes to a file, not a pipe, which the
    /// server `new-session` starts would hold open for ever.
    static func spawn(_ argv: [String], errors: Bool = true) throws -> (status: Int32, output: String) {
        let file = NSTemporaryDirectory() + "ganlessons-spawn-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if errors {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let arguments = argv.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, argv[0], &actions, &attributes, arguments, environ) == 0 else {
            throw CocoaError(.executableNotLoadable)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exited, (try? String(contentsOfFile: file, encoding: .utf8)) ?? "")
    }

    static func screen(_ session: String = "live", socket: String = socket) throws -> String {
        try tmux(["capture-pane", "-t", session, "-p"], socket: socket)
    }

    /// Polls the screen until `condition` holds or `seconds` pass; returns the last screen.
    static func wait(seconds: Double, in session: String = "live", socket: String = socket,
                     until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = try screen(session, socket: socket)
        while !condition(last) && Date() < deadline {
            usleep(100_000)
            last = try screen(session, socket: socket)
        }
        return last
    }

    @Test func thePictureIsRedrawnInPlaceAndTheTextComesBack() throws {
        let out = ExecutableTests.scratch()
        try Self.tmux(["new-session", "-d", "-s", "live", "-x", "100", "-y", "30",
                       "\(ExecutableTests.executable) run 11 --quick --plot none --live terminal --out \(out); sleep 120"])
        defer { _ = try? Self.tmux(["kill-server"]) }
        let first = try Self.wait(seconds: 60) { $0.contains("iteration") && $0.contains("+-----") }
        #expect(first.contains("exact W1 at the last checkpoint"), "\(first)")
        // A later frame replaces it (polled: under a loaded test run the next frame can take a few seconds).
        let second = try Self.wait(seconds: 60) { $0 != first && $0.contains("iteration") && $0.contains("+-----") }
        #expect(first != second, "no new frame within 60 s of the first")
        // Drawn in place: the frame starts at the top of the screen, not somewhere down a scrolling log.
        #expect(second.split(separator: "\n").prefix(5).contains { $0.contains("iteration") }, "\(second)")
        let end = try Self.wait(seconds: 120) { $0.contains("claims hold") || $0.contains("failed") }
        #expect(end.contains("claims hold") && end.contains("estimate-vs-w1"), "\(end)")
        #expect(!end.contains("+-----"), "the live picture is gone once the lesson has finished: \(end)")
    }

    @Test func withoutATerminalItIsAUsageError() throws {
        let result = try ExecutableTests.run(["run", "11", "--quick", "--live", "terminal"])
        #expect(result.status == 2 && result.stderr.contains("needs a terminal"), "\(result.stderr)")
        let json = try ExecutableTests.run(["run", "11", "--quick", "--live", "terminal", "--format", "json"])
        #expect(json.status == 2 && json.stderr.contains("--format json"), "\(json.stderr)")
    }
}
