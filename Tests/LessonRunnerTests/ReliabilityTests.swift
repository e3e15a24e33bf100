import Foundation
import Testing
@testable import LessonRunner
import Plot

/// The hostile cases of issue #18, with the built executable: a full disk, an interrupt during a render, paths that
/// lead into Figures/ by another name, and input the parser would misread.
@Suite("Reliability", .serialized)
struct ReliabilityTests {
    typealias CLI = ExecutableTests

    /// Checksums of every file under `folder`, hidden ones included.
    static func snapshot(_ folder: String) -> [String: Int] {
        var sums: [String: Int] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder) ?? .init() {
            sums[path] = FileManager.default.contents(atPath: folder + "/" + path)?.hashValue ?? -1
        }
        return sums
    }

    static func temporaries(_ folder: String) -> [String] {
        snapshot(folder).keys.filter { $0.hasSuffix(".tmp") }.sorted()
    }

    /// `lessons ARGS` with the size of any file it (or gnuplot) writes capped at `kilobytes` — a disk that fills up part
    /// way through a figure. SIGXFSZ is ignored, so a write past the cap fails with EFBIG as a full disk fails with ENOSPC.
    static func runWithFileSizeCap(_ kilobytes: Int, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let command = "trap '' XFSZ; ulimit -f \(kilobytes * 2); exec \"$0\" \"$@\""  // ulimit -f counts 512-byte blocks in sh
        return try CLI.run(["-c", command, CLI.executable] + arguments, executable: "/bin/sh")
    }

    /// The case: gnuplot's PNG is cut short by the disk. The run must end with exit 3 naming the figure, the
    /// figures that were there must stay byte for byte, and no temporary file may be left; likewise when the .dat fails.
    @Test func aFullDiskNeverReplacesAFigureOrLeavesATemporary() throws {
        let out = CLI.scratch()
        #expect(try CLI.run(["run", "1", "--quick", "--out", out]).status == 0)
        let before = Self.snapshot(out)
        let png = try Self.runWithFileSizeCap(100, ["run", "1", "--quick", "--out", out])
        #expect(png.status == 3, "\(png.stderr)")
        #expect(png.stderr.contains("cannot write \(out)/01-kl-js/") && png.stderr.contains(".png: the PNG gnuplot wrote is truncated"),
                "\(png.stderr)")
        #expect(png.stderr.contains("free on its file system"))
        let dat = try Self.runWithFileSizeCap(30, ["run", "1", "--quick", "--out", out])
        #expect(dat.status == 3 && dat.stderr.contains(".dat: File too large"), "\(dat.stderr)")
        #expect(Self.snapshot(out) == before)
    }

    /// Interrupted while a figure is being drawn — Ctrl-C reaches the whole process group, `kill` only the command —
    /// the command ends by the signal, every gnuplot it started is gone and no temporary file is left.
    @Test(arguments: [(SIGINT, true), (SIGTERM, false), (SIGINT, false)])
    func anInterruptDuringARenderLeavesNothingBehind(_ signal: Int32, _ wholeGroup: Bool) throws {
        let out = CLI.scratch(), tools = CLI.scratch()
        try FileManager.default.createDirectory(atPath: tools, withIntermediateDirectories: true)
        let realGnuplot = try #require(GnuplotProcess.locate())
        // A gnuplot that records its process id, to check afterwards that it is gone.
        try "#!/bin/sh\necho $$ >> \(tools)/pids\nexec \(realGnuplot) \"$@\"\n".write(toFile: tools + "/gnuplot", atomically: true, encoding: .utf8)
        chmod(tools + "/gnuplot", 0o755)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = tools + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.executable)
        process.arguments = ["run", "1", "--quick", "--out", out]
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        // gnuplot is drawing once its temporary PNG exists.
        while !Self.temporaries(out).contains(where: { $0.contains(".png.") }) && process.isRunning && Date() < deadline { usleep(1_000) }
        #expect(process.isRunning, "the run ended before a render could be interrupted")
        if wholeGroup {
            // Foundation starts a child in a process group of its own, as a shell starts a job; never signal ours.
            let group = getpgid(process.processIdentifier)
            try #require(group == process.processIdentifier && group != getpgrp(), "the command is not in its own process group")
            killpg(group, signal)
        } else {
            kill(process.processIdentifier, signal)
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal,
                "\(process.terminationReason) \(process.terminationStatus)")
        #expect(Self.temporaries(out).isEmpty, "\(Self.temporaries(out))")
        let pids = try String(contentsOfFile: tools + "/pids", encoding: .utf8).split(separator: "\n").compactMap { Int32($0) }
        #expect(!pids.isEmpty)
        for pid in pids {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            let state = stat.split(separator: ")").last?.split(separator: " ").first ?? "gone"
            #expect(state == "gone" || state == "Z", "gnuplot \(pid) is still running: \(stat)")
        }
    }

    /// `run` must not write into the tutorial's Figures/ through a link, `..` or a subfolder.
    @Test func runRefusesFiguresByAnyName() throws {
        let checkout = Directories.resolved(CLI.scratch())
        try FileManager.default.createDirectory(atPath: checkout + "/Figures/01-kl-js", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: checkout + "/Sources", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: checkout + "/Package.swift", contents: Data())
        try "committed".write(toFile: checkout + "/Figures/01-kl-js/kl-js-integrands.dat", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: checkout + "/F2", withDestinationPath: checkout + "/Figures")
        for (folder, out) in [(checkout, "F2"), (checkout + "/Sources", "../Figures"), (checkout, "Figures/01-kl-js"),
                              (checkout, "./Figures/"), ("/", checkout + "/Sources/../F2")] {
            let result = try CLI.run(["run", "1", "--quick", "--plot", "none", "--out", out], in: folder)
            #expect(result.status == 2 && result.stderr.contains("never writes into the tutorial's Figures"), "\(out): \(result.stderr)")
        }
        #expect(try String(contentsOfFile: checkout + "/Figures/01-kl-js/kl-js-integrands.dat", encoding: .utf8) == "committed")
        // Another folder named Figures, outside a checkout, is an ordinary output folder.
        let elsewhere = CLI.scratch() + "/Figures"
        #expect(try CLI.run(["run", "1", "--quick", "--plot", "none", "--out", elsewhere]).status == 0)
    }

    @Test func outputFolderProblemsAreFoundBeforeAnyComputation() throws {
        let out = CLI.scratch()
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: out + "/afile", contents: Data())
        let underAFile = try CLI.run(["run", "1", "--quick", "--out", out + "/afile/sub"])
        #expect(underAFile.status == 3 && underAFile.stderr.contains("'\(out)/afile' is a file, not a folder"), "\(underAFile.stderr)")
        #expect(!underAFile.stderr.contains("NSCocoaErrorDomain"))
        // A lesson's own folder that cannot be written: exit 3 at once, not after the lesson has computed (exit 4).
        try FileManager.default.createDirectory(atPath: out + "/run/02-optimal-discriminator", withIntermediateDirectories: true)
        chmod(out + "/run/02-optimal-discriminator", 0o500)
        defer { chmod(out + "/run/02-optimal-discriminator", 0o755) }
        if getuid() != 0 {  // root writes through any mode bits; a file in the way stops root too
            let locked = try CLI.run(["run", "1", "2", "--quick", "--out", out + "/run"])
            #expect(locked.status == 3 && locked.stderr.contains("02-optimal-discriminator") && locked.stdout.isEmpty, "\(locked.stderr)")
        }
        FileManager.default.createFile(atPath: out + "/run/01-kl-js", contents: Data())
        let blocked = try CLI.run(["run", "2", "1", "--quick", "--out", out + "/run"])
        #expect(blocked.status == 3 && blocked.stderr.contains("01-kl-js") && blocked.stdout.isEmpty, "\(blocked.stderr)")
    }

    @Test(arguments: [
        (["run", "-1"], "unknown lesson '-1'"), (["run", "1", "--seed", "-1"], "'-1' after --seed: negative numbers are not accepted"),
        (["bench", "--busy", "-2"], "'-2' after --busy"), (["help", "nosuch"], "no command 'nosuch'"),
        // The parser checks lessons before options, and so took the value of an unknown option for a lesson.
        (["run", "3", "--output", "x"], "unknown option '--output' for `lessons run`. Its options: --format, --help"),
        (["figures", "--bogus=1"], "unknown option '--bogus' for `lessons figures`"),
        (["present", "3", "--wat"], "Usage: lessons present <lesson>"),
    ])
    func misreadInputIsAUsageErrorThatSaysWhy(_ arguments: [String], _ message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2 && result.stderr.contains(message), "\(result.stderr)")
        #expect(try CLI.run(["help", "run"]).status == 0)
    }
}

