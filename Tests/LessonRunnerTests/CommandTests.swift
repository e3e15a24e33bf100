import ArgumentParser
import Foundation
import Testing
@testable import LessonRunner
@testable import Lessons
import Notebook
import Training

@Suite("Command-line parsing")
struct ParsingTests {
    @Test func runParsesEveryOption() throws {
        let command = try LessonsCommand.parseAsRoot(["run", "1", "kl-js", "--quick", "--seed", "7", "--plot", "dumb",
                                                      "--format", "json", "--out", "/tmp/x"]) as! RunCommand
        #expect(command.lessons == ["1", "kl-js"] && command.quick && command.modeOptions.seed == 7)
        #expect(command.plot == .dumb && command.output.format == .json && command.out == "/tmp/x")
    }

    @Test func defaults() throws {
        let command = try LessonsCommand.parseAsRoot(["run", "all"]) as! RunCommand
        #expect(!command.quick && command.modeOptions.seed == 1 && command.plot == .png && command.output.format == .text && command.out == "output")
        let figures = try LessonsCommand.parseAsRoot(["figures"]) as! FiguresCommand
        #expect(figures.lessons.isEmpty && figures.out == "Figures" && figures.seedOption.seed == 1 && figures.output.format == .text)
        let shared = try LessonsCommand.parseAsRoot(["figures", "2", "--seed", "4", "--out", "/tmp/f", "--format", "json"]) as! FiguresCommand
        #expect(shared.seedOption.seed == 4 && shared.out == "/tmp/f" && shared.output.format == .json)
        #expect(try LessonsCommand.parseAsRoot([]) is ListCommand)
    }

    /// Each bad input is rejected while parsing, with a message that names what is wrong.
    @Test(arguments: [
        (["run"], "Missing expected argument"), (["run", "99"], "unknown lesson '99'"), (["run", "1", "--plot", "jpeg"], "'jpeg'"),
        (["run", "1", "--format", "xml"], "'xml'"), (["run", "1", "--seed", "-3"], "--seed"), (["run", "1", "--seed", "x"], "'x'"),
        (["figures", "banana"], "unknown lesson 'banana'"), (["frobnicate"], "'frobnicate'"),
        (["run", "1", "--out", "Figures"], "never writes into the tutorial's Figures/"),
        (["run", "11", "--option", "data=moons"], "got 'moons'"), (["run", "11", "--option", "data"], "needs name=value"),
        (["run", "11", "--option", "=8gaussians"], "needs name=value"), (["run", "11", "--option", "size=3"], "option 'size'"),
        (["run", "1", "--option", "data=swissroll"], "option 'data'"),
    ])
    func badInputIsAUsageError(_ arguments: [String], _ reason: String) {
        do {
            _ = try LessonsCommand.parseAsRoot(arguments)
            Issue.record("parsed \(arguments)")
        } catch {
            #expect(LessonsCommand.exitCode(for: error) != .success)
            #expect(LessonsCommand.fullMessage(for: error).contains(reason), "\(LessonsCommand.fullMessage(for: error))")
        }
    }

    @Test func lessonOptionsAreCheckedAgainstTheSelectedLessons() throws {
        let command = try LessonsCommand.parseAsRoot(["run", "1", "11", "--option", "data=25gaussians"]) as! RunCommand
        #expect(command.settings == ["data=25gaussians"])
        let settings = try LessonSettings.parse(command.settings, for: LessonSelection.resolve(["11"]))
        #expect(settings.value(of: WGANLesson.dataOption) == .twentyFiveGaussians)
        #expect(settings.choices.map { "\($0.option.name)=\($0.value)" } == ["data=25gaussians"])
        do {
            _ = try LessonsCommand.parseAsRoot(["run", "11", "--option", "data=moons"])
            Issue.record("parsed an unknown value")
        } catch {
            #expect(LessonsCommand.fullMessage(for: error).contains("8gaussians, 25gaussians, swissroll"))
        }
    }

