import Engine
import Foundation
import Notebook
import Plot
import Theory

/// Small helpers the lessons share.
enum LessonMath {
    /// The values of f over the points.
    static func sample(_ points: [Double], _ f: (Double) -> Double) -> [Double] {
        points.map(f)
    }

    /// A Float tensor of Double values.
    static func tensor(_ values: [Double]) -> Tensor {
        Tensor(values.map(Float.init))
    }

    /// Formats a number for prose and tables.
    static func format(_ value: Double, digits: Int = 4) -> String {
        let text = String(format: "%.\(digits)f", value)
        return Double(text) == 0 ? String(text.drop { $0 == "-" }) : text  // no "-0.0000"
    }
}
