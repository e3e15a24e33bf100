/// A figure as a value: one or more panels laid out in a grid, written to NAME.png (or .svg, .gif, …).
///
///     let figure = Figure(name: "densities", title: "p and q",
///                         panels: [Panel(title: "p = N(0,1)", xLabel: "x", yLabel: "density",
///                                        series: [.line(x: xs, y: ps, title: "p")])])
public struct Figure: Sendable, Equatable {
    /// The file stem: letters, digits, '-' and '_' only.
    public var name: String
    /// A title over the whole figure (multiplot title), if any.
    public var title: String?
    /// The panels, filled row by row into `layout`.
    public var panels: [Panel]
    /// Rows and columns of the panel grid; one row of all panels by default.
    public var layout: (rows: Int, columns: Int)
    /// The size in pixels for raster terminals (points for SVG).
    public var size: (width: Int, height: Int)

    /// Creates a figure; the size defaults to 800×560 per panel row and column, capped at 1600×1200.
    public init(name: String, title: String? = nil, panels: [Panel], layout: (rows: Int, columns: Int)? = nil,
                size: (width: Int, height: Int)? = nil) {
        let layout = layout ?? (1, max(panels.count, 1))
        precondition(layout.rows * layout.columns >= panels.count, "Figure \(name): \(panels.count) panels do not fit \(layout)")
        precondition(!name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") },
                     "Figure: name '\(name)' must be letters, digits, '-' or '_'")
        self.name = name
        self.title = title
        self.panels = panels
        self.layout = layout
        self.size = size ?? (min(560 * layout.columns + 240, 1600), min(420 * layout.rows + (title == nil ? 0 : 40), 1200))
    }

    /// The images of a figure whose every panel holds only images (nil otherwise).
    public var pictures: [RasterImage]? {
        let perPanel = panels.map(\.pictures)
        return !perPanel.isEmpty && perPanel.allSatisfy({ $0 != nil }) ? perPanel.flatMap { $0! } : nil
    }

    /// A figure of pictures as text art (gnuplot's text terminal draws no images): its first title, then each
    /// picture in at most `columns` characters; nil when the figure is not pictures only.
    public func picturesAsText(columns: Int) -> String? {
        pictures.map { images in
            (panels.first?.title.map { $0 + "\n" } ?? "") + images.map { $0.textArt(columns: columns) }.joined(separator: "\n")
        }
    }

    public static func == (a: Figure, b: Figure) -> Bool {
        a.name == b.name && a.title == b.title && a.panels == b.panels && a.layout == b.layout && a.size == b.size
    }
}

/// A raster image shown as it is, written pixel for pixel to NAME.png by libpng (a grid of generated sprites):
/// no axes, no resampling, so upscale it first (`RasterImage.upscaled`, `grid(scale:)`) for crisp pixels.
public struct Picture: Sendable, Equatable {
    /// The file stem.
    public var name: String
    public var image: RasterImage

    /// Creates a picture.
    public init(name: String, image: RasterImage) {
        precondition(!name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") },
                     "Picture: name '\(name)' must be letters, digits, '-' or '_'")
        self.name = name
        self.image = image
    }
}

/// Frames of a training run, rendered as an animated GIF (NAME.gif).
public struct Animation: Sendable, Equatable {
    /// The file stem.
    public var name: String
    /// One figure per frame; all frames share the first frame's layout and size.
    public var frames: [Figure]
    /// Time each frame is shown, in hundredths of a second.
    public var delay: Int

    /// Creates an animation from at least one frame.
    public init(name: String, frames: [Figure], delay: Int = 40) {
        precondition(!frames.isEmpty, "Animation \(name): no frames")
        precondition(delay > 0, "Animation \(name): delay must be positive")
        self.name = name
        self.frames = frames
        self.delay = delay
    }
}

/// Where a panel's legend goes.
public enum LegendPosition: String, Sendable {
    case topRight = "top right", topLeft = "top left", bottomRight = "bottom right", bottomLeft = "bottom left"
    case outside = "outside right top", below = "below center horizontal", hidden
}

/// A named tick: `label` written at `at` on its axis.
public struct TickLabel: Sendable, Equatable {
    public let at: Double
    public let label: String

    /// Creates a tick named `label` at `at`.
    public init(at: Double, label: String) {
        self.at = at
        self.label = label
    }
}

