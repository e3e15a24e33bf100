import Foundation
import Testing

/// `scripts/ensure-system-packages` on machines without gnuplot: it gives advice that works there (sudo or su), and
/// with --gnuplot-optional (as `scripts/lessons` calls it) a gnuplot it cannot install is a warning, not a stop.
@Suite("The system-packages script")
struct SystemPackagesScriptTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/ensure-system-packages").path

    /// A PATH of the tools the script needs, without gnuplot; `id` says uid 1000 (not root), and a `sudo` that asks
    /// for a password is there when `withSudo`. `apt-get` fails loudly if it is ever called. With
    /// `withoutGnuplotPackages`, `dpkg-query` reports every gnuplot-* package absent and every other one installed.
    static func toolbox(withSudo: Bool, withoutGnuplotPackages: Bool = false, asRootWithAptGet aptGet: String? = nil) throws -> String {
        let folder = NSTemporaryDirectory() + "ganlessons-path-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for tool in ["bash", "dpkg-query", "grep", "pkg-config", "dirname", "cat", "mktemp", "tail", "sed", "seq"] {
            for directory in ["/usr/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(directory)/\(tool)") {
                try? FileManager.default.createSymbolicLink(atPath: "\(folder)/\(tool)", withDestinationPath: "\(directory)/\(tool)")
            }
        }
        var fakes = ["id": "echo 1000", "apt-get": "echo 'apt-get was called' >&2; exit 99"]
        if withSudo { fakes["sudo"] = "exit 1" }
        if let aptGet { fakes["id"] = "echo 0"; fakes["apt-get"] = aptGet }
        if withoutGnuplotPackages {
            try? FileManager.default.removeItem(atPath: "\(folder)/dpkg-query")
            fakes["dpkg-query"] = #"for package; do :; done; case "$package" in gnuplot-*) exit 1 ;; *) printf 'install ok installed' ;; esac"#
        }
        for (name, body) in fakes {
            try "#!/bin/sh\n\(body)\n".write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
            chmod("\(folder)/\(name)", 0o755)
        }
        return folder
    }

    static func run(_ arguments: [String], path: String, temporary: String? = nil) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script] + arguments
        process.environment = ["PATH": path].merging(temporary.map { ["TMPDIR": $0] } ?? [:]) { $1 }
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

    /// gnuplot-nox conflicts with gnuplot-x11 and gnuplot-qt, so asking apt for both fails on a machine with neither
    /// (as `scripts/test` did on a fresh machine): the script asks for the X11 build alone, which provides `gnuplot`.
    @Test func aGnuplotWithAWindowIsAskedForAloneNotBesideGnuplotNox() throws {
        let path = try Self.toolbox(withSudo: false, withoutGnuplotPackages: true)
        let x11 = try Self.run(["tmux", "gnuplot-x11"], path: path)
        #expect(x11.status == 3 && x11.stderr.contains("apt-get install -y tmux gnuplot-x11'"), "\(x11.stderr)")
        #expect(!x11.stderr.contains("gnuplot-nox"), "\(x11.stderr)")
        let plain = try Self.run(["tmux"], path: path)
        #expect(plain.status == 3 && plain.stderr.contains("apt-get install -y gnuplot-nox tmux'"), "\(plain.stderr)")
    }

    /// apt's unpacking (some 250 lines on a fresh machine) goes to a log, and the user sees one line saying what is
    /// installed and where that log is.
    @Test func aSuccessfulInstallIsOneLine() throws {
        let apt = #"[ "$1" = update ] && exit 0; for i in $(seq 250); do echo "Unpacking package $i ..."; done"#
        let temporary = try Self.toolbox(withSudo: false)  // a folder of its own for the log
        let result = try Self.run([], path: try Self.toolbox(withSudo: false, asRootWithAptGet: apt), temporary: temporary)
        let lines = result.stderr.split(separator: "\n")
        #expect(result.status == 0 && lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("Installing system packages: gnuplot-nox (apt's output: \(temporary)/ganlessons-apt-") == true)
        let log = try #require(lines.first?.split(separator: " ").last.map { String($0.dropLast()) })
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains("Unpacking package 250 ..."))
    }

    /// When apt fails, its last lines are shown (they say why), then what to run, with status 3.
    @Test func aFailedInstallShowsAptsTailAndStopsWithThree() throws {
        let apt = #"[ "$1" = update ] && exit 0; for i in $(seq 250); do echo "Unpacking package $i ..."; done; echo "E: Unable to locate package gnuplot-nox" >&2; exit 100"#
        let path = try Self.toolbox(withSudo: false, asRootWithAptGet: apt)
        let result = try Self.run([], path: path, temporary: try Self.toolbox(withSudo: false))
        #expect(result.status == 3 && result.stderr.contains("E: Unable to locate package gnuplot-nox"), "\(result.stderr)")
        #expect(result.stderr.contains("Installing them failed; run: apt-get update && apt-get install -y gnuplot-nox"))
        #expect(result.stderr.contains("Unpacking package 250") && !result.stderr.contains("Unpacking package 200 "), "only the tail")
        // With --gnuplot-optional (as scripts/lessons calls it) the same failure is a warning that still shows why.
        let optional = try Self.run(["--gnuplot-optional"], path: path, temporary: try Self.toolbox(withSudo: false))
        #expect(optional.status == 0 && optional.stderr.contains("E: Unable to locate package") && optional.stderr.contains("warning: gnuplot"))
    }
}
