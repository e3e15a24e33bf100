import ArgumentParser
import Lessons
import Notebook

/// `lessons list`: the catalog.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the lessons.")

    func run() throws {
        let rows = Catalog.all.map { lesson in
            let sections = lesson.sections.joined(separator: "; ")
            return [String(lesson.number), lesson.slug, lesson.title, sections.count > 44 ? sections.prefix(43) + "…" : sections,
             "~\(Int(lesson.estimatedSeconds.quick.rounded(.up))) s", "~\(Int(lesson.estimatedSeconds.full.rounded(.up))) s"]
        }
        let table = Table(caption: "Lessons (run one with `lessons run N`)",
                          columns: ["#", "slug", "title", "section of From GAN to WGAN", "quick", "full"], rows: rows)
        Console.out(TextRenderer(width: 120, color: TextRenderer.shouldUseColor()).render(.table(table)))
        for lesson in Catalog.all {
            for option in lesson.options {
                Console.out("  lesson \(lesson.number): --option \(option.name)=\(option.values.joined(separator: "|"))  \(option.help) (default \(option.defaultValue))\n")
            }
        }
    }
}