    @Test func unknownLessonNamesTheLessonsThatExist() {
        do {
            _ = try LessonsCommand.parseAsRoot(["run", "99"])
            Issue.record("parsed an unknown lesson")
        } catch {
            let message = LessonsCommand.fullMessage(for: error)
            #expect(message.contains("unknown lesson '99'") && message.contains("1 (kl-js)"))
        }
    }
}

/// The built `lessons` executable, run as a user would: exit statuses and where output goes.
@Suite("The lessons executable", .serialized)
struct ExecutableTests {
    /// `lessons` sits beside the test bundle in the build folder.
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("lessons").path

    static func run(_ arguments: [String], environment: [String: String]? = nil, in directory: String? = nil,
                    executable: String = executable) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    static func scratch() -> String {
        NSTemporaryDirectory() + "ganlessons-cli-\(UUID().uuidString.prefix(8))"
    }

    @Test func listShowsEveryLesson() throws {
        let result = try Self.run(["list"])
        #expect(result.status == 0)
        for lesson in Catalog.all {
            #expect(result.stdout.contains(lesson.slug) && result.stdout.contains(lesson.title), "lesson \(lesson.number)")
            for option in lesson.options {
                #expect(result.stdout.contains("lesson \(lesson.number): --option \(option.name)=\(option.values.joined(separator: "|"))"))
            }
        }
        #expect(Catalog.all.contains { !$0.options.isEmpty })
    }

    @Test func doctorNamesTheCPUAndTheKernelsAndWhoChoseThem() throws {
        let result = try Self.run(["doctor"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("cpu ") && result.stdout.contains("OpenBLAS 0.3") && result.stdout.contains("chosen by"))
    }

    /// The engine's switch, end to end: told that OpenBLAS detected the generic Prescott core on a CPU with AVX2 and
    /// FMA, it must make OpenBLAS run Haswell kernels — in OpenBLAS's own report, not only in ours — and still compute
    /// right. (The machine's OPENBLAS_CORETYPE, if any, is passed on untouched; the engine then keeps it.)
    @Test func theEngineSwitchesAGenericCoreToTheBestOneTheCPUHas() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["GANLESSONS_SIMULATE_DETECTED_CORE"] = "Prescott"
        environment["GANLESSONS_SIMULATE_CPU_FLAGS"] = "sse4_2 avx avx2 fma"
        let doctor = try Self.run(["doctor"], environment: environment)
        #expect(doctor.status == 0)
        if let pinned = environment["OPENBLAS_CORETYPE"], !pinned.isEmpty {
            #expect(doctor.stdout.contains("OPENBLAS_CORETYPE=\(pinned)"), "\(doctor.stdout)")
            return
        }
        #expect(doctor.stdout.contains("Haswell · chosen by the engine"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("DYNAMIC_ARCH NO_AFFINITY Haswell"), "OpenBLAS's own configuration: \(doctor.stdout)")
        let lesson = try Self.run(["run", "2", "--quick", "--plot", "none", "--out", Self.scratch()], environment: environment)
        #expect(lesson.status == 0, "\(lesson.stderr)")
    }

    /// `lessons run 1 | head`: the reader goes away after a few lines. The command must end quietly, by SIGPIPE or
    /// with status 141, never with a crash dump; `> /dev/full` is an environment error that says so.
    @Test func aClosedPipeEndsQuietlyAndAFullOutputIsAnError() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["run", "1", "--quick", "--plot", "dumb", "--out", Self.scratch()]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        _ = out.fileHandleForReading.readData(ofLength: 200)
        try out.fileHandleForReading.close()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let quiet = (process.terminationReason == .exit && process.terminationStatus == 141)
            || (process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGPIPE)
        #expect(quiet, "\(process.terminationReason) \(process.terminationStatus)")
        #expect(!stderr.contains("Fatal error") && !stderr.contains("Crash"), "\(stderr)")

        let full = Process()
        full.executableURL = URL(fileURLWithPath: Self.executable)
        full.arguments = ["run", "1", "--quick", "--plot", "none", "--out", Self.scratch()]
        full.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let fullErr = Pipe()
        full.standardError = fullErr
        try full.run()
        let message = String(decoding: fullErr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        full.waitUntilExit()
        #expect(full.terminationStatus == 3 && message.contains("cannot write to standard output"), "\(message)")
    }

