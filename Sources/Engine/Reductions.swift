/// Sums, means and maxima over all elements or along one axis.
extension Tensor {
    /// Splits the shape around `axis` into (elements before, extent, elements after).
    func split(at axis: Int) -> (outer: Int, extent: Int, inner: Int) {
        (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
    }

    /// A valid non-negative axis from a possibly negative one (−1 is the last).
    func normalized(axis: Int) -> Int {
        let resolved = axis < 0 ? axis + rank : axis
        precondition((0..<rank).contains(resolved), "axis \(axis) out of range for shape \(shape)")
        return resolved
    }

    /// The shape after reducing `axis`, kept as 1 or removed.
    func reducedShape(axis: Int, keepingDimension: Bool) -> [Int] {
        var result = shape
        if keepingDimension { result[axis] = 1 } else { result.remove(at: axis) }
        return result
    }

    /// Σ of all elements, accumulated in Double (rank 0); the pullback broadcasts g back.
    public func sum() -> Tensor {
        let total = scalars.withUnsafeBufferPointer { $0.reduce(0.0) { $0 + Double($1) } }
        let source = shape
        return Tensor(shape: [], scalars: [Float(total)], inputs: [self]) {
            [{ $0.broadcast(to: source) }]
        }
    }

    /// Σ along `axis`; the pullback broadcasts g back along it.
    public func sum(axis: Int, keepingDimension: Bool = false) -> Tensor {
        let axis = normalized(axis: axis)
        let (outer, extent, inner) = split(at: axis)
        var values = [Float](repeating: 0, count: outer * inner)
        scalars.withUnsafeBufferPointer { source in
            values.withUnsafeMutableBufferPointer { out in
                let lanes = Lanes.end(inner)
                for o in 0..<outer {
                    // Rows are added in order, in lanes then the tail: the same bits as the scalar sum.
                    let total = UnsafeMutableBufferPointer(rebasing: out[(o * inner)..<((o + 1) * inner)])
                    for k in 0..<extent {
                        let start = (o * extent + k) * inner
                        let row = UnsafeBufferPointer(rebasing: source[start..<(start + inner)])
                        for i in stride(from: 0, to: lanes, by: Lanes.width) {
                            Lanes.store(Lanes.load(total, i) + Lanes.load(row, i), total, i)
                        }
                        for i in lanes..<inner { total[i] += row[i] }
                    }
                }
            }
        }
        let source = shape
        let kept = reducedShape(axis: axis, keepingDimension: true)
        return Tensor(shape: reducedShape(axis: axis, keepingDimension: keepingDimension), scalars: values,
                      inputs: [self]) {
            [{ $0.reshaped(to: kept).broadcast(to: source) }]
        }
    }

    /// The mean of all elements, Σx / n.
    public func mean() -> Tensor {
        sum() / Float(count)
    }

    /// The mean along `axis`, Σx / extent.
    public func mean(axis: Int, keepingDimension: Bool = false) -> Tensor {
        sum(axis: axis, keepingDimension: keepingDimension) / Float(shape[normalized(axis: axis)])
    }

    /// The largest element; the gradient goes to its first occurrence.
    public func max() -> Tensor {
        precondition(count > 0, "max: empty tensor")
        let index = scalars.indices.max { scalars[$0] < scalars[$1] || (scalars[$0] == scalars[$1] && $0 > $1) }!
        let source = shape
        let n = count
        return Tensor(shape: [], scalars: [scalars[index]], inputs: [self]) {
            [{ g in
                var onehot = [Float](repeating: 0, count: n)
                onehot[index] = 1
                return Tensor(shape: source, scalars: onehot) * g
            }]
        }
    }

    /// The largest element along `axis`; the gradient goes to the first maximum of each slice.
    public func max(axis: Int, keepingDimension: Bool = false) -> Tensor {
        let axis = normalized(axis: axis)
        let (outer, extent, inner) = split(at: axis)
        precondition(extent > 0, "max(axis:): empty axis")
        var values = [Float](repeating: -.infinity, count: outer * inner)
        var winners = [Float](repeating: 0, count: count)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = 0
                for k in 0..<extent where scalars[(o * extent + k) * inner + i] > scalars[(o * extent + best) * inner + i] {
                    best = k
                }
                values[o * inner + i] = scalars[(o * extent + best) * inner + i]
                winners[(o * extent + best) * inner + i] = 1
            }
        }
        let source = shape
        let kept = reducedShape(axis: axis, keepingDimension: true)
        return Tensor(shape: reducedShape(axis: axis, keepingDimension: keepingDimension), scalars: values,
                      inputs: [self]) {
            [{ g in Tensor(shape: source, scalars: winners) * g.reshaped(to: kept) }]
        }
    }
}
