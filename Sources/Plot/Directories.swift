import Foundation

/// Folders for output, created with messages that name the part of the path at fault.
public enum Directories {
    /// Creates `path` and any missing parents (like `mkdir -p`); throws `PlotError.unwritable` for `path` naming the
    /// component at fault, e.g. "cannot write out/a/b: 'out/a' is a file, not a folder".
    public static func create(_ path: String) throws {
        try create(path, for: path)
    }

    private static func create(_ folder: String, for target: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw PlotError.unwritable(path: target, reason: "'\(folder)' is a file, not a folder")
            }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != folder { try create(parent, for: target) }
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            let failure = errno
            let reason = FileSpace.explain(failure, near: folder)
            throw PlotError.unwritable(path: target, reason: folder == target ? reason : "creating '\(folder)': \(reason)")
        }
    }

    /// The current working directory, or nil when it no longer exists (deleted or moved away under the process).
    public static func workingDirectory() -> String? {
        guard let path = getcwd(nil, 0) else { return nil }
        defer { free(path) }
        return String(cString: path)
    }

    /// The path with symbolic links, `.` and `..` resolved, also for a path whose last components do not exist yet
    /// (the existing prefix is resolved with realpath(3), the rest appended). A relative path while the working
    /// directory is gone leads nowhere and is returned as it is.
    public static func resolved(_ path: String) -> String {
        guard path.hasPrefix("/") || workingDirectory() != nil else { return path }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var existing = absolute
        var missing: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let prefix = String(cString: real)
                return missing.isEmpty ? prefix : (prefix == "/" ? "" : prefix) + "/" + missing.joined(separator: "/")
            }
            if existing == "/" || existing.isEmpty { return absolute }
            missing.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
    }
}
