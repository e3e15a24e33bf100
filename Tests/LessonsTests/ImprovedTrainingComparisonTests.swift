import Foundation
@testable import Lessons
import Notebook
import Plot
import Testing

extension LessonRunTests {
    /// Lesson 8's comparison claims a technique's effect only beyond the plain GAN's own spread over seeds: trained
    /// under virtual batch norm's name (its streams, its claim), the plain GAN must fail that claim.
    @Test func theComparisonTellsATechniqueFromThePlainGAN() throws {
        let directory = NSTemporaryDirectory() + "ganlessons-comparison-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let notebook = Notebook(mode: .quick, seed: 1, figureDirectory: directory, renderer: FigureRenderer(target: .none))
        typealias Variant = ImprovedTrainingLesson.Variant
        try ImprovedTrainingLesson().comparison(notebook, variants: [.plain, .virtualBatchNorm]) { _, settings, random in
            Variant.plain.model(settings, using: random)
        }
        let claims = notebook.claims.filter { $0.statement.hasPrefix(Variant.virtualBatchNorm.title) }
        #expect(claims.count == 1)
        #expect(claims.allSatisfy { !$0.holds }, "\(claims.map(\.detail))")
    }
}
