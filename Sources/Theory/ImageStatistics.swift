import Engine
import Foundation
import Random

/// Measures on sets of images, each image a flat vector of pixel values (row-major, channels last): how far a
/// generated image is from its nearest training image, how far two sets are as distributions, how symmetric and
/// how colourful they are.
public enum ImageStatistics {
    /// For each query, the root-mean-square pixel distance to its nearest reference, √(min_j ‖q − r_j‖² / d).
    public static func nearestNeighbourDistances(from queries: [[Float]], to references: [[Float]]) -> [Double] {
        nearestNeighbours(from: queries, to: references).map(\.distance)
    }

    /// For each query, its nearest reference's index and the root-mean-square pixel distance to it, √(‖q − r‖² / d);
    /// ‖q − r‖² = ‖q‖² + ‖r‖² − 2 q·r with the products in one sgemm.
    public static func nearestNeighbours(from queries: [[Float]], to references: [[Float]]) -> [(index: Int, distance: Double)] {
        precondition(!queries.isEmpty && !references.isEmpty, "nearestNeighbourDistances: empty set")
        let d = queries[0].count
        precondition((queries + references).allSatisfy { $0.count == d }, "nearestNeighbourDistances: images differ in size")
        let q = Tensor(shape: [queries.count, d], scalars: queries.flatMap { $0 })
        let r = Tensor(shape: [references.count, d], scalars: references.flatMap { $0 })
        let products = withoutGradients { Tensor.matmul(q, r, transposeB: true) }.scalars
        let referenceNorms = references.map { squaredNorm($0) }
        return queries.enumerated().map { i, query in
            let own = squaredNorm(query)
            var nearest = Double.infinity, index = 0
            for j in references.indices {
                let squared = own + referenceNorms[j] - 2 * Double(products[i * references.count + j])
                if squared < nearest { (nearest, index) = (squared, j) }
            }
            return (index, (Swift.max(nearest, 0) / Double(d)).squareRoot())
        }
    }

    /// The sliced Wasserstein-1 distance: the mean over `projections` random unit directions θ of the exact 1-D W1
    /// between the projections θ·a and θ·b (Wasserstein.samples); the directions come from `generator`, so two
    /// calls with generators in the same state measure along the same directions.
    public static func slicedWasserstein(_ a: [[Float]], _ b: [[Float]], projections: Int,
                                         using generator: inout SeededGenerator) -> Double {
        precondition(!a.isEmpty && !b.isEmpty && projections > 0, "slicedWasserstein: needs samples and projections")
        let d = a[0].count
        var total = 0.0
        for _ in 0..<projections {
            var direction = (0..<d).map { _ in generator.normalDouble() }
            let norm = direction.map { $0 * $0 }.reduce(0, +).squareRoot()
            direction = direction.map { $0 / norm }
            let project = { (image: [Float]) in zip(image, direction).reduce(0.0) { $0 + Double($1.0) * $1.1 } }
            total += Wasserstein.samples(a.map(project), b.map(project))
        }
        return total / Double(projections)
    }

    /// The mean |x − mirror(x)| over the pixels of images `width` pixels wide with `channels` channels, mirror
    /// flipping left and right: 0 for a mirror-symmetric image.
    public static func mirrorAsymmetry(_ images: [[Float]], width: Int, channels: Int) -> Double {
        precondition(!images.isEmpty, "mirrorAsymmetry: no images")
        let rowLength = width * channels
        var total = 0.0
        for image in images {
            precondition(image.count % rowLength == 0, "mirrorAsymmetry: \(image.count) values are not rows of \(rowLength)")
            for row in stride(from: 0, to: image.count, by: rowLength) {
                for x in 0..<width {
                    for c in 0..<channels {
                        total += Double(Swift.abs(image[row + x * channels + c] - image[row + (width - 1 - x) * channels + c]))
                    }
                }
            }
        }
        return total / Double(images.count * images[0].count)
    }

    /// The share of all pixels of `images` (RGB values in [−1, 1]) in each of `levels`³ colour bins, each channel
    /// cut into `levels` equal intervals: the palette of a set of images as a probability vector.
    public static func colourHistogram(_ images: [[Float]], levels: Int = 4) -> [Double] {
        precondition(!images.isEmpty && levels >= 1, "colourHistogram: needs images and levels ≥ 1")
        var counts = [Double](repeating: 0, count: levels * levels * levels)
        var pixels = 0
        for image in images {
            precondition(image.count % 3 == 0, "colourHistogram: needs RGB images")
            for p in stride(from: 0, to: image.count, by: 3) {
                let bins = (0..<3).map { c in Swift.min(levels - 1, Swift.max(0, Int((image[p + c] + 1) / 2 * Float(levels)))) }
                counts[(bins[0] * levels + bins[1]) * levels + bins[2]] += 1
                pixels += 1
            }
        }
        return counts.map { $0 / Double(pixels) }
    }

    private static func squaredNorm(_ v: [Float]) -> Double {
        v.reduce(0.0) { $0 + Double($1) * Double($1) }
    }
}
