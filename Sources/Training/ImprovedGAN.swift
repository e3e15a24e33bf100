import Engine
import Random
import Theory

/// The techniques of "Improved GAN training" (Salimans et al. 2016; Arjovsky & Bottou 2017), each a switch on the
/// toy GAN. The default is the plain GAN: non-saturating generator cost, labels 1 and 0, no extras.
public struct GANTechniques: Sendable, Equatable {
    /// The generator minimizes ‖E f(x) − E f(G(z))‖² over D's last hidden layer f, instead of −E ln D(G(z)).
    public var featureMatching = false
    /// D sees o(x), minibatch discrimination's similarity of each sample to the rest of its batch.
    public var minibatchDiscrimination = false
    /// λ of the historical average: each player adds λ‖Θ − (1/t) Σ_{i≤t} Θ_i‖² to its loss.
    public var historicalAveraging: Float = 0
    /// The real label α of one-sided label smoothing (1: none); the fake label stays 0.
    public var realLabel: Float = 1
    /// Every hidden layer of the generator is virtually batch-normalized: against a reference batch of noise fixed at
    /// the start and run through the current generator at every step.
    public var virtualBatchNorm = false
    /// σ of Gaussian noise added to every input of D, real and generated (0: none).
    public var instanceNoise: Float = 0

    public init(featureMatching: Bool = false, minibatchDiscrimination: Bool = false, historicalAveraging: Float = 0,
                realLabel: Float = 1, virtualBatchNorm: Bool = false, instanceNoise: Float = 0) {
        self.featureMatching = featureMatching
        self.minibatchDiscrimination = minibatchDiscrimination
        self.historicalAveraging = historicalAveraging
        self.realLabel = realLabel
        self.virtualBatchNorm = virtualBatchNorm
        self.instanceNoise = instanceNoise
    }
}

/// The running mean (1/t) Σ_{i≤t} Θ_i of a player's parameters, and the historical-averaging penalty against it.
public final class HistoricalAverage {
    private let parameters: [Tensor]
    private var sums: [[Float]]
    private var count = 0

    /// Tracks `parameters`, starting with no history.
    public init(_ parameters: [Tensor]) {
        self.parameters = parameters
        sums = parameters.map { [Float](repeating: 0, count: $0.count) }
    }

    /// Adds the current values to the history (call after each update).
    public func record() {
        for (index, parameter) in parameters.enumerated() {
            parameter.scalars.withUnsafeBufferPointer { values in
                sums[index].withUnsafeMutableBufferPointer { sum in
                    guard let from = values.baseAddress, let to = sum.baseAddress else { return }  // an empty parameter
                    precondition(values.count == sum.count, "HistoricalAverage: a parameter changed size")
                    Lanes.add(from, into: to, count: values.count)
                }
            }
        }
        count += 1
    }

    /// ‖Θ − Θ̄‖² summed over every parameter, differentiable in Θ (0 before any history).
    public func penalty() -> Tensor {
        guard count > 0 else { return Tensor(0) }
        return parameters.enumerated().map { index, parameter in
            let mean = Tensor(shape: parameter.shape, scalars: sums[index].map { $0 / Float(count) })
            return (parameter - mean).squared().sum()
        }.reduce(Tensor(0), +)
    }
}

/// A GAN on 2-D toy data with the techniques as switches: generator 2 → w → w → w → 2, discriminator
/// 2 → w → w → w (features f) → [minibatch discrimination] → 1, ReLU, Adam (β = 0.5, 0.9), one D step per G step.
public final class ImprovedToyGAN: GANModel {
    public let data: ToyDataSet
    public let techniques: GANTechniques
    public let batch: Int
    private let generatorLayers: [Linear]
    private let body: [Linear]
    private let minibatch: MinibatchDiscrimination?
    private let head: Linear
    private let normalizations: [VirtualBatchNorm]
    private let referenceCodes: Tensor?
    private let generatorOptimizer: Adam
    private let discriminatorOptimizer: Adam
    private let generatorHistory: HistoricalAverage
    private let discriminatorHistory: HistoricalAverage
    private var random: SeededGenerator

    /// Builds both players; `learningRate` is Adam's step for both.
    public init(data: ToyDataSet, techniques: GANTechniques, width: Int, batch: Int, learningRate: Float,
                using random: SeededGenerator) {
        self.data = data
        self.techniques = techniques
        self.batch = batch
        var rng = random
        func layers(_ widths: [Int]) -> [Linear] {
            zip(widths, widths.dropFirst()).map { Linear(inputs: $0, outputs: $1, initializer: .pytorchDefault, using: &rng) }
        }
        generatorLayers = layers([2, width, width, width, 2])
        body = layers([2, width, width, width])
        let kernels = 8
        minibatch = techniques.minibatchDiscrimination
            ? MinibatchDiscrimination(features: width, kernels: kernels, dimensions: 4, using: &rng) : nil
        head = Linear(inputs: width + (techniques.minibatchDiscrimination ? kernels : 0), outputs: 1, initializer: .pytorchDefault,
                      using: &rng)
        // The reference batch: as large as a minibatch, so VBN doubles the generator's forward and backward passes.
        referenceCodes = techniques.virtualBatchNorm ? Tensor.normal([batch, 2], using: &rng) : nil
        self.random = rng
        normalizations = techniques.virtualBatchNorm ? (0..<3).map { _ in VirtualBatchNorm(features: width) } : []
        // The protocol's parameter lists, spelled out: `self` cannot be read before every property is set.
        let generatorParameters = generatorLayers.flatMap(\.parameters) + normalizations.flatMap(\.parameters)
        let discriminatorParameters = body.flatMap(\.parameters) + (minibatch?.parameters ?? []) + head.parameters
        generatorOptimizer = Adam(parameters: generatorParameters, learningRate: learningRate, beta1: 0.5, beta2: 0.9)
        discriminatorOptimizer = Adam(parameters: discriminatorParameters, learningRate: learningRate, beta1: 0.5, beta2: 0.9)
        generatorHistory = HistoricalAverage(generatorParameters)
        discriminatorHistory = HistoricalAverage(discriminatorParameters)
    }

