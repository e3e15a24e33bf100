import ArgumentParser
import Machine
import Foundation
import Random
import Theory
import Training

/// `lessons bench`: a WGAN training step timed on the engine, beside bare sgemm and an optional PyTorch peer.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time one WGAN generator iteration (5 critic steps + 1 generator step) of a lesson's model.",
        discussion: """
            Workloads: toy (lesson 11's MLPs on 8 Gaussians, batch 256; DIM = hidden width) in two modes, clipping \
            (RMSProp, weights clipped, Algorithm 1) and penalty (Adam, gradient penalty: double backprop); and dcgan \
            (lesson 12's convolutional WGAN-GP on 16×16 sprites, batch 64; DIM = channels at 8×8). Reports the median time per iteration over chunks after a warm-up, the GFLOP/s of its matrix \
            products, the GFLOP/s bare cblas_sgemm reaches on the same products (replayed after each chunk in training order, on one buffer per operand the training used), \
            engine/sgemm (the median over chunks of replay time / iteration time), and peak resident memory. With \
            --peer, runs scripts/bench-peer-pytorch.py on the same workload and prints ours/PyTorch.
            """)

    @Option(help: "The model to time: toy (lesson 11) or dcgan (lesson 12).")
    var workload: BenchWorkload = .toy

    @Option(parsing: .upToNextOption, help: "Widths DIM, e.g. --widths 64 128 512 (default: 64 128 512 for toy, 32 64 for dcgan).")
    var widths: [Int] = []

    @Option(parsing: .upToNextOption, help: "Modes of the toy workload to time: clipping, penalty or both.")
    var modes: [BenchMode] = [.clipping, .penalty]

    @Option(help: "Untimed generator iterations first.")
    var warmup = 5

    @Option(help: "Timed chunks; the median chunk is reported.")
    var chunks = 5

    @Option(help: "Generator iterations per chunk.")
    var iterations = 20

    @Option(help: "Rounds, alternating ours and the peer; each configuration reports its median round.")
    var rounds = 3

    @Option(help: "Threads for OpenBLAS (and for the PyTorch peer).")
    var threads = 2

    @Option(help: "Products with fewer multiply-adds (m·n·k) than this run on one thread (default: the lessons' threshold, 2²⁴).")
    var singleThreadBelow = BLASThreads.Policy.singleThreadBelow

    @Option(parsing: .upToNextOption, help: "Engine optimizations to switch off, to measure them: fused, frozen.")
    var without: [EngineOptimization] = []

    @Flag(help: "Run every product on exactly --threads threads, even while other processes keep cores busy.")
    var fixedThreads = false

    @Option(help: "Busy processes to run beside the benchmark (each spins on one core until the bench ends), to measure a shared machine.")
    var busy = 0

    @Option(help: "A Python interpreter with torch installed, to run the PyTorch peer side by side.")
    var peer: String?

    @Option(help: "The report as a table (text) or as json.")
    var format: BenchFormat = .text

    /// The widths to time: the user's, or the workload's defaults.
    var chosenWidths: [Int] { widths.isEmpty ? workload.defaultWidths : widths }

    /// The workload's modes: the chosen toy modes, or dcgan's one.
    var chosenModes: [String] { workload == .toy ? modes.map(\.rawValue) : [BenchWorkload.dcgan.rawValue] }

    func validate() throws {
        guard widths.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--widths needs positive integers, got \(widths.map(String.init).joined(separator: " "))")
        }
        guard !modes.isEmpty else { throw ValidationError("--modes needs clipping, penalty or both") }
        guard warmup >= 0, chunks > 0, iterations > 0, threads > 0, rounds > 0, singleThreadBelow >= 0, busy >= 0 else {
            throw ValidationError("--warmup, --busy and --single-thread-below must be ≥ 0; --chunks, --iterations, --rounds and --threads positive")
        }
        try BenchLimits.check(workload: workload, widths: chosenWidths, warmup: warmup, chunks: chunks, iterations: iterations,
                              rounds: rounds, threads: threads, busy: busy)
    }

    func run() throws {
        BLASThreads.set(threads)
        let load = try BusyLoad(processes: busy)
        defer { load.stop() }
        // Rounds alternate ours and the peer, so both see the same machine (shared hosts drift by 2× within minutes).
        var ours: [[BenchResult]] = [], theirs: [PeerReport] = []
        for round in 1...rounds {
            var results: [BenchResult] = []
            try measuringTraining {
                try BLASThreads.withPolicy(.init(threads: threads, threshold: singleThreadBelow, adaptive: !fixedThreads)) {
                for mode in chosenModes {
                    for width in chosenWidths {
                        let result = try measure(mode, width: width)
                        Console.note(String(format: "round %d · ours %@ DIM %d: %.2f ms", round, result.mode, width, result.milliseconds))
                        results.append(result)
                    }
                }
            }}
            ours.append(results)
            if let peer {
                theirs.append(PeerRunner.run(python: peer, workload: workload.rawValue, widths: chosenWidths, modes: chosenModes, threads: threads,
                                             warmup: warmup, chunks: chunks, iterations: iterations))
            }
        }
        let results = ours[0].indices.map { index in ours.map { $0[index] }.sorted { $0.milliseconds < $1.milliseconds }[ours.count / 2] }
        let peerReport = peer == nil ? nil : PeerReport.median(of: theirs)
        let kernels = BLASKernels.selection
        let report = BenchReport(workload: workload.description, threads: threads, adaptiveThreads: !fixedThreads, cpu: "\(CPU.model) · \(ProcessInfo.processInfo.activeProcessorCount) cores",
                                 blas: BLASCore.configuration, kernels: "\(kernels.core) · chosen by \(kernels.chosenBy)", busy: busy,
                                 peakResidentMegabytes: ResidentMemory.peakKilobytes() / 1024,
                                 results: results, peer: peerReport)
        Console.out(format == .json ? report.json() : report.table())
    }

    /// Runs the measurements; an error from the training (a diverged loss) ends the command with status 4.
    private func measuringTraining<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch {
            throw RunnerExit(status: ExitStatus.lessonFailed, message: "the benchmark's training could not finish: \(error)")
        }
    }

    /// Replays of one iteration's products after each timed chunk.
    static let replaysPerChunk = 5

    /// Times one configuration; the FLOPs come from one logged iteration after the warm-up, the sgemm reference from replaying it
    /// after every chunk. engine/sgemm is the median over chunks of (replay time / iteration time).
    private func measure(_ mode: String, width: Int) throws -> BenchResult {
        let gan: any GANModel
        if let toyMode = BenchMode(rawValue: mode) {
            var path = ExecutionPath.optimized
            path.fusedLayers = !without.contains(.fused)
            path.frozenCritic = !without.contains(.frozen)
            gan = ToyGAN(objective: toyMode.objective, data: .eightGaussians, width: width, path: path, using: SeededGenerator(seed: 1))
        } else {
            var data = SeededGenerator(seed: 1)
            gan = ConvolutionalWGAN(images: ProceduralSprites.sprites(1024, using: &data).map(\.centredValues), width: width,
                                    using: SeededGenerator(seed: 1))
        }
        func iterate() throws { try gan.iterate() }
        // The products are recorded after the warm-up, so the replay sees the steady state's operand addresses: the
        // first iteration's come from a heap still growing (at dcgan DIM 64 the bench then peaked at 153 MB, not 93).
        for _ in 0..<warmup { try iterate() }
        let log = MatmulLog()
        try log.recording { try iterate() }
        // Each timed chunk is followed at once by a replay of its products through bare sgemm, so the two share the
        // machine's state of the moment (on a shared host, bare sgemm alone varied 80–190 GFLOP/s from run to run).
        var chunkSeconds: [Double] = [], replaySeconds: [Double] = []
        var residentAfterFirstChunk = 0.0
        for chunk in 0..<chunks {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<iterations { try iterate() }
            chunkSeconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(iterations))
            replaySeconds.append(log.replaySeconds(repeats: Self.replaysPerChunk))
            if chunk == 0 { residentAfterFirstChunk = ResidentMemory.currentKilobytes() }  // the replay's buffers included
        }
        let growth = ResidentMemory.currentKilobytes() - residentAfterFirstChunk
        let seconds = SampleStatistics.median(chunkSeconds)
        let flops = log.floatingPointOperations
        return BenchResult(mode: mode, width: width, milliseconds: seconds * 1000,
                           gflops: flops / seconds / 1e9, sgemmGflops: flops / SampleStatistics.median(replaySeconds) / 1e9,
                           engineOverSgemm: SampleStatistics.median(zip(replaySeconds, chunkSeconds).map(/)),
                           residentGrowthKilobytes: growth)
    }
}

