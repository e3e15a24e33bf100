import Dispatch
import Foundation
import Hummingbird
import Lab
import Synchronization

/// The `lessons-serve` process: parses its options, runs the server until SIGINT or SIGTERM, then stops every
/// training, ends the book's build, removes its files and exits 130 (SIGINT) or 143 (SIGTERM).
public enum ServeMain {
    /// The usage text.
    static let usage = """
        usage: lessons-serve [--host ADDRESS] [--port N] [--quick] [--seed N] [--lessons PATH] [--book-lessons N,N…]
          (started by `lessons serve`, which builds it on first use)
        """

    /// Parses `arguments` (without the program's name); throws a message for standard error.
    public static func options(_ arguments: [String], executable: String) throws -> ServerOptions {
        var options = ServerOptions()
        options.lessonsPath = (executable as NSString).deletingLastPathComponent + "/lessons"
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let next = rest.popFirst() else { throw ServeError.usage("\(name) needs a value") }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--host": options.host = try value(argument)
            case "--port":
                guard let port = Int(try value(argument)), (0...65535).contains(port) else { throw ServeError.usage("--port takes 0…65535") }
                options.port = port
            case "--seed":
                guard let seed = UInt64(try value(argument)) else { throw ServeError.usage("--seed takes a non-negative integer") }
                options.seed = seed
            case "--quick": options.quick = true
            case "--lessons": options.lessonsPath = try value(argument)
            case "--book-lessons":
                options.bookLessons = try value(argument).split(separator: ",").map(String.init)
                guard options.bookLessons.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) else {
                    throw ServeError.usage("--book-lessons takes lesson numbers or slugs separated by commas")
                }
            case "--help", "-h": throw ServeError.help
            default: throw ServeError.usage("unknown option \(argument)")
            }
        }
        return options
    }

    /// Runs the server; returns the process's exit status.
    public static func run(_ arguments: [String], executable: String) async -> Int32 {
        let options: ServerOptions
        do {
            options = try self.options(arguments, executable: executable)
        } catch ServeError.help {
            print(usage)
            return 0
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n\(usage)\n".utf8))
            return 2
        }
        if !options.isLoopback {
            FileHandle.standardError.write(Data("""
                warning: listening on \(options.host), not loopback: anyone who can reach this machine and learns the \
                token can use the lab (and its CPU). The token is the only lock; there is no TLS.\n
                """.utf8))
        }
        let book: BookBuilder
        do {
            book = try BookBuilder(lessonsPath: options.lessonsPath, quick: options.quick, seed: options.seed, lessons: options.bookLessons)
        } catch {
            FileHandle.standardError.write(Data("error: cannot make a folder for the book: \(error)\n".utf8))
            return 3
        }
        let token = AccessToken()
        let scheduler = LabScheduler()
        let signalled = Mutex<Int32>(0)
        let app = LabServer.application(options: options, token: token, scheduler: scheduler, book: book) { port in
            let shown = options.host.contains(":") ? "[\(options.host)]" : options.host
            // Written in one call, unbuffered: a script reading the pipe sees the address at once.
            FileHandle.standardOutput.write(Data("""
                GAN lab and book: http://\(shown):\(port)/?token=\(token.value)
                  the book: http://\(shown):\(port)/book/?token=\(token.value)   (Ctrl-C stops the server)\n
                """.utf8))
        }
        let server = Task { try await app.run() }
        var sources: [any DispatchSourceSignal] = []
        for (number, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                signalled.withLock { $0 = $0 == 0 ? status : $0 }
                server.cancel()
            }
            source.resume()
            sources.append(source)
        }
        var status: Int32 = 0
        do {
            try await server.value
        } catch is CancellationError {
        } catch {
            FileHandle.standardError.write(Data("error: the server stopped: \(error)\n".utf8))
            status = 3
        }
        sources.forEach { $0.cancel() }
        if !scheduler.shutdown(timeout: 10) {
            FileHandle.standardError.write(Data("warning: a training did not stop within 10 s\n".utf8))
        }
        book.stop()
        let signal = signalled.withLock { $0 }
        if signal != 0 { FileHandle.standardError.write(Data("\nstopped: every training ended, the book's files removed\n".utf8)) }
        return signal != 0 ? signal : status
    }
}

/// Why `lessons-serve` could not start.
enum ServeError: Error, CustomStringConvertible {
    case usage(String)
    case help

    var description: String {
        switch self {
        case .usage(let text): text
        case .help: "help"
        }
    }
}
