import Foundation
import Testing
@testable import Lab
import Theory
import Engine
import Synchronization

@Suite struct LabSessionTests {
    @Test func wganPenaltyLowersTheExactW1() throws {
        var settings = LabSettings()
        settings.width = 32
        let session = try LabSession(settings: settings, seed: 3)
        let before = try #require(session.frames(now: 0).first).wasserstein
        for step in 0..<300 { try session.iterate(now: Double(step)) }
        let after = try #require(session.frames(now: 1_000).first).wasserstein
        #expect(after < 0.5 * before, "W1 \(before) → \(after)")
    }

    @Test func framesHoldEveryArrayAtItsSize() throws {
        let session = try LabSession(seed: 1)
        try session.apply(.compare(LabPreset.settings(lesson: 6)?.0))
        let frames = session.frames(now: 0)
        #expect(frames.count == 2)
        for frame in frames {
            #expect(frame.real.count == 2 * LabRun.shownPoints && frame.generated.count == frame.real.count && frame.push.count == frame.real.count)
            #expect(frame.heat.count == frame.heatSize * frame.heatSize && frame.manifold.count == 2 * frame.manifoldSize * frame.manifoldSize)
            #expect(frame.push.allSatisfy(\.isFinite) && frame.heat.allSatisfy(\.isFinite))
        }
        let bytes = LabFrame.encode(frames)
        let perRun = 13 + 3 * 2 * LabRun.shownPoints + LabRun.heatSize * LabRun.heatSize + 2 * LabRun.manifoldSize * LabRun.manifoldSize
        #expect(bytes.count == 4 * (2 + 2 * perRun))
        #expect(Array(bytes.prefix(4)) == [0x31, 0x42, 0x41, 0x4C])
    }

    @Test func adjustableSettingsApplyToTheRunningModel() throws {
        let session = try LabSession(seed: 1)
        try session.iterate(now: 0)
        var faster = session.runs[0].settings
        faster.generatorLearningRate = 0.01
        faster.criticSteps = 2
        faster.penaltyWeight = 1
        try session.apply(.settings(faster, run: 0))
        #expect(session.runs[0].iteration == 1, "adjusting keeps the training")
        #expect(session.runs[0].settings == faster)
        var other = faster
        other.loss = .minimax
        try session.apply(.settings(other, run: 0))
        #expect(session.runs[0].iteration == 0, "a new game is a new model")
    }

    @Test func theGeneratorPushPointsUphillOnTheCritic() throws {
        let model = LabGAN(settings: LabSettings(), data: .toy(.eightGaussians), using: .init(seed: 2))
        for _ in 0..<20 { try model.iterate() }
        let points = model.generate(from: model.latentCodes(64))
        let push = model.generatorPush(at: points)
        // A small step along the push raises the critic's value (the WGAN generator ascends f).
        let moved = Tensor(shape: points.shape, scalars: zip(points.scalars, push.scalars).map { $0 + 1e-3 * $1 / max(1e-12, abs($1)) })
        let gain = zip(model.criticValue(moved).scalars, model.criticValue(points).scalars).map { $0 - $1 }.reduce(0, +)
        #expect(gain > 0)
    }

    @Test(arguments: [
        #"{"type":"speed"}"#, #"{"type":"nope"}"#, "not json", #"{"type":"settings","settings":{"loss":"x"}}"#,
        #"{"type":"draw","points":[[1,2,3]]}"#, "[]", #"{"type":1}"#, String(repeating: "[", count: 100_000),
    ])
    func malformedMessagesAreRefusedWithAReason(_ text: String) {
        #expect(throws: LabError.self) { try LabRequest.parse(text) }
    }

    @Test func outOfRangeValuesAreRefusedBySettingsAndSession() throws {
        var settings = LabSettings()
        settings.width = 10_000
        #expect(throws: LabError.self) { try settings.validate() }
        let session = try LabSession(seed: 1)
        #expect(throws: LabError.self) { try session.apply(.speed(-1)) }
        #expect(throws: LabError.self) { try session.apply(.draw([Point(.nan, 0)])) }
        #expect(throws: LabError.self) { try session.apply(.preset(3)) }
        #expect(throws: LabError.self) { try session.apply(.settings(LabSettings(), run: 5)) }
    }

    @Test func theSchedulerSendsFramesAndStopsWhenClosed() throws {
        let scheduler = LabScheduler(workers: 2)
        let received = Mutex(0)
        let handle = try scheduler.open(session: LabSession(seed: 1)) { output in
            if case .frames = output { received.withLock { $0 += 1 } }
        }
        handle.submit(.play)
        let deadline = Date().addingTimeInterval(20)
        while received.withLock({ $0 }) < 1, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        // Frames stop at the in-flight limit until the page says it drew them.
        for _ in 0..<5 { handle.submit(.frameDrawn); Thread.sleep(forTimeInterval: 0.1) }
        #expect(received.withLock { $0 } >= 3)
        handle.close()
        while scheduler.sessionCount > 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(scheduler.sessionCount == 0)
        #expect(scheduler.shutdown(timeout: 5))
    }
}
