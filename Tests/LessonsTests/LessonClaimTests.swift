import Foundation
import Lessons
import Notebook
import Plot
import Testing

/// How lessons are tested: every registered lesson runs in quick mode with no rendering, and every claim must hold;
/// a second run with the same seed must give the same numbers. One lesson at a time: each uses both cores, and
/// lessons side by side would stall each other and the unit tests. `swift test --skip LessonRunTests` leaves them out
/// by this suite's name (every whole-lesson test is nested in it; this toolchain's `swift test` filters by name only).
@Suite("Lessons in quick mode", .serialized)
struct LessonRunTests {
    static func run(_ lesson: any Lesson, seed: UInt64 = 1, settings: LessonSettings = .defaults) throws -> Notebook {
        let directory = NSTemporaryDirectory() + "ganlessons-lesson-\(lesson.slug)-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let notebook = Notebook(mode: .quick, seed: seed, settings: settings, figureDirectory: directory, renderer: FigureRenderer(target: .none))
        try lesson.run(notebook)
        return notebook
    }

    @Test("Every claim holds, and the same seed gives the same numbers", arguments: Catalog.all.map(\.number))
    func everyClaimHoldsAndRepeats(_ number: Int) throws {
        let lesson = Catalog.lesson(named: String(number))!
        let first = try Self.run(lesson)
        #expect(!first.claims.isEmpty && !first.figures.isEmpty)
        for claim in first.claims {
            #expect(claim.holds, "lesson \(number): \(claim.statement) — \(claim.detail)")
            // A claim that cannot fail is a value dressed as evidence: its tolerance must exclude the value it rules out,
            // and a bound must not be the measurement itself.
            #expect(claim.canFail, "lesson \(number): \(claim.statement) — \(claim.detail) cannot fail")
        }
        let second = try Self.run(lesson)
        #expect(first.values.map(\.value) == second.values.map(\.value))
        #expect(first.claims.map(\.measured) == second.claims.map(\.measured))
        try Self.expectJSONKeepsEveryValue(of: first, lesson: lesson)
    }

    /// Every value the notebook shows is in its JSON, in order, a repeated name included.
    static func expectJSONKeepsEveryValue(of notebook: Notebook, lesson: any Lesson) throws {
        let json = JSONReportRenderer.render([LessonReport(lesson: lesson, notebook: notebook, seconds: 0)])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let values = try #require(object["values"] as? [[String: Any]])
        #expect(values.compactMap { $0["name"] as? String } == notebook.values.map(\.name), "lesson \(lesson.number)")
        for (entry, shown) in zip(values, notebook.values) {
            let written = entry["value"] as? Double
            #expect(shown.value.isFinite ? written.map { abs($0 - shown.value) <= 1e-12 * max(1, abs(shown.value)) } == true : written == nil,
                    "lesson \(lesson.number): \(shown.name)")
        }
    }

    /// A lesson's own options change what it trains, and every claim it then makes still holds.
    @Test("A lesson option is honoured", arguments: [("improved-training", "technique=feature-matching"), ("wgan", "data=25gaussians")])
    func optionIsHonoured(_ slug: String, _ setting: String) throws {
        let lesson = try #require(Catalog.lesson(named: slug))
        let settings = try LessonSettings(parsing: [setting], against: lesson.options)
        #expect(settings.choices.count == 1)
        let chosen = try Self.run(lesson, settings: settings)
        // Every claim made holds (lesson 11 reports values, not claims, off its calibrated data set).
        #expect(!chosen.values.isEmpty && chosen.claims.allSatisfy(\.holds), "\(chosen.claims.filter { !$0.holds }.map(\.statement))")
        let tables = chosen.cells.compactMap { if case .table(let table) = $0 { table } else { nil } }
        if slug == "improved-training" {
            // The comparison trains the plain GAN and the one technique chosen.
            #expect(tables.last?.rows.map { $0[0] } == ["GAN", "feature matching"])
        } else {
            // The prose names the data set trained on, and the figures show it.
            #expect(chosen.cells.contains { if case .prose(let text) = $0 { text.contains("25 Gaussians") } else { false } })
        }
    }
}

extension LessonRunTests {
    /// Watching a lesson train (`--live terminal`) must not change a number of it: frames draw from streams of their own.
    /// Nested here so that it runs serialized with the other whole-lesson tests: five lessons side by side, each with
    /// OpenBLAS's spinning threads, took 14 minutes on two cores where one at a time takes about 2 (Zen 4).
    @Suite("Live view")
    struct LiveViewNumbers {
        /// Every lesson that offers live frames.
        @Test(arguments: ["mode-collapse", "improved-training", "lipschitz-critics", "wgan", "new-pokemon"])
        func watchingChangesNoNumber(_ slug: String) throws {
            let lesson = Catalog.lesson(named: slug)!
            let plain = try LessonRunTests.run(lesson)
            final class Sink: @unchecked Sendable { var frames = 0 }
            let sink = Sink()
            // Every frame is written in one piece from the cursor's home.
            let live = LiveView(columns: 80, rows: 24, interval: 0.2, budget: 0.1, write: { if $0.hasPrefix("\u{1B}[H") { sink.frames += 1 } })
            let directory = NSTemporaryDirectory() + "ganlessons-live-\(UUID().uuidString.prefix(8))"
            let watched = Notebook(mode: .quick, seed: 1, figureDirectory: directory, renderer: FigureRenderer(target: .none), live: live)
            try lesson.run(watched)
            #expect(live.failure == nil && sink.frames >= 3, "\(live.failure ?? "") \(sink.frames) frames")
            #expect(plain.values.map(\.value) == watched.values.map(\.value))
            #expect(plain.claims.map(\.measured) == watched.claims.map(\.measured))
        }
    }
}

@Suite("Catalog")
struct CatalogTests {
    /// The Lessons/ folder of the source tree, found from this file's path.
    static let lessonsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")

    @Test func everyLessonFileIsRegisteredUnderItsNumberAndSlug() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.lessonsFolder.path)
            .filter { $0.range(of: #"^[0-9]{2}-.*\.swift$"#, options: .regularExpression) != nil }.sorted()
        #expect(!files.isEmpty)
        #expect(files == Catalog.all.map { $0.folderName + ".swift" }.sorted())
    }

    @Test func numbersAndSlugsAreUniqueAndOrdered() {
        let numbers = Catalog.all.map(\.number)
        #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count)
        #expect(Set(Catalog.all.map(\.slug)).count == numbers.count)
        // Numbered 1, 2, … with no gap, as the folders and the book's links assume.
        #expect(numbers == Array(1...Catalog.all.count) && Catalog.all.allSatisfy { !$0.sections.isEmpty })
    }

    @Test func lessonsAreFoundByNumberSlugOrFolderName() {
        #expect(Catalog.lesson(named: "1")?.slug == "kl-js")
        #expect(Catalog.lesson(named: "01")?.slug == "kl-js")
        #expect(Catalog.lesson(named: "KL-JS")?.number == 1)
        #expect(Catalog.lesson(named: "01-kl-js")?.number == 1)
        #expect(Catalog.lesson(named: "nope") == nil)
    }
}