/// One plot area: axes, labels and the series drawn in it.
public struct Panel: Sendable, Equatable {
    /// 2-D axes, or a 3-D box drawn with splot.
    public enum Kind: Sendable, Equatable {
        case twoD
        /// 3-D with the view angles (rotation about x, then about z) in degrees.
        case threeD(rotateX: Double, rotateZ: Double)
    }

    public var kind: Kind
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var zLabel: String?
    public var xRange: ClosedRange<Double>?
    public var yRange: ClosedRange<Double>?
    public var zRange: ClosedRange<Double>?
    /// Range of the colour scale for heatmaps.
    public var colorRange: ClosedRange<Double>?
    /// What a heatmap's colours show ("D(x)", "critic f(x)", "share of samples"): required on every panel with one.
    public var colorBarLabel: String?
    /// The heatmaps' colour map.
    public var colorMap: ColorMap
    /// Whether the colour bar is drawn (a row of panels on one colour scale shows it once).
    public var showsColorBar: Bool
    public var logX: Bool
    public var logY: Bool
    /// Equal units on x and y (circles look round).
    public var equalAspect: Bool
    public var legend: LegendPosition
    /// Tick spacing on x and y, when not gnuplot's own (modes every 45° want ticks every 45°).
    public var xTickStep: Double?
    public var yTickStep: Double?
    /// Named ticks on x in place of numbers (categories: one variant a slot), written at an angle; empty for numbers.
    public var xTickLabels: [TickLabel] = []
    /// Text placed at points of the data.
    public var notes: [Note]
    public var series: [Series]

    /// Creates a panel; every setting but the series is optional.
    public init(kind: Kind = .twoD, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                zLabel: String? = nil, xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                zRange: ClosedRange<Double>? = nil, colorRange: ClosedRange<Double>? = nil,
                colorBarLabel: String? = nil, colorMap: ColorMap = .viridis, showsColorBar: Bool = true, logX: Bool = false, logY: Bool = false, equalAspect: Bool = false,
                legend: LegendPosition = .topRight, xTickStep: Double? = nil, yTickStep: Double? = nil, notes: [Note] = [],
                series: [Series]) {
        self.kind = kind
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.zLabel = zLabel
        self.xRange = xRange
        self.yRange = yRange
        self.zRange = zRange
        self.colorRange = colorRange
        self.colorBarLabel = colorBarLabel
        self.colorMap = colorMap
        self.showsColorBar = showsColorBar
        self.logX = logX
        self.logY = logY
        self.equalAspect = equalAspect
        self.legend = legend
        self.xTickStep = xTickStep
        self.yTickStep = yTickStep
        self.notes = notes
        self.series = series
    }
}

/// How a series is drawn: colour (an index into the palette, or an explicit "#rrggbb"), width, dash.
public struct Style: Sendable, Equatable {
    public var color: PaletteColor
    public var lineWidth: Double
    /// gnuplot dash type: 1 solid, 2 dashed, 3 dotted, 4 dash-dot.
    public var dash: Int
    public var pointSize: Double
    /// Fill opacity for areas and boxes, 0…1.
    public var opacity: Double
    /// An ASCII character to mark points with instead of a filled dot (what tells two series apart in text art; the
    /// dumb terminal writes one byte a cell, so a multi-byte character would break).
    public var pointCharacter: Character?

    /// Creates a style; defaults are a solid 2-px line in the series' palette colour.
    public init(color: PaletteColor = .automatic, lineWidth: Double = 2, dash: Int = 1, pointSize: Double = 0.6,
                opacity: Double = 0.3, pointCharacter: Character? = nil) {
        self.color = color
        self.lineWidth = lineWidth
        self.dash = dash
        self.pointSize = pointSize
        self.opacity = opacity
        self.pointCharacter = pointCharacter
    }
}

/// A colour: the next palette entry, a fixed palette entry, or explicit RGB.
public enum PaletteColor: Sendable, Equatable {
    case automatic
    case palette(Int)
    case rgb(String)
}

extension Panel {
    /// The images of a panel whose every series is an image (nil otherwise): a panel drawn bare, pixels only.
    public var pictures: [RasterImage]? {
        let images = series.compactMap { if case .image(let image) = $0.kind { image } else { nil } }
        return !images.isEmpty && images.count == series.count ? images : nil
    }
}
