import Foundation
import Testing
@testable import Plot

/// Real renders through gnuplot (CI installs gnuplot-nox). Serialized: they share the machine's two cores.
@Suite("Rendering through gnuplot", .serialized)
struct RenderTests {
    @Test func pngHasTheAskedSizeAndReRendersStandalone() throws {
        let directory = temporaryDirectory()
        let renderer = FigureRenderer(target: .png)
        let figure = gallery()
        let result = try renderer.render(figure, in: directory)
        let image = try PNGFile.read(from: result.image!)
        #expect(image.width == figure.size.width && image.height == figure.size.height)
        #expect(Set(image.pixels).count > 10)  // something was drawn

        // The .gp re-renders from the .dat alone with plain `gnuplot NAME.gp`.
        try FileManager.default.removeItem(atPath: result.image!)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: GnuplotProcess.locate()!)
        process.arguments = ["gallery.gp"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // The same picture, pixel for pixel: the script holds everything the render needed.
        let again = try PNGFile.read(from: result.image!)
        #expect(again.width == image.width && again.height == image.height && again.pixels == image.pixels)
    }

    @Test("A picture is written pixel for pixel through libpng, with a script that shows it, for every target")
    func pictureIsWrittenAsItIs() throws {
        let tile = RasterImage(width: 3, height: 2, channels: 3, pixels: (0..<18).map { UInt8($0 * 14) })
        for target in [PlotTarget.png, .none, .sixel] {
            let directory = temporaryDirectory()
            let result = try FigureRenderer(target: target).render(Picture(name: "tile", image: tile.upscaled(by: 4)), in: directory)
            #expect(result.image == directory + "/tile.png")
            #expect(try PNGFile.read(from: result.image!) == tile.upscaled(by: 4))
            #expect(try String(contentsOfFile: result.script, encoding: .utf8).contains("'tile.png' binary filetype=png with rgbimage"))
            #expect((result.terminalOutput?.hasPrefix("\u{1B}P") ?? false) == (target == .sixel))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["tile.gp", "tile.png"])
        }
    }

    @Test("Pictures become text art for the dumb terminal: white blank, black '@', at most the asked columns")
    func pictureAsTextArt() throws {
        var image = RasterImage(width: 300, height: 40, color: [255, 255, 255])
        for row in 0..<40 { for column in 0..<150 { image.pixels.replaceSubrange(((row * 300 + column) * 3)..<((row * 300 + column) * 3 + 3), with: [0, 0, 0]) } }
        let art = image.textArt(columns: 100)
        let lines = art.split(separator: "\n")
        #expect(lines.count == 7 && lines.allSatisfy { $0.count <= 100 })
        #expect(lines.allSatisfy { $0.allSatisfy { $0 == "@" } && $0.count == 50 })
        let rendered = try FigureRenderer(target: .dumb).render(Picture(name: "half", image: image), in: temporaryDirectory())
        #expect(rendered.terminalOutput == art)
    }

    @Test("A panel of images only is drawn without axes")
    func imagePanelIsBare() {
        let tile = RasterImage(width: 2, height: 2, color: [9, 9, 9])
        let bare = ScriptWriter.script(for: Figure(name: "bare", panels: [Panel(series: [.init(.image(tile))])]), dataFile: "bare.dat").body
        #expect(bare.contains("unset border") && bare.contains("unset tics"))
        let framed = ScriptWriter.script(for: sampleFigure(), dataFile: "sample.dat").body
        #expect(!framed.contains("unset border"))
    }

    @Test func svgDumbAndSixelTerminals() throws {
        let directory = temporaryDirectory()
        let svg = try FigureRenderer(target: .svg).render(sampleFigure(), in: directory)
        #expect(try String(contentsOfFile: svg.image!, encoding: .utf8).contains("</svg>"))

        let dumb = try FigureRenderer(target: .dumb).render(sampleFigure(title: "Dumb title"), in: directory)
        #expect(dumb.terminalOutput!.contains("Dumb title"))
        #expect(try String(contentsOfFile: dumb.image!, encoding: .utf8) == dumb.terminalOutput!)

        let sixel = try FigureRenderer(target: .sixel).render(sampleFigure(), in: directory)
        #expect(sixel.image == nil)
        #expect(sixel.terminalOutput!.hasPrefix("\u{1B}P"))  // DCS: the start of a sixel image
    }

    @Test func threeDFigureAndImagePanel() throws {
        let directory = temporaryDirectory()
        let t = (0...20).map { Double($0) / 20 }
        let tile = RasterImage(width: 4, height: 4, channels: 3, pixels: (0..<48).map { UInt8($0 * 5) })
        let figure = Figure(name: "three-d", panels: [
            Panel(kind: .threeD(rotateX: 60, rotateZ: 30), title: "Segments", xLabel: "x", yLabel: "y", zLabel: "z", series: [
                .init(.lines3D(x: t, y: t.map { 1 - $0 }, z: t), title: "a"),
                .init(.surface(xs: [0, 1], ys: [0, 1], z: [[0, 0.5], [0.5, 1]]), title: "plane"),
            ]),
            Panel(title: "Image", legend: .hidden, series: [.init(.image(tile))]),
        ])
        let result = try FigureRenderer(target: .png).render(figure, in: directory)
        let image = try PNGFile.read(from: result.image!).converted(toChannels: 3)
        #expect(image.width == figure.size.width && image.height == figure.size.height)
        // The image panel shows the tile's own colours (its brightest pixel, 47·5 in each channel, among them), and
        // the 3-D panel draws lines and a surface in more than a handful of colours.
        let colours = Set(stride(from: 0, to: image.pixels.count, by: 3).map { Array(image.pixels[$0..<($0 + 3)]) })
        #expect(colours.contains([225, 230, 235]))
        #expect(colours.count > 20)
    }

