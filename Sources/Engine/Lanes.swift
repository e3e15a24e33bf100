import CLaneMath

/// Eight Floats at a time, for the engine's hot elementwise loops.
///
/// The compiler will not vectorize those loops itself: the buffers may alias as far as it knows, and index
/// arithmetic carries overflow checks. Lane arithmetic rounds exactly like the scalar code (each lane is one IEEE
/// operation), so a loop written with lanes gives the same bits as its scalar form; each one keeps a scalar tail.
public enum Lanes {
    /// Lanes per step.
    public static let width = 8

    /// The largest multiple of `width` not above `count`: where the lane loop stops and the scalar tail starts.
    @inlinable @inline(__always)
    public static func end(_ count: Int) -> Int { count - count % width }

    @inlinable @inline(__always)
    public static func load(_ buffer: UnsafeBufferPointer<Float>, _ i: Int) -> SIMD8<Float> {
        UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inlinable @inline(__always)
    public static func load(_ buffer: UnsafeMutableBufferPointer<Float>, _ i: Int) -> SIMD8<Float> {
        UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inlinable @inline(__always)
    public static func store(_ value: SIMD8<Float>, _ buffer: UnsafeMutableBufferPointer<Float>, _ i: Int) {
        UnsafeMutableRawPointer(buffer.baseAddress! + i).storeBytes(of: value, as: SIMD8<Float>.self)
    }

    /// destination[i] += source[i] for i < count, eight at a time (each sum one IEEE addition, as in the scalar loop).
    @inlinable @inline(__always)
    public static func add(_ source: UnsafePointer<Float>, into destination: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i &+ width <= count {
            let sum = UnsafeRawPointer(destination + i).loadUnaligned(as: SIMD8<Float>.self)
                + UnsafeRawPointer(source + i).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(destination + i).storeBytes(of: sum, as: SIMD8<Float>.self)
            i &+= width
        }
        while i < count {
            destination[i] += source[i]
            i &+= 1
        }
    }

    /// max(x, 0) per lane with `Swift.max`'s rule (0 where x ≤ 0, NaN kept), as the scalar ReLU computes it.
    @inlinable @inline(__always)
    public static func relu(_ x: SIMD8<Float>) -> SIMD8<Float> {
        x.replacing(with: 0, where: x .<= 0)
    }

    /// √x per lane (IEEE, as the scalar `squareRoot()` rounds). `SIMD8.squareRoot()` takes each lane through Linux's
    /// errno-checking scalar path; this is one vector instruction.
    @inlinable @inline(__always)
    public static func squareRoot(_ x: SIMD8<Float>) -> SIMD8<Float> { lane_sqrt8(x) }
}
