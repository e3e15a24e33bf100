import Foundation

/// Files written under hidden temporary names beside their destinations and moved into place together, so a
/// reader never sees a truncated file and a failure leaves what was there untouched.
///
/// Temporary names carry the process id (`.NAME.PID.XXXXXXXX.tmp`), so an interrupt handler can find and remove
/// the ones this process left (`AtomicFile.removeTemporaries`).
struct StagedFiles {
    private var staged: [(temporary: String, path: String)] = []

    /// A temporary path that `commit` will move to `path`.
    mutating func stage(_ path: String) -> String {
        let temporary = AtomicFile.temporaryPath(for: path)
        staged.append((temporary, path))
        return temporary
    }

    /// Writes `text` to a temporary file that `commit` will move to `path`; returns the temporary file's path.
    @discardableResult
    mutating func write(_ text: String, to path: String) throws -> String {
        let temporary = stage(path)
        try AtomicFile.writeNew(text, at: temporary, for: path)
        return temporary
    }

    /// Adds `other`'s staged files after these, to be moved into place with them.
    mutating func append(_ other: StagedFiles) {
        staged += other.staged
    }

    /// Moves every staged file into place, in the order staged, all or none: each file a move replaces is first kept
    /// under a hard link (a temporary name), and when a later move fails (an immutable file, a folder in the way) the
    /// moves already made are undone — the old files put back, files that were not there removed — and no temporary
    /// is left.
    func commit() throws {
        var moved: [(path: String, previous: String?)] = []
        for (index, (temporary, path)) in staged.enumerated() {
            let previous = AtomicFile.keep(path)
            do {
                try AtomicFile.moveIntoPlace(temporary, path)
            } catch {
                if let previous { unlink(previous) }
                for (path, previous) in moved.reversed() {
                    if let previous { rename(previous, path) } else { unlink(path) }
                }
                for (temporary, _) in staged[(index + 1)...] { unlink(temporary) }
                throw error
            }
            moved.append((path, previous))
        }
        for case let (_, previous?) in moved { unlink(previous) }
    }

    /// Removes every temporary file not yet moved into place.
    func discard() {
        for (temporary, _) in staged { unlink(temporary) }
    }
}

/// Single-file atomic writes, and the POSIX pieces they are made of.
public enum AtomicFile {
    /// A hidden temporary name beside `path`, unique to this process.
    public static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp").path
    }

    /// Renames `temporary` over `path` (atomic within one file system); removes `temporary` when that fails.
    static func moveIntoPlace(_ temporary: String, _ path: String) throws {
        guard rename(temporary, path) == 0 else {
            let failure = errno
            unlink(temporary)
            throw PlotError.unwritable(path: path, reason: FileSpace.explain(failure, near: path))
        }
    }

    /// A hard link to the file at `path` under a temporary name beside it (a copy where the file system has no hard
    /// links), to put it back if a set of moves fails part way; nil when there is no file there.
    static func keep(_ path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else { return nil }
        let kept = temporaryPath(for: path)
        if link(path, kept) == 0 { return kept }  // Linux links a symbolic link itself, not its target
        guard (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (try? FileManager.default.copyItem(atPath: path, toPath: kept)) == nil ? nil : kept
    }

    /// Writes `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        var files = StagedFiles()
        do {
            try files.write(text, to: path)
            try files.commit()
        } catch {
            files.discard()
            throw error
        }
    }

    /// Creates `temporary` and writes `text` into it, checking every write and the close; on failure the temporary
    /// file is removed and the error names `path` (and the free space when the disk is full).
    public static func writeNew(_ text: String, at temporary: String, for path: String) throws {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw PlotError.unwritable(path: path, reason: FileSpace.explain(errno, near: path))
        }
        var failure = FileDescriptorIO.write(text, to: descriptor)
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw PlotError.unwritable(path: path, reason: FileSpace.explain(failure, near: path))
        }
    }

    /// Removes the temporary files this process left in `directory` and its subfolders (for an interrupt handler:
    /// it needs no record of them, their names carry the process id). Returns how many it removed.
    @discardableResult
    public static func removeTemporaries(under directory: String, process: Int32 = getpid()) -> Int {
        removeTemporaries(under: directory) { $0 == process }
    }

    /// Removes temporary files whose process is gone (a run killed by SIGKILL, which no handler sees), so they do
    /// not pile up unseen. Returns how many it removed.
    @discardableResult
    public static func removeStaleTemporaries(under directory: String) -> Int {
        removeTemporaries(under: directory) { kill($0, 0) != 0 && errno == ESRCH }
    }

    /// Removes every `.NAME.PID.XXXXXXXX.tmp` under `directory` whose PID satisfies `owner`.
    private static func removeTemporaries(under directory: String, owner: (Int32) -> Bool) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return 0 }
        var removed = 0
        for case let relative as String in walker {
            let parts = (relative as NSString).lastPathComponent.split(separator: ".")
            // "", NAME, EXT, PID, XXXXXXXX, "tmp" — split drops the empty first part.
            guard parts.count >= 4, relative.hasSuffix(".tmp"), (relative as NSString).lastPathComponent.hasPrefix("."),
                  parts[parts.count - 2].count == 8, let pid = Int32(parts[parts.count - 3]), owner(pid) else { continue }
            if unlink(directory + "/" + relative) == 0 { removed += 1 }
        }
        return removed
    }
}

