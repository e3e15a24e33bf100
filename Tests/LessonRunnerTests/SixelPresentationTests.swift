import Foundation
import Lessons
@testable import Notebook
@testable import LessonRunner
@testable import Plot
import Testing

/// The pieces of sixel figures in `present`: asking the terminal, sizing the image to the window, and placing it.
/// (ClassroomTests sees the whole in xterm as a VT340.)
@Suite("Sixel figures in present mode")
struct SixelPresentationTests {
    @Test("A DA1 answer lists the terminal's attributes; 4 means sixel")
    func deviceAttributes() {
        let xterm = Array("\u{1B}[?63;1;2;4;6;9;15;16;22;28c".utf8), tmux = Array("\u{1B}[?1;2c".utf8)
        #expect(TerminalMode.deviceAttributes(xterm) == [63, 1, 2, 4, 6, 9, 15, 16, 22, 28])
        #expect(TerminalMode.deviceAttributes(tmux)?.contains(4) == false)
        #expect(TerminalMode.deviceAttributes(Array("x\u{1B}[?62;4c".utf8)) == [62, 4], "a key typed before the answer")
        #expect(TerminalMode.deviceAttributes(Array("\u{1B}[?62;4".utf8)) == nil, "not finished")
        #expect(TerminalMode.deviceAttributes(Array("\u{1B}[0c".utf8)) == nil, "not DA1's answer")
    }

    @Test("keys pressed while the terminal is asked about sixel are kept for the presenter, not taken for the answer")
    func keysTypedDuringTheQueryAreKept() {
        let arrowThenAnswer = TerminalMode.splitAnswer(Array("n\u{1B}[C\u{1B}[?62;4c".utf8))
        #expect(arrowThenAnswer.attributes == [62, 4])
        #expect(TerminalMode.Key.sequence(arrowThenAnswer.typed) == [.next, .next])
        let noAnswer = TerminalMode.splitAnswer(Array("q".utf8))
        #expect(noAnswer.attributes == nil && TerminalMode.Key.sequence(noAnswer.typed) == [.quit])
        #expect(TerminalMode.splitAnswer(Array("\u{1B}[?1;2c".utf8)).typed.isEmpty)
    }

    @Test("A sixel box fits the cells it is given and keeps the figure's aspect")
    func sixelBoxes() {
        let renderer = FigureRenderer(target: .sixel)
        #expect(renderer.sixelSize(for: (900, 560)) == (900, 560), "no box: the figure's own size")
        renderer.sixelBox = TerminalSize.sixelBox(columns: 96, rows: 28, cell: (8, 17))
        let box = renderer.sixelSize(for: (900, 560))
        #expect(box.width <= 96 * 8 && box.height <= 28 * 17)
        #expect(box.width == 96 * 8 || box.height == 28 * 17, "as large as fits: \(box)")
        #expect(abs(Double(box.width) / Double(box.height) - 900.0 / 560) < 0.01)
        renderer.sixelBox = (450, 450)
        #expect(renderer.sixelSize(for: (900, 560)) == (450, 280))
    }

    @Test("An image cell erases the screen, keeps its rows blank and draws the image under the caption")
    func imageCellsArePlacedUnderTheirCaption() throws {
        let lesson = try #require(Catalog.lesson(named: "1"))
        var screen = PresentationScreen(lesson: lesson, columns: 80, rows: 24)
        let image = "\u{1B}Pq#0;2;0;0;0#0~~~~\u{1B}\\"
        let figure = FigureOutput(name: "f", caption: "A figure", image: nil, data: "/o/f.dat", script: "/o/f.gp", terminalOutput: image)
        let drawn = screen.draw(cells: [.figure(figure)], finished: true)
        #expect(drawn.hasPrefix("\u{1B}[2J\u{1B}[H"), "the screen is erased first")
        #expect(drawn.hasSuffix("\u{1B}[5;3H" + image), "the image comes last, on row 5 under the caption and path")
        let text = String(drawn.dropLast(image.count))
        #expect(text.contains("A figure") && text.contains("/o/f.gp") && text.contains("cell 1/1"))
        #expect(!text.contains("~~~~"), "the image is not also printed as text")
    }

    @Test("--figures window without a display is an environment error that names present's own options")
    func figureWindowNeedsADisplay() {
        do {
            _ = try LessonSession.windowTerminal(environment: [:], asked: "--figures window", instead: "--figures text")
            Issue.record("no error without a display")
        } catch let error as RunnerExit {
            #expect(error.status == ExitStatus.environment)
            #expect(error.message.contains("--figures window needs an X display") && error.message.contains("--figures text"), "\(error.message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("Live frames as images: the presenter keeps a sixel frame whole and draws it under its line while it waits")
    func liveImageFrames() throws {
        let frames = LiveFrames()
        let image = "\u{1B}Pq#0;2;0;0;0#0~~\u{1B}\\"
        frames.receive("\u{1B}[?1049h\u{1B}[?25l")
        #expect(frames.latest == nil)
        frames.receive("\u{1B}[H" + image)
        #expect(frames.latest == .image(image))
        frames.receive("\u{1B}[Hiteration 5\u{1B}[K\n  *  o\u{1B}[K\u{1B}[J")
        #expect(frames.latest == .text(["iteration 5", "  *  o"]))
        frames.receive("\u{1B}[?25h\u{1B}[?1049l")
        #expect(frames.latest == nil, "the view closed")
        var screen = PresentationScreen(lesson: try #require(Catalog.lesson(named: "11")), columns: 80, rows: 24)
        let drawn = screen.draw(cells: [], finished: false, training: .image(image))
        #expect(drawn.hasPrefix("\u{1B}[2J") && drawn.contains("training, live") && drawn.hasSuffix("\u{1B}[4;3H" + image))
    }
}
