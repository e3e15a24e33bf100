// Broadcasting arithmetic. Each op computes its value and records its pullbacks beside it.

extension Tensor {
    /// Elementwise a + b with broadcasting.
    public static func + (a: Tensor, b: Tensor) -> Tensor {
        let (shape, values) = broadcastMap(a, b, +)
        return Tensor(shape: shape, scalars: values, inputs: [a, b]) {
            [{ $0.reduced(toShape: a.shape) }, { $0.reduced(toShape: b.shape) }]
        }
    }

    /// Elementwise a − b with broadcasting.
    public static func - (a: Tensor, b: Tensor) -> Tensor {
        let (shape, values) = broadcastMap(a, b, -)
        return Tensor(shape: shape, scalars: values, inputs: [a, b]) {
            [{ $0.reduced(toShape: a.shape) }, { (-$0).reduced(toShape: b.shape) }]
        }
    }

    /// Elementwise a · b with broadcasting: ∂/∂a = g·b, ∂/∂b = g·a.
    public static func * (a: Tensor, b: Tensor) -> Tensor {
        let (shape, values) = broadcastMap(a, b, *)
        return Tensor(shape: shape, scalars: values, inputs: [a, b]) {
            [{ ($0 * b).reduced(toShape: a.shape) }, { ($0 * a).reduced(toShape: b.shape) }]
        }
    }

    /// Elementwise a / b with broadcasting: ∂/∂a = g/b, ∂/∂b = −g·a/b².
    public static func / (a: Tensor, b: Tensor) -> Tensor {
        let (shape, values) = broadcastMap(a, b, /)
        return Tensor(shape: shape, scalars: values, inputs: [a, b]) {
            [{ ($0 / b).reduced(toShape: a.shape) }, { (-$0 * a / (b * b)).reduced(toShape: b.shape) }]
        }
    }

    /// Elementwise −a.
    public static prefix func - (a: Tensor) -> Tensor {
        Tensor(shape: a.shape, scalars: a.scalars.map { -$0 }, inputs: [a]) { [{ -$0 }] }
    }

    /// a + s for every element.
    public static func + (a: Tensor, s: Float) -> Tensor { a + Tensor(s) }
    /// s + a for every element.
    public static func + (s: Float, a: Tensor) -> Tensor { Tensor(s) + a }
    /// a − s for every element.
    public static func - (a: Tensor, s: Float) -> Tensor { a - Tensor(s) }
    /// s − a for every element.
    public static func - (s: Float, a: Tensor) -> Tensor { Tensor(s) - a }
    /// a · s for every element.
    public static func * (a: Tensor, s: Float) -> Tensor { a * Tensor(s) }
    /// s · a for every element.
    public static func * (s: Float, a: Tensor) -> Tensor { Tensor(s) * a }
    /// a / s for every element.
    public static func / (a: Tensor, s: Float) -> Tensor { a / Tensor(s) }
    /// s / a for every element.
    public static func / (s: Float, a: Tensor) -> Tensor { Tensor(s) / a }
}
