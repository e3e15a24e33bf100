/// Reshape, transpose, concatenate, slice, and row gather/scatter.
extension Tensor {
    /// The same elements under a new shape; one dimension may be −1 (inferred).
    public func reshaped(to newShape: [Int]) -> Tensor {
        var resolved = newShape
        if let hole = newShape.firstIndex(of: -1) {
            let known = newShape.enumerated().filter { $0.offset != hole }.map(\.element).reduce(1, *)
            precondition(known > 0 && count % known == 0, "reshaped: cannot infer −1 in \(newShape) for \(count) elements")
            resolved[hole] = count / known
        }
        precondition(resolved.reduce(1, *) == count, "reshaped: \(shape) has \(count) elements, \(newShape) does not")
        if resolved == shape { return self }
        let source = shape
        return Tensor(shape: resolved, scalars: scalars, inputs: [self]) { [{ $0.reshaped(to: source) }] }
    }

    /// The transpose of a rank-2 tensor.
    public func transposed() -> Tensor {
        precondition(rank == 2, "transposed: needs rank 2, got \(shape)")
        let (rows, columns) = (shape[0], shape[1])
        var values = [Float](repeating: 0, count: count)
        for r in 0..<rows { for c in 0..<columns { values[c * rows + r] = scalars[r * columns + c] } }
        return Tensor(shape: [columns, rows], scalars: values, inputs: [self]) { [{ $0.transposed() }] }
    }

    /// Tensors joined along `axis`; all other dimensions must agree. The pullback slices g apart.
    public static func concatenate(_ parts: [Tensor], axis: Int = 0) -> Tensor {
        precondition(!parts.isEmpty, "concatenate: no tensors")
        let axis = parts[0].normalized(axis: axis)
        for part in parts {
            precondition(part.rank == parts[0].rank
                         && part.shape.enumerated().allSatisfy { $0.offset == axis || $0.element == parts[0].shape[$0.offset] },
                         "concatenate: shapes \(parts.map(\.shape)) differ off axis \(axis)")
        }
        let outer = parts[0].shape[..<axis].reduce(1, *)
        var shape = parts[0].shape
        shape[axis] = parts.map { $0.shape[axis] }.reduce(0, +)
        var values: [Float] = []
        values.reserveCapacity(shape.reduce(1, *))
        for o in 0..<outer {
            for part in parts {
                let block = part.count / Swift.max(outer, 1)
                values.append(contentsOf: part.scalars[(o * block)..<((o + 1) * block)])
            }
        }
        var offsets: [Int] = [0]
        for part in parts { offsets.append(offsets.last! + part.shape[axis]) }
        return Tensor(shape: shape, scalars: values, inputs: parts) {
            parts.indices.map { i in { g in g.slice(axis: axis, offsets[i]..<offsets[i + 1]) } }
        }
    }

    /// The elements whose index along `axis` lies in `range`; the pullback pads g with zeros.
    public func slice(axis: Int, _ range: Range<Int>) -> Tensor {
        let axis = normalized(axis: axis)
        precondition(range.lowerBound >= 0 && range.upperBound <= shape[axis],
                     "slice: range \(range) out of bounds for axis \(axis) of \(shape)")
        let (outer, extent, inner) = split(at: axis)
        var values: [Float] = []
        values.reserveCapacity(outer * range.count * inner)
        for o in 0..<outer {
            values.append(contentsOf: scalars[((o * extent + range.lowerBound) * inner)..<((o * extent + range.upperBound) * inner)])
        }
        var newShape = shape
        newShape[axis] = range.count
        let source = shape
        return Tensor(shape: newShape, scalars: values, inputs: [self]) {
            [{ g in
                var before = source, after = source
                before[axis] = range.lowerBound
                after[axis] = source[axis] - range.upperBound
                return Tensor.concatenate([.zeros(before), g, .zeros(after)], axis: axis)
            }]
        }
    }

    /// Rows (index along axis 0) picked by `indices`, repeats allowed; the pullback scatter-adds g back.
    public func gatherRows(_ indices: [Int]) -> Tensor {
        precondition(rank >= 1, "gatherRows: needs rank ≥ 1")
        let width = count / Swift.max(shape[0], 1)
        var values: [Float] = []
        values.reserveCapacity(indices.count * width)
        for index in indices {
            precondition((0..<shape[0]).contains(index), "gatherRows: row \(index) out of 0..<\(shape[0])")
            values.append(contentsOf: scalars[(index * width)..<((index + 1) * width)])
        }
        let rowCount = shape[0]
        return Tensor(shape: [indices.count] + shape.dropFirst(), scalars: values, inputs: [self]) {
            [{ $0.scatterAddRows(indices, rowCount: rowCount) }]
        }
    }

    /// A tensor of `rowCount` rows where row indices[i] accumulates row i of self; the inverse of `gatherRows`.
    public func scatterAddRows(_ indices: [Int], rowCount: Int) -> Tensor {
        precondition(shape.first == indices.count, "scatterAddRows: \(indices.count) indices for \(shape.first ?? 0) rows")
        let width = count / Swift.max(indices.count, 1)
        var values = [Float](repeating: 0, count: rowCount * width)
        for (row, index) in indices.enumerated() {
            precondition((0..<rowCount).contains(index), "scatterAddRows: row \(index) out of 0..<\(rowCount)")
            for j in 0..<width { values[index * width + j] += scalars[row * width + j] }
        }
        return Tensor(shape: [rowCount] + shape.dropFirst(), scalars: values, inputs: [self]) {
            [{ $0.gatherRows(indices) }]
        }
    }
}