/// Free space, to say why a write failed.
enum FileSpace {
    /// Bytes available to this user on the file system holding `path` (or its nearest existing parent).
    static func available(near path: String) -> UInt64? {
        var candidate = path
        while !candidate.isEmpty {
            var stats = statvfs()
            if statvfs(candidate, &stats) == 0 { return UInt64(stats.f_bavail) * UInt64(stats.f_frsize) }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate { break }
            candidate = parent.isEmpty ? "." : parent
        }
        return nil
    }

    /// "12 KB free" in the unit that reads best.
    static func describe(_ bytes: UInt64) -> String {
        switch bytes {
        case ..<1024: "\(bytes) bytes"
        case ..<(1 << 20): "\(bytes >> 10) KB"
        case ..<(1 << 30): "\(bytes >> 20) MB"
        default: String(format: "%.1f GB", Double(bytes) / Double(1 << 30))
        }
    }

    /// The reason for errno `failure` while writing `path`, with the free space when the disk is (nearly) full.
    static func explain(_ failure: Int32, near path: String) -> String {
        let reason = String(cString: strerror(failure))
        guard failure == ENOSPC || failure == EDQUOT else { return reason }
        return reason + freeSpaceSuffix(near: path)
    }

    /// ", N free on its file system", or nothing when statvfs cannot say.
    static func freeSpaceSuffix(near path: String) -> String {
        available(near: path).map { " (\(describe($0)) free on its file system)" } ?? ""
    }
}

/// Everything that can go wrong while plotting.
public enum PlotError: Error, Equatable, CustomStringConvertible {
    /// No gnuplot executable on PATH.
    case gnuplotMissing
    /// gnuplot rejected the figure's script.
    case gnuplotFailed(figure: String, message: String)
    /// gnuplot exited or closed its pipes.
    case gnuplotDied(figure: String, message: String)
    /// gnuplot did not finish in time (and was stopped).
    case timedOut(figure: String, seconds: Double)
    /// A file could not be written (a full disk, no permission, a truncated render).
    case unwritable(path: String, reason: String)
    /// libpng could not read a file.
    case png(path: String, message: String)
    /// The run was interrupted; the renderer takes no more figures.
    case interrupted

    public var description: String {
        switch self {
        case .gnuplotMissing:
            "gnuplot is not installed: install it with `\(GnuplotProcess.installCommand())`"
        case .gnuplotFailed(let figure, let message):
            "gnuplot rejected figure \(figure):\n\(message)"
        case .gnuplotDied(let figure, let message):
            "gnuplot exited while drawing \(figure)\(message.isEmpty ? "" : ":\n\(message)")"
        case .timedOut(let figure, let seconds):
            "gnuplot took longer than \(Int(seconds)) s on figure \(figure) and was stopped"
        case .unwritable(let path, let reason):
            "cannot write \(path): \(reason)"
        case .png(let path, let message):
            "PNG \(path): \(message)"
        case .interrupted:
            "interrupted"
        }
    }
}
