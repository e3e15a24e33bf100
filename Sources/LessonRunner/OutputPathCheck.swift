import ArgumentParser
import Foundation
import Notebook
import Plot

/// Checks of an output folder made before any computation: a path gnuplot can be led into, no lesson folder that is
/// (or links into) the tutorial's Figures/, and a working directory that still exists when the path is relative.
enum OutputPathCheck {
    /// Throws a usage error when `out`, or the working directory it is relative to, holds a character gnuplot's
    /// quoting cannot carry (gnuplot would write in another folder).
    static func checkQuotable(_ out: String) throws {
        let relativeTo = out.hasPrefix("/") ? nil : Directories.workingDirectory()
        for (path, what) in [(out, "--out '\(out.debugDescription.dropFirst().dropLast())'"),
                             (relativeTo ?? "", "the current folder, which the relative --out is in,")] {
            if let problem = GnuplotPath.problem(in: path) {
                throw ValidationError("\(what) holds \(problem), which gnuplot cannot be given in a path; choose another --out")
            }
        }
    }

    /// The first of `out` and its lessons' folders (OUT/NN-slug) that resolves into a checkout's tutorial Figures/,
    /// through a symbolic link or `..`; nil when none does.
    static func tutorialFigures(_ out: String, lessons: [any Lesson]) -> String? {
        ([out] + lessons.map { LessonSession.folder(of: $0, in: out) }).first(where: FiguresCommand.isTutorialFigures)
    }

    /// Throws a usage error, `refusal` first, when `out` or a lesson's folder in it leads into the tutorial's Figures/,
    /// and when `out` cannot be given to gnuplot.
    static func check(_ out: String, lessons: [any Lesson], refusal: String) throws {
        try checkQuotable(out)
        if let figures = tutorialFigures(out, lessons: lessons) {
            throw ValidationError("\(refusal) ('\(figures)' is \(Directories.resolved(figures))); choose another --out")
        }
    }

    /// Throws an environment error (exit 3) when `out` is relative and the working directory it is relative to is gone.
    static func requireWorkingDirectory(for out: String) throws {
        if !out.hasPrefix("/") && Directories.workingDirectory() == nil {
            throw RunnerExit(status: ExitStatus.environment, message: "the current folder no longer exists (it was deleted or moved "
                + "away), so the relative output folder '\(out)' leads nowhere; change to another folder or pass an absolute --out")
        }
    }
}
