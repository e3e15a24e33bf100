import Foundation
import Testing

/// The lab as a teacher meets it: a real headless Chromium (selenium) against a real lessons-serve, over loopback.
@Suite("The lab in a browser", .serialized)
struct BrowserTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test("Play, switch the loss to WGAN-GP, see the exact W1 fall, open lesson 6's page and its link back to the lab")
    func labInChromium() throws {
        let server = Self.repository + "/.build/release/lessons-serve"
        #expect(FileManager.default.isExecutableFile(atPath: server), "swift test builds lessons-serve beside the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.repository + "/scripts/check-lab-in-browser")
        process.arguments = ["", server]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("W1 fell from") && output.contains("console stayed free of errors"), "\(output)")
    }
}
