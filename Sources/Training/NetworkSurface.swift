import Engine
import Theory

/// A trained network's output over a grid or a line, for plotting critics and discriminators.
extension MLP {
    /// The network's scalar output on a grid, values[row][column] at (xs[column], ys[row]).
    public func surface(xs: [Double], ys: [Double]) -> [[Double]] {
        let points = ys.flatMap { y in xs.map { Point($0, y) } }
        let scores: [Float] = withoutGradients { self(Tensor(points: points)) }.scalars
        let values = scores.map { Double($0) }
        return (0..<ys.count).map { row in Array(values[(row * xs.count)..<((row + 1) * xs.count)]) }
    }

    /// A 1-D network's outputs at `xs`.
    public func line(_ xs: [Double]) -> [Double] {
        withoutGradients { self(Tensor(shape: [xs.count, 1], scalars: xs.map(Float.init))) }.scalars.map(Double.init)
    }
}
