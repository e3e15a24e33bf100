/// How much a set of images reads as pixel sprites: a white background, one body ringed by a dark outline, a few flat
/// colours, mirror symmetry. Each image is square, row-major RGB with values in [−1, 1] (a tanh generator's range).
///
/// Every measure has the data's own value as its yardstick: held-out real sprites measure what "like the data" is.
public struct SpriteMeasures: Sendable, Equatable {
    /// Mean |x − mirror(x)| over every value, mirror flipping left and right: 0 for a symmetric image.
    public var asymmetry: Double
    /// Distinct colours per image, each channel cut into 8 levels: flat colours give few, noise many.
    public var colours: Double
    /// Of the body's edge pixels (a body pixel with background or the border beside it), the share that are dark.
    public var outline: Double
    /// Of the body's pixels, the share whose colour (8 levels a channel) differs from all four neighbours' colours.
    public var isolated: Double
    /// Of the body's pixels, the share outside its largest 8-connected piece: specks on the background.
    public var stray: Double

    /// The measures, named as tables show them, in a fixed order.
    public var named: [(name: String, value: Double)] {
        [("mirror asymmetry", asymmetry), ("colours per sprite", colours), ("dark outline", outline),
         ("isolated pixels", isolated), ("stray pixels", stray)]
    }
}

/// Computing `SpriteMeasures`.
public enum SpriteStatistics {
    /// A pixel is background when every channel is at least this (bytes ≥ 230 of 255): near white.
    public static let backgroundThreshold: Float = 0.8
    /// A pixel is dark when no channel exceeds this (bytes ≤ 89 of 255), as an outline of any hue is.
    public static let darkThreshold: Float = -0.3

    /// The mean of each measure over `images`, each `side`×`side`×3.
    public static func measures(_ images: [[Float]], side: Int = 16) -> SpriteMeasures {
        precondition(!images.isEmpty, "SpriteStatistics.measures: no images")
        var total = SpriteMeasures(asymmetry: 0, colours: 0, outline: 0, isolated: 0, stray: 0)
        for image in images {
            let one = measure(image, side: side)
            total.asymmetry += one.asymmetry
            total.colours += one.colours
            total.outline += one.outline
            total.isolated += one.isolated
            total.stray += one.stray
        }
        let n = Double(images.count)
        return SpriteMeasures(asymmetry: total.asymmetry / n, colours: total.colours / n, outline: total.outline / n,
                              isolated: total.isolated / n, stray: total.stray / n)
    }

    /// The measures of one image. An image with no body has no outline (0) and no isolated or stray pixels (0).
    public static func measure(_ image: [Float], side: Int = 16) -> SpriteMeasures {
        precondition(image.count == side * side * 3, "SpriteStatistics.measure: needs \(side)×\(side)×3 values")
        let pixels = side * side
        let colour = (0..<pixels).map { quantized(image, $0) }
        let body = (0..<pixels).map { p in (0..<3).contains { image[3 * p + $0] < backgroundThreshold } }
        func neighbours(_ p: Int) -> [Int?] {  // up, down, left, right; nil beyond the border
            let (r, c) = (p / side, p % side)
            return [r > 0 ? p - side : nil, r < side - 1 ? p + side : nil, c > 0 ? p - 1 : nil, c < side - 1 ? p + 1 : nil]
        }
        var edge = 0, darkEdge = 0, isolated = 0
        for p in 0..<pixels where body[p] {
            let around = neighbours(p)
            if around.contains(where: { $0.map { !body[$0] } ?? true }) {
                edge += 1
                if (0..<3).allSatisfy({ image[3 * p + $0] <= darkThreshold }) { darkEdge += 1 }
            }
            // Beyond the border is background, white.
            if around.allSatisfy({ ($0.map { colour[$0] } ?? whiteCode) != colour[p] }) { isolated += 1 }
        }
        let bodyCount = body.filter { $0 }.count
        var asymmetry = 0.0
        for r in 0..<side {
            for c in 0..<side {
                for k in 0..<3 {
                    asymmetry += Double(abs(image[(r * side + c) * 3 + k] - image[(r * side + side - 1 - c) * 3 + k]))
                }
            }
        }
        return SpriteMeasures(asymmetry: asymmetry / Double(image.count), colours: Double(Set(colour).count),
                              outline: edge == 0 ? 0 : Double(darkEdge) / Double(edge),
                              isolated: bodyCount == 0 ? 0 : Double(isolated) / Double(bodyCount),
                              stray: bodyCount == 0 ? 0 : Double(bodyCount - largestPiece(body, side: side)) / Double(bodyCount))
    }

    /// The colour code of white, every channel in the top level.
    private static let whiteCode = (7 * 8 + 7) * 8 + 7

    /// Pixel `p`'s colour with each channel cut into 8 equal levels of [−1, 1], as one code 0…511.
    private static func quantized(_ image: [Float], _ p: Int) -> Int {
        (0..<3).reduce(0) { code, k in code * 8 + min(7, max(0, Int((image[3 * p + k] + 1) / 2 * 8))) }
    }

    /// The size of the largest 8-connected set of body pixels.
    private static func largestPiece(_ body: [Bool], side: Int) -> Int {
        var seen = [Bool](repeating: false, count: body.count), largest = 0
        for start in body.indices where body[start] && !seen[start] {
            var stack = [start], size = 0
            seen[start] = true
            while let p = stack.popLast() {
                size += 1
                let (r, c) = (p / side, p % side)
                for dr in -1...1 {
                    for dc in -1...1 where dr != 0 || dc != 0 {
                        let (nr, nc) = (r + dr, c + dc)
                        guard (0..<side).contains(nr), (0..<side).contains(nc) else { continue }
                        let q = nr * side + nc
                        if body[q] && !seen[q] { seen[q] = true; stack.append(q) }
                    }
                }
            }
            largest = max(largest, size)
        }
        return largest
    }
}
