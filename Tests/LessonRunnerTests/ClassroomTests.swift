import Foundation
import Plot
import Testing

/// The classroom views as a person sees them, through `scripts/classroom-screenshots` (which also makes the README's
/// pictures): present mode and the live view in a real terminal, the live view in a gnuplot window on a real X server
/// (Xvfb), and both as sixel images in xterm as a VT340, each captured as a PNG whose pixels must show a picture, not
/// a blank screen.
@Suite("Classroom screenshots", .serialized)
struct ClassroomTests {
    @Test("Present mode, the live terminal view, the windows under Xvfb and sixel images in xterm all show their picture")
    func screenshotsShowThePictures() throws {
        let out = ExecutableTests.scratch()
        let result = try LiveViewTests.spawn([BookTests.scripts + "/classroom-screenshots", out, ExecutableTests.executable])
        #expect(result.status == 0, "\(result.output)")
        for (name, least) in [("present", 6), ("live-terminal", 6), ("live-window", 40), ("live-sixel", 40), ("present-sixel", 40),
                               ("present-window", 40)] {
            let image = try PNGFile.read(from: out + "/" + name + ".png", channels: 3)
            let colours = BookTests.colourCount(image)
            #expect(colours >= least, "\(name).png has \(colours) colours")
        }
        // The plots: gnuplot's blue and orange (lesson 11's generated and real points, lesson 1's p and q) are on the
        // X screen, drawn by gnuplot's window or by xterm from the sixel image.
        for name in ["live-window", "live-sixel", "present-sixel", "present-window"] {
            let image = try PNGFile.read(from: out + "/" + name + ".png", channels: 3)
            func count(_ match: (Int, Int, Int) -> Bool) -> Int {
                stride(from: 0, to: image.pixels.count, by: 3).filter {
                    match(Int(image.pixels[$0]), Int(image.pixels[$0 + 1]), Int(image.pixels[$0 + 2]))
                }.count
            }
            #expect(count { r, g, b in b > 150 && r < 80 } > 200, "blue in \(name).png")
            #expect(count { r, g, b in r > 200 && g > 80 && g < 160 && b < 80 } > 200, "orange in \(name).png")
        }
    }

    @Test("--live window without a display, or without a window terminal, is an environment error naming the fix")
    func windowNeedsADisplayAndAWindowTerminal() throws {
        let noDisplay = try ExecutableTests.run(["run", "11", "--quick", "--plot", "none", "--live", "window"],
                                                environment: ProcessInfo.processInfo.environment.filter { $0.key != "DISPLAY" })
        #expect(noDisplay.status == 3 && noDisplay.stderr.contains("DISPLAY is not set"), "\(noDisplay.stderr)")
        // A gnuplot that offers no window terminal: a stand-in that lists only text and file terminals.
        let folder = ExecutableTests.scratch()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "#!/bin/sh\necho 'Available terminal types:'\necho '          dumb  ascii art'\necho '      pngcairo  png'\n"
            .write(toFile: folder + "/gnuplot", atomically: true, encoding: .utf8)
        chmod(folder + "/gnuplot", 0o755)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = folder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["DISPLAY"] = ":99"
        let noWindow = try ExecutableTests.run(["run", "11", "--quick", "--plot", "none", "--live", "window"], environment: environment)
        #expect(noWindow.status == 3 && noWindow.stderr.contains("gnuplot-qt") && noWindow.stderr.contains("gnuplot-x11"), "\(noWindow.stderr)")
    }
}
