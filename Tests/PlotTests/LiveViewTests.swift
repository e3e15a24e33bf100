import Foundation
import Testing
@testable import Plot

/// The live view: frames drawn from the top-left of the alternate screen, throttled, and the screen given back.
@Suite("Live terminal view")
struct LiveViewUnitTests {
    final class Screen: @unchecked Sendable {
        var text = ""
    }

    @Test func framesAreDrawnInPlaceThrottledAndTheScreenIsGivenBack() throws {
        let screen = Screen()
        let view = LiveView(columns: 80, rows: 24, interval: 60, write: { screen.text += $0 })
        var built = 0
        func frame() -> Figure {
            built += 1
            return .liveSamples(title: "iteration \(built)", real: ([0, 1], [0, 1]), generated: ([0.5], [-0.5]))
        }
        view.show(frame)
        #expect(view.failure == nil, "\(view.failure ?? "")")
        #expect(screen.text.hasPrefix("\u{1B}[?1049h\u{1B}[?25l\u{1B}[H"))
        #expect(screen.text.contains("iteration 1") && screen.text.contains("+-----"))
        let lines = screen.text.components(separatedBy: "\n")
        #expect(lines.count <= 23, "one row less than the window, so nothing scrolls")
        view.show(frame)  // within the interval: skipped, and the frame is not even built
        #expect(built == 1 && view.framesShown == 1 && view.framesSkipped == 1)
        view.close()
        #expect(screen.text.hasSuffix("\u{1B}[?25h\u{1B}[?1049l"))
    }

    @Test("A sixel view draws an image (DCS … ST) from the top-left of the alternate screen and gives the screen back")
    func sixelFramesAreImagesInPlace() throws {
        let screen = Screen()
        let view = LiveView(surface: .sixel(width: 320, height: 200), columns: 80, rows: 24, interval: 60, write: { screen.text += $0 })
        view.show { .liveSamples(title: "iteration 1", real: ([0, 1], [0, 1]), generated: ([0.5], [-0.5])) }
        #expect(view.failure == nil, "\(view.failure ?? "")")
        #expect(screen.text.hasPrefix("\u{1B}[?1049h\u{1B}[?25l\u{1B}[H\u{1B}P"), "a sixel image at the top-left")
        #expect(screen.text.contains("\u{1B}\\"), "the image's string terminator")
        view.close()
        #expect(screen.text.hasSuffix("\u{1B}[?25h\u{1B}[?1049l"))
    }
}
