extension Series {
    /// A critic's value surface as a heatmap with `levels` evenly spaced contour lines between its extremes.
    public static func contouredHeatmap(xs: [Double], ys: [Double], values: [[Double]], levels: Int = 8) -> Series {
        // An empty surface has no extremes, and so no contours.
        let low = values.joined().min() ?? 0, high = values.joined().max() ?? 0
        let step = (high - low) / Double(levels + 1)
        return Series(.heatmap(xs: xs, ys: ys, values: values, contours: step > 0 ? (1...levels).map { low + Double($0) * step } : []))
    }
}
