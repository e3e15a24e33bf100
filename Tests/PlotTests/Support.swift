import Foundation
@testable import Plot

/// A fresh empty directory under the system's temporary folder.
func temporaryDirectory(_ label: String = #function) -> String {
    let path = NSTemporaryDirectory() + "ganlessons-plot-\(label.filter(\.isLetter))-\(UUID().uuidString.prefix(8))"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A small two-series line figure used across tests.
func sampleFigure(name: String = "sample", title: String = "Sample") -> Figure {
    let xs = stride(from: -3.0, through: 3.0, by: 0.25).map { $0 }
    return Figure(name: name, panels: [
        Panel(title: title, xLabel: "x", yLabel: "y", series: [
            .line(x: xs, y: xs.map { exp(-$0 * $0 / 2) }, title: "p(x)"),
            .scatter(x: [0, 1], y: [0.5, 0.25], title: "marks"),
        ]),
    ])
}

/// A 2×2 figure touching every 2-D series kind, a heatmap with contours among them.
func gallery(name: String = "gallery", grid: Int = 40) -> Figure {
    let xs = (0..<grid).map { -2 + 4 * Double($0) / Double(grid - 1) }
    let values = xs.map { y in xs.map { x in exp(-(x * x + y * y)) } }
    let ticks = stride(from: -2.0, through: 2.0, by: 0.5).map { $0 }
    return Figure(name: name, title: "Gallery", panels: [
        Panel(title: "Lines and a band", xLabel: "x", yLabel: "y", series: [
            .init(.band(x: xs, lower: xs.map { sin($0) - 0.2 }, upper: xs.map { sin($0) + 0.2 }), title: "band"),
            .line(x: xs, y: xs.map(sin), title: "sin x"),
            .init(.steps(x: xs, y: xs.map(cos)), title: "steps"),
        ]),
        Panel(title: "Heatmap with contours", xLabel: "x", yLabel: "y", colorBarLabel: "e^{-r²}", equalAspect: true, legend: .hidden, series: [
            .init(.heatmap(xs: xs, ys: xs, values: values, contours: [0.2, 0.5, 0.8])),
            .scatter(x: [0.5, -1], y: [0.5, 1], style: Style(color: .rgb("#ff0000"), pointSize: 1)),
        ]),
        Panel(title: "Histogram", xLabel: "value", yLabel: "count", series: [
            .histogram(xs.map { $0 * $0 }, bins: 10, title: "x²"),
        ]),
        Panel(title: "Vector field", xLabel: "x", yLabel: "y", equalAspect: true, legend: .hidden, series: [
            .init(.vectors(x: ticks.flatMap { _ in ticks }, y: ticks.flatMap { y in ticks.map { _ in y } },
                           dx: ticks.flatMap { y in ticks.map { _ in -0.1 * y } },
                           dy: ticks.flatMap { _ in ticks.map { 0.1 * $0 } })),
        ]),
    ], layout: (2, 2))
}
