import Foundation

/// Where figures go: a file format, text art or sixel images for the terminal, or data and scripts only.
public enum PlotTarget: String, CaseIterable, Sendable {
    case png, svg, dumb, sixel, none

    /// The gnuplot terminal line for a figure of the given pixel size.
    func terminal(width: Int, height: Int) -> String? {
        switch self {
        case .png: "set terminal pngcairo size \(width),\(height) enhanced font 'DejaVu Sans,\(HouseStyle.fontSize(width: width))' linewidth \(HouseStyle.lineScale(width: width))"
        case .svg: "set terminal svg size \(width),\(height) enhanced font 'DejaVu Sans,\(HouseStyle.fontSize(width: width))' background rgb 'white'"
        case .dumb: "set terminal dumb size 110,\(height > 600 ? 50 : 32)"
        case .sixel: "set terminal sixelgd size \(width),\(height) truecolor font 'DejaVu Sans,\(HouseStyle.fontSize(width: width))'"
        case .none: nil
        }
    }

    /// The extension of the rendered file; dumb writes its text art to NAME.txt, sixel writes no file.
    var fileExtension: String? {
        switch self {
        case .png: "png"
        case .svg: "svg"
        case .dumb: "txt"
        case .sixel, .none: nil
        }
    }
}

/// What rendering a figure produced.
public struct RenderedFigure: Sendable, Equatable {
    /// The rendered file (png, svg, gif, txt), when one was written.
    public var image: String?
    /// NAME.dat and NAME.gp.
    public var data: String
    public var script: String
    /// Text art (dumb) or sixel bytes to show in the terminal.
    public var terminalOutput: String?
}

/// Writes figures as DIR/NAME.{dat,gp} plus the rendered file, through one gnuplot process for the whole run.
///
/// Every file is written under a temporary name and renamed into place: a failed render leaves an existing
/// figure untouched. When gnuplot is missing, the .dat and .gp files are still written and then
/// `PlotError.gnuplotMissing` is thrown.
public final class FigureRenderer {
    /// The output kind.
    public let target: PlotTarget
    private let executable: String?
    private var gnuplot: GnuplotProcess?
    /// Seconds allowed for one figure.
    public var timeout: Double = 60

    /// Creates a renderer; gnuplot starts lazily with the first figure that needs it.
    public init(target: PlotTarget, gnuplotExecutable: String? = nil) {
        self.target = target
        self.executable = gnuplotExecutable
    }

    /// The text terminal's size in characters for the dumb target (the window a presentation has), when not the
    /// default of 110 columns.
    public var textSize: (columns: Int, rows: Int)?

    /// The box in pixels a sixel figure must fit (the part of a window a presentation gives it), when not the
    /// figure's own size: the figure is scaled to fit, its aspect kept.
    public var sixelBox: (width: Int, height: Int)?

    /// The pixel size of a sixel image of a figure of `size`: `sixelBox`'s largest of the same aspect, or `size`.
    func sixelSize(for size: (width: Int, height: Int)) -> (width: Int, height: Int) {
        guard let box = sixelBox, size.width > 0, size.height > 0 else { return size }
        let scale = min(Double(box.width) / Double(size.width), Double(box.height) / Double(size.height))
        return (max(Int(Double(size.width) * scale), 1), max(Int(Double(size.height) * scale), 1))
    }

    /// Closing it stops the renderer from another thread (an interrupt handler): no later figure or gnuplot start,
    /// and a render in flight fails once its gnuplot is stopped, removing its temporary files.
    public let gate = RenderGate()

    /// How many gnuplot processes have served this renderer's figures so far (at most one unless one died).
    public private(set) var processesStarted = 0

    /// Writes `figure` into `directory`.
    @discardableResult
    public func render(_ figure: Figure, in directory: String) throws -> RenderedFigure {
        let script = ScriptWriter.script(for: figure, dataFile: figure.name + ".dat")
        return try render(name: figure.name, script: script, size: figure.size, target: target, in: directory)
    }

    /// Writes `animation` into `directory` as NAME.gif (text and sixel targets show its last frame instead).
    @discardableResult
    public func render(_ animation: Animation, in directory: String) throws -> RenderedFigure {
        guard target == .png || target == .svg else {
            var last = animation.frames.last!
            last.name = animation.name
            var rendered = try render(last, in: directory)
            // gnuplot's text terminal draws no images: a frame of pictures is shown as text art of its own.
            if target == .dumb, let art = last.picturesAsText(columns: textSize?.columns ?? 100) {
                if let text = rendered.image { try AtomicFile.write(art, to: text) }
                rendered.terminalOutput = art
            }
            return rendered
        }
        let script = ScriptWriter.script(for: animation, dataFile: animation.name + ".dat")
        let size = animation.frames[0].size
        let terminal = "set terminal gif animate delay \(animation.delay) loop 0 size \(size.width),\(size.height) font 'DejaVuSans,\(HouseStyle.fontSize(width: size.width))'"
        return try render(name: animation.name, script: script, size: size, target: target, in: directory,
                          terminalOverride: (terminal, "gif"))
    }

