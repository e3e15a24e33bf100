import Foundation
import Testing
@testable import Plot

/// Writing files that are whole or absent: truncated renders are caught, failures leave no temporary file,
/// folders and paths say what is wrong.
@Suite("Safe file writing")
struct FileSafetyTests {
    /// A real render of each format passes the check; the same file cut short (as a full disk leaves it) does not.
    @Test(arguments: [PlotTarget.png, .svg])
    func truncatedRendersAreCaught(_ target: PlotTarget) throws {
        let directory = temporaryDirectory()
        let image = try #require(try FigureRenderer(target: target).render(sampleFigure(), in: directory).image)
        let ext = (image as NSString).pathExtension
        try RenderedFile.verify(image, fileExtension: ext, for: image)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: image))
        let cut = directory + "/cut." + ext
        try bytes.prefix(bytes.count * 2 / 3).write(to: URL(fileURLWithPath: cut))
        #expect(throws: PlotError.self) { try RenderedFile.verify(cut, fileExtension: ext, for: image) }
        try Data().write(to: URL(fileURLWithPath: cut))
        do {
            try RenderedFile.verify(cut, fileExtension: ext, for: image)
            Issue.record("an empty file passed")
        } catch let PlotError.unwritable(path, reason) {
            #expect(path == image && reason.contains("no output") && reason.contains("free on its file system"))
        }
    }

    @Test func gifTrailerIsChecked() throws {
        let directory = temporaryDirectory()
        let good = directory + "/a.gif", bad = directory + "/b.gif"
        try Data([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x3B]).write(to: URL(fileURLWithPath: good))
        try Data([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x2C]).write(to: URL(fileURLWithPath: bad))
        try RenderedFile.verify(good, fileExtension: "gif", for: good)
        #expect(throws: PlotError.self) { try RenderedFile.verify(bad, fileExtension: "gif", for: bad) }
    }

    /// A staged set with one failed write (into a folder that is not there) is discarded: the old file stays, no temporary.
    @Test func failedWritesLeaveNoTemporaryFile() throws {
        let directory = temporaryDirectory()
        try AtomicFile.write("old", to: directory + "/keep.dat")
        var files = StagedFiles()
        try files.write("new", to: directory + "/keep.dat")
        #expect(throws: PlotError.self) { try files.write("x", to: directory + "/missing/x.dat") }
        files.discard()
        #expect(try String(contentsOfFile: directory + "/keep.dat", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["keep.dat"])
    }

    /// A figure's image, data and script are replaced all together or not at all: when a rename fails part way (here
    /// a folder stands where one file must go, which stops root too, as an immutable file would), the files already
    /// moved are put back as they were and no temporary is left.
    @Test(arguments: ["png", "dat", "gp"])
    func aFigureSetIsReplacedWholeOrNotAtAll(_ blocked: String) throws {
        let directory = temporaryDirectory()
        let renderer = FigureRenderer(target: .png)
        func figure(_ height: Double) -> Figure { Figure(name: "sample", panels: [Panel(series: [.line(x: [0, 1], y: [0, height])])]) }
        try renderer.render(figure(1), in: directory)
        let names = ["png", "dat", "gp"].map { directory + "/sample." + $0 }
        let blocker = directory + "/sample." + blocked
        try FileManager.default.removeItem(atPath: blocker)
        try FileManager.default.createDirectory(atPath: blocker + "/in-the-way", withIntermediateDirectories: true)
        let before = names.map { FileManager.default.contents(atPath: $0) }
        #expect(throws: PlotError.self) { try renderer.render(figure(2), in: directory) }
        #expect(names.map { FileManager.default.contents(atPath: $0) } == before, "a file of the old set was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["sample.dat", "sample.gp", "sample.png"])
    }

    /// The interrupt handler's sweep removes this process's temporaries, and only those.
    @Test func temporariesAreFoundByProcessId() throws {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory + "/01-x", withIntermediateDirectories: true)
        let mine = AtomicFile.temporaryPath(for: directory + "/01-x/a.png")
        let theirs = directory + "/01-x/.a.png.1.ABCDEF12.tmp"
        for path in [mine, theirs, directory + "/01-x/a.png"] { FileManager.default.createFile(atPath: path, contents: Data()) }
        #expect(AtomicFile.removeTemporaries(under: directory) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/01-x").sorted() == [".a.png.1.ABCDEF12.tmp", "a.png"])
    }

    /// A temporary whose process is gone (SIGKILL) is stale and swept; a live process's temporary is not touched.
    @Test func staleTemporariesOfDeadProcessesAreSwept() throws {
        let directory = temporaryDirectory()
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/true")
        try dead.run()
        dead.waitUntilExit()
        let stale = directory + "/.a.png.\(dead.processIdentifier).ABCDEF12.tmp", live = AtomicFile.temporaryPath(for: directory + "/b.png")
        for path in [stale, live, directory + "/c.png"] { FileManager.default.createFile(atPath: path, contents: Data()) }
        #expect(AtomicFile.removeStaleTemporaries(under: directory) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [(live as NSString).lastPathComponent, "c.png"].sorted())
    }

    @Test func foldersSayWhichPartIsInTheWay() throws {
        let directory = temporaryDirectory()
        FileManager.default.createFile(atPath: directory + "/afile", contents: Data())
        do {
            try Directories.create(directory + "/afile/sub/deeper")
            Issue.record("created a folder under a file")
        } catch let PlotError.unwritable(path, reason) {
            #expect(path == directory + "/afile/sub/deeper" && reason == "'\(directory)/afile' is a file, not a folder")
        }
        try Directories.create(directory + "/a/b/c")
        try Directories.create(directory + "/a/b/c")
        #expect(FileManager.default.fileExists(atPath: directory + "/a/b/c"))
    }

    @Test func pathsResolveThroughLinksAndDotDot() throws {
        let directory = Directories.resolved(temporaryDirectory())
        try FileManager.default.createDirectory(atPath: directory + "/real/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory + "/link", withDestinationPath: directory + "/real")
        #expect(Directories.resolved(directory + "/link") == directory + "/real")
        #expect(Directories.resolved(directory + "/link/sub/../sub/new/deeper") == directory + "/real/sub/new/deeper")
        #expect(Directories.resolved(directory + "/real/./sub/..") == directory + "/real")
    }

    @Test func freeSpaceReadsWell() {
        #expect(FileSpace.describe(512) == "512 bytes" && FileSpace.describe(12 << 10) == "12 KB")
        #expect(FileSpace.describe(3 << 20) == "3 MB" && FileSpace.describe(3 << 30) == "3.0 GB")
        #expect(FileSpace.available(near: NSTemporaryDirectory() + "/not/there/yet") != nil)
        #expect(FileSpace.explain(ENOSPC, near: "/tmp").contains("free on its file system"))
    }
}
