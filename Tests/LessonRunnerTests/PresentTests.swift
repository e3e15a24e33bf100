import Foundation
import Testing

/// `lessons present` in a real 80×24 terminal (tmux), driven by key presses as a teacher would drive it.
@Suite("Present mode in a terminal", .serialized)
struct PresentTests {
    /// A tmux server of this suite's own: the live-view tests, which may run at the same time, kill theirs.
    static let socket = "ganlessons-present-\(getpid())"

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String { try LiveViewTests.tmux(arguments, socket: socket) }

    static func wait(seconds: Double, until condition: (String) -> Bool) throws -> String {
        try LiveViewTests.wait(seconds: seconds, in: "present", socket: socket, until: condition)
    }

    static func press(_ key: String) throws { try tmux(["send-keys", "-t", "present", key]) }

    /// After the command, the pane prints its exit status and whether the terminal reads lines and echoes again.
    static func start(_ arguments: String, out: String) throws {
        let settings = "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo -e icanon -e -icanon | tr '\\n' ' '"
        // The shell traps Ctrl-C (as an interactive one ignores it), so it lives on to report the status; a trapped
        // signal is back to its default in the command it starts.
        let script = "trap : INT; \(ExecutableTests.executable) present \(arguments) --out \(out); echo EXIT=$?; echo TTY=$(\(settings)); sleep 120"
        try Self.tmux(["new-session", "-d", "-s", "present", "-x", "80", "-y", "24", "bash", "-c", script])
    }

