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

/// Options shared by `run` and `figures`: the output folder and what standard output gets (the seed: `SeedOption`).
struct OutputOptions: ParsableArguments {
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

extension LessonSettings {
    /// `--option name=value` settings checked against the options of the selected lessons; a refused setting is a
    /// usage error that says why.
    static func parse(_ settings: [String], for lessons: [any Lesson]) throws -> LessonSettings {
        do {
            return try LessonSettings(parsing: settings, against: lessons.flatMap(\.options))
        } catch {
            throw ValidationError(error.description)
        }
    }
}
