import Foundation

/// A figure's data file and the gnuplot commands that draw it, minus the terminal and output lines.
struct FigureScript: Equatable {
    /// The contents of NAME.dat: one block per series, blocks separated by two blank lines (gnuplot `index`).
    var data: String
    /// The commands, with `dataPlaceholder` wherever they read the data file.
    var template: String
    /// The data file the script reads by default (NAME.dat).
    var dataFile: String

    /// Stands for the quoted data file name in `template`; `ScriptWriter.quoted` removes NUL, so no text can forge it.
    static let dataPlaceholder = "\u{0}data\u{0}"

    /// Commands that read NAME.dat and draw every panel.
    var body: String { body(readingFrom: dataFile) }

    /// The same commands reading the data from `file` instead (a temporary file before it is moved into place).
    func body(readingFrom file: String) -> String {
        template.replacingOccurrences(of: Self.dataPlaceholder, with: ScriptWriter.quoted(file))
    }
}

/// Turns figure values into gnuplot script text. Every string placed in a script goes through `quoted`.
enum ScriptWriter {
    /// The script for one figure reading `dataFile`.
    static func script(for figure: Figure, dataFile: String) -> FigureScript {
        var writer = Writer()
        writer.emit(figure)
        return FigureScript(data: writer.data, template: writer.body, dataFile: dataFile)
    }

    /// The script for an animation: every frame drawn in turn into one output. GIF frames hold at most 256
    /// colours and gnuplot's gd terminal runs out of them for palette-mapped images, so heatmaps are coloured
    /// here, in 32 viridis steps, and drawn as RGB images.
    static func script(for animation: Animation, dataFile: String) -> FigureScript {
        var writer = Writer(paletteColors: 32)
        for frame in animation.frames { writer.emit(frame) }
        return FigureScript(data: writer.data, template: writer.body, dataFile: dataFile)
    }

    /// Plot commands that show the image file at `path` (PNG, or GIF's first frame) bare: its own aspect, no axes,
    /// no margins.
    static func showingImage(_ path: String) -> String {
        "set size ratio -1\nunset border\nunset tics\nunset key\nset margins 0, 0, 0, 0\n"
            + "plot " + quoted(path) + " binary filetype=\((path as NSString).pathExtension.lowercased()) with rgbimage\n"
    }

    /// A gnuplot single-quoted string: no backquote, macro or escape processing happens inside one; a quote is
    /// doubled, line breaks become spaces and NUL is dropped, so no text can end the string and run a command.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\u{0}", with: "").replacingOccurrences(of: "'", with: "''")
            .replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\n", with: " ") + "'"
    }

    /// Text that may break into lines (a title, a note) as a gnuplot string expression: each line `quoted`, joined by
    /// the fixed double-quoted string "\n", so a line break is the only thing the text adds.
    static func quotedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { quoted(String($0)) }.joined(separator: ".\"\\n\".")
    }

    /// A number as gnuplot reads it; non-finite values become the missing-data marker '?'.
    static func number(_ value: Double) -> String {
        value.isFinite ? String(format: "%.7g", value) : "?"
    }

    /// Starts the comment that says why a series is not in the key (the style test counts these against `notitle`).
    static let unlistedMarker = "# not in the key: "

    /// The shared colour palette (Okabe & Ito, readable with colour-blindness).
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    /// The palette command for viridis, the default colour map.
    static let heatmapPalette = ColorMap.viridis.command
}

/// Accumulates data blocks and commands while walking a figure.
private struct Writer {
    /// Palette steps for heatmaps; nil for a continuous scale.
    let paletteColors: Int?
    var data = ""
    var body = ""
    var blockCount = 0
    var contourCount = 0

    init(paletteColors: Int? = nil) {
        self.paletteColors = paletteColors
    }

    mutating func line(_ text: String) {
        body += text + "\n"
    }

    /// Appends a data block and returns its `index` in the data file.
    mutating func block(_ rows: String) -> Int {
        if blockCount > 0 { data += "\n\n" }
        data += rows
        blockCount += 1
        return blockCount - 1
    }