    /// Writes `picture` into `directory` as NAME.png through libpng, with NAME.gp that shows it in gnuplot; the PNG is
    /// the picture's data, so it is written for every target, and a sixel target also shows it in the terminal.
    @discardableResult
    public func render(_ picture: Picture, in directory: String) throws -> RenderedFigure {
        try gate.pass {
            try Directories.create(directory)
            let imagePath = directory + "/" + picture.name + ".png", scriptPath = directory + "/" + picture.name + ".gp"
            let show = ScriptWriter.showingImage(picture.name + ".png")
            let standalone = "# \(picture.name): the picture is \(picture.name).png, pixel for pixel; "
                + "`gnuplot -p \(picture.name).gp` in this folder shows it in a window.\n" + show
            var files = StagedFiles()
            do {
                try PNGFile.writeNew(picture.image, at: files.stage(imagePath), for: imagePath)
                try files.write(standalone, to: scriptPath)
                try files.commit()
            } catch {
                files.discard()
                throw error
            }
            var result = RenderedFigure(image: imagePath, data: imagePath, script: scriptPath, terminalOutput: nil)
            if target == .dumb { result.terminalOutput = picture.image.textArt(columns: textSize?.columns ?? 100) }
            let shown = sixelSize(for: (picture.image.width, picture.image.height))
            if target == .sixel, let terminal = target.terminal(width: shown.width, height: shown.height) {
                let absolute = URL(fileURLWithPath: directory).standardizedFileURL.path
                result.terminalOutput = try runScript("cd " + ScriptWriter.quoted(absolute) + "\n" + terminal + "\nset output\n" + show
                                                      + "unset output\n", label: picture.name)
            }
            return result
        }
    }

    private func render(name: String, script: FigureScript, size: (width: Int, height: Int), target: PlotTarget,
                        in directory: String, terminalOverride: (line: String, fileExtension: String)? = nil) throws -> RenderedFigure {
        try gate.pass {
            try renderStaged(name: name, script: script, size: size, target: target, in: directory, terminalOverride: terminalOverride)
        }
    }

    private func renderStaged(name: String, script: FigureScript, size: (width: Int, height: Int), target: PlotTarget,
                              in directory: String, terminalOverride: (line: String, fileExtension: String)?) throws -> RenderedFigure {
        try Directories.create(directory)
        let dataPath = directory + "/" + name + ".dat"
        let scriptPath = directory + "/" + name + ".gp"
        let sized = target == .dumb ? textSize.map { "set terminal dumb size \($0.columns),\($0.rows)" } : nil
        let drawn = target == .sixel ? sixelSize(for: size) : size
        let terminal = terminalOverride?.line ?? sized ?? target.terminal(width: drawn.width, height: drawn.height)
        let fileExtension = terminalOverride?.fileExtension ?? target.fileExtension
        let standaloneTerminal = terminal ?? PlotTarget.png.terminal(width: size.width, height: size.height)!
        let imageName = name + "." + (fileExtension ?? "png")
        let standalone = "# \(name): re-render with `gnuplot \(name).gp` in this folder (data in \(name).dat).\n"
            + standaloneTerminal + "\nset output " + ScriptWriter.quoted(imageName) + "\n" + script.body + "unset output\n"
        var result = RenderedFigure(image: nil, data: dataPath, script: scriptPath, terminalOutput: nil)
        // The data, the script and the image are written under temporary names and moved into place together once
        // the image is whole: a failed render (a full disk, a gnuplot error, an interrupt) leaves the old set as it was.
        var files = StagedFiles(), image = StagedFiles()
        do {
            let temporaryData = try files.write(script.data, to: dataPath)
            try files.write(standalone, to: scriptPath)
            if let terminal {
                let imagePath = fileExtension.map { directory + "/" + name + "." + $0 }
                let temporaryImage = imagePath.map { image.stage($0) }
                // Text and sixel terminals print to stdout, which the process hands back; the others write the image.
                let printsToStdout = terminalOverride == nil && (target == .dumb || target == .sixel)
                let outputLine = printsToStdout ? "set output" : "set output " + ScriptWriter.quoted(temporaryImage!)
                let absolute = URL(fileURLWithPath: directory).standardizedFileURL.path  // gnuplot's cwd persists
                let piped = "cd " + ScriptWriter.quoted(absolute) + "\n" + terminal + "\n" + outputLine + "\n"
                    + script.body(readingFrom: (temporaryData as NSString).lastPathComponent) + "unset output\n"
                let printed = try runScript(piped, label: name)
                if printsToStdout { result.terminalOutput = printed }
                if let imagePath, let temporaryImage {
                    if target == .dumb && terminalOverride == nil {
                        try AtomicFile.writeNew(printed, at: temporaryImage, for: imagePath)
                    }
                    try RenderedFile.verify(temporaryImage, fileExtension: (imagePath as NSString).pathExtension, for: imagePath)
                    result.image = imagePath
                }
            }
            // The image first, then its data and script: all three replace the old set together or not at all.
            var set = image
            set.append(files)
            try set.commit()
        } catch PlotError.gnuplotMissing {
            // The data and script still let the figure be drawn later, where gnuplot is installed.
            image.discard()
            try files.commit()
            throw PlotError.gnuplotMissing
        } catch {
            files.discard()
            image.discard()
            switch error {
            case PlotError.gnuplotDied, PlotError.timedOut: gnuplot = nil  // start afresh for the next figure
            default: break
            }
            throw error
        }
        return result
    }

    /// Runs a script on the run's gnuplot; a process that died since its last figure is replaced once.
    private func runScript(_ script: String, label: String) throws -> String {
        let process = try runningGnuplot()
        do {
            return try process.run(script, label: label, timeout: timeout).output
        } catch PlotError.gnuplotDied where process.scriptCount > 1 {
            gnuplot = nil
            return try runningGnuplot().run(script, label: label, timeout: timeout).output
        }
    }

    /// The run's gnuplot process, started (or restarted after a crash) on demand; none once the renderer is stopped.
    private func runningGnuplot() throws -> GnuplotProcess {
        if let gnuplot, gnuplot.isRunning { return gnuplot }
        try gate.check()
        let process = try GnuplotProcess(executable: executable)
        gnuplot = process
        processesStarted += 1
        return process
    }

    /// The process in use, for tests that simulate a crash.
    public var currentProcess: GnuplotProcess? { gnuplot }
}
