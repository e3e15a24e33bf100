import ArgumentParser
import Foundation

/// `lessons serve`: the book and the interactive GAN lab in one browser tab. The server is a second executable,
/// `lessons-serve` (Hummingbird), built on first use, so that building and running `lessons` never compiles it.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the book and an interactive GAN lab on a local web server.",
        discussion: """
            Prints an address with a token (http://127.0.0.1:8765/?token=…); open it in a browser. The server is the \
            separate program lessons-serve, built from the checkout on first use (a few minutes on two cores). \
            Loopback only unless --host says otherwise. Exit status: 130 after Ctrl-C (every training stopped, the \
            book's temporary files removed) · 2 usage error · 3 lessons-serve could not be built, found or started.
            """)

    @Option(help: "Port to listen on (0: any free port).")
    var port: Int = 8765

    @Option(help: "Address to listen on; anything but loopback (127.0.0.1) lets other machines in, with a warning.")
    var host: String = "127.0.0.1"

    /// `--quick` (the book in quick mode: its pages appear within a couple of minutes) and `--seed` (of the book and
    /// of every lab session), shared with the commands that run lessons.
    @OptionGroup var modeOptions: ModeOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0…65535, got \(port)") }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || ".:-".contains($0) }) else {
            throw ValidationError("--host takes an address or a host name, got '\(host)'")
        }
    }

    func run() throws {
        let server = try ServerExecutable.prepare()
        let arguments = [server, "--host", host, "--port", String(port), "--seed", String(modeOptions.seed), "--lessons", ServerExecutable.ownPath]
            + (modeOptions.quick ? ["--quick"] : [])
        try ServerExecutable.replaceProcess(with: arguments)
    }
}

/// Finding, building and starting `lessons-serve`.
enum ServerExecutable {
    /// The running `lessons` executable's path, symbolic links resolved.
    static var ownPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// The checkout that built `executable` (`<checkout>/.build/…/lessons`), or nil for an installed copy.
    static func checkout(of executable: String) -> String? {
        var folder = (executable as NSString).deletingLastPathComponent
        while folder != "/" && !folder.isEmpty {
            if (folder as NSString).lastPathComponent == ".build" {
                let root = (folder as NSString).deletingLastPathComponent
                return FileManager.default.fileExists(atPath: root + "/Package.swift") ? root : nil
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// The path of an up-to-date `lessons-serve` beside this executable: built (or brought up to date) from the
    /// checkout when there is one. Throws exit status 3 with the reason when it cannot be built or found.
    static func prepare() throws -> String {
        let own = ownPath
        let folder = (own as NSString).deletingLastPathComponent
        let server = folder + "/lessons-serve"
        guard let root = checkout(of: own) else {
            if FileManager.default.isExecutableFile(atPath: server) { return server }
            throw RunnerExit(status: ExitStatus.environment, message: """
                lessons serve needs the lab's server, lessons-serve, beside lessons (\(server)), or a checkout to build it \
                in: run `swift build -c release --product lessons-serve` in the GANLessons checkout
                """)
        }
        let configuration = (folder as NSString).lastPathComponent == "debug" ? "debug" : "release"
        let firstTime = !FileManager.default.isExecutableFile(atPath: server)
        Console.note(firstTime
            ? "Building lessons-serve, the lab's web server, for its first use (it compiles Hummingbird and SwiftNIO: a few minutes on two cores)…"
            : "Bringing lessons-serve up to date…")
        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift", "build", "-c", configuration, "--product", "lessons-serve"]
        build.currentDirectoryURL = URL(fileURLWithPath: root)
        build.standardInput = FileHandle.nullDevice
        build.standardOutput = FileHandle.standardError  // progress for the user; standard output stays for the address
        do {
            try build.run()
        } catch {
            throw RunnerExit(status: ExitStatus.environment, message: "cannot run `swift build` to build lessons-serve: \(error)")
        }
        build.waitUntilExit()
        guard build.terminationReason == .exit, build.terminationStatus == 0 else {
            throw RunnerExit(status: ExitStatus.environment, message: """
                building lessons-serve failed (`swift build -c \(configuration) --product lessons-serve` in \(root) \
                ended with status \(build.terminationStatus)); its messages are above
                """)
        }
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw RunnerExit(status: ExitStatus.environment, message: "the build finished but \(server) is not there")
        }
        return server
    }

    /// Replaces this process by `arguments[0]` with `arguments` (signals and the exit status are then the server's).
    static func replaceProcess(with arguments: [String]) throws -> Never {
        fflush(nil)  // every stream, before the process image is replaced
        let argv = arguments.map { strdup($0) } + [nil]
        execv(arguments[0], argv)
        let reason = String(cString: strerror(errno))
        throw RunnerExit(status: ExitStatus.environment, message: "cannot start \(arguments[0]): \(reason)")
    }
}
