import ArgumentParser
import Foundation
import Lessons

/// Input the argument parser would misread, caught first with a message that says what is wrong: it takes "-1" for
/// an option ("Missing value for '--seed'"), `help` for a subcommand that does not exist shows the overview
/// with status 0, and an unknown option's value becomes a lesson name (the parser validates the lessons before it
/// looks for unknown options, so `lessons run 3 --output x` said "unknown lesson 'x'").
enum ArgumentPrecheck {
    /// Throws a usage error (exit 2) for a negative number, `help` with an unknown subcommand, or an option the
    /// subcommand does not have.
    static func check(_ arguments: [String]) throws {
        try checkOptionNames(arguments)
        let subcommands = LessonsCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        if arguments.first == "help", arguments.count > 1, !subcommands.contains(arguments[1]) {
            throw ValidationError("no command '\(arguments[1])'. Commands: "
                + LessonsCommand.configuration.subcommands.filter { $0.configuration.shouldDisplay }
                    .compactMap { $0.configuration.commandName }.joined(separator: ", "))
        }
        for (index, argument) in arguments.enumerated() where argument.wholeMatch(of: /-[0-9][0-9.]*/) != nil {
            let previous = index > 0 ? arguments[index - 1] : ""
            if previous.hasPrefix("-") {
                throw ValidationError("'\(argument)' after \(previous): negative numbers are not accepted")
            }
            if ["run", "figures"].contains(arguments.first) {
                throw ValidationError("unknown lesson '\(argument)'. Lessons: "
                    + Catalog.all.map { "\($0.number) (\($0.slug))" }.joined(separator: ", ") + ", or all")
            }
            throw ValidationError("'\(argument)': negative numbers are not accepted")
        }
    }

    /// Throws for the first option, before any `--`, that the subcommand `arguments[0]` does not have, naming those it
    /// has, with the subcommand's usage as the parser gives it. The names come from the parser's own description.
    private static func checkOptionNames(_ arguments: [String]) throws {
        guard let name = arguments.first, let command = commands[name] else { return }
        var index = 1
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-"), argument.count > 1, argument.wholeMatch(of: /-[0-9][0-9.]*/) == nil else { continue }
            let spelled = String(argument.prefix { $0 != "=" })
            guard let takesValue = command[spelled] else {
                let type = LessonsCommand.configuration.subcommands.first { $0.configuration.commandName == name }
                throw RunnerExit(status: ExitStatus.usage, message: """
                    Error: unknown option '\(spelled)' for `lessons \(name)`. Its options: \
                    \(command.keys.filter { $0.hasPrefix("--") }.sorted().joined(separator: ", "))
                    Usage: \(type.map { LessonsCommand.usageString(for: $0) } ?? "lessons \(name)")
                      See 'lessons \(name) --help' for more information.
                    """)
            }
            if takesValue && !argument.contains("=") { index += 1 }  // its value, whatever it looks like
        }
    }

    /// Each subcommand's options by their spelling on the command line ("--seed", "-h"), each with whether it takes
    /// a value; read from the parser's description of the command tree (what `--experimental-dump-help` prints).
    private static let commands: [String: [String: Bool]] = {
        struct Tool: Decodable { let command: Command }
        struct Command: Decodable { let commandName: String; let subcommands: [Command]?; let arguments: [Argument]? }
        struct Argument: Decodable { let kind: String; let names: [Name]? }
        struct Name: Decodable { let kind: String; let name: String }
        guard let tool = try? JSONDecoder().decode(Tool.self, from: Data(LessonsCommand._dumpHelp().utf8)) else { return [:] }
        var commands: [String: [String: Bool]] = [:]
        for command in tool.command.subcommands ?? [] {
            var options: [String: Bool] = [:]
            for argument in command.arguments ?? [] {
                for name in argument.names ?? [] { options[(name.kind == "long" ? "--" : "-") + name.name] = argument.kind == "option" }
            }
            commands[command.commandName] = options
        }
        return commands
    }()
}
