import Engine
import Foundation
import Notebook
import Plot
import Theory

/// Small helpers the lessons share.
enum LessonMath {
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

/// Measuring a discriminator on fresh samples.
enum DiscriminatorScore {
    /// The game's value L = E ln D(x) + E ln(1 − D(G(z))) from D's logits, and D's accuracy at threshold ½.
    static func evaluate(realLogits: Tensor, fakeLogits: Tensor) -> (loss: Double, accuracy: Double) {
        let loss = -Double(Loss.discriminator(realLogits: realLogits, fakeLogits: fakeLogits).item)
        let correct = realLogits.scalars.filter { $0 > 0 }.count + fakeLogits.scalars.filter { $0 <= 0 }.count
        return (loss, Double(correct) / Double(realLogits.count + fakeLogits.count))
    }
}
