/// One thing drawn in a panel. Plot takes plain arrays and knows nothing of tensors.
public struct Series: Sendable, Equatable {
    /// The geometry and its data.
    public enum Kind: Sendable, Equatable {
        /// A polyline through (x, y).
        case lines(x: [Double], y: [Double])
        /// Markers at (x, y).
        case points(x: [Double], y: [Double])
        /// A staircase through (x, y) (gnuplot `steps`).
        case steps(x: [Double], y: [Double])
        /// Bars centred at x with height y and the given width.
        case boxes(x: [Double], y: [Double], width: Double)
        /// The area between two curves over x.
        case band(x: [Double], lower: [Double], upper: [Double])
        /// Values on a regular grid, values[row][column] at (xs[column], ys[row]), with optional contour levels.
        case heatmap(xs: [Double], ys: [Double], values: [[Double]], contours: [Double])
        /// Arrows from (x, y) by (dx, dy).
        case vectors(x: [Double], y: [Double], dx: [Double], dy: [Double])
        /// A 3-D polyline (3-D panels).
        case lines3D(x: [Double], y: [Double], z: [Double])
        /// A surface z[row][column] over (xs[column], ys[row]) (3-D panels).
        case surface(xs: [Double], ys: [Double], z: [[Double]])
        /// An RGB raster drawn pixel for pixel, row 0 at the top.
        case image(RasterImage)
    }

    public var kind: Kind
    /// The legend entry; nil leaves the series out of the legend, which the house style allows only with a reason.
    public var title: String?
    public var style: Style
    /// Why a series is deliberately left out of the key (reference points the title names, a colour map its colour bar
    /// explains); written into the script beside it, where the style test looks for it.
    public var unlistedBecause: String?

    /// Creates a series.
    public init(_ kind: Kind, title: String? = nil, style: Style = Style()) {
        self.kind = kind
        self.title = title
        self.style = style
    }

    /// The same series left out of the key on purpose, for `reason` (what says what it is instead).
    public func unlisted(because reason: String) -> Series {
        var series = self
        series.title = nil
        series.unlistedBecause = reason
        return series
    }

    /// A line through (x, y).
    public static func line(x: [Double], y: [Double], title: String? = nil, style: Style = Style()) -> Series {
        precondition(x.count == y.count, "line: \(x.count) x values, \(y.count) y values")
        return Series(.lines(x: x, y: y), title: title, style: style)
    }

    /// Markers at (x, y).
    public static func scatter(x: [Double], y: [Double], title: String? = nil, style: Style = Style()) -> Series {
        precondition(x.count == y.count, "scatter: \(x.count) x values, \(y.count) y values")
        return Series(.points(x: x, y: y), title: title, style: style)
    }

    /// A histogram of `values` in `bins` equal bins over `range` (the data's extent by default), as boxes of counts
    /// or, with `density`, of count / (n · bin width).
    public static func histogram(_ values: [Double], bins: Int, range: ClosedRange<Double>? = nil, density: Bool = false,
                                 title: String? = nil, style: Style = Style()) -> Series {
        precondition(bins > 0, "histogram: bins must be positive")
        let low = range?.lowerBound ?? values.min() ?? 0
        var high = range?.upperBound ?? values.max() ?? 1
        if high <= low { high = low + 1 }
        let width = (high - low) / Double(bins)
        var counts = [Double](repeating: 0, count: bins)
        for value in values where value >= low && value <= high {
            counts[min(Int((value - low) / width), bins - 1)] += 1
        }
        if density { counts = counts.map { $0 / (Double(max(values.count, 1)) * width) } }
        let centres = (0..<bins).map { low + (Double($0) + 0.5) * width }
        return Series(.boxes(x: centres, y: counts, width: width), title: title, style: style)
    }
}

extension Series {
    /// One arrow from `start` by `offset` (a pointer from a note to what it names).
    public static func vectors(from start: (x: Double, y: Double), by offset: (dx: Double, dy: Double), style: Style = Style()) -> Series {
        Series(.vectors(x: [start.x], y: [start.y], dx: [offset.dx], dy: [offset.dy]), style: style)
    }
}
