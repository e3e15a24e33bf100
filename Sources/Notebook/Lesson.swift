/// How thoroughly a lesson runs: full for figure quality, quick for the classroom (seconds).
public enum Mode: String, Sendable, CaseIterable {
    case full, quick
}

/// One numbered lesson: metadata, and a body that writes its cells into a notebook.
///
/// A lesson reads `notebook.mode` and `notebook.seed`, so one body serves both modes; every number it shows is
/// computed in `run`, and every statement of the text it can check becomes a `claim`.
public protocol Lesson: Sendable {
    /// 1…12, the lesson's place in the curriculum.
    var number: Int { get }
    /// A short lowercase name used on the command line and in folder names, e.g. "kl-js".
    var slug: String { get }
    var title: String { get }
    /// The section(s) of "From GAN to WGAN" the lesson covers.
    var sections: [String] { get }
    /// One line on what it shows.
    var summary: String { get }
    /// Rough wall-clock seconds in each mode (release build, 2 cores), for `lessons list`.
    var estimatedSeconds: (full: Double, quick: Double) { get }
    /// Settings a user can choose on the command line (`--option name=value`); none by default.
    var options: [LessonOption] { get }
    /// Writes the lesson's prose, values, tables, figures and claims; an error it throws (a training run that
    /// diverged, a render that failed) means the lesson could not finish.
    func run(_ notebook: Notebook) throws
}

extension Lesson {
    public var options: [LessonOption] { [] }

    /// "NN-slug", the lesson's folder name under the output and Figures directories.
    public var folderName: String {
        (number < 10 ? "0" : "") + "\(number)-\(slug)"
    }
}
