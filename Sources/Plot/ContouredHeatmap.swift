extension Series {
    /// A critic's value surface as a heatmap with `levels` evenly spaced contour lines between its extremes.
    public static func contouredHeatmap(xs: [Double], ys: [Double], values: [[Double]], levels: Int = 8) -> Series {
        let low = values.joined().min()!, high = values.joined().max()!
        let step = (high - low) / Double(levels + 1)
        return Series(.heatmap(xs: xs, ys: ys, values: values, contours: step > 0 ? (1...levels).map { low + Double($0) * step } : []))
    }
}
