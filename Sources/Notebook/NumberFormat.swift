import Foundation

/// Number formatting for prose, tables and renderers: the one place a number becomes text.
public enum NumberFormat {
    /// Up to 7 significant digits, no trailing zeros; ∞ and NaN spelled out.
    public static func short(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "∞" : "−∞" }
        if Swift.abs(value) < 1e-12 { return "0" }  // rounding noise around an exact zero
        if value == value.rounded() && Swift.abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.7g", value)
        if text.contains(".") && !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// A positive number as mantissa·10ⁿ with a superscript exponent: 5e-5 → "5·10⁻⁵", 1e-4 → "10⁻⁴".
    public static func scientific(_ value: Double) -> String {
        precondition(value > 0 && value.isFinite, "scientific: needs a positive finite number, got \(value)")
        let exponent = Int(Foundation.floor(Foundation.log10(value) + 1e-9))  // Float(1e-4) is 0.99999997e-4
        let mantissa = value / Foundation.pow(10, Double(exponent))
        let superscripts: [Character: Character] = ["-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵",
                                                     "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"]
        let power = "10" + String(String(exponent).map { superscripts[$0]! })
        return Swift.abs(mantissa - 1) < 1e-6 ? power : short((mantissa * 1e6).rounded() / 1e6) + "·" + power
    }

    /// Fixed-point with `digits` decimals, never "-0.000": fixed(0.12345, digits: 3) → "0.123".
    public static func fixed(_ value: Double, digits: Int = 4) -> String {
        let text = String(format: "%.\(digits)f", value)
        return Double(text) == 0 ? String(text.drop { $0 == "-" }) : text
    }

    /// A fraction as a whole percentage: 0.873 → "87%".
    public static func percent(_ fraction: Double) -> String {
        String(format: "%.0f%%", 100 * fraction)
    }

    /// A factor rounded to a whole number: 41.6 → "42×".
    public static func times(_ factor: Double) -> String {
        String(format: "%.0f×", factor)
    }

    /// `digits` significant digits, switching to an exponent for very large or small values (C's %g).
    public static func significant(_ value: Double, digits: Int = 3) -> String {
        String(format: "%.\(digits)g", value)
    }

    /// C's exponent form with `digits` decimals, for error sizes: 3.2e-07.
    public static func exponent(_ value: Double, digits: Int = 1) -> String {
        String(format: "%.\(digits)e", value)
    }
}
