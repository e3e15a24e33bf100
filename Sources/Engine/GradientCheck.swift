/// The worst disagreement between autodiff and central differences over all inputs.
public struct GradientCheckResult: Sendable {
    /// max |analytic − numeric| over every element.
    public let maxAbsoluteError: Float
    /// max |analytic − numeric| / max(1, |numeric|) over every element.
    public let maxScaledError: Float
    /// max |numeric| over every element: a check is only as telling as the gradient is far from zero.
    public let largestGradient: Float
}

/// Compares the autodiff gradient of the scalar `f` with central differences (f(x+h) − f(x−h)) / 2h
/// at each element of each input.
///
/// In Float32, rounding contributes about ulp(f)/h and truncation about h²·f‴/6, so h near 1e-2…1e-3
/// balances the two; compare `maxScaledError` against a few times 1e-3.
public func checkGradients(of f: ([Tensor]) -> Tensor, at inputs: [Tensor], step h: Float = 1e-2) -> GradientCheckResult {
    let variables = inputs.map { $0.asVariable() }
    let analytic = gradients(of: f(variables), wrt: variables)
    var maxAbsolute: Float = 0, maxScaled: Float = 0, largest: Float = 0
    withoutGradients {
        for (k, variable) in variables.enumerated() {
            for i in 0..<variable.count {
                let original = variable.scalars[i]
                variable.scalars[i] = original + h
                let plus = Double(f(variables).item)
                variable.scalars[i] = original - h
                let minus = Double(f(variables).item)
                variable.scalars[i] = original
                let numeric = Float((plus - minus) / (2 * Double(h)))
                let error = Swift.abs(analytic[k].scalars[i] - numeric)
                maxAbsolute = Swift.max(maxAbsolute, error)
                maxScaled = Swift.max(maxScaled, error / Swift.max(1, Swift.abs(numeric)))
                largest = Swift.max(largest, Swift.abs(numeric))
            }
        }
    }
    return GradientCheckResult(maxAbsoluteError: maxAbsolute, maxScaledError: maxScaled, largestGradient: largest)
}
