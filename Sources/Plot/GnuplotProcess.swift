import Foundation

/// One gnuplot process kept for a whole run, fed scripts over its standard input (started with an argv, no shell).
///
/// After each script a sync token is printed to stdout and to stderr; both pipes are read on their own threads,
/// so whatever gnuplot wrote before the tokens belongs to that script: stdout is the drawing of text and sixel
/// terminals, stderr is gnuplot's error message. A dead or hung gnuplot becomes an error within `timeout`.
public final class GnuplotProcess {
    private let process = Process()
    private let input: FileHandle
    private let output: PipeReader
    private let errors: PipeReader
    private var scriptsRun = 0

    /// The path of the gnuplot executable on PATH, if any.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/gnuplot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The command that installs gnuplot on this machine: as root `apt-get install …`; with sudo on PATH through sudo;
    /// otherwise through `su`, which asks for root's password.
    public static func installCommand(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let install = "apt-get install -y gnuplot-nox"
        if getuid() == 0 { return install }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        let hasSudo = directories.contains { FileManager.default.isExecutableFile(atPath: "\($0)/sudo") }
        return hasSudo ? "sudo " + install : "su -c '\(install)'"
    }

    /// The names of the terminals the installed gnuplot offers (`set terminal` lists them), empty without gnuplot.
    public static func terminals(executable: String? = nil) -> Set<String> {
        guard let path = executable ?? locate() else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-e", "set terminal"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return [] }
        let listing = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Set(listing.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            return line.hasPrefix(" ") && words.count > 1 ? String(words[0]) : nil
        })
    }

    /// The window terminals `--live window` can draw in, best first, and the Debian packages that bring them.
    public static let windowTerminals = ["qt", "wxt", "x11"]
    public static let windowPackages = "gnuplot-qt or gnuplot-x11"

    /// The lines that draw into a window of `terminal` (one of `windowTerminals`) titled `title`, without raising it.
    static func windowTerminalLine(_ terminal: String, title: String) -> String {
        "set encoding utf8\nset terminal \(terminal) noraise size 1000,700 title " + ScriptWriter.quoted(title)
    }

    /// Starts gnuplot; throws `PlotError.gnuplotMissing` when it is not installed.
    public init(executable: String? = nil) throws {
        guard let path = executable ?? GnuplotProcess.locate() else { throw PlotError.gnuplotMissing }
        signal(SIGPIPE, SIG_IGN)  // a write to a dead gnuplot must fail with EPIPE, not kill us
        let stdinPipe = Pipe(), stdoutPipe = Pipe(), stderrPipe = Pipe()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = []
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        do {
            try process.run()
        } catch {
            throw PlotError.gnuplotMissing
        }
        input = stdinPipe.fileHandleForWriting
        output = PipeReader(stdoutPipe.fileHandleForReading.fileDescriptor)
        errors = PipeReader(stderrPipe.fileHandleForReading.fileDescriptor)
    }

    /// The number of scripts this process has run (one process serves many figures).
    public var scriptCount: Int { scriptsRun }

    /// Whether the process is still alive.
    public var isRunning: Bool { process.isRunning }

    /// Runs `script` and returns what it printed to stdout; throws with gnuplot's message when it reports an error.
    /// Lines of stderr that are only warnings are returned in `warnings`.
    @discardableResult
    public func run(_ script: String, label: String, timeout: Double = 60) throws -> (output: String, warnings: [String]) {
        scriptsRun += 1
        let token = "__ganlessons_sync_\(scriptsRun)__"
        let sync = "\nset print '-'\nprint '\(token)'\nset print\nprint '\(token)'\n"
        guard write(script + sync) else {
            throw PlotError.gnuplotDied(figure: label, message: errors.drain())
        }
        let deadline = Date().addingTimeInterval(timeout)
        let stdoutText = try wait(for: token, in: output, until: deadline, label: label, timeout: timeout)
        let stderrText = try wait(for: token, in: errors, until: deadline, label: label, timeout: timeout)
        let lines = stderrText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if lines.contains(where: GnuplotProcess.isError) {
            throw PlotError.gnuplotFailed(figure: label, message: stderrText.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return (stdoutText, lines.filter { $0.lowercased().contains("warning") })
    }

    /// gnuplot reports an error as `line N: message` (after echoing the command and a caret); a message that
    /// starts with "warning:" is only a warning.
    static func isError(_ line: String) -> Bool {
        guard let match = line.range(of: #"line [0-9]+: "#, options: .regularExpression) else { return false }
        return !line[match.upperBound...].lowercased().hasPrefix("warning")
    }

    private func wait(for token: String, in reader: PipeReader, until deadline: Date, label: String,
                      timeout: Double) throws -> String {
        switch reader.read(through: token + "\n", until: deadline) {
        case .found(let text):
            return text
        case .closed(let text):
            throw PlotError.gnuplotDied(figure: label, message: (text + errors.drain()).trimmingCharacters(in: .whitespacesAndNewlines))
        case .timedOut:
            kill()
            throw PlotError.timedOut(figure: label, seconds: timeout)
        }
    }

    /// Writes all of `text` to gnuplot's stdin; false when the pipe is closed.
    private func write(_ text: String) -> Bool {
        FileDescriptorIO.write(text, to: input.fileDescriptor) == 0
    }

    /// Stops gnuplot at once with SIGKILL (gnuplot ignores SIGTERM while it reads commands).
    public func kill() {
        if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    deinit {
        _ = write("exit\n")
        try? input.close()
    }
}

/// Reads one pipe on a background thread into a buffer that `read(through:until:)` consumes.
final class PipeReader: @unchecked Sendable {
    enum Outcome {
        case found(String)
        case closed(String)
        case timedOut
    }

    private let condition = NSCondition()
    private var buffer = Data()
    private var closed = false

    init(_ descriptor: Int32) {
        let thread = Thread { [self] in
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0 && errno == EINTR { continue }
                condition.lock()
                if count > 0 { buffer.append(contentsOf: chunk[0..<count]) } else { closed = true }
                condition.broadcast()
                condition.unlock()
                if count <= 0 { return }
            }
        }
        thread.start()
    }

    /// Waits until `token` arrives and returns everything before it (removing both from the buffer).
    func read(through token: String, until deadline: Date) -> Outcome {
        let marker = Data(token.utf8)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let range = buffer.range(of: marker) {
                let text = String(decoding: buffer[buffer.startIndex..<range.lowerBound], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex..<range.upperBound)
                return .found(text)
            }
            if closed { return .closed(String(decoding: buffer, as: UTF8.self)) }
            if !condition.wait(until: deadline) { return .timedOut }
        }
    }

    /// Everything buffered so far (after a short grace period for a dying process to finish writing).
    func drain() -> String {
        condition.lock()
        defer { condition.unlock() }
        if !closed { _ = condition.wait(until: Date().addingTimeInterval(0.2)) }
        let text = String(decoding: buffer, as: UTF8.self)
        buffer.removeAll()
        return text
    }
}
