import Foundation
import Testing
@testable import LessonRunner

/// The hostile cases of issue 34, with the built executable: busy processes outliving a killed bench, a deleted
/// working folder, out-of-bounds bench options, a lesson folder linked into Figures/, paths gnuplot cannot quote,
/// and the smaller ones (help into a full output, repeated lessons, a closed standard output, figures outside a checkout).
@Suite("Reliability, round two", .serialized)
struct RoundTwoTests {
    typealias CLI = ExecutableTests

    /// Starts `lessons ARGS` with an empty signal mask (the test runner blocks signals, and a child inherits the mask,
    /// which would make SIGTERM wait for ever), output to /dev/null; returns its process id.
    static func start(_ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = ([CLI.executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, CLI.executable, &actions, &attributes, argv, environ) == 0 else { throw CocoaError(.executableNotLoadable) }
        return pid
    }

    /// Running `lessons spin` processes of this build: /proc/PID/exe is our executable and the first argument `spin`.
    static func spinners() -> [Int32] {
        let executable = URL(fileURLWithPath: CLI.executable).resolvingSymlinksInPath().path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe"), target == executable,
                  let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let arguments = cmdline.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            return arguments.count > 1 && arguments[1] == "spin" && !(stat.split(separator: ")").last?.hasPrefix(" Z") ?? true)
        }
    }

    /// `bench --busy` killed at ten moments from its start to half a second in (while it starts its spinners, and
    /// after): no spinner may be left running, by SIGTERM or by SIGKILL.
    @Test func aKilledBenchLeavesNoBusyProcess() throws {
        for step in 0..<10 {
            let delay = 0.5 * Double(step) / 9
            let pid = try Self.start(["bench", "--busy", "6", "--widths", "64", "--modes", "clipping", "--rounds", "1", "--chunks", "1",
                                      "--iterations", "1", "--warmup", "0"])
            usleep(UInt32(delay * 1e6))
            kill(pid, step % 2 == 0 ? SIGTERM : SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            // A spinner checks its parent every 50 ms.
            var left = Self.spinners()
            let deadline = Date().addingTimeInterval(1.5)
            while !left.isEmpty && Date() < deadline {
                usleep(20_000)
                left = Self.spinners()
            }
            for spinner in left { kill(spinner, SIGKILL) }  // not to leave them burning the machine
            #expect(left.isEmpty, "killed after \(delay) s, \(left.count) spinners were left")
        }
    }

    /// `lessons ARGS` started in a folder that is deleted before it runs (`cd DIR && rmdir DIR && lessons …`).
    static func runInDeletedFolder(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let folder = CLI.scratch()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try CLI.run(["-c", "cd \"$0\" && rmdir \"$0\" && exec \"$@\"", folder, CLI.executable] + arguments, executable: "/bin/sh")
    }

    /// Absolute paths work from a deleted working folder; relative ones (the default --out too) are an environment error.
    @Test func aDeletedWorkingFolderIsNoCrash() throws {
        let out = CLI.scratch()
        for arguments in [["run", "1", "--quick", "--plot", "none", "--out", out + "/run"], ["notebook", "1", "--quick", "--out", out + "/nb"],
                          ["book", "1", "--quick", "--out", out + "/book"]] {
            let result = try Self.runInDeletedFolder(arguments)
            #expect(result.status == 0, "\(arguments): \(result.status) \(result.stderr)")
        }
        for arguments in [["run", "1", "--quick", "--plot", "none", "--out", "relative"], ["run", "1", "--quick", "--plot", "none"],
                          ["book", "1", "--quick"], ["notebook", "1", "--quick", "--out", "nb"]] {
            let result = try Self.runInDeletedFolder(arguments)
            #expect(result.status == 3 && result.stderr.contains("the current folder no longer exists"), "\(arguments): \(result.status) \(result.stderr)")
        }
    }

    @Test func anOversizedBenchIsAUsageErrorThatSaysTheMemory() throws {
        let result = try CLI.run(["bench", "--widths", "100000"])
        #expect(result.status == 2 && result.stderr.contains("DIM 100000 needs 40.0 GB"), "\(result.status) \(result.stderr)")
    }

    /// A lesson's folder under --out that is a link into Figures/ is refused before computing, as --out itself is.
    @Test func aLessonFolderLinkedIntoFiguresIsRefused() throws {
        let checkout = CLI.scratch(), out = CLI.scratch()
        try FileManager.default.createDirectory(atPath: checkout + "/Figures/01-kl-js", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: checkout + "/Package.swift", contents: Data())
        try "committed".write(toFile: checkout + "/Figures/01-kl-js/kl-js-integrands.dat", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: out + "/01-kl-js", withDestinationPath: checkout + "/Figures/01-kl-js")
        for arguments in [["run", "1", "--quick", "--plot", "none", "--out", out], ["notebook", "1", "--quick", "--out", out]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2 && result.stderr.contains("tutorial's Figures") && result.stderr.contains("01-kl-js"),
                    "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try String(contentsOfFile: checkout + "/Figures/01-kl-js/kl-js-integrands.dat", encoding: .utf8) == "committed")
    }

    /// gnuplot's quoting turns a line break into a space: such a path is a usage error before any computation.
    @Test(arguments: ["line\nbreak", "carriage\rreturn", "tab\tstop", "escape\u{1B}[0m", "delete\u{7F}"])
    func aPathGnuplotCannotQuoteIsAUsageError(_ name: String) throws {
        for command in ["run", "figures", "book", "notebook"] {
            var arguments = [command, "1", "--out", CLI.scratch() + "/" + name]
            if command == "run" { arguments += ["--quick", "--plot", "none"] }
            let result = try CLI.run(arguments)
            #expect(result.status == 2 && result.stderr.contains("gnuplot") && result.stdout.isEmpty, "\(command): \(result.status) \(result.stderr)")
        }
    }

    /// `--help` goes through the same checked write as every other output: a full output is exit 3.
    @Test func helpIntoAFullOutputIsAnError() throws {
        for arguments in [["--help"], ["run", "--help"], ["help", "run"]] {
            let result = try CLI.run(["-c", "exec \"$0\" \"$@\" >/dev/full", CLI.executable] + arguments, executable: "/bin/sh")
            #expect(result.status == 3 && result.stderr.contains("cannot write to standard output"), "\(arguments): \(result.status) \(result.stderr)")
        }
    }

    /// A closed standard output is named as such, not as whatever errno a write into it gives.
    @Test func aClosedStandardOutputSaysSo() throws {
        let result = try CLI.run(["-c", "exec \"$0\" \"$@\" >&-", CLI.executable, "list"], executable: "/bin/sh")
        #expect(result.status == 3 && result.stderr.contains("standard output is closed"), "\(result.status) \(result.stderr)")
    }

    /// A lesson named twice runs once, in the order first named.
    @Test func repeatedLessonsRunOnce() throws {
        #expect(try LessonSelection.resolve(["3", "1", "kl-js", "3", "01"]).map(\.number) == [3, 1])
    }

    /// `figures` with no --out outside a checkout would make ./Figures: a usage error asking for --out.
    @Test func figuresOutsideACheckoutAsksForOut() throws {
        let folder = CLI.scratch()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let result = try CLI.run(["figures", "1"], in: folder)
        #expect(result.status == 2 && result.stderr.contains("--out"), "\(result.status) \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/Figures"))
    }
}
