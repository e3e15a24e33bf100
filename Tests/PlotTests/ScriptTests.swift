import Testing
@testable import Plot

@Suite("Script text")
struct ScriptTests {
    @Test func lineFigureScriptIsReadableAndStable() {
        let figure = Figure(name: "tiny", panels: [
            Panel(title: "A_{r} line", xLabel: "x", yLabel: "y", xRange: 0...2, logY: true,
                  series: [.line(x: [0, 1, 2], y: [1, 10, 100], title: "10^x")]),
        ])
        let script = ScriptWriter.script(for: figure, dataFile: "tiny.dat")
        #expect(script.data == "0 1\n1 10\n2 100\n")
        #expect(script.body == """
            reset
            set datafile missing '?'
            set grid lc rgb '#e0e0e0' lw 1
            set border lc rgb '#404040'
            \(ScriptWriter.heatmapPalette)
            set title 'A_{r} line'
            set xlabel 'x'
            set ylabel 'y'
            set xrange [0:2]
            set logscale y 10
            set format y '10^{%L}'
            set key top right opaque box lc rgb '#c0c0c0' samplen 2 width 1
            plot 'tiny.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title '10^x'

            """)
    }

    @Test func multiplotHeatmapWritesContourTableAndBlocks() {
        let script = ScriptWriter.script(for: gallery(grid: 3), dataFile: "g.dat")
        #expect(script.body.hasPrefix("set multiplot layout 2,2 title 'Gallery' font ',\(HouseStyle.titleFontSize(width: 1360))'\n"))
        #expect(script.body.contains("set cntrparam levels discrete 0.2,0.5,0.8\nset table $contour0\nsplot 'g.dat' index 3 using 1:2:3\n"))
        #expect(script.body.contains("'g.dat' index 3 using 1:2:3 with image notitle, \\\n    $contour0 with lines"))
        #expect(script.body.hasSuffix("unset multiplot\n"))
        // Blocks are separated by two blank lines, as gnuplot's `index` expects; grid rows by one.
        #expect(script.data.components(separatedBy: "\n\n\n").count == 7)
    }

    @Test func quotingNeutralizesEveryEscape() {
        #expect(ScriptWriter.quoted("it's") == "'it''s'")
        #expect(ScriptWriter.quoted("a\nb") == "'a b'")
        #expect(ScriptWriter.quoted(#""; system("touch /tmp/x"); ""#) == #"'"; system("touch /tmp/x"); "'"#)
        #expect(ScriptWriter.number(.nan) == "?" && ScriptWriter.number(.infinity) == "?")
        #expect(ScriptWriter.number(0.1) == "0.1" && ScriptWriter.number(1e-9) == "1e-09")
    }

    @Test func histogramCountsAndDensity() {
        let series = Series.histogram([0, 0.1, 0.5, 0.9, 1], bins: 2, range: 0...1)
        #expect(series.kind == .boxes(x: [0.25, 0.75], y: [2, 3], width: 0.5))
        let density = Series.histogram([0, 0.1, 0.5, 0.9, 1], bins: 2, range: 0...1, density: true)
        #expect(density.kind == .boxes(x: [0.25, 0.75], y: [0.8, 1.2], width: 0.5))
    }
}
