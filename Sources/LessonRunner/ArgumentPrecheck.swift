import ArgumentParser
import Lessons

/// Input the argument parser would misread, caught first with a message that says what is wrong: it takes "-1" for
/// an option ("Missing value for '--seed'"), and `help` for a subcommand that does not exist shows the overview
/// with status 0.
enum ArgumentPrecheck {
    /// Throws a `ValidationError` (exit 2) for a negative number or `help` with an unknown subcommand.
    static func check(_ arguments: [String]) throws {
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
}
