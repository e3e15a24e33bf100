import ArgumentParser
import Lessons
import Notebook
import Plot

extension PlotTarget: ExpressibleByArgument {}
extension Mode: ExpressibleByArgument {}

/// Where `--live` draws training pictures: text art or a sixel image in place on the terminal, or a gnuplot window.
enum LiveMode: String, CaseIterable, ExpressibleByArgument {
    case terminal, sixel, window

    /// Whether the view draws on standard output (which must then be a terminal, and the format text).
    var drawsOnTerminal: Bool { self != .window }
}

/// How `present` shows figures: as a sixel image where the terminal says it can (auto), always as text art, always
/// as sixel, or in a gnuplot window.
enum PresentFigures: String, CaseIterable, ExpressibleByArgument {
    case auto, text, sixel, window
}

/// The output formats of `run`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown, html
}

/// Lesson names on the command line: a number, a slug, or "all".
enum LessonSelection {
    /// The lessons `names` select, each once, in the order first named (`book 1 1 3` runs lesson 1 once); throws a
    /// usage error naming the lessons that exist.
    static func resolve(_ names: [String]) throws -> [any Lesson] {
        if names.isEmpty || names.contains(where: { $0.lowercased() == "all" }) { return Catalog.all }
        var selected: [any Lesson] = []
        for name in names {
            guard let lesson = Catalog.lesson(named: name) else {
                throw ValidationError("unknown lesson '\(name)'. Lessons: "
                    + Catalog.all.map { "\($0.number) (\($0.slug))" }.joined(separator: ", ") + ", or all")
            }
            if !selected.contains(where: { $0.number == lesson.number }) { selected.append(lesson) }
        }
        return selected
    }
}

/// Options shared by `run` and `figures`: the seed, the output folder and what standard output gets.
struct OutputOptions: ParsableArguments {
    @Option(help: "Seed of every random draw; the same seed and mode give the same numbers.")
    var seed: UInt64 = 1

    @Option(help: "Folder for figures, one subfolder per lesson (run: output, figures: Figures).")
    var out: String?

    @Option(help: "What standard output gets: text, json, markdown or html (one lesson's page).")
    var format: OutputFormat = .text

    /// Refuses --format html for more than one lesson: a page is one lesson (`lessons book` writes several).
    func checkFormat(for lessons: [any Lesson]) throws {
        if format == .html && lessons.count != 1 {
            throw ValidationError("--format html writes one lesson's page; for several lessons, `lessons book` writes a site")
        }
    }
}

/// `--option name=value` settings, checked against the options of the selected lessons.
enum LessonOptions {
    /// The settings by name; throws a usage error for a malformed setting, an option no selected lesson has,
    /// or a value the option does not allow.
    static func parse(_ settings: [String], for lessons: [any Lesson]) throws -> [String: String] {
        var chosen: [String: String] = [:]
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("--option needs name=value, got '\(setting)'")
            }
            let known = lessons.flatMap(\.options)
            guard let option = known.first(where: { $0.name == parts[0] }) else {
                throw ValidationError("no selected lesson has an option '\(parts[0])'"
                    + (known.isEmpty ? "" : "; options: " + Set(known.map(\.name)).sorted().joined(separator: ", ")))
            }
            guard option.values.contains(parts[1]) else {
                throw ValidationError("option \(option.name) must be one of \(option.values.joined(separator: ", ")), got '\(parts[1])'")
            }
            chosen[option.name] = parts[1]
        }
        return chosen
    }
}
