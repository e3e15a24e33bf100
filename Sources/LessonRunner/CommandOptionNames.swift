import ArgumentParser

/// The options each subcommand has, by their spelling on the command line ("--seed", "-h"), each with whether it
/// takes a value: read from the subcommand's help text, which the parser renders from the command's own
/// declarations through public API (`helpMessage(for:)`), so a new option or a new command needs no list of its own.
/// The tests pin the reading (every command has `--help`; `run`'s `--seed` takes a value, `--quick` does not), so a
/// change of the help layout fails them instead of quietly leaving the precheck blind.
struct CommandOptionNames: Sendable {
    /// Each subcommand's options, by the subcommand's name.
    let commands: [String: [String: Bool]]

    /// The options of the subcommands of `root`, as its help renders them.
    init(of root: any ParsableCommand.Type) {
        var commands: [String: [String: Bool]] = [:]
        for subcommand in root.configuration.subcommands {
            guard let name = subcommand.configuration.commandName else { continue }
            commands[name] = Self.options(inHelp: root.helpMessage(for: subcommand, includeHidden: true, columns: 10_000))
        }
        self.commands = commands
    }

    /// The options a help text lists: its lines indented by two spaces that start with a dash, e.g.
    /// "  -h, --help   Show help information." or "  --seed <seed>   Seed of …" (a value in angle brackets).
    static func options(inHelp help: String) -> [String: Bool] {
        var options: [String: Bool] = [:]
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("  -") {
            // The names end where the description begins, two spaces on; a long name has its description below.
            let entry = line.dropFirst(2).split(separator: "  ", maxSplits: 1).first ?? ""
            for spelling in entry.split(separator: ",") {
                let words = spelling.split(separator: " ")
                guard let name = words.first, name.hasPrefix("-") else { continue }
                let takesValue = words.dropFirst().contains { $0.hasPrefix("<") }
                for alternative in name.split(separator: "/") { options[String(alternative)] = takesValue }
            }
        }
        return options
    }
}
