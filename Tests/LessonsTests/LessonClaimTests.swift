import Foundation
import Lessons
import Notebook
import Plot
import Testing

extension Tag {
    /// Tests that run whole lessons: minutes in all, one lesson at a time. `swift test --skip LessonRunTests` leaves
    /// the others.
    @Tag static var lessonRun: Self
}

/// How lessons are tested: every registered lesson runs in quick mode with no rendering, and every claim must hold;
/// a second run with the same seed must give the same numbers. One lesson at a time: each uses both cores, and
/// lessons side by side would stall each other and the unit tests.
@Suite("Lessons in quick mode", .serialized, .tags(.lessonRun))
struct LessonRunTests {
    static func run(_ lesson: any Lesson, seed: UInt64 = 1) throws -> Notebook {
        let directory = NSTemporaryDirectory() + "ganlessons-lesson-\(lesson.slug)-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let notebook = Notebook(mode: .quick, seed: seed, figureDirectory: directory, renderer: FigureRenderer(target: .none))
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
        #expect(Catalog.all.allSatisfy { (1...12).contains($0.number) && !$0.sections.isEmpty })
    }

    @Test func lessonsAreFoundByNumberSlugOrFolderName() {
        #expect(Catalog.lesson(named: "1")?.slug == "kl-js")
        #expect(Catalog.lesson(named: "01")?.slug == "kl-js")
        #expect(Catalog.lesson(named: "KL-JS")?.number == 1)
        #expect(Catalog.lesson(named: "01-kl-js")?.number == 1)
        #expect(Catalog.lesson(named: "nope") == nil)
    }
}
