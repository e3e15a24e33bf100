import ArgumentParser
import Machine
import Foundation
import Plot

/// `lessons doctor`: what this machine gives the lessons — the CPU, the OpenBLAS kernels and who chose them,
/// the thread policy, and gnuplot.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Show the CPU, the OpenBLAS kernels chosen and why, the threads and gnuplot.")

    func run() throws {
        Console.out(Self.report().map { "\($0.0.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.1)" }.joined(separator: "\n") + "\n")
    }

    /// What `lessons figures` runs on this machine, e.g. "Haswell kernels (canonical)", with the note when not canonical.
    static func figureKernels(_ choice: CanonicalKernels.Choice, fastest: String) -> String {
        CanonicalKernels.description(of: choice, running: choice.core ?? fastest) + (choice.note.map { " · " + $0 } ?? "")
    }

    /// The lines of the report, as (label, text).
    static func report() -> [(String, String)] {
        let selection = BLASKernels.selection
        let reason: String
        switch selection.decision {
        case .keep(let why): reason = why
        case .switchTo(let core, let why): reason = "\(why): switched to \(core)"
        }
        return [
            ("cpu", "\(CPU.model) · \(ProcessInfo.processInfo.activeProcessorCount) cores"),
            ("openblas", BLASCore.configuration),
            ("kernels", "\(selection.core) · chosen by \(selection.chosenBy)"),
            ("why", reason),
            ("figures", figureKernels(CanonicalKernels.forThisMachine, fastest: selection.core)),
            ("threads", "\(BLASThreads.count) OpenBLAS threads"),
            ("gnuplot", GnuplotProcess.locate() ?? "not found (install gnuplot-nox; --plot none needs none)"),
        ]
    }
}