    @Test("present 1: the title and first prose only, claims as Enter reaches them, b goes back, q exits 0 and restores the terminal")
    func walkThroughLessonOne() throws {
        try Self.start("1 --quick", out: ExecutableTests.scratch())
        defer { _ = try? Self.tmux(["kill-server"]) }
        let first = try Self.wait(seconds: 30) { $0.contains("cell 1/") && !$0.contains("Computing") }
        #expect(first.contains("Lesson 1 · KL and JS divergence") && first.contains("Two ways to compare distributions"), "\(first)")
        #expect(!first.contains("✓") && first.contains("claims 0/0 so far"), "the first screen shows only the first prose: \(first)")
        let lines = first.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 24 && lines.allSatisfy { $0.count <= 80 })
        #expect(lines.last { !$0.isEmpty }?.contains("lesson 1 · cell 1/") == true, "the status line is the last row: \(first)")
        for _ in 0..<5 { try Self.press("Enter"); usleep(150_000) }
        let sixth = try Self.wait(seconds: 10) { $0.contains("cell 6/") }
        #expect(sixth.contains("✓") && sixth.contains("claims 1/1 so far"), "\(sixth)")
        try Self.press("b")
        let fifth = try Self.wait(seconds: 10) { $0.contains("cell 5/") }
        #expect(fifth.contains("claims 0/0 so far"), "\(fifth)")
        try Self.press("q")
        let end = try Self.wait(seconds: 10) { $0.contains("TTY=") }
        #expect(end.contains("EXIT=0") && end.contains("TTY=icanon echo"), "\(end)")
        #expect(!end.contains("cell 5/"), "the presentation's screen is gone: \(end)")
    }

    @Test("Waiting for a cell shows the lesson training live; Ctrl-C then ends with 130 and gives the terminal back")
    func interruptRestoresTheTerminal() throws {
        try Self.start("12 --quick", out: ExecutableTests.scratch())
        defer { _ = try? Self.tmux(["kill-server"]) }
        _ = try Self.wait(seconds: 30) { $0.contains("cell 1/") }
        // Enter moves on to the cell being computed; pressed again until the presenter waits there (under a loaded test
        // run the first cells can arrive after the first presses, which then stop at the last cell made so far).
        // Waiting for a cell still being computed, the screen shows the lesson training, live.
        var waiting = try LiveViewTests.screen("present", socket: Self.socket)
        for _ in 0..<60 where !(waiting.contains("training, live") && waiting.contains("iteration")) {
            try Self.press("Enter")
            waiting = try Self.wait(seconds: 0.5) { $0.contains("training, live") && $0.contains("iteration") }
        }
        #expect(waiting.contains("Computing the next cell: training, live") && waiting.contains("of 308"), "\(waiting)")
        try Self.press("C-c")
        let end = try Self.wait(seconds: 10) { $0.contains("TTY=") }
        #expect(end.contains("EXIT=130") && end.contains("TTY=icanon echo"), "\(end)")
    }

    /// tmux's view of the pane: whether it is on the alternate screen and whether the cursor is shown ("1 1").
    static func paneFlags() throws -> String {
        try tmux(["display-message", "-p", "-t", "present", "#{alternate_on} #{cursor_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("Ctrl-Z gives the shell its terminal back (main screen, cursor, line mode); fg takes it again and redraws")
    func suspendAndResume() throws {
        let out = ExecutableTests.scratch(), resume = out + ".resume"
        let settings = "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo -e icanon -e -icanon | tr '\\n' ' '"
        // A shell with job control, as an interactive one has: Ctrl-Z stops the job and the script goes on.
        let script = "set -m; \(ExecutableTests.executable) present 1 --quick --out \(out); echo STOPPED=$?; echo SUSPENDED=$(\(settings)); "
            + "while [ ! -e \(resume) ]; do sleep 0.1; done; fg; echo EXIT=$?; echo TTY=$(\(settings)); sleep 120"
        try Self.tmux(["new-session", "-d", "-s", "present", "-x", "80", "-y", "24", "bash", "-c", script])
        defer { _ = try? Self.tmux(["kill-server"]) }
        _ = try Self.wait(seconds: 30) { $0.contains("cell 1/") && !$0.contains("Computing") }
        #expect(try Self.paneFlags() == "1 0", "the presentation holds the alternate screen, cursor hidden")
        try Self.press("C-z")
        let suspended = try Self.wait(seconds: 10) { $0.contains("SUSPENDED=") }
        #expect(suspended.contains("STOPPED=148") && suspended.contains("SUSPENDED=icanon echo"), "\(suspended)")
        #expect(try Self.paneFlags() == "0 1", "suspended, the shell has the main screen and a cursor")
        FileManager.default.createFile(atPath: resume, contents: Data())
        let resumed = try Self.wait(seconds: 10) { $0.contains("cell 1/") }
        #expect(resumed.contains("Lesson 1 · KL and JS divergence"), "\(resumed)")
        #expect(try Self.paneFlags() == "1 0")
        // Key-at-a-time input again: n alone (no Enter) moves on.
        try Self.press("n")
        #expect(try Self.wait(seconds: 10) { $0.contains("cell 2/") }.contains("cell 2/"), "n did not move on after fg")
        try Self.press("q")
        let end = try Self.wait(seconds: 10) { $0.contains("TTY=") }
        #expect(end.contains("EXIT=0") && end.contains("TTY=icanon echo"), "\(end)")
    }

    @Test("Below 40×10 the screen says the terminal is too small, and the presentation comes back when it grows")
    func tooSmallATerminalSaysSo() throws {
        try Self.start("1 --quick", out: ExecutableTests.scratch())
        defer { _ = try? Self.tmux(["kill-server"]) }
        _ = try Self.wait(seconds: 30) { $0.contains("cell 1/") && !$0.contains("Computing") }
        try Self.tmux(["resize-window", "-t", "present", "-x", "30", "-y", "8"])
        let small = try Self.wait(seconds: 10) { $0.contains("too small") }
        #expect(small.contains("too small") && small.contains("40×10"), "\(small)")
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 30 }, "\(small)")
        try Self.tmux(["resize-window", "-t", "present", "-x", "100", "-y", "30"])
        let grown = try Self.wait(seconds: 10) { $0.contains("cell 1/") }
        #expect(grown.contains("Lesson 1 · KL and JS divergence") && !grown.contains("too small"), "\(grown)")
        #expect(grown.split(separator: "\n").contains { $0.count > 80 }, "the prose is wrapped to the grown window: \(grown)")
        try Self.press("q")
        let end = try Self.wait(seconds: 10) { $0.contains("TTY=") }
        #expect(end.contains("EXIT=0"), "\(end)")
    }

    @Test("present with input from a pipe is a usage error that says why")
    func pipedInputIsAUsageError() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ExecutableTests.executable)
        process.arguments = ["present", "1", "--quick"]
        process.standardInput = Pipe()
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2 && message.contains("standard input is not one"), "\(message)")
    }
}
