import Engine
import Foundation
import Random
import Theory
import Training

/// One training in the lab: a model, the fixed codes and real points it is shown at, and its measurements.
public final class LabRun {
    /// The model, behind the GAN protocol plus the lab's knobs.
    public private(set) var model: LabGAN
    /// Generator iterations so far.
    public private(set) var iteration = 0
    private let seed: UInt64
    private let codes: Tensor
    private let manifoldCodes: Tensor
    private var shownReal: [Point]
    private var referenceReal: [Point]
    private var random: SeededGenerator
    private var wasserstein = Float.nan
    private var lastWasserstein: Double = -.infinity
    private var recentIterations: [Double] = []

    /// Points shown, and points the exact W1 is measured on (an O(n³) assignment: kept small).
    public static let shownPoints = 256
    /// Points on each side of the exact W1.
    public static let wassersteinPoints = 128
    /// The heat map's side.
    public static let heatSize = 40
    /// The manifold grid's side.
    public static let manifoldSize = 16
    /// Seconds between two W1 measurements.
    public static let wassersteinInterval = 0.3

    /// Builds the model from `seed` (two runs with one seed and one width start from the same networks).
    public init(settings: LabSettings, data: LabData, seed: UInt64) {
        self.seed = seed
        model = LabGAN(settings: settings, data: data, using: SeededGenerator(seed: seed, stream: "lab-model"))
        var display = SeededGenerator(seed: seed, stream: "lab-display")
        codes = Tensor.normal([Self.shownPoints, 2], using: &display)
        let side = Self.manifoldSize
        manifoldCodes = Tensor(shape: [side * side, 2], scalars: (0..<side * side).flatMap { index -> [Float] in
            let step = 4 / Float(side - 1)
            return [-2 + step * Float(index % side), -2 + step * Float(index / side)]
        })
        random = display.split()
        shownReal = data.sample(Self.shownPoints, using: &random)
        referenceReal = Array(shownReal.prefix(Self.wassersteinPoints))
    }

    /// The settings in force.
    public var settings: LabSettings { model.settings }

    /// Applies `settings`: adjusts the running model, or rebuilds it from the seed when the change is structural.
    public func apply(_ settings: LabSettings, data: LabData) throws {
        try settings.validate()
        if model.settings.needsRebuild(for: settings) {
            model = LabGAN(settings: settings, data: data, using: SeededGenerator(seed: seed, stream: "lab-model"))
            iteration = 0
            wasserstein = .nan
            lastWasserstein = -.infinity
        } else {
            try model.adjust(to: settings)
        }
        if model.data != data { use(data) }
    }

    /// Switches the real data of the running model and the points shown.
    public func use(_ data: LabData) {
        model.data = data
        shownReal = data.sample(Self.shownPoints, using: &random)
        referenceReal = Array(shownReal.prefix(Self.wassersteinPoints))
        lastWasserstein = -.infinity
    }

    /// One generator iteration.
    public func iterate(now: Double) throws {
        try model.iterate()
        iteration += 1
        recentIterations.append(now)
        if let first = recentIterations.first, now - first > 1 { recentIterations.removeFirst(recentIterations.count / 2) }
    }

    /// The frame at this moment; the exact W1 is measured again when `wassersteinInterval` has passed.
    public func frame(now: Double) -> LabFrame {
        let generatedTensor = model.generate(from: codes)
        let generated = generatedTensor.scalars
        let radius = model.data.viewRadius
        if now - lastWasserstein >= Self.wassersteinInterval {
            let fake = Array(generatedTensor.points.prefix(Self.wassersteinPoints))
            let distance = Wasserstein.exact(fake, referenceReal)
            wasserstein = distance.isFinite ? Float(distance) : .nan
            lastWasserstein = now
        }
        let (modes, modeRadius) = model.data.modes
        var covered = 0
        if !modes.isEmpty, generated.allSatisfy(\.isFinite) {
            covered = ModeCoverage(points: generatedTensor.points, modes: modes, radius: modeRadius).covered
        }
        let side = Self.heatSize
        let grid = Tensor(shape: [side * side, 2], scalars: (0..<side * side).flatMap { index -> [Float] in
            let step = 2 * radius / Double(side - 1)
            return [Float(-radius + step * Double(index % side)), Float(-radius + step * Double(index / side))]
        })
        let probability = !model.settings.loss.isWasserstein
        let values = model.criticValue(grid)
        let heat = probability ? withoutGradients { values.sigmoid() }.scalars : values.scalars
        let seconds = (recentIterations.last ?? now) - (recentIterations.first ?? now)
        let rate = recentIterations.count > 1 && seconds > 0 ? Float(Double(recentIterations.count - 1) / seconds) : 0
        return LabFrame(
            iteration: iteration, real: shownReal.flatMap { [Float($0.x), Float($0.y)] }, generated: generated,
            push: model.generatorPush(at: generatedTensor).scalars, heat: heat, heatSize: side,
            manifold: model.generate(from: manifoldCodes).scalars, manifoldSize: Self.manifoldSize, viewRadius: Float(radius),
            heatIsProbability: probability, generatorLoss: Float(model.generatorLoss), criticObjective: Float(model.criticObjective),
            wasserstein: wasserstein, modesCovered: covered, modesTotal: modes.count, iterationsPerSecond: rate)
    }
}
