import Machine

extension Tensor {
    /// The matrix product op(a)·op(b) of rank-2 tensors through OpenBLAS `cblas_sgemm`, where op transposes
    /// when the flag is set (the transpose is passed to BLAS, never materialized).
    ///
    /// With C = op(A)·op(B) and upstream G: ∂op(A) = G·op(B)ᵀ and ∂op(B) = op(A)ᵀ·G, each again a matmul with flags.
    public static func matmul(_ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false) -> Tensor {
        precondition(a.rank == 2 && b.rank == 2, "matmul: needs rank-2 operands, got \(a.shape) and \(b.shape)")
        let (m, k) = transposeA ? (a.shape[1], a.shape[0]) : (a.shape[0], a.shape[1])
        let (k2, n) = transposeB ? (b.shape[1], b.shape[0]) : (b.shape[0], b.shape[1])
        precondition(k == k2, "matmul: inner dimensions differ: \(a.shape)\(transposeA ? "ᵀ" : "") · \(b.shape)\(transposeB ? "ᵀ" : "")")
        let values = product(a, b, m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB)
        return Tensor(shape: [m, n], scalars: values, inputs: [a, b]) {
            [
                { g in
                    transposeA ? matmul(b, g, transposeA: transposeB, transposeB: true)
                               : matmul(g, b, transposeB: !transposeB)
                },
                { g in
                    transposeB ? matmul(g, a, transposeA: true, transposeB: transposeA)
                               : matmul(a, g, transposeA: !transposeA)
                },
            ]
        }
    }

    /// The values of op(a)·op(b), [m × n] row-major, computed by `cblas_sgemm`.
    static func product(_ a: Tensor, _ b: Tensor, m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool) -> [Float] {
        let shape = MatmulLog.Shape(m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB)
        guard m > 0 && n > 0 && k > 0 else {
            MatmulLog.record(shape, a: nil, b: nil, c: nil)
            return [Float](repeating: 0, count: m * n)
        }
        return [Float](unsafeUninitializedCapacity: m * n) { pc, initialized in
            a.scalars.withUnsafeBufferPointer { pa in
                b.scalars.withUnsafeBufferPointer { pb in
                    MatmulLog.record(shape, a: UnsafeRawPointer(pa.baseAddress), b: UnsafeRawPointer(pb.baseAddress),
                                              c: UnsafeRawPointer(pc.baseAddress))
                    shape.multiply(scale: 1, pa.baseAddress!, pb.baseAddress!, into: pc.baseAddress!)
                }
            }
            initialized = m * n
        }
    }

    /// The matrix product self · other.
    public func matmul(_ other: Tensor) -> Tensor {
        Tensor.matmul(self, other)
    }
}