/// `Figures/made-with.txt`: which seed and kernels made each lesson's figures, and the note `figures` gives first
/// when this machine would make them otherwise.
@Suite("Figure provenance")
struct FigureProvenanceTests {
    @Test func recordsEachLessonAndNamesTheFoldersThatWillChange() throws {
        let folder = ExecutableTests.scratch()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lessons = try LessonSelection.resolve(["1", "2"])
        var record = FigureProvenance(folder: folder)
        #expect(record.lines.isEmpty && record.differences(for: lessons, seed: 1).isEmpty)
        try record.record(lessons, seed: 1, in: folder)
        let reread = FigureProvenance(folder: folder)
        #expect(reread == record && reread.lines["01-kl-js"] == FigureProvenance.current(seed: 1))
        #expect(reread.differences(for: lessons, seed: 1).isEmpty)
        // Other kernels: the note names the folder, both origins and that the engine's digits change.
        var other = reread
        other.lines["02-optimal-discriminator"] = "seed 1 · OpenBLAS 0.3.21 · Prescott kernels"
        let notes = other.differences(for: lessons, seed: 1)
        #expect(notes.count == 1 && notes[0].hasPrefix("02-optimal-discriminator was made with seed 1 · OpenBLAS 0.3.21 · Prescott kernels"))
        #expect(notes[0].contains("last digits"))
        // Another seed changes everything, not only digits.
        let seedNotes = reread.differences(for: lessons, seed: 2)
        #expect(seedNotes.count == 2 && !seedNotes[0].contains("last digits"))
    }
}
