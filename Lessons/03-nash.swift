import Engine
import Foundation
import Notebook
import Plot

/// Lesson 3: simultaneous gradient steps on a two-player game spiral away from the equilibrium.
struct NashEquilibriumLesson: Lesson {
    let number = 3
    let slug = "nash"
    let title = "Hard to achieve Nash equilibrium"
    let sections = ["Problems in GANs", "Hard to achieve Nash equilibrium"]
    let summary = "Simultaneous gradient descent on f = xy spirals outward; alternating updates orbit, extragradient converges"
    let estimatedSeconds = (full: 2.0, quick: 1.0)

    /// How the two players update.
    enum UpdateRule: String, CaseIterable, Hashable {
        case simultaneous = "simultaneous", alternating = "alternating", extragradient = "extragradient"
    }

    func run(_ notebook: Notebook) throws {
        notebook.prose("""
            # Two players, two losses

            Training a GAN means finding a Nash equilibrium: a point where neither player can lower its own \
            loss alone. Gradient descent looks for minima of one function, and the two players' steps can \
            undo each other. The smallest example (Salimans et al. 2016): player 1 holds x and minimizes \
            f₁(x) = xy; player 2 holds y and minimizes f₂(y) = −xy. The equilibrium is x = y = 0. Both take a \
            gradient step at once, with the gradients computed by the engine's autodiff:

                x ← x − η ∂f₁/∂x = x − ηy,    y ← y − η ∂f₂/∂y = y + ηx

            Starting from (1, 1) with η = 0.1:
            """)
        let eta = 0.1
        let simultaneous = try trajectory(.simultaneous, steps: 100, eta: eta)
        let norms = simultaneous.map { ($0.x * $0.x + $0.y * $0.y).squareRoot() }
        let final = simultaneous[100]
        notebook.value("x after 100 steps", final.x)
        notebook.value("y after 100 steps", final.y)
        notebook.value("‖(x, y)‖ after 100 steps", norms[100])
        notebook.claim("After 100 steps x = −0.560340", measured: final.x, expected: -0.560340, tolerance: .absolute(1e-5))
        notebook.claim("… and y = −2.257354", measured: final.y, expected: -2.257354, tolerance: .absolute(1e-5))
        notebook.prose("""
            Why it spirals: one step multiplies (x, y) by the matrix [[1, −η], [η, 1]], which is √(1 + η²) times a \
            rotation by atan η. Every step turns the point by 5.7° and pushes it out by √1.01 ≈ 1.0049876, so \
            ‖(x_t, y_t)‖ = √2 · 1.01^{t/2} exactly: the players circle the equilibrium and drift away from it.
            """)
        let ratios = zip(norms.dropFirst(), norms).map { $0 / $1 }
        let worstRatio = ratios.map { Swift.abs($0 - (1 + eta * eta).squareRoot()) }.max()!
        notebook.claim("Each step multiplies the norm by √(1 + η²) = 1.0049876", worstRatio < 1e-6,
                       evidence: "largest deviation over 100 steps \(NumberFormat.exponent(worstRatio))")
        notebook.claim("‖(x₁₀₀, y₁₀₀)‖ = √2 · 1.01⁵⁰ = 2.3258606", measured: norms[100],
                       expected: 2.0.squareRoot() * Foundation.pow(1.01, 50), tolerance: .absolute(1e-5))
        let steps = Array(0...100).map(Double.init)
        try notebook.figure(Figure(name: "simultaneous-updates", panels: [
            Panel(title: "Simultaneous gradient steps on f₁ = xy, f₂ = −xy (η = 0.1)", xLabel: "step", yLabel: "value",
                  legend: .topLeft, series: [
                      .line(x: steps, y: simultaneous.map(\.x), title: "x"),
                      .line(x: steps, y: simultaneous.map(\.y), title: "y"),
                      .line(x: steps, y: simultaneous.map { $0.x * $0.y }, title: "xy", style: Style(dash: 2)),
                  ]),
        ], size: (860, 480)), caption: "Post figure 3: x, y and xy oscillate with growing amplitude")

        notebook.prose("""
            # Update rules that do not diverge

            - Alternating updates let player 2 see player 1's new x: y ← y + η·x_new. The step matrix then has \
            determinant 1, so the iterates stay on a closed orbit: bounded, but never converging.
            - Extragradient (Korpelevich 1976) first takes a trial step, then updates from the gradient at the \
            trial point. Its step matrix is (1 − η²)·I − η·J with modulus √(1 − η² + η⁴) ≈ 0.99504 < 1, so it \
            spirals in to the equilibrium.
            """)
        let long = notebook.pick(full: 1000, quick: 600)
        var spirals: [UpdateRule: [(x: Double, y: Double)]] = [:]
        for rule in UpdateRule.allCases { spirals[rule] = try trajectory(rule, steps: long, eta: eta) }
        let radii = spirals.mapValues { path in path.map { ($0.x * $0.x + $0.y * $0.y).squareRoot() } }
        let start = radii[.simultaneous]![0]
        notebook.table("‖(x, y)‖ over \(long) steps from (1, 1)", columns: ["rule", "largest", "final"], rows: UpdateRule.allCases.map {
            [$0.rawValue, NumberFormat.fixed(radii[$0]!.max()!), NumberFormat.fixed(radii[$0]!.last!)]
        })
        notebook.claim("Alternating updates stay bounded (largest norm below 1.2·‖(1,1)‖)", measured: radii[.alternating]!.max()! / start, atMost: 1.2)
        let extragradient = radii[.extragradient]!
        let contraction = Foundation.pow(extragradient.last! / start, 1 / Double(long))
        notebook.claim("Extragradient contracts by √(1 − η² + η⁴) = 0.99504 per step", measured: contraction,
                       expected: (1 - eta * eta + Foundation.pow(eta, 4)).squareRoot(), tolerance: .absolute(1e-6))
        notebook.claim("… and after \(long) steps is within 10% of the start's distance from the equilibrium",
                       measured: extragradient.last! / start, atMost: 0.1)

        let ticks = stride(from: -3.0, through: 3.0, by: 0.5).map { $0 }
        let field = ticks.flatMap { y in ticks.map { x in (x, y) } }
        try notebook.figure(Figure(name: "trajectories", panels: [
            Panel(title: "The game's vector field (−y, x) and three update rules\n(arrows show each rule's direction of travel)", xLabel: "x", yLabel: "y",
                  xRange: -3.2...3.2, yRange: -3.2...3.2, equalAspect: true, legend: .outside, series: [
                      .init(.vectors(x: field.map(\.0), y: field.map(\.1), dx: field.map { -0.12 * $0.1 }, dy: field.map { 0.12 * $0.0 }),
                            title: "field (−y, x)", style: Style(color: .rgb("#bbbbbb"), lineWidth: 1)),
                  ] + UpdateRule.allCases.enumerated().flatMap { index, rule -> [Series] in
                      let path = Array(spirals[rule]!.prefix(rule == .simultaneous ? 160 : long))  // it leaves the frame soon
                      let style = Style(color: .palette(index), lineWidth: 2.5)
                      return [.line(x: path.map(\.x), y: path.map(\.y), title: rule.rawValue, style: style),
                              Self.directionArrows(along: path, count: 5, style: style)
                                  .unlisted(because: "arrows on the \(rule.rawValue) path: its direction")]
                  } + [.scatter(x: [1], y: [1], title: "start (1, 1)", style: Style(color: .rgb("#000000"), pointSize: 2))]),
        ], size: (1300, 900)), caption: "Simultaneous steps spiral out, alternating steps orbit, extragradient spirals in")
    }

