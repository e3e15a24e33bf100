/// The house style every figure is drawn in, chosen for a projector at the back of a classroom: type that grows with
/// the canvas, one colour per role in every lesson, and colour maps that leave points over them visible.
public enum HouseStyle {
    /// The smallest type, in points, on any canvas.
    public static let minimumFontSize = 14

    /// The type size for a canvas `width` pixels wide: width / 70 points, at least `minimumFontSize` (11 pt on a 1600-px
    /// figure shrinks to a third of a projected letter's height; 22 pt stays readable from the back row).
    public static func fontSize(width: Int) -> Int {
        max(minimumFontSize, Int((Double(width) / 70).rounded()))
    }

    /// gnuplot's line-width multiplier for a canvas `width` pixels wide: lines thicken with the type (1.2 up to 1000 px).
    public static func lineScale(width: Int) -> String {
        String(format: "%.2g", max(1.2, Double(width) / 800))
    }

    /// The size of a multi-panel figure's overall title: a fifth larger than the text.
    public static func titleFontSize(width: Int) -> Int {
        Int((Double(fontSize(width: width)) * 1.2).rounded())
    }

    /// The real data's colour in every lesson (Okabe & Ito's orange).
    public static let realColor = "#E69F00"
    /// The generator's samples' colour in every lesson (Okabe & Ito's blue).
    public static let generatedColor = "#0072B2"
}

extension PaletteColor {
    /// The real data's role colour, the same in every lesson.
    public static let real = PaletteColor.rgb(HouseStyle.realColor)
    /// The generated samples' role colour, the same in every lesson.
    public static let generated = PaletteColor.rgb(HouseStyle.generatedColor)
}

/// A colour map for heatmaps.
public enum ColorMap: Sendable, Equatable {
    /// Viridis, dark purple to yellow: for a heatmap on its own.
    case viridis
    /// White to mid grey: for a heatmap under orange and blue points, which stay visible over every shade of it.
    case pale

    /// The map's stops as gnuplot colours, low to high.
    var stops: [String] {
        switch self {
        case .viridis: ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"]
        case .pale: ["#ffffff", "#e4e4e4", "#c4c4c4", "#a0a0a0", "#7c7c7c"]
        }
    }

    /// The colour of t ∈ [0, 1], linearly interpolated between the stops.
    func color(_ t: Double) -> (r: Int, g: Int, b: Int) {
        let rgb = stops.map { hex in
            (1...3).map { Double(Int(hex.dropFirst(2 * $0 - 1).prefix(2), radix: 16) ?? 0) }
        }
        let position = min(max(t, 0), 1) * Double(rgb.count - 1)
        let low = min(Int(position), rgb.count - 2), f = position - Double(low)
        let mixed = (0..<3).map { Int((rgb[low][$0] + f * (rgb[low + 1][$0] - rgb[low][$0])).rounded()) }
        return (mixed[0], mixed[1], mixed[2])
    }

    /// The colour of contour lines drawn over the map: white over viridis, dark grey over the pale map.
    var contourColor: String {
        self == .pale ? "#505050" : "#ffffff"
    }

    /// The `set palette defined` command for the map.
    var command: String {
        "set palette defined (" + stops.enumerated().map { "\($0.offset) '\($0.element)'" }.joined(separator: ", ") + ")"
    }
}
