/// Shape arithmetic for NumPy-style broadcasting, and the one place where broadcast gradients are summed back.
enum Broadcast {
    /// The shape that `a` and `b` broadcast to; traps with both shapes when they are incompatible.
    static func shape(_ a: [Int], _ b: [Int]) -> [Int] {
        let rank = max(a.count, b.count)
        let paddedA = [Int](repeating: 1, count: rank - a.count) + a
        let paddedB = [Int](repeating: 1, count: rank - b.count) + b
        return zip(paddedA, paddedB).map { x, y in
            precondition(x == y || x == 1 || y == 1, "broadcast: shapes \(a) and \(b) are incompatible")
            return max(x, y)
        }
    }

    /// Strides of `shape` laid over a rank-4 output (`0` along broadcast dimensions), and the padded output shape.
    static func strides(of shape: [Int], in output: [Int]) -> [Int] {
        let padded = [Int](repeating: 1, count: 4 - shape.count) + shape
        let paddedOutput = [Int](repeating: 1, count: 4 - output.count) + output
        var strides = [0, 0, 0, 0]
        var step = 1
        for axis in (0..<4).reversed() {
            strides[axis] = (padded[axis] == 1 && paddedOutput[axis] != 1) ? 0 : step
            step *= padded[axis]
        }
        return strides
    }
}

/// Applies `f` elementwise to `a` and `b` broadcast together, over raw buffers.
@inline(__always)
func broadcastMap(_ a: Tensor, _ b: Tensor, _ f: (Float, Float) -> Float) -> (shape: [Int], scalars: [Float]) {
    if a.shape == b.shape {
        let n = a.count
        let out = [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
            a.scalars.withUnsafeBufferPointer { pa in
                b.scalars.withUnsafeBufferPointer { pb in
                    for i in 0..<n { buffer[i] = f(pa[i], pb[i]) }
                }
            }
            initialized = n
        }
        return (a.shape, out)
    }
    let shape = Broadcast.shape(a.shape, b.shape)
    if b.count == 1 {
        let s = b.scalars[0]
        return (shape, a.scalars.map { f($0, s) })
    }
    if a.count == 1 {
        let s = a.scalars[0]
        return (shape, b.scalars.map { f(s, $0) })
    }
    let sa = Broadcast.strides(of: a.shape, in: shape)
    let sb = Broadcast.strides(of: b.shape, in: shape)
    let d = [Int](repeating: 1, count: 4 - shape.count) + shape
    let n = shape.reduce(1, *)
    let out = [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
        a.scalars.withUnsafeBufferPointer { pa in
            b.scalars.withUnsafeBufferPointer { pb in
                var o = 0
                for i0 in 0..<d[0] {
                    for i1 in 0..<d[1] {
                        for i2 in 0..<d[2] {
                            var ia = i0 * sa[0] + i1 * sa[1] + i2 * sa[2]
                            var ib = i0 * sb[0] + i1 * sb[1] + i2 * sb[2]
                            for _ in 0..<d[3] {
                                buffer[o] = f(pa[ia], pb[ib])
                                o += 1
                                ia += sa[3]
                                ib += sb[3]
                            }
                        }
                    }
                }
            }
        }
        initialized = n
    }
    return (shape, out)
}

extension Tensor {
    /// This tensor repeated along broadcast dimensions to `shape`; the pullback sums back (`reduced(toShape:)`).
    public func broadcast(to target: [Int]) -> Tensor {
        if target == shape { return self }
        precondition(Broadcast.shape(shape, target) == target, "broadcast: \(shape) does not broadcast to \(target)")
        let zeros = Tensor.zeros(target)
        let (_, values) = broadcastMap(self, zeros) { x, _ in x }
        let source = shape
        return Tensor(shape: target, scalars: values, inputs: [self]) {
            [{ $0.reduced(toShape: source) }]
        }
    }

    /// Sums a broadcast gradient back to `target`: over leading dimensions and those where `target` is 1.
    public func reduced(toShape target: [Int]) -> Tensor {
        if target == shape { return self }
        var result = self
        let extra = shape.count - target.count
        precondition(extra >= 0, "reduced(toShape:): \(target) has more dimensions than \(shape)")
        for axis in 0..<shape.count where axis < extra || (target[axis - extra] == 1 && shape[axis] != 1) {
            result = result.sum(axis: axis, keepingDimension: true)
        }
        return result.reshaped(to: target)
    }
}
