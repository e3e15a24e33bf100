import Foundation

// Unary elementwise ops. Where a derivative is the op's own output (exp, sigmoid, tanh, sqrt), the
// pullback reuses the stored values when no graph is being built, and recomputes them as a
// differentiable expression of the input when one is (second-order gradients).

extension Tensor {
    /// Applies `f` to every element over the raw buffer.
    @inline(__always)
    func mapScalars(_ f: (Float) -> Float) -> [Float] {
        let n = count
        return [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
            scalars.withUnsafeBufferPointer { source in
                for i in 0..<n { buffer[i] = f(source[i]) }
            }
            initialized = n
        }
    }

    /// A unary op's result with a single pullback.
    @inline(__always)
    func unary(_ values: [Float], _ pullback: @escaping Pullback) -> Tensor {
        Tensor(shape: shape, scalars: values, inputs: [self]) { [pullback] }
    }

    /// The output of an op inside its pullback: constant when no graph is built, else recomputed differentiably.
    func reused(_ values: [Float], orRecomputed recompute: () -> Tensor) -> Tensor {
        GradientMode.isRecording ? recompute() : Tensor(shape: shape, scalars: values)
    }

    /// A constant 0/1 mask of the elements where `predicate` holds.
    func mask(_ predicate: (Float) -> Bool) -> Tensor {
        Tensor(shape: shape, scalars: mapScalars { predicate($0) ? 1 : 0 })
    }

    /// eˣ elementwise; d/dx = eˣ.
    public func exp() -> Tensor {
        let values = mapScalars(Foundation.exp)
        return unary(values) { g in g * self.reused(values) { self.exp() } }
    }

    /// ln x elementwise; d/dx = 1/x.
    public func log() -> Tensor {
        unary(mapScalars(Foundation.log)) { g in g / self }
    }

    /// √x elementwise; d/dx = 1/(2√x).
    public func sqrt() -> Tensor {
        let values = mapScalars { $0.squareRoot() }
        return unary(values) { g in g / (2 * self.reused(values) { self.sqrt() }) }
    }

    /// xᵖ elementwise for a constant exponent; d/dx = p·xᵖ⁻¹.
    public func pow(_ exponent: Float) -> Tensor {
        unary(mapScalars { Foundation.pow($0, exponent) }) { g in g * exponent * self.pow(exponent - 1) }
    }

    /// x² elementwise (x·x, exact).
    public func squared() -> Tensor {
        self * self
    }

    /// |x| elementwise; d/dx = sign x (0 at 0).
    public func abs() -> Tensor {
        unary(mapScalars { Swift.abs($0) }) { g in g * self.mask { $0 > 0 } - g * self.mask { $0 < 0 } }
    }

    /// max(x, 0) elementwise; d/dx = 1 where x > 0.
    public func relu() -> Tensor {
        unary(mapScalars { Swift.max($0, 0) }) { g in g.keeping(wherePositive: self.scalars) }
    }

    /// x where x > 0, slope·x elsewhere.
    public func leakyRelu(slope: Float = 0.2) -> Tensor {
        let derivative = Tensor(shape: shape, scalars: mapScalars { $0 > 0 ? 1 : slope })
        return unary(mapScalars { $0 > 0 ? $0 : slope * $0 }) { g in g * derivative }
    }

    /// σ(x) = 1/(1 + e⁻ˣ), evaluated without overflow; d/dx = σ(x)(1 − σ(x)).
    public func sigmoid() -> Tensor {
        let values = mapScalars(Tensor.stableSigmoid)
        return unary(values) { g in
            let s = self.reused(values) { self.sigmoid() }
            return g * s * (1 - s)
        }
    }

    /// tanh x elementwise (`Lanes.tanh`, within 2 ulp); d/dx = 1 − tanh² x.
    public func tanh() -> Tensor {
        let n = count
        let values = [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
            scalars.withUnsafeBufferPointer { Lanes.map($0, into: buffer, Lanes.tanh) }
            initialized = n
        }
        return unary(values) { g in
            let t = self.reused(values) { self.tanh() }
            return g * (1 - t * t)
        }
    }

    /// softplus(x) = ln(1 + eˣ), computed as max(x, 0) + ln(1 + e^−|x|) so that large |x| neither
    /// overflows nor loses the result (its own rule for that reason); d/dx = σ(x).
    public func softplus() -> Tensor {
        unary(mapScalars { Swift.max($0, 0) + Foundation.log1p(Foundation.exp(-Swift.abs($0))) }) { g in
            g * self.sigmoid()
        }
    }

    /// ln σ(x) = −softplus(−x), finite for every finite x.
    public func logSigmoid() -> Tensor {
        -(-self).softplus()
    }

    /// σ(x) for a scalar, without overflow for large |x|.
    static func stableSigmoid(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
        let e = Foundation.exp(x)
        return e / (1 + e)
    }
}