    mutating func emit(_ figure: Figure) {
        let multi = figure.panels.count > 1
        if multi {
            let title = figure.title.map { " title " + ScriptWriter.quotedLines($0) + " font ',\(HouseStyle.titleFontSize(width: figure.size.width))'" } ?? ""
            line("set multiplot layout \(figure.layout.rows),\(figure.layout.columns)\(title)")
        }
        for panel in figure.panels {
            emit(panel, fallbackTitle: multi ? nil : figure.title)
        }
        if multi { line("unset multiplot") }
    }

    mutating func emit(_ panel: Panel, fallbackTitle: String?) {
        line("reset")
        line("set datafile missing '?'")
        line("set grid lc rgb '#e0e0e0' lw 1")
        line("set border lc rgb '#404040'")
        line(panel.colorMap.command)
        if let title = panel.title ?? fallbackTitle { line("set title " + ScriptWriter.quotedLines(title)) }
        for (axis, label) in [("x", panel.xLabel), ("y", panel.yLabel), ("z", panel.zLabel)] {
            // gnuplot 5.4 puts a key below the plot against the x label; a blank second line keeps them apart.
            let spaced = axis == "x" && panel.legend == .below && panel.kind == .twoD
            if let label { line("set \(axis)label " + (spaced ? ScriptWriter.quotedLines(label + "\n ") : ScriptWriter.quoted(label))) }
        }
        let hasHeatmap = panel.series.contains { if case .heatmap = $0.kind { true } else { false } }
        precondition(!hasHeatmap || !(panel.colorBarLabel ?? "").isEmpty,
                     "Panel '\(panel.title ?? "")': a heatmap needs a colour-bar label saying what its colours show")
        if let label = panel.colorBarLabel { line("set cblabel " + ScriptWriter.quoted(label)) }
        if hasHeatmap {
            // Three ticks (the ends and the middle), three significant digits: gnuplot's own dozen five-digit ticks
            // run into the next panel and cannot be read from the back of the room.
            let values = panel.series.flatMap { series -> [Double] in
                if case .heatmap(_, _, let values, _) = series.kind { values.joined().filter(\.isFinite) } else { [] }
            }
            if let low = panel.colorRange?.lowerBound ?? values.min(), let high = panel.colorRange?.upperBound ?? values.max(), low < high {
                line("set cbtics (" + [low, (low + high) / 2, high].map { String(format: "%.3g", $0) }.joined(separator: ", ") + ")")
            }
            if !panel.showsColorBar { line("unset colorbox") }
        }
        for (axis, step) in [("x", panel.xTickStep), ("y", panel.yTickStep)] {
            if let step { line("set \(axis)tics \(ScriptWriter.number(step))") }
        }
        if !panel.xTickLabels.isEmpty {
            line("set xtics (" + panel.xTickLabels.map { ScriptWriter.quoted($0.label) + " " + ScriptWriter.number($0.at) }
                .joined(separator: ", ") + ") rotate by -30 left")
        }
        for note in panel.notes {
            let at = [note.x, note.y] + (note.z.map { [$0] } ?? [])
            line("set label " + ScriptWriter.quotedLines(note.text) + " at " + at.map(ScriptWriter.number).joined(separator: ",")
                 + " \(note.alignment.rawValue) front tc rgb '\(note.color)'")
        }
        for (axis, range) in [("x", panel.xRange), ("y", panel.yRange), ("z", panel.zRange), ("cb", panel.colorRange)] {
            if let range { line("set \(axis)range [\(ScriptWriter.number(range.lowerBound)):\(ScriptWriter.number(range.upperBound))]") }
        }
        let hasBoxes = panel.series.contains { if case .boxes = $0.kind { true } else { false } }
        if hasBoxes && panel.yRange == nil && !panel.logY { line("set yrange [0:*]") }  // bars stand on zero
        for (axis, log) in [("x", panel.logX), ("y", panel.logY)] where log {
            line("set logscale \(axis) 10")
            line("set format \(axis) '10^{%L}'")
        }
        if panel.equalAspect { line("set size ratio -1") }
        // A panel of pictures only is drawn bare: the pixels at their own aspect, with no axes around them.
        if panel.pictures != nil {
            line("unset border")
            line("unset tics")
            line("unset grid")
            line("set autoscale fix")
            line("set size ratio -1")
        }
        if panel.legend == .hidden {
            line("unset key")
        } else {
            line("set key \(panel.legend.rawValue) opaque box lc rgb '#c0c0c0' samplen 2 width 1")
        }
        if case .threeD(let rotateX, let rotateZ) = panel.kind {
            line("set view \(ScriptWriter.number(rotateX)),\(ScriptWriter.number(rotateZ))")
            line("set xyplane 0")
        }
        var items: [String] = []
        var colorIndex = 0
        for series in panel.series {
            let color: String
            switch series.style.color {
            case .automatic:
                color = ScriptWriter.palette[colorIndex % ScriptWriter.palette.count]
                colorIndex += 1
            case .palette(let index):
                color = ScriptWriter.palette[index % ScriptWriter.palette.count]
            case .rgb(let hex):
                color = hex
            }
            let clauses = plotItems(series, color: color, in: panel)
            // The house style gives every series a key entry; one left out says why, where the style test reads it.
            if series.title == nil || panel.legend == .hidden {
                let reasons = series.unlistedBecause.map { [$0] } ?? automaticReasons(series, count: clauses.count)
                for reason in reasons { line(ScriptWriter.unlistedMarker + reason.replacingOccurrences(of: "\n", with: " ")) }
            }
            items += clauses
        }
        let verb = panel.kind == .twoD ? "plot" : "splot"
        line("\(verb) " + items.joined(separator: ", \\\n    "))
    }

