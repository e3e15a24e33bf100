import ArgumentParser
import Foundation
import Lessons

/// Input the argument parser would misread, caught first with a message that says what is wrong: it takes "-1" for
/// an option ("Missing value for '--seed'"), `help` for a subcommand that does not exist shows the overview
/// with status 0, a word that is no command goes to the default command (`lessons serve` said "Unexpected argument
/// 'serve'. Usage: lessons list", and `lessons serve --help` showed `list`'s help), and an unknown option's value
/// becomes a lesson name (the parser validates the lessons before it looks for unknown options, so
/// `lessons run 3 --output x` said "unknown lesson 'x'").
struct ArgumentPrecheck {
    /// The command whose subcommands and options are checked.
    let root: any ParsableCommand.Type
    /// The options of each subcommand.
    let options: CommandOptionNames

    /// A precheck of `root`'s command line.
    init(_ root: any ParsableCommand.Type) {
        self.root = root
        options = CommandOptionNames(of: root)
    }

    /// Throws a usage error (exit 2) for a word that is no command, `help` with an unknown subcommand, an option the
    /// subcommand does not have, or a negative number.
    func check(_ arguments: [String]) throws {
        if let first = arguments.first, !first.hasPrefix("-"), first != "help", options.commands[first] == nil {
            throw RunnerExit(status: ExitStatus.usage, message: """
                Error: unknown command '\(first)'. Commands: \(commandList)
                Usage: \(root.usageString())
                  See '\(root.configuration.commandName ?? "lessons") --help' for more information.
                """)
        }
        if arguments.first == "help", arguments.count > 1, options.commands[arguments[1]] == nil {
            throw ValidationError("no command '\(arguments[1])'. Commands: \(commandList)")
        }
        try checkOptionNames(arguments)
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

    /// The commands a user is shown, in the order of the command's help.
    private var commandList: String {
        root.configuration.subcommands.filter { $0.configuration.shouldDisplay }
            .compactMap { $0.configuration.commandName }.joined(separator: ", ")
    }

    /// Throws for the first option, before any `--`, that the subcommand `arguments[0]` does not have, naming those it
    /// has, with the subcommand's usage as the parser gives it.
    private func checkOptionNames(_ arguments: [String]) throws {
        guard let name = arguments.first, let command = options.commands[name] else { return }
        var index = 1
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-"), argument.count > 1, argument.wholeMatch(of: /-[0-9][0-9.]*/) == nil else { continue }
            let spelled = String(argument.prefix { $0 != "=" })
            guard let takesValue = command[spelled] else {
                let type = root.configuration.subcommands.first { $0.configuration.commandName == name }
                throw RunnerExit(status: ExitStatus.usage, message: """
                    Error: unknown option '\(spelled)' for `lessons \(name)`. Its options: \
                    \(command.keys.filter { $0.hasPrefix("--") }.sorted().joined(separator: ", "))
                    Usage: \(type.map { root.usageString(for: $0) } ?? "lessons \(name)")
                      See 'lessons \(name) --help' for more information.
                    """)
            }
            if takesValue && !argument.contains("=") { index += 1 }  // its value, whatever it looks like
        }
    }
}
