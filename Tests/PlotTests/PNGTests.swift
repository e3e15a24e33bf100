import Foundation
import Testing
@testable import Plot

@Suite("PNG through libpng")
struct PNGTests {
    @Test(arguments: [1, 3, 4])
    func roundTripKeepsEveryPixel(_ channels: Int) throws {
        let image = RasterImage(width: 5, height: 3, channels: channels,
                                pixels: (0..<(15 * channels)).map { UInt8(($0 * 37) % 256) })
        let path = temporaryDirectory() + "/image.png"
        try PNGFile.write(image, to: path)
        #expect(try PNGFile.read(from: path) == image)
    }

    @Test func gridPlacesTilesWithMarginAndUpscaling() throws {
        let red = RasterImage(width: 2, height: 2, color: [255, 0, 0])
        let blue = RasterImage(width: 2, height: 2, color: [0, 0, 255])
        let gray = RasterImage(width: 2, height: 2, channels: 1, pixels: [0, 50, 100, 150])
        let grid = RasterImage.grid([red, blue, gray], columns: 2, margin: 1, scale: 2, background: [9, 9, 9])
        // 2 columns of 4-px tiles with 1-px margins: 2·4 + 3 = 11 wide; 2 rows: 11 high.
        #expect(grid.width == 11 && grid.height == 11 && grid.channels == 3)
        #expect(Array(grid.pixel(row: 0, column: 0)) == [9, 9, 9])
        #expect(Array(grid.pixel(row: 1, column: 1)) == [255, 0, 0])
        #expect(Array(grid.pixel(row: 4, column: 4)) == [255, 0, 0])
        #expect(Array(grid.pixel(row: 1, column: 6)) == [0, 0, 255])
        #expect(Array(grid.pixel(row: 5, column: 5)) == [9, 9, 9])
        #expect(Array(grid.pixel(row: 6, column: 1)) == [0, 0, 0])      // gray tile, pixel (0,0) upscaled
        #expect(Array(grid.pixel(row: 8, column: 3)) == [150, 150, 150]) // gray tile, pixel (1,1)
        #expect(Array(grid.pixel(row: 6, column: 6)) == [9, 9, 9])       // the empty fourth cell
        let path = temporaryDirectory() + "/grid.png"
        try PNGFile.write(grid, to: path)
        #expect(try PNGFile.read(from: path) == grid)
    }

    @Test func readingAMissingFileIsAnError() {
        #expect(throws: PlotError.self) { try PNGFile.read(from: "/nonexistent/x.png") }
    }
}