    /// G(z) for a batch of noise z, shape [n, 2]. Under VBN the reference batch runs beside z through every hidden layer.
    public func generator(_ z: Tensor) -> Tensor {
        var h = z, reference = referenceCodes
        for (index, layer) in generatorLayers.dropLast().enumerated() {
            h = layer(h)
            if let codes = reference {
                (h, reference) = normalizations[index](h, reference: layer(codes))
                reference = reference?.relu()
            }
            h = h.relu()
        }
        return generatorLayers.last!(h)
    }

    /// Under VBN, the reference batch's activations entering each normalization (before it), through the current
    /// weights, with no graph; empty without VBN.
    public func referenceActivations() -> [Tensor] {
        guard var codes = referenceCodes else { return [] }
        return withoutGradients {
            generatorLayers.dropLast().enumerated().map { index, layer in
                let activations = layer(codes)
                codes = normalizations[index](activations, reference: activations).reference.relu()
                return activations
            }
        }
    }

    /// D's last hidden layer f(x), shape [n, width].
    public func features(_ x: Tensor) -> Tensor {
        body.reduce(x) { $1($0).relu() }
    }

    /// D's logit for each sample, seeing the whole batch when minibatch discrimination is on.
    public func logits(_ x: Tensor) -> Tensor {
        let f = features(x)
        return head(minibatch.map { $0(f) } ?? f)
    }

    /// Under minibatch discrimination, o(x) [n, kernels]: how alike each sample of `x` is to the rest of `x`, through D's
    /// features and its current T, with no graph; nil without it.
    public func minibatchSimilarity(_ x: Tensor) -> Tensor? {
        minibatch.map { layer in
            withoutGradients { layer(features(x)).slice(axis: 1, layer.tensor.shape[0]..<(layer.tensor.shape[0] + layer.kernels)) }
        }
    }

    /// z ∈ ℝ².
    public var latentDimension: Int { 2 }

    /// `count` codes z ∼ N(0, I₂) from the model's stream.
    public func latentCodes(_ count: Int) -> Tensor {
        Tensor.normal([count, 2], using: &random)
    }

    /// G(z) for the given noise z [n, 2], with no graph and no random draw (for pictures of training in progress).
    public func generate(from codes: Tensor) -> Tensor {
        withoutGradients { generator(codes) }
    }

    /// D's logit on points [n, 2] (seeing them as one batch under minibatch discrimination), with no graph or noise.
    public func criticValue(_ samples: Tensor) -> Tensor {
        withoutGradients { logits(samples) }
    }

    public var generatorParameters: [Tensor] { generatorLayers.flatMap(\.parameters) + normalizations.flatMap(\.parameters) }
    public var criticParameters: [Tensor] { body.flatMap(\.parameters) + (minibatch?.parameters ?? []) + head.parameters }

    /// One discriminator step and one generator step; returns the value D ascends, minus its loss (labels included).
    @discardableResult
    public func iterate() throws -> Double {
        let real = Tensor(points: data.sample(batch, using: &random))
        let fake = generate(batch)
        discriminatorOptimizer.zeroGradients()
        var loss = Loss.binaryCrossEntropy(logits: logits(noisy(real)), target: techniques.realLabel)
            + Loss.binaryCrossEntropy(logits: logits(noisy(fake)), target: 0)
        if techniques.historicalAveraging > 0 { loss = loss + techniques.historicalAveraging * discriminatorHistory.penalty() }
        loss.backward()
        discriminatorOptimizer.step()
        discriminatorHistory.record()

        generatorOptimizer.zeroGradients()
        let generated = generator(latentCodes(batch))
        var generatorLoss: Tensor
        if techniques.featureMatching {
            let target = withoutGradients { features(noisy(Tensor(points: data.sample(batch, using: &random)))).mean(axis: 0) }
            generatorLoss = (features(noisy(generated)).mean(axis: 0) - target).squared().sum()
        } else {
            generatorLoss = -logits(noisy(generated)).logSigmoid().mean()
        }
        if techniques.historicalAveraging > 0 { generatorLoss = generatorLoss + techniques.historicalAveraging * generatorHistory.penalty() }
        generatorLoss.backward()
        generatorOptimizer.step()
        generatorHistory.record()
        let value = -Double(loss.item)
        try requireFinite(value + Double(generatorLoss.item), "the improved GAN's losses")
        return value
    }

    /// x plus instance noise, when it is on.
    private func noisy(_ x: Tensor) -> Tensor {
        techniques.instanceNoise > 0 ? x + Tensor.normal(x.shape, standardDeviation: techniques.instanceNoise, using: &random) : x
    }
}
