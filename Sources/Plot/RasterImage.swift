/// An 8-bit image: gray (1 channel), RGB (3) or RGBA (4), rows top to bottom, channels interleaved.
public struct RasterImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// 1 gray, 3 RGB, 4 RGBA.
    public let channels: Int
    /// width · height · channels bytes.
    public var pixels: [UInt8]

    /// Creates an image from its pixel bytes.
    public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
        precondition(width > 0 && height > 0, "RasterImage: size \(width)×\(height) must be positive")
        precondition([1, 3, 4].contains(channels), "RasterImage: channels must be 1, 3 or 4, got \(channels)")
        precondition(pixels.count == width * height * channels,
                     "RasterImage: \(width)×\(height)×\(channels) needs \(width * height * channels) bytes, got \(pixels.count)")
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }

    /// An image filled with one colour (`color.count` is the channel count).
    public init(width: Int, height: Int, color: [UInt8]) {
        self.init(width: width, height: height, channels: color.count,
                  pixels: Array([[UInt8]](repeating: color, count: width * height).joined()))
    }

    /// An image from values in [0, 1] (clamped) laid out like `pixels`.
    public init(width: Int, height: Int, channels: Int, unitValues: [Float]) {
        self.init(width: width, height: height, channels: channels,
                  pixels: unitValues.map { UInt8((min(max($0.isNaN ? 0 : $0, 0), 1) * 255).rounded()) })
    }

    /// The bytes of the pixel at (row, column).
    public func pixel(row: Int, column: Int) -> ArraySlice<UInt8> {
        let offset = (row * width + column) * channels
        return pixels[offset..<(offset + channels)]
    }

    /// The same image with `target` channels: gray is repeated into RGB, alpha is dropped or set opaque.
    public func converted(toChannels target: Int) -> RasterImage {
        if target == channels { return self }
        precondition([1, 3, 4].contains(target), "converted: channels must be 1, 3 or 4")
        var out = [UInt8]()
        out.reserveCapacity(width * height * target)
        for i in 0..<(width * height) {
            let p = pixels[(i * channels)..<((i + 1) * channels)]
            let rgb: [UInt8] = channels == 1 ? [p.first!, p.first!, p.first!] : Array(p.prefix(3))
            switch target {
            case 1:
                let luma: Int = Int(rgb[0]) * 299 + Int(rgb[1]) * 587 + Int(rgb[2]) * 114
                out.append(UInt8(luma / 1000))
            case 3: out += rgb
            default: out += rgb + [channels == 4 ? p.last! : 255]
            }
        }
        return RasterImage(width: width, height: height, channels: target, pixels: out)
    }

    /// Each pixel repeated `factor` times across and down (nearest-neighbour upscaling).
    public func upscaled(by factor: Int) -> RasterImage {
        precondition(factor >= 1, "upscaled: factor must be ≥ 1")
        if factor == 1 { return self }
        var out = [UInt8]()
        out.reserveCapacity(pixels.count * factor * factor)
        for row in 0..<height {
            var line = [UInt8]()
            for column in 0..<width {
                let p = pixel(row: row, column: column)
                for _ in 0..<factor { line += p }
            }
            for _ in 0..<factor { out += line }
        }
        return RasterImage(width: width * factor, height: height * factor, channels: channels, pixels: out)
    }

    /// Tiles of equal size laid out row by row in `columns` columns with `margin` pixels of `background`
    /// around and between them, each upscaled by `scale` (a sample grid).
    public static func grid(_ tiles: [RasterImage], columns: Int, margin: Int = 2, scale: Int = 1,
                            background: [UInt8]? = nil) -> RasterImage {
        precondition(!tiles.isEmpty && columns > 0 && margin >= 0, "grid: needs tiles, columns > 0 and margin ≥ 0")
        let channels = tiles.map(\.channels).max()!
        let scaled = tiles.map { $0.converted(toChannels: channels).upscaled(by: scale) }
        let (tileWidth, tileHeight) = (scaled[0].width, scaled[0].height)
        precondition(scaled.allSatisfy { $0.width == tileWidth && $0.height == tileHeight }, "grid: tiles differ in size")
        let rows = (tiles.count + columns - 1) / columns
        let width = columns * tileWidth + (columns + 1) * margin
        let height = rows * tileHeight + (rows + 1) * margin
        let fill = background ?? [UInt8](repeating: 255, count: channels)
        precondition(fill.count == channels, "grid: background needs \(channels) channels")
        var canvas = RasterImage(width: width, height: height, color: fill)
        for (index, tile) in scaled.enumerated() {
            let top = margin + (index / columns) * (tileHeight + margin)
            let left = margin + (index % columns) * (tileWidth + margin)
            for row in 0..<tileHeight {
                let source = row * tileWidth * channels
                let target = ((top + row) * width + left) * channels
                canvas.pixels.replaceSubrange(target..<(target + tileWidth * channels),
                                              with: tile.pixels[source..<(source + tileWidth * channels)])
            }
        }
        return canvas
    }
}

extension RasterImage {
    /// The image as text for a terminal without graphics: each character stands for a block of pixels (twice as tall
    /// as wide, like a character cell), chosen from a ramp by the block's mean luminance (0.299 R + 0.587 G + 0.114 B),
    /// white as a space and black as '@'; blocks are as small as `columns` characters across allow.
    public func textArt(columns: Int = 100) -> String {
        precondition(columns > 0, "textArt: columns must be positive")
        let ramp = Array("@%#*+=-:. ")
        let gray = converted(toChannels: 3)
        let blockWidth = max(1, (width + columns - 1) / columns), blockHeight = 2 * blockWidth
        var lines: [String] = []
        for top in stride(from: 0, to: height, by: blockHeight) {
            var line = ""
            for left in stride(from: 0, to: width, by: blockWidth) {
                var sum = 0.0, count = 0.0
                for row in top..<min(top + blockHeight, height) {
                    for column in left..<min(left + blockWidth, width) {
                        let p = gray.pixel(row: row, column: column).map(Double.init)
                        sum += 0.299 * p[p.startIndex] + 0.587 * p[p.startIndex + 1] + 0.114 * p[p.startIndex + 2]
                        count += 1
                    }
                }
                line.append(ramp[min(ramp.count - 1, Int(sum / count / 256 * Double(ramp.count)))])
            }
            lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