    /// Arrowheads at `count` evenly spaced steps of a path (skipping its start), each pointing along the path.
    static func directionArrows(along path: [(x: Double, y: Double)], count: Int, style: Style) -> Series {
        let picks = (1...count).map { $0 * (path.count - 1) / (count + 1) }.filter { $0 + 1 < path.count }
        let steps = picks.map { (dx: path[$0 + 1].x - path[$0].x, dy: path[$0 + 1].y - path[$0].y) }
        let scale = steps.map { 0.18 / Swift.max(($0.dx * $0.dx + $0.dy * $0.dy).squareRoot(), 1e-12) }
        return Series(.vectors(x: picks.map { path[$0].x }, y: picks.map { path[$0].y },
                               dx: zip(steps, scale).map { $0.dx * $1 }, dy: zip(steps, scale).map { $0.dy * $1 }), style: style)
    }

    /// The iterates (x, y) of `steps` updates of the rule from (1, 1); gradients by the engine's autodiff.
    func trajectory(_ rule: UpdateRule, steps: Int, eta: Double) throws -> [(x: Double, y: Double)] {
        // ∂f₁/∂x of f₁(x, y) = xy and ∂f₂/∂y of f₂(x, y) = −xy, each through autodiff.
        func gradX(_ x: Double, _ y: Double) -> Double {
            let tx = Tensor(Float(x), requiresGrad: true)
            return Double(gradients(of: tx * Tensor(Float(y)), wrt: [tx])[0].item)
        }
        func gradY(_ x: Double, _ y: Double) -> Double {
            let ty = Tensor(Float(y), requiresGrad: true)
            return Double(gradients(of: -(Tensor(Float(x)) * ty), wrt: [ty])[0].item)
        }
        var (x, y) = (1.0, 1.0)
        var path = [(x: x, y: y)]
        for _ in 0..<steps {
            switch rule {
            case .simultaneous:
                (x, y) = (x - eta * gradX(x, y), y - eta * gradY(x, y))
            case .alternating:
                x -= eta * gradX(x, y)
                y -= eta * gradY(x, y)
            case .extragradient:
                let (trialX, trialY) = (x - eta * gradX(x, y), y - eta * gradY(x, y))
                (x, y) = (x - eta * gradX(trialX, trialY), y - eta * gradY(trialX, trialY))
            }
            try requireFinite(x + y, "the \(rule.rawValue) updates")
            path.append((x, y))
        }
        return path
    }
}
