/// Comparisons (constant 0/1 masks), clamping and elementwise selection.
extension Tensor {
    /// A constant 0/1 mask where `predicate(a, b)` holds, with broadcasting; not differentiable.
    static func compare(_ a: Tensor, _ b: Tensor, _ predicate: (Float, Float) -> Bool) -> Tensor {
        let (shape, values) = broadcastMap(a, b) { predicate($0, $1) ? 1 : 0 }
        return Tensor(shape: shape, scalars: values)
    }

    /// 1 where a > b, else 0.
    public static func .> (a: Tensor, b: Tensor) -> Tensor { compare(a, b, >) }
    /// 1 where a < b, else 0.
    public static func .< (a: Tensor, b: Tensor) -> Tensor { compare(a, b, <) }
    /// 1 where a ≥ b, else 0.
    public static func .>= (a: Tensor, b: Tensor) -> Tensor { compare(a, b, >=) }
    /// 1 where a ≤ b, else 0.
    public static func .<= (a: Tensor, b: Tensor) -> Tensor { compare(a, b, <=) }
    /// 1 where a > s, else 0.
    public static func .> (a: Tensor, s: Float) -> Tensor { compare(a, Tensor(s), >) }
    /// 1 where a < s, else 0.
    public static func .< (a: Tensor, s: Float) -> Tensor { compare(a, Tensor(s), <) }

    /// Each element limited to [low, high]; the gradient passes where the element lies inside.
    public func clamped(min low: Float = -.infinity, max high: Float = .infinity) -> Tensor {
        precondition(low <= high, "clamped: min \(low) exceeds max \(high)")
        return unary(mapScalars { Swift.min(Swift.max($0, low), high) }) { g in
            g * self.mask { $0 >= low && $0 <= high }
        }
    }

    /// Elementwise `condition ? a : b`, where condition is a 0/1 mask; all three broadcast together.
    /// The gradient goes to a where the condition holds and to b elsewhere.
    public static func select(_ condition: Tensor, _ a: Tensor, _ b: Tensor) -> Tensor {
        let shape = Broadcast.shape(condition.shape, Broadcast.shape(a.shape, b.shape))
        let c = condition.broadcast(to: shape).scalars
        let x = a.broadcast(to: shape), y = b.broadcast(to: shape)
        var values = y.scalars
        for i in values.indices where c[i] != 0 { values[i] = x.scalars[i] }
        let chosen = Tensor(shape: shape, scalars: c.map { $0 != 0 ? 1 : 0 })
        return Tensor(shape: shape, scalars: values, inputs: [x, y]) {
            [{ g in g * chosen }, { g in g * (1 - chosen) }]
        }
    }

    /// g where `signs` > 0, else 0 (`signs` has g's shape and is read, never differentiated): the ReLU's
    /// pullback in one pass and without a mask buffer. Linear in g, so its own pullback is the same gate.
    func keeping(wherePositive signs: [Float]) -> Tensor {
        precondition(signs.count == count, "keeping(wherePositive:): \(signs.count) signs for \(count) elements")
        let n = count, lanes = Lanes.end(n)
        let values = [Float](unsafeUninitializedCapacity: n) { out, initialized in
            scalars.withUnsafeBufferPointer { g in
                signs.withUnsafeBufferPointer { s in
                    for i in stride(from: 0, to: lanes, by: Lanes.width) {
                        let gi = Lanes.load(g, i)
                        Lanes.store(gi.replacing(with: 0, where: .!(Lanes.load(s, i) .> 0)), out, i)
                    }
                    for i in lanes..<n { out[i] = s[i] > 0 ? g[i] : 0 }
                }
            }
            initialized = n
        }
        return unary(values) { upstream in upstream.keeping(wherePositive: signs) }
    }
}