    /// Why the parts of a series are not in the key when it needs no reason given (a colour map has its colour bar, a
    /// picture stands alone); none for any other series, which the style test then reports.
    func automaticReasons(_ series: Series, count: Int) -> [String] {
        switch series.kind {
        case .heatmap: ["the colour map: its colour bar is labelled"] + Array(repeating: "contour lines of the colour map", count: count - 1)
        case .image: ["a picture, drawn bare"]
        default: []
        }
    }

    /// The plot clauses for one series (a heatmap with contours gives two); writes its data blocks.
    mutating func plotItems(_ series: Series, color: String, in panel: Panel) -> [String] {
        let style = series.style
        let title = series.title.map { "title " + ScriptWriter.quoted($0) } ?? "notitle"
        let stroke = "lw \(ScriptWriter.number(style.lineWidth)) dt \(style.dash) lc rgb '\(color)'"
        let source = FigureScript.dataPlaceholder
        func columns(_ cs: [[Double]]) -> String {
            (0..<(cs.first?.count ?? 0)).map { i in cs.map { ScriptWriter.number($0[i]) }.joined(separator: " ") }
                .joined(separator: "\n") + "\n"
        }
        switch series.kind {
        case .lines(let x, let y):
            return ["\(source) index \(block(columns([x, y]))) using 1:2 with lines \(stroke) \(title)"]
        case .points(let x, let y):
            return ["\(source) index \(block(columns([x, y]))) using 1:2 with points pt \(style.pointCharacter.map { ScriptWriter.quoted(String($0)) } ?? "7") ps \(ScriptWriter.number(style.pointSize)) lc rgb '\(color)' \(title)"]
        case .steps(let x, let y):
            return ["\(source) index \(block(columns([x, y]))) using 1:2 with steps \(stroke) \(title)"]
        case .boxes(let x, let y, let width):
            let widths = [Double](repeating: width, count: x.count)
            return ["\(source) index \(block(columns([x, y, widths]))) using 1:2:3 with boxes lc rgb '\(color)' fs transparent solid \(ScriptWriter.number(style.opacity)) border lc rgb '\(color)' \(title)"]
        case .band(let x, let lower, let upper):
            return ["\(source) index \(block(columns([x, lower, upper]))) using 1:2:3 with filledcurves fs transparent solid \(ScriptWriter.number(style.opacity)) noborder lc rgb '\(color)' \(title)"]
        case .vectors(let x, let y, let dx, let dy):
            return ["\(source) index \(block(columns([x, y, dx, dy]))) using 1:2:3:4 with vectors head size screen 0.008,20 filled lw \(ScriptWriter.number(style.lineWidth)) lc rgb '\(color)' \(title)"]
        case .lines3D(let x, let y, let z):
            return ["\(source) index \(block(columns([x, y, z]))) using 1:2:3 with lines \(stroke) \(title)"]
        case .surface(let xs, let ys, let z):
            let index = block(grid(xs: xs, ys: ys, values: z))
            return ["\(source) index \(index) using 1:2:3 with lines lw 1 lc rgb '\(color)' \(title)"]
        case .heatmap(let xs, let ys, let values, let contours):
            let index = block(grid(xs: xs, ys: ys, values: values))
            var items = ["\(source) index \(index) using 1:2:3 with image \(title)"]
            if let paletteColors {
                items = ["\(source) index \(block(quantizedColors(xs: xs, ys: ys, values: values, steps: paletteColors, map: panel.colorMap, range: panel.colorRange))) using 1:2:3:4:5 with rgbimage \(title)"]
            }
            if !contours.isEmpty {
                let table = "$contour\(contourCount)"
                contourCount += 1
                line("set contour base")
                line("unset surface")
                line("set cntrparam levels discrete " + contours.map(ScriptWriter.number).joined(separator: ","))
                line("set table \(table)")
                line("splot \(source) index \(index) using 1:2:3")
                line("unset table")
                line("unset contour")
                line("set surface")
                items.append("\(table) with lines lw 1 lc rgb '\(panel.colorMap.contourColor)' notitle")
            }
            return items
        case .image(let raster):
            return ["\(source) index \(block(pixels(raster))) using 1:2:3:4:5 with rgbimage \(title)"]
        }
    }

