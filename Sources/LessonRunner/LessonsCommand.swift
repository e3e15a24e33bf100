import ArgumentParser
import Foundation
import Lessons
import Notebook
import Plot

/// `lessons`: run the GAN-to-WGAN lessons as notebooks in the terminal, or regenerate the tutorial figures.
public struct LessonsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Lessons from \"From GAN to WGAN\", computed and checked as you watch.",
        discussion: """
            Exit status: 0 every claim holds · 1 a claim failed · 2 usage error · \
            3 environment error (gnuplot missing, output folder unwritable) · 4 a lesson could not finish \
            (e.g. training diverged).
            """,
        subcommands: [ListCommand.self, RunCommand.self, FiguresCommand.self, PresentCommand.self, BookCommand.self, NotebookCommand.self, BenchCommand.self, DoctorCommand.self, ServeCommand.self, SpinCommand.self],
        defaultSubcommand: ListCommand.self)

    public init() {}

    /// Parses `arguments`, runs the command and returns the process exit status (see `ExitStatus`).
    public static func execute(_ arguments: [String]) -> Int32 {
        Console.holdClosedOutput()
        do {
            try ArgumentPrecheck(Self.self).check(arguments)
            var command = try parseAsRoot(arguments)
            try command.run()
            return ExitStatus.success
        } catch let exit as RunnerExit {
            if !exit.message.isEmpty { Console.error(exit.message) }
            return exit.status
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                Console.out(fullMessage(for: error) + "\n")  // --help and --version, checked like any output
                return ExitStatus.success
            }
            Console.error(fullMessage(for: error))
            return ExitStatus.usage
        }
    }
}

/// The process exit statuses.
public enum ExitStatus {
    public static let success: Int32 = 0
    public static let claimFailed: Int32 = 1
    public static let usage: Int32 = 2
    public static let environment: Int32 = 3
    public static let lessonFailed: Int32 = 4
}

/// Ends the command with a status and a message for standard error.
struct RunnerExit: Error {
    let status: Int32
    let message: String
}

/// Writing to the standard streams.
enum Console {
    /// Writes `text` to standard output as is. When the reader has gone away (`| head`, quitting `less`), the command
    /// ends quietly with status 141, as SIGPIPE would end it; when the output cannot be written (`> /dev/full`), it
    /// says so on standard error and ends with the environment status.
    static func out(_ text: String) {
        switch FileDescriptorIO.write(text, to: STDOUT_FILENO) {
        case 0: return
        case EPIPE: exit(141)
        case EBADF:
            FileDescriptorIO.write("error: cannot write to standard output: standard output is closed\n", to: STDERR_FILENO)
            exit(ExitStatus.environment)
        case let failure:
            FileDescriptorIO.write("error: cannot write to standard output: \(String(cString: strerror(failure)))\n", to: STDERR_FILENO)
            exit(ExitStatus.environment)
        }
    }

    /// When the command was started with standard output closed (`>&-`), puts a descriptor open for reading only in
    /// its place: no file the process opens later (a figure, an eventfd) can then take descriptor 1 and receive the
    /// output, and a write fails with EBADF, which `out` reports as "standard output is closed".
    static func holdClosedOutput() {
        guard fcntl(STDOUT_FILENO, F_GETFD) == -1 && errno == EBADF else { return }
        let placeholder = open("/dev/null", O_RDONLY)
        guard placeholder >= 0 else { return }
        if placeholder != STDOUT_FILENO {
            dup2(placeholder, STDOUT_FILENO)
            close(placeholder)
        }
    }

    /// Writes "error: …" (or the text as is, when it already says what it is) to standard error.
    static func error(_ text: String) {
        let line = text.hasPrefix("Error:") || text.hasPrefix("error:") || text.hasPrefix("Usage:") ? text : "error: " + text
        FileDescriptorIO.write(line.hasSuffix("\n") ? line : line + "\n", to: STDERR_FILENO)
    }

    /// Writes a diagnostic line to standard error.
    static func note(_ text: String) {
        FileDescriptorIO.write(text + "\n", to: STDERR_FILENO)
    }
}
