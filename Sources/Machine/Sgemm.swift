import CBLAS

extension MatmulLog.Shape {
    /// C = α·op(A)·op(B) through `cblas_sgemm` on OpenBLAS's threads as the current policy gives them; A, B and C
    /// row-major and dense (A is m×k, or k×m when transposed; B is k×n, or n×k), C uninitialized.
    ///
    /// C is zero-filled with memset and the product added to it (β = 1) rather than asking for β = 0: for β = 0,
    /// OpenBLAS 0.3.21's Haswell and Zen builds zero C themselves one 4-byte store at a time (generic `gemm_beta`).
    /// Its kernels add the product to C either way, so the values are the same. On an AMD EPYC Zen 3 (Zen kernels),
    /// alternating runs: lesson 6 quick 10% faster, lesson 11 6–8%; lessons 8 and 12 the same (lesson 12's large C is
    /// bound by memory either way).
    public func multiply(scale alpha: Float, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, into c: UnsafeMutablePointer<Float>) {
        BLASThreads.prepare(multiplyAdds: m * n * k)
        c.initialize(repeating: 0, count: m * n)
        cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(transposeA ? m : k), b, Int32(transposeB ? k : n),
                    1, c, Int32(n))
    }
}