    @Test func gifHasSeveralFramesAndATrailer() throws {
        let directory = temporaryDirectory()
        let frames = (0..<4).map { k in
            Figure(name: "frame", panels: [Panel(title: "frame \(k)", yRange: -1...1, series: [
                .line(x: (0..<30).map { Double($0) / 5 }, y: (0..<30).map { sin(Double($0) / 5 + Double(k)) }),
            ])])
        }
        let result = try FigureRenderer(target: .png).render(Animation(name: "wave", frames: frames), in: directory)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: result.image!)))
        #expect(result.image!.hasSuffix("wave.gif"))
        #expect(Array(bytes.prefix(6)) == Array("GIF89a".utf8))
        #expect(bytes.last == 0x3B)  // the trailer, written when the output is closed
        let imageDescriptors = zip(bytes, bytes.dropFirst()).filter { $0 == 0x00 && $1 == 0x2C }.count
        #expect(imageDescriptors >= 4)
    }

    @Test func twentyFiguresReuseOneProcess() throws {
        let directory = temporaryDirectory()
        let renderer = FigureRenderer(target: .png)
        for k in 0..<20 { try renderer.render(sampleFigure(name: "f\(k)"), in: directory) }
        #expect(renderer.processesStarted == 1)
        #expect(renderer.currentProcess!.scriptCount == 20)
    }
}

@Suite("Plot errors", .serialized)
struct PlotErrorTests {
    @Test func invalidCommandSurfacesGnuplotsMessage() throws {
        let gnuplot = try GnuplotProcess()
        #expect {
            try gnuplot.run("plot sin(x) with nonsense", label: "bad")
        } throws: { error in
            guard case PlotError.gnuplotFailed(let figure, let message) = error else { return false }
            return figure == "bad" && message.contains("unrecognized plot type") && message.contains("nonsense")
        }
        // The same process goes on serving the next script.
        #expect(try gnuplot.run("print 1+1", label: "ok").warnings.isEmpty)
    }

    @Test func killedGnuplotIsAnErrorNotAHangAndTheRendererRecovers() throws {
        let directory = temporaryDirectory()
        let renderer = FigureRenderer(target: .png)
        try renderer.render(sampleFigure(name: "before"), in: directory)
        renderer.currentProcess!.kill()
        let started = Date()
        do {
            try renderer.currentProcess!.run("print 1", label: "after kill", timeout: 5)
            Issue.record("a dead gnuplot ran a script")
        } catch let error as PlotError {
            guard case .gnuplotDied = error else { Issue.record("unexpected \(error)"); return }
        }
        #expect(Date().timeIntervalSince(started) < 5)
        try renderer.render(sampleFigure(name: "after"), in: directory)
        #expect(renderer.processesStarted == 2)
    }

    @Test func hungGnuplotTimesOut() throws {
        let gnuplot = try GnuplotProcess()
        #expect(throws: PlotError.timedOut(figure: "slow", seconds: 1)) {
            try gnuplot.run("pause 30", label: "slow", timeout: 1)
        }
    }

    @Test func titlesCannotRunCommands() throws {
        let marker = NSTemporaryDirectory() + "ganlessons-pwned-\(UUID().uuidString.prefix(8))"
        let title = #""; system("touch \#(marker)"); " `touch \#(marker)` @x"#
        let directory = temporaryDirectory()
        let result = try FigureRenderer(target: .dumb).render(sampleFigure(title: title), in: directory)
        #expect(!FileManager.default.fileExists(atPath: marker))
        #expect(result.terminalOutput!.contains(#"system("touch"#))
    }

    @Test func failedRenderLeavesTheExistingFigureUntouched() throws {
        let directory = temporaryDirectory()
        let good = try FigureRenderer(target: .png).render(sampleFigure(), in: directory)
        let before = try Data(contentsOf: URL(fileURLWithPath: good.image!))
        // A "gnuplot" that exits at once: the render fails, and the good PNG stays byte for byte.
        let broken = FigureRenderer(target: .png, gnuplotExecutable: "/bin/false")
        #expect(throws: PlotError.self) { try broken.render(sampleFigure(), in: directory) }
        // An invalid figure (log scale over negative values only) fails inside gnuplot.
        var invalid = sampleFigure()
        invalid.panels[0] = Panel(yRange: -2 ... -1, logY: true, series: [.line(x: [1, 2], y: [-1, -2])])
        #expect(throws: PlotError.self) { try FigureRenderer(target: .png).render(invalid, in: directory) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: good.image!)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func missingGnuplotStillWritesDataAndScript() throws {
        let directory = temporaryDirectory()
        #expect(throws: PlotError.gnuplotMissing) {
            try FigureRenderer(target: .png, gnuplotExecutable: "/nonexistent/gnuplot").render(sampleFigure(), in: directory)
        }
        #expect(FileManager.default.fileExists(atPath: directory + "/sample.dat"))
        #expect(FileManager.default.fileExists(atPath: directory + "/sample.gp"))
        #expect(PlotError.gnuplotMissing.description.contains("apt-get install -y gnuplot-nox"))
    }

    @Test func noneTargetWritesOnlyDataAndScript() throws {
        let directory = temporaryDirectory()
        let result = try FigureRenderer(target: .none, gnuplotExecutable: "/nonexistent/gnuplot").render(sampleFigure(), in: directory)
        #expect(result.image == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["sample.dat", "sample.gp"])
    }

    @Test func unwritableDirectoryIsAClearError() throws {
        #expect(throws: PlotError.self) {
            try FigureRenderer(target: .none).render(sampleFigure(), in: "/proc/ganlessons-cannot-write")
        }
    }
}