/// The model a bench times.
enum BenchWorkload: String, CaseIterable, ExpressibleByArgument, CustomStringConvertible {
    /// Lesson 11's MLP generator and critic on 8 Gaussians.
    case toy
    /// Lesson 12's convolutional generator and critic on 16×16 sprites.
    case dcgan

    var defaultWidths: [Int] { self == .toy ? [64, 128, 512] : [32, 64] }

    /// What one iteration is, for the report's caption.
    var description: String {
        switch self {
        case .toy: "One generator iteration of the toy WGAN (5 critic steps + 1 generator step, batch 256, 8 Gaussians; DIM = hidden width)"
        case .dcgan: "One generator iteration of lesson 12's convolutional WGAN-GP (5 critic steps + 1 generator step, batch 64, 16×16 RGB; DIM = channels at 8×8)"
        }
    }
}

/// The toy workload's two modes.
enum BenchMode: String, CaseIterable, ExpressibleByArgument {
    /// WGAN, Algorithm 1: RMSProp and weight clipping.
    case clipping
    /// WGAN-GP: Adam and the gradient penalty (double backprop).
    case penalty

    /// The training objective the mode times.
    var objective: GANObjective { self == .clipping ? .wganClipping : .wganPenalty }
}

/// Engine optimizations `--without` can switch off.
enum EngineOptimization: String, CaseIterable, ExpressibleByArgument {
    /// Layers as fused affine + ReLU ops.
    case fused
    /// The critic frozen during the generator's step.
    case frozen
}
