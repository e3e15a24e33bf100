import Foundation
import Plot
import Testing

/// `lessons book` and `lessons notebook` as a reader meets them: a site whose every link and image resolves
/// offline, pages that load in a real browser with every image and a quiet console, notebooks that nbformat accepts.
@Suite("The book and the notebooks", .serialized)
struct BookTests {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts").path

    /// Runs one of the repository's scripts; its output is returned, standard error included.
    static func script(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: scripts + "/" + name)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// How many distinct colours an RGB image holds: a screenshot of text and figures has many, a blank one few.
    static func colourCount(_ image: RasterImage) -> Int {
        Set(stride(from: 0, to: image.pixels.count, by: 3).map { offset -> Int in
            let (red, green, blue) = (Int(image.pixels[offset]), Int(image.pixels[offset + 1]), Int(image.pixels[offset + 2]))
            return red << 16 | green << 8 | blue
        }).count
    }

    /// Lesson 1 (SVG figures) and lesson 12 (PNG sample grids, a GIF): every kind of image a page holds.
    @Test("A book of lessons 1 and 12: links resolve offline, one h1 a page, Chromium loads every image, notebooks validate")
    func bookOpensInABrowser() throws {
        let out = ExecutableTests.scratch()
        let result = try ExecutableTests.run(["book", "1", "12", "--quick", "--ipynb", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages == ["01-kl-js.html", "12-new-pokemon.html", "index.html"])
        let attribute = try NSRegularExpression(pattern: #"(?:src|href)="([^"]*)""#)
        for page in pages {
            let html = try String(contentsOfFile: out + "/" + page, encoding: .utf8)
            #expect(html.components(separatedBy: "<h1").count == 2, "\(page): one h1")
            #expect(!html.contains("http://") && !html.contains("https://"), "\(page): nothing from the network")
            let targets = attribute.matches(in: html, range: NSRange(html.startIndex..., in: html))
                .map { String(html[Range($0.range(at: 1), in: html)!]) }
            #expect(targets.count >= 2, "\(page): its links")
            for target in targets where !target.hasPrefix("#") {
                let file = target.components(separatedBy: "#")[0]
                #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(page) links to \(target), which is missing")
            }
        }
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        // Every claim of both lessons held: "✓ N/N claims hold" for each, whatever N is.
        #expect(index.contains("href=\"12-new-pokemon.html\"") && index.matches(of: /✓ (\d+)\/\1 claims hold/).count == 2, "\(index)")

        let browser = try Self.script("check-book-in-browser", [out])
        #expect(browser.status == 0, "\(browser.output)")
        for page in pages {
            // A screenshot of a page with text and figures has many colours; a blank or error page has few.
            let shot = try PNGFile.read(from: out + "/screenshots/" + page.replacingOccurrences(of: ".html", with: ".png"), channels: 3)
            let colours = Self.colourCount(shot)
            #expect(shot.width == 1280 && colours > 50, "\(page): screenshot of \(colours) colours")
        }

        let notebooks = ["01-kl-js.ipynb", "12-new-pokemon.ipynb"].map { out + "/" + $0 }
        let validation = try Self.script("check-notebooks", notebooks)
        #expect(validation.status == 0 && validation.output.contains("12-new-pokemon.ipynb: nbformat 4.5"), "\(validation.output)")
        #expect(validation.output.contains("12-new-pokemon.ipynb: nbformat 4.5, 24 cells, 8 images"), "\(validation.output)")
    }

    @Test("The browser check fails a page with a missing image or a console message, naming it")
    func browserCheckCanFail() throws {
        let out = ExecutableTests.scratch()
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "<!DOCTYPE html><html><head><title>i</title></head><body><h1>i</h1></body></html>".write(toFile: out + "/index.html", atomically: true, encoding: .utf8)
        try "<!DOCTYPE html><html><head><title>a</title></head><body><h1>a</h1><img src=\"nosuch.png\"></body></html>"
            .write(toFile: out + "/a.html", atomically: true, encoding: .utf8)
        try "<!DOCTYPE html><html><head><title>b</title></head><body><h1>b</h1><script>console.error('boom')</script></body></html>"
            .write(toFile: out + "/b.html", atomically: true, encoding: .utf8)
        let result = try Self.script("check-book-in-browser", [out])
        #expect(result.status == 1)
        #expect(result.output.contains("FAIL a.html: images 1 broken 1: nosuch.png"), "\(result.output)")
        #expect(result.output.contains("FAIL b.html: the console logged") && result.output.contains("boom"), "\(result.output)")
        #expect(result.output.contains("ok   index.html"), "\(result.output)")
    }

    @Test("run --format html writes one lesson's page with its stylesheet inlined; several lessons are a usage error")
    func runFormatHTML() throws {
        let out = ExecutableTests.scratch()
        let page = try ExecutableTests.run(["run", "3", "--quick", "--format", "html", "--out", out])
        #expect(page.status == 0 && page.stdout.hasPrefix("<!DOCTYPE html>") && page.stdout.contains("<style>"), "\(page.stderr)")
        #expect(page.stdout.components(separatedBy: "<h1").count == 2 && page.stdout.contains("<img src=\"\(out)/03-nash/"))
        let several = try ExecutableTests.run(["run", "1", "3", "--format", "html", "--out", out])
        #expect(several.status == 2 && several.stderr.contains("lessons book"), "\(several.stderr)")
    }
}