    /// A word that is no command is named, with the commands, in both forms (it went to the default command, `list`:
    /// "Unexpected argument 'serve'" before `serve` existed, and `serve --help` printed list's help with status 0).
    @Test(arguments: [["launch"], ["launch", "--help"], ["launch", "8000"]])
    func anUnknownCommandIsNamed(_ arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2 && result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains("unknown command 'launch'. Commands: list, run, figures"), "\(result.stderr)")
        #expect(result.stderr.contains("serve"), "\(result.stderr)")
    }

    /// Issue 34: an empty test hook is no core named "" (it said " is not an x86-64 core").
    @Test func doctorTakesAnEmptyTestHookForUnset() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["GANLESSONS_SIMULATE_DETECTED_CORE"] = ""
        let doctor = try Self.run(["doctor"], environment: environment)
        #expect(doctor.status == 0 && !doctor.stdout.contains(" is not an x86-64 core") && doctor.stdout.contains("chosen by"),
                "\(doctor.stdout)")
    }

    @Test func usageErrorsExitTwoAndSayWhy() throws {
        let unknown = try Self.run(["run", "42"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown lesson '42'") && unknown.stdout.isEmpty)
        let badOption = try Self.run(["run", "1", "--plot", "jpeg"])
        #expect(badOption.status == 2 && badOption.stderr.contains("jpeg"))
        #expect(try Self.run(["--help"]).status == 0)
    }

    @Test func jsonGoesToStdoutAloneAndRepeatsWithTheSeed() throws {
        let out = Self.scratch()
        let first = try Self.run(["run", "1", "--quick", "--plot", "none", "--format", "json", "--out", out])
        #expect(first.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as! [String: Any]
        #expect(json["slug"] as? String == "kl-js")
        let second = try Self.run(["run", "1", "--quick", "--plot", "none", "--format", "json", "--out", out])
        let again = try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as! [String: Any]
        let values = try #require(json["values"] as? [[String: Any]]), repeated = try #require(again["values"] as? [[String: Any]])
        #expect(!values.isEmpty && values.map { NSDictionary(dictionary: $0) } == repeated.map { NSDictionary(dictionary: $0) })
        for path in json["figures"] as! [String] { #expect(FileManager.default.fileExists(atPath: path)) }
    }

    @Test func markdownLinksFiguresThatExist() throws {
        let out = Self.scratch()
        let result = try Self.run(["run", "kl-js", "--quick", "--format", "markdown", "--out", out])
        #expect(result.status == 0)
        let links = result.stdout.matches(of: /!\[[^\]]*\]\(([^)]+)\)/).map { String($0.1) }
        #expect(!links.isEmpty)
        for link in links { #expect(FileManager.default.fileExists(atPath: link), "\(link)") }
        #expect(result.stdout.contains("# Lesson 1 · KL and JS divergence") && result.stdout.contains("- ✓ **"))
    }

    @Test func missingGnuplotIsAnEnvironmentErrorBeforeAnyComputation() throws {
        let out = Self.scratch()
        let result = try Self.run(["run", "1", "--quick", "--out", out], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 3 && result.stderr.contains("gnuplot-nox"))
        #expect(!FileManager.default.fileExists(atPath: out + "/01-kl-js"))
        // --plot none needs no gnuplot.
        #expect(try Self.run(["run", "1", "--quick", "--plot", "none", "--out", out], environment: ["PATH": "/nonexistent"]).status == 0)
    }

    @Test func unwritableOutputFolderIsAnEnvironmentError() throws {
        let result = try Self.run(["run", "1", "--quick", "--plot", "none", "--out", "/proc/ganlessons"])
        #expect(result.status == 3 && result.stderr.contains("/proc/ganlessons"))
    }

    @Test func dumbPlotsDrawInTheTerminal() throws {
        let result = try Self.run(["run", "1", "--quick", "--plot", "dumb", "--out", Self.scratch()])
        #expect(result.status == 0)
        #expect(result.stdout.contains("+-----"))  // the frame of a text-art plot
        #expect(result.stdout.contains("✓") && !result.stdout.contains("\u{1B}["))
    }
}

@Suite("lessons bench parsing")
struct BenchParsingTests {
    @Test func defaultsCoverTheIssuesConfigurations() throws {
        let command = try LessonsCommand.parseAsRoot(["bench"]) as! BenchCommand
        #expect(command.chosenWidths == [64, 128, 512] && command.chosenModes == ["clipping", "penalty"] && command.without.isEmpty)
        #expect(command.workload == .toy && command.peer == nil && command.threads == 2 && command.rounds == 3)
        let chosen = try LessonsCommand.parseAsRoot(["bench", "--widths", "32", "96", "--modes", "penalty", "--without", "fused", "frozen"]) as! BenchCommand
        #expect(chosen.chosenWidths == [32, 96] && chosen.chosenModes == ["penalty"] && chosen.without == [.fused, .frozen])
        let dcgan = try LessonsCommand.parseAsRoot(["bench", "--workload", "dcgan"]) as! BenchCommand
        #expect(dcgan.chosenWidths == [32, 64] && dcgan.chosenModes == ["dcgan"])
    }

    @Test("The dcgan workload times lesson 12's model and says so")
    func dcganWorkloadRuns() throws {
        let result = try ExecutableTests.run(["bench", "--workload", "dcgan", "--widths", "4", "--warmup", "0", "--chunks", "1",
                                              "--iterations", "1", "--rounds", "1", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect((report["workload"] as? String)?.contains("lesson 12") == true)
        let rows = report["results"] as! [[String: Any]]
        #expect(rows.count == 1 && rows[0]["mode"] as? String == "dcgan" && (rows[0]["milliseconds"] as! Double) > 0)
        // The engine's share of bare sgemm's speed, from the replay after the chunk: a positive ratio.
        #expect((rows[0]["engineOverSgemm"] as? Double).map { $0 > 0 && $0.isFinite } == true)
    }

    @Test(arguments: [
        (["bench", "--widths", "64", "x"], "'x'"), (["bench", "--widths", "0"], "positive integers"), (["bench", "--modes", "gan"], "'gan'"),
        (["bench", "--chunks", "0"], "positive"), (["bench", "--format", "markdown"], "'text' and 'json'"), (["bench", "--format", "html"], "'text' and 'json'"), (["bench", "--threads", "0"], "positive"),
        (["bench", "--without", "everything"], "'everything'"), (["bench", "--workload", "gan"], "'gan'"),
        // Bounds (issue 34): a width says the memory it needs, instead of an allocation that aborts the process.
        (["bench", "--widths", "64", "100000"], "DIM 100000 needs 40.0 GB"), (["bench", "--workload", "dcgan", "--widths", "4096"], "dcgan"),
        (["bench", "--iterations", "1000000"], "--iterations 1000000 is more than"), (["bench", "--chunks", "5000"], "--chunks"),
        (["bench", "--rounds", "1000"], "--rounds"), (["bench", "--warmup", "100000"], "--warmup"), (["bench", "--threads", "100000"], "--threads"),
        (["bench", "--busy", "100000"], "four busy processes per core"),
    ])
    func badInputIsAUsageError(_ arguments: [String], _ reason: String) {
        do {
            _ = try LessonsCommand.parseAsRoot(arguments)
            Issue.record("parsed \(arguments)")
        } catch {
            #expect(LessonsCommand.fullMessage(for: error).contains(reason), "\(LessonsCommand.fullMessage(for: error))")
        }
    }

    @Test func peerReportsAreMergedByMedianRound() {
        let rounds = [3.0, 1.0, 2.0].map { ms in
            PeerReport(version: "x", threads: 2, peakResidentMegabytes: ms, results: [.init(mode: "penalty", width: 64, medianMilliseconds: ms)])
        }
        let merged = PeerReport.median(of: rounds)
        #expect(merged.results?.first?.medianMilliseconds == 2 && merged.peakResidentMegabytes == 3)
        #expect(PeerReport.median(of: rounds + [PeerReport(skipped: "no torch")]).skipped == "no torch")
    }
}
