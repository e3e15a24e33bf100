import Foundation
import Theory

/// A lab session: one run, or two side by side in lockstep from one seed, with play/pause, speed and the frames
/// the page draws. Not thread-safe: one worker at a time drives it (see `LabScheduler`).
public final class LabSession {
    /// The runs, one or two.
    public private(set) var runs: [LabRun]
    /// Whether it trains continuously.
    public private(set) var playing = false
    /// The most generator iterations a second (0: no limit).
    public private(set) var speed = 0
    /// The seed every run is built from.
    public let seed: UInt64
    private var data: LabData
    private var iterationsThisSecond = 0
    private var secondStart = 0.0
    /// A frame is owed: the state changed since the last one.
    public private(set) var changed = true
    /// A message for the page about the last failure (divergence), cleared when read.
    public private(set) var failure: String?

    /// One run with `settings` built from `seed`.
    public init(settings: LabSettings = LabSettings(), seed: UInt64) throws {
        try settings.validate()
        self.seed = seed
        data = LabData(identifier: settings.data) ?? .toy(.eightGaussians)
        runs = [LabRun(settings: settings, data: data, seed: seed)]
    }

    /// Applies one command; throws `LabError.invalid` for a request out of range.
    public func apply(_ command: LabCommand) throws {
        switch command {
        case .play: playing = true
        case .pause: playing = false
        case .step:
            playing = false
            try iterate(now: ProcessInfo.processInfo.systemUptime)
        case .reset:
            runs = runs.map { LabRun(settings: $0.settings, data: data, seed: seed) }
        case .settings(let settings, let run):
            guard runs.indices.contains(run) else { throw LabError.invalid("run must be 0 or \(runs.count - 1), got \(run)") }
            try settings.validate()
            try use(settings.data)
            try runs[run].apply(settings, data: data)
        case .compare(let settings):
            if let settings {
                try settings.validate()
                runs = [runs[0], LabRun(settings: settings, data: data, seed: seed)]
                if runs[0].iteration > 0 { runs[0] = LabRun(settings: runs[0].settings, data: data, seed: seed) }  // lockstep
            } else {
                runs = [runs[0]]
            }
        case .speed(let value):
            guard (0...100_000).contains(value) else { throw LabError.invalid("speed must lie in 0…100000 iterations/s, got \(value)") }
            speed = value
        case .draw(let points):
            guard (1...LabData.maximumDrawnPoints).contains(points.count) else {
                throw LabError.invalid("a drawing needs 1…\(LabData.maximumDrawnPoints) points, got \(points.count)")
            }
            guard points.allSatisfy({ $0.x.isFinite && $0.y.isFinite && abs($0.x) <= 10 && abs($0.y) <= 10 }) else {
                throw LabError.invalid("drawn points must be finite and within ±10")
            }
            data = .drawn(points)
            for run in runs { run.use(data) }
        case .preset(let lesson):
            guard let (first, second) = LabPreset.settings(lesson: lesson) else {
                throw LabError.invalid("lessons \(LabPreset.lessons.map(String.init).joined(separator: ", ")) have presets, not \(lesson)")
            }
            data = LabData(identifier: first.data) ?? data
            runs = [LabRun(settings: first, data: data, seed: seed)] + (second.map { [LabRun(settings: $0, data: data, seed: seed)] } ?? [])
            playing = false
        case .frameDrawn: return
        }
        changed = true
    }

    private func use(_ identifier: String) throws {
        if identifier == "drawn" {
            guard case .drawn = data else { throw LabError.invalid("draw some points first") }
            return
        }
        guard let named = LabData(identifier: identifier) else { throw LabError.invalid("unknown data set") }
        if named != data {
            data = named
            for run in runs { run.use(named) }
        }
    }

    /// Whether the speed limit allows another iteration now.
    public func mayIterate(now: Double) -> Bool {
        guard playing else { return false }
        guard speed > 0 else { return true }
        if now - secondStart >= 1 { secondStart = now; iterationsThisSecond = 0 }
        return iterationsThisSecond < speed
    }

    /// One generator iteration of every run, in lockstep. A run that diverges pauses the session, and says so.
    public func iterate(now: Double) throws {
        do {
            for run in runs { try run.iterate(now: now) }
        } catch {
            playing = false
            failure = "training stopped: \(error); reset, or lower the learning rates"
            runs = runs.map { LabRun(settings: $0.settings, data: data, seed: seed) }
        }
        iterationsThisSecond += 1
        changed = true
    }

    /// The failure message, once.
    public func takeFailure() -> String? {
        defer { failure = nil }
        return failure
    }

    /// Every run's frame at this moment; clears `changed`.
    public func frames(now: Double) -> [LabFrame] {
        changed = false
        return runs.map { $0.frame(now: now) }
    }

    /// The settings of every run and the session's controls, as a small JSON object for the page.
    public func stateJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let settings = runs.map(\.settings).compactMap { try? encoder.encode($0) }.compactMap { String(data: $0, encoding: .utf8) }
        return #"{"type":"state","playing":\#(playing),"speed":\#(speed),"seed":\#(seed),"data":"\#(data.identifier)","runs":[\#(settings.joined(separator: ","))]}"#
    }
}
