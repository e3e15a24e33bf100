import Foundation
import Testing

/// `scripts/ensure-system-packages` on machines without gnuplot: it gives advice that works there (sudo or su), and
/// with --gnuplot-optional (as `scripts/lessons` calls it) a gnuplot it cannot install is a warning, not a stop.
@Suite("The system-packages script")
struct SystemPackagesScriptTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/ensure-system-packages").path

    /// A PATH of the tools the script needs, without gnuplot; `id` says uid 1000 (not root), and a `sudo` that asks
    /// for a password is there when `withSudo`. `apt-get` fails loudly if it is ever called.
    static func toolbox(withSudo: Bool) throws -> String {
        let folder = NSTemporaryDirectory() + "ganlessons-path-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for tool in ["bash", "dpkg-query", "grep", "pkg-config", "dirname", "cat"] {
            for directory in ["/usr/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(directory)/\(tool)") {
                try? FileManager.default.createSymbolicLink(atPath: "\(folder)/\(tool)", withDestinationPath: "\(directory)/\(tool)")
            }
        }
        var fakes = ["id": "echo 1000", "apt-get": "echo 'apt-get was called' >&2; exit 99"]
        if withSudo { fakes["sudo"] = "exit 1" }
        for (name, body) in fakes {
            try "#!/bin/sh\n\(body)\n".write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
            chmod("\(folder)/\(name)", 0o755)
        }
        return folder
    }

    static func run(_ arguments: [String], path: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script] + arguments
        process.environment = ["PATH": path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    @Test func missingGnuplotWithoutRootGetsAdviceThatWorksHere() throws {
        // The libraries must be there for this test to be about gnuplot alone (they are, wherever the tests were built).
        let withSudo = try Self.toolbox(withSudo: true)
        let strict = try Self.run([], path: withSudo)
        #expect(strict.status == 3 && strict.stderr.contains("sudo sh -c 'apt-get update && apt-get install -y gnuplot-nox'"), "\(strict.stderr)")
        let optional = try Self.run(["--gnuplot-optional"], path: withSudo)
        #expect(optional.status == 0 && optional.stderr.hasPrefix("warning: gnuplot is not installed"), "\(optional.stderr)")
        let noSudo = try Self.run([], path: try Self.toolbox(withSudo: false))
        #expect(noSudo.status == 3 && noSudo.stderr.contains("su -c 'apt-get update && apt-get install -y gnuplot-nox'"), "\(noSudo.stderr)")
        #expect(!strict.stderr.contains("apt-get was called") && !noSudo.stderr.contains("apt-get was called"))
    }
}
