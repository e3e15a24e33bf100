extension Tensor {
    /// ‖x‖₁ = Σ|xᵢ| along `axis`.
    public func l1Norm(axis: Int, keepingDimension: Bool = false) -> Tensor {
        abs().sum(axis: axis, keepingDimension: keepingDimension)
    }

    /// ‖x‖₂ = √Σxᵢ² along `axis`; d/dx = x/‖x‖, taken as 0 where the norm is 0 (a subgradient),
    /// which is why it has its own rule rather than being √ of a sum (whose derivative is 0/0 there).
    public func l2Norm(axis: Int, keepingDimension: Bool = false) -> Tensor {
        let axis = normalized(axis: axis)
        let norms = withoutGradients { squared().sum(axis: axis, keepingDimension: true).sqrt() }
        let kept = norms.shape
        return Tensor(shape: reducedShape(axis: axis, keepingDimension: keepingDimension),
                      scalars: norms.scalars, inputs: [self]) {
            [{ g in
                let norm = self.squared().sum(axis: axis, keepingDimension: true).sqrt()
                let positive = norm .> 0
                let safe = Tensor.select(positive, norm, Tensor(1))
                return self * (g.reshaped(to: kept) * positive / safe)
            }]
        }
    }

    /// Euclidean distances between every row of `a` [n, d] and every row of `b` [m, d], as [n, m]:
    /// √max(‖aᵢ‖² + ‖bⱼ‖² − 2aᵢ·bⱼ, 0). Not differentiable where a distance is 0.
    public static func pairwiseDistances(_ a: Tensor, _ b: Tensor) -> Tensor {
        precondition(a.rank == 2 && b.rank == 2 && a.shape[1] == b.shape[1],
                     "pairwiseDistances: needs [n, d] and [m, d], got \(a.shape) and \(b.shape)")
        let squaredA = a.squared().sum(axis: 1, keepingDimension: true)
        let squaredB = b.squared().sum(axis: 1).reshaped(to: [1, b.shape[0]])
        let cross = matmul(a, b, transposeB: true)
        return (squaredA + squaredB - 2 * cross).clamped(min: 0).sqrt()
    }
}