    /// Grid data row by row, a blank line after each row (gnuplot's grid format).
    func grid(xs: [Double], ys: [Double], values: [[Double]]) -> String {
        precondition(values.count == ys.count && values.allSatisfy { $0.count == xs.count },
                     "grid: values must be ys.count × xs.count")
        var text = ""
        for (row, y) in ys.enumerated() {
            for (column, x) in xs.enumerated() {
                text += "\(ScriptWriter.number(x)) \(ScriptWriter.number(y)) \(ScriptWriter.number(values[row][column]))\n"
            }
            text += "\n"
        }
        return text
    }

    /// Grid values coloured in `steps` steps of `map` over `range` (their own range by default), as x y r g b rows.
    func quantizedColors(xs: [Double], ys: [Double], values: [[Double]], steps: Int, map: ColorMap, range: ClosedRange<Double>?) -> String {
        let finite = values.joined().filter(\.isFinite)
        let low = range?.lowerBound ?? finite.min() ?? 0
        let span = Swift.max((range?.upperBound ?? finite.max() ?? 1) - low, .leastNormalMagnitude)
        var text = ""
        for (row, y) in ys.enumerated() {
            for (column, x) in xs.enumerated() {
                let step = Swift.min(Int((values[row][column] - low) / span * Double(steps)), steps - 1)
                let color = map.color((Double(Swift.max(step, 0)) + 0.5) / Double(steps))
                text += "\(ScriptWriter.number(x)) \(ScriptWriter.number(y)) \(color.r) \(color.g) \(color.b)\n"
            }
            text += "\n"
        }
        return text
    }

    /// Pixels as x y r g b with y growing upwards (row 0 drawn at the top).
    func pixels(_ image: RasterImage) -> String {
        let rgb = image.converted(toChannels: 3)
        var text = ""
        for row in 0..<rgb.height {
            for column in 0..<rgb.width {
                let offset = (row * rgb.width + column) * 3
                text += "\(column) \(rgb.height - 1 - row) \(rgb.pixels[offset]) \(rgb.pixels[offset + 1]) \(rgb.pixels[offset + 2])\n"
            }
        }
        return text
    }
}
