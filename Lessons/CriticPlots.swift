import Engine
import Foundation
import Plot
import Theory
import Training

extension MLP {
    /// The network's scalar output on a grid, values[row][column] at (xs[column], ys[row]).
    func surface(xs: [Double], ys: [Double]) -> [[Double]] {
        let points = ys.flatMap { y in xs.map { Point($0, y) } }
        let scores: [Float] = withoutGradients { self(Tensor(points: points)) }.scalars
        let values = scores.map { Double($0) }
        return (0..<ys.count).map { row in Array(values[(row * xs.count)..<((row + 1) * xs.count)]) }
    }

    /// A 1-D network's outputs at `xs`.
    func line(_ xs: [Double]) -> [Double] {
        withoutGradients { self(Tensor(shape: [xs.count, 1], scalars: xs.map(Float.init))) }.scalars.map(Double.init)
    }
}

extension Series {
    /// A critic's value surface as a heatmap with `levels` evenly spaced contour lines between its extremes.
    static func contouredHeatmap(xs: [Double], ys: [Double], values: [[Double]], levels: Int = 8) -> Series {
        let low = values.joined().min()!, high = values.joined().max()!
        let step = (high - low) / Double(levels + 1)
        return Series(.heatmap(xs: xs, ys: ys, values: values, contours: step > 0 ? (1...levels).map { low + Double($0) * step } : []))
    }
}
