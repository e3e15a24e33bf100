import ArgumentParser
import Foundation
import Lessons
import Notebook
import Plot

/// Options shared by `book` and `notebook`: which lessons, the mode and seed, where the documents go.
struct DocumentOptions: ParsableArguments {
    @Argument(help: "Lesson numbers or slugs, or 'all' (the default).")
    var lessons: [String] = []

    @OptionGroup var modeOptions: ModeOptions

    @Option(help: "Folder of the documents and their figures.")
    var out: String?

    /// Refuses lessons that do not exist, and an --out inside the tutorial's Figures/.
    func check(defaultFolder: String) throws {
        try OutputPathCheck.check(out ?? defaultFolder, lessons: try LessonSelection.resolve(lessons),
                                  refusal: "documents never go into the tutorial's Figures/")
    }

    /// Quick or full mode.
    var mode: Mode { modeOptions.mode }

    /// Whether the lessons run in quick mode.
    var quick: Bool { modeOptions.quick }

    /// The seed of every random draw.
    var seed: UInt64 { modeOptions.seed }
}

/// `lessons book`: every lesson run once and written as a static site, `index.html` and one page per lesson.
struct BookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book", abstract: "Run the lessons and write them as a static HTML site (index.html, one page per lesson).",
        discussion: """
            The site opens from file:// with no network: one stylesheet (book.css), figures beside the pages \
            (SVG, or PNG with --plot png; animations are GIFs, sample grids PNGs). Add ?big to a page's address for \
            projector type. A lesson whose claim fails still gets its page, marked, and the command ends with status 1.
            """)

    @OptionGroup var document: DocumentOptions

    @Option(help: "Figures as svg or png.")
    var plot: PlotTarget = .svg

    @Flag(help: "Also write each lesson as a Jupyter notebook (NN-slug.ipynb) beside its page.")
    var ipynb = false

    static let defaultFolder = "output/book"

    var out: String { document.out ?? Self.defaultFolder }

    func validate() throws {
        try document.check(defaultFolder: Self.defaultFolder)
        guard plot == .svg || plot == .png else { throw ValidationError("--plot takes svg or png for a book, got \(plot.rawValue)") }
    }

    func run() throws {
        let selected = try LessonSelection.resolve(document.lessons)
        let session = try LessonSession(target: plot, outputDirectory: out, format: nil, lessons: selected, offersPlotNone: false)
        try DocumentWriter.write(HTMLReportRenderer.css, to: out + "/book.css")
        let contents = HTMLReportRenderer.Link(href: "index.html", title: "Contents")
        func link(_ index: Int) -> HTMLReportRenderer.Link? {
            selected.indices.contains(index)
                ? .init(href: selected[index].folderName + ".html", title: "Lesson \(selected[index].number) · \(selected[index].title)") : nil
        }
        var reports: [LessonReport] = []
        // Each page is written as soon as its lesson has run, so an interrupted book keeps the pages it finished.
        for (index, lesson) in selected.enumerated() {
            let report = try session.runAnnounced(lesson, mode: document.mode, seed: document.seed)
            let page = HTMLReportRenderer.page(report, stylesheet: .linked("book.css"), contents: contents, previous: link(index - 1),
                                               next: link(index + 1), path: { DocumentWriter.relative($0, to: out) })
            try DocumentWriter.write(page, to: out + "/" + lesson.folderName + ".html")
            if ipynb {
                try DocumentWriter.write(JupyterRenderer.render(report, command: NotebookCommand.commandLine(lesson, document, out: out)),
                                         to: out + "/" + lesson.folderName + ".ipynb")
            }
            reports.append(report)
        }
        try DocumentWriter.write(HTMLReportRenderer.index(reports, pages: selected.map { $0.folderName + ".html" }, stylesheet: .linked("book.css")),
                                 to: out + "/index.html")
        Console.note("Book: \(out)/index.html, \(reports.count) lesson page\(reports.count == 1 ? "" : "s")")
        if reports.flatMap(\.claims).contains(where: { !$0.holds }) {
            throw RunnerExit(status: ExitStatus.claimFailed, message: "some claims failed; their pages mark them")
        }
    }
}

/// `lessons notebook`: each lesson run once and written as a Jupyter notebook with its figures embedded.
struct NotebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook", abstract: "Run lessons and write each as a Jupyter notebook (nbformat 4.5, figures embedded).")

    @OptionGroup var document: DocumentOptions

    static let defaultFolder = "output/notebooks"

    var out: String { document.out ?? Self.defaultFolder }

    func validate() throws {
        try document.check(defaultFolder: Self.defaultFolder)
    }

    func run() throws {
        let selected = try LessonSelection.resolve(document.lessons)
        let session = try LessonSession(target: .png, outputDirectory: out, format: nil, lessons: selected, offersPlotNone: false)
        var failed = false
        for lesson in selected {
            let report = try session.runAnnounced(lesson, mode: document.mode, seed: document.seed)
            let path = out + "/" + lesson.folderName + ".ipynb"
            try DocumentWriter.write(JupyterRenderer.render(report, command: Self.commandLine(lesson, document, out: out)), to: path)
            Console.note("  \(path)")
            failed = failed || report.claims.contains { !$0.holds }
        }
        if failed { throw RunnerExit(status: ExitStatus.claimFailed, message: "some claims failed; their notebooks mark them") }
    }

    /// The command that regenerates one lesson's notebook.
    static func commandLine(_ lesson: any Lesson, _ document: DocumentOptions, out: String) -> String {
        "lessons notebook \(lesson.number)" + (document.quick ? " --quick" : "") + " --seed \(document.seed) --out "
            + MarkdownReportRenderer.shellQuoted(out)
    }
}

/// Writing the documents: atomically, like figures, with a full disk or a read-only folder as exit 3.
enum DocumentWriter {
    static func write(_ text: String, to path: String) throws {
        do {
            try AtomicFile.write(text, to: path)
        } catch let PlotError.unwritable(path, reason) {
            throw RunnerExit(status: ExitStatus.environment, message: "cannot write \(path): \(reason)")
        }
    }

    /// `path` as seen from the folder `base` (the files a lesson wrote under it), or as it is.
    static func relative(_ path: String, to base: String) -> String {
        path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}
