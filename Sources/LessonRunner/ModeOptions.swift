import ArgumentParser
import Notebook

/// `--seed`, declared once for every command that runs lessons.
struct SeedOption: ParsableArguments {
    @Option(help: "Seed of every random draw; the same seed and mode give the same numbers.")
    var seed: UInt64 = 1
}

/// `--quick` and `--seed`: which run of a lesson, for the commands that run lessons in either mode (`run`, `present`,
/// `book`, `notebook`; `figures` runs full mode and takes `SeedOption` alone).
struct ModeOptions: ParsableArguments {
    @Flag(help: "Classroom mode: smaller grids and budgets, seconds per lesson.")
    var quick = false

    @OptionGroup var seedOption: SeedOption

    /// The seed of every random draw.
    var seed: UInt64 { seedOption.seed }

    /// Quick or full mode.
    var mode: Mode { quick ? .quick : .full }
}
