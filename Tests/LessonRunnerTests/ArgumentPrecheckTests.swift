import ArgumentParser
import Testing
@testable import LessonRunner

/// The precheck's table of options, read from the commands' help: it must know every command's options, or it would
/// let an unknown option's value through as a lesson name again.
@Suite("The argument precheck")
struct ArgumentPrecheckTests {
    @Test func knowsEveryCommandsOptions() {
        let commands = ArgumentPrecheck(LessonsCommand.self).options.commands
        let names = LessonsCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        #expect(Set(commands.keys) == Set(names) && names.count >= 8)
        for name in names { #expect(commands[name]?["--help"] == false && commands[name]?["-h"] == false, "\(name)") }
        let run = commands["run"] ?? [:]
        #expect(run["--seed"] == true && run["--quick"] == false && run["--option"] == true && run["--out"] == true)
        #expect(run["--format"] == true && run["--plot"] == true && run["--live"] == true)
        #expect(commands["figures"]?["--seed"] == true && commands["figures"]?["--quick"] == nil)
        #expect(commands["bench"]?["--widths"] == true && commands["bench"]?["--fixed-threads"] == false)
        #expect(commands["bench"]?["--single-thread-below"] == true && commands["present"]?["--quick"] == false)
    }

    @Test func namesAnUnknownOptionBeforeTheLessons() {
        do {
            try ArgumentPrecheck(LessonsCommand.self).check(["run", "3", "--output", "x"])
            Issue.record("passed")
        } catch let exit as RunnerExit {
            #expect(exit.status == ExitStatus.usage && exit.message.contains("unknown option '--output' for `lessons run`"), "\(exit.message)")
        } catch {
            Issue.record("\(error)")
        }
        #expect(throws: Never.self) { try ArgumentPrecheck(LessonsCommand.self).check(["run", "3", "--seed", "4", "--option", "data=swissroll", "--quick"]) }
    }

    /// The mechanism reads the command list: a command added later (here a `serve` of the test's own) is known with
    /// its options, and a word that is no command is named with them all.
    @Test func followsTheCommandList() throws {
        let precheck = ArgumentPrecheck(Root.self)
        try precheck.check(["serve", "--port", "8000"])
        #expect(throws: RunnerExit.self) { try precheck.check(["serve", "--bogus"]) }
        do {
            try precheck.check(["frob"])
            Issue.record("passed")
        } catch let exit as RunnerExit {
            #expect(exit.message.contains("unknown command 'frob'. Commands: list, serve"), "\(exit.message)")
        }
    }

    struct Root: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lessons", subcommands: [ListCommand.self, Serve.self])
    }

    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "serve")
        @Option var port = 8080
    }
}
