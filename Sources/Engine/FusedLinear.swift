extension Tensor {
    /// y = x·W + b, or relu(x·W + b) with `relu`, as one recorded op: sgemm writes x·W, then one pass adds the bias
    /// and applies the ReLU in place. Same values and gradients, bit for bit, as `(x.matmul(W) + b).relu()`,
    /// with one output buffer instead of three and one graph node instead of three.
    ///
    /// With upstream G and g = G ⊙ [y > 0]: ∂x = g·Wᵀ, ∂W = xᵀ·g, ∂b = Σ_rows g (each again a differentiable op).
    public static func affine(_ x: Tensor, weight: Tensor, bias: Tensor, relu: Bool) -> Tensor {
        precondition(x.rank == 2 && weight.rank == 2 && x.shape[1] == weight.shape[0] && bias.shape == [weight.shape[1]],
                     "affine: needs x [n, k], W [k, m] and b [m], got \(x.shape), \(weight.shape) and \(bias.shape)")
        let columns = weight.shape[1]
        var values = product(x, weight, m: x.shape[0], n: columns, k: x.shape[1], transposeA: false, transposeB: false)
        values.withUnsafeMutableBufferPointer { out in
            bias.scalars.withUnsafeBufferPointer { b in
                let lanes = Lanes.end(columns)
                for row in 0..<x.shape[0] {
                    // One row of the output, in lanes then the tail: exactly `max(xW + b, 0)` per element.
                    let line = UnsafeMutableBufferPointer(rebasing: out[(row * columns)..<((row + 1) * columns)])
                    for j in stride(from: 0, to: lanes, by: Lanes.width) {
                        let sum = Lanes.load(line, j) + Lanes.load(b, j)
                        Lanes.store(relu ? Lanes.relu(sum) : sum, line, j)
                    }
                    for j in lanes..<columns {
                        line[j] = relu ? Swift.max(line[j] + b[j], 0) : line[j] + b[j]
                    }
                }
            }
        }
        let shape = [x.shape[0], columns]
        return Tensor(shape: shape, scalars: values, inputs: [x, weight, bias]) {
            // The three pullbacks run in turn on one upstream; the masked upstream is computed once for all.
            let masked = MaskedUpstream(gate: relu ? values : nil, uses: [x, weight, bias].filter(\.requiresGrad).count)
            return [
                { g in matmul(masked.value(for: g), weight, transposeB: true) },
                { g in matmul(x, masked.value(for: g), transposeA: true) },
                { g in masked.value(for: g).sum(axis: 0) },
            ]
        }
    }
}

/// G where the output is positive, for one upstream G, shared by the pullbacks of one op; released after the last
/// of them, or with the graph when a pruned sweep (`gradients(of:wrt:)`) calls only some.
private final class MaskedUpstream {
    private let gate: [Float]?
    private let uses: Int
    private var upstream: Tensor?
    private var masked: Tensor?
    private var served = 0

    init(gate: [Float]?, uses: Int) {
        self.gate = gate
        self.uses = uses
    }

    func value(for g: Tensor) -> Tensor {
        guard let gate else { return g }
        let result: Tensor
        if upstream === g, let masked {
            result = masked
        } else {
            result = g.keeping(wherePositive: gate)
            upstream = g
            masked = result
            served = 0
        }
        served += 1
        if served == uses { upstream = nil; masked = nil }  // do not keep a batch-sized buffer alive with the graph
        return result
    }
}
