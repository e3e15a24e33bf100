import Engine
import Foundation
import Machine
import Synchronization

/// One page's connection to its lab session: commands in, frames and messages out. Safe to use from any thread.
public final class LabHandle: Sendable {
    /// Frames (binary) and messages (JSON text) for the page.
    public enum Output: Sendable {
        /// Encoded frames of every run.
        case frames([UInt8])
        /// A JSON message: state, error, note.
        case message(String)
    }

    struct State {
        var inbox: [LabCommand] = []
        var queued = false
        var closed = false
        var framesInFlight = 0
        var lastFrame = -Double.infinity
    }

    let state = Mutex(State())
    let send: @Sendable (Output) -> Void
    /// The session; only the worker that took this handle from the scheduler's queue touches it.
    nonisolated(unsafe) let session: LabSession
    let scheduler: LabScheduler

    init(session: LabSession, scheduler: LabScheduler, send: @escaping @Sendable (Output) -> Void) {
        self.session = session
        self.scheduler = scheduler
        self.send = send
    }

    /// Frames sent and not yet drawn, beyond which no frame is sent (a slow page slows no training).
    public static let framesInFlightLimit = 2
    /// Commands waiting beyond which new ones are refused (a flood cannot grow memory).
    public static let inboxLimit = 64

    /// Queues `command` for the session, applied before its next iteration; false when the inbox is full or closed.
    @discardableResult
    public func submit(_ command: LabCommand) -> Bool {
        let accepted = state.withLock { state -> Bool in
            guard !state.closed, state.inbox.count < Self.inboxLimit else { return false }
            if command == .frameDrawn { state.framesInFlight = max(0, state.framesInFlight - 1) }
            state.inbox.append(command)
            return true
        }
        if accepted { scheduler.wake(self) }
        return accepted
    }

    /// Stops the session for good (its page went away); the worker drops it at its next turn.
    public func close() {
        state.withLock { $0.closed = true }
        scheduler.wake(self)
    }

    /// Whether the handle was closed.
    public var isClosed: Bool { state.withLock(\.closed) }
}

/// Runs lab sessions on a fixed number of worker threads (the server-wide cap on trainings at once), taking turns
/// of `slice` seconds, so that every page keeps getting frames however many are open.
public final class LabScheduler: Sendable {
    struct State {
        var ready: [LabHandle] = []
        var running = true
        var workersAlive = 0
        var sessions = 0
    }

    private let state = Mutex(State())
    private let condition = NSCondition()
    /// Worker threads: at most this many trainings run at one moment.
    public let workers: Int
    /// The longest a session trains before the next one's turn.
    public let slice: Double
    /// Seconds between two frames of one session (at most 30 a second).
    public let frameInterval: Double
    /// The most sessions at once (pages beyond it are refused).
    public let sessionLimit: Int

    /// Starts `workers` threads.
    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, slice: Double = 0.02, frameInterval: Double = 1.0 / 30,
                sessionLimit: Int = 64) {
        precondition(workers > 0 && slice > 0 && frameInterval > 0 && sessionLimit > 0, "LabScheduler: needs positive limits")
        self.workers = workers
        self.slice = slice
        self.frameInterval = frameInterval
        self.sessionLimit = sessionLimit
        state.withLock { $0.workersAlive = workers }
        // The workers are the parallelism: each product runs on its caller's thread. (OpenBLAS's own threads, woken
        // for the lab's small products from two workers at once on a loaded machine, made an iteration take seconds.)
        BLASThreads.set(1)
        for index in 0..<workers {
            let thread = Thread { [self] in work() }
            thread.name = "lab-worker-\(index)"
            thread.start()
        }
    }

    /// A new session for a page, or `LabError.busy` when the server holds as many as it allows.
    public func open(session: LabSession, send: @escaping @Sendable (LabHandle.Output) -> Void) throws -> LabHandle {
        let admitted = state.withLock { state -> Bool in
            guard state.running, state.sessions < sessionLimit else { return false }
            state.sessions += 1
            return true
        }
        guard admitted else { throw LabError.busy("the lab holds \(sessionLimit) sessions already; close a tab and reload") }
        let handle = LabHandle(session: session, scheduler: self, send: send)
        wake(handle)
        return handle
    }

    /// Sessions open now.
    public var sessionCount: Int { state.withLock(\.sessions) }

    /// Queues `handle` for a turn unless it is queued or being worked on; a closed handle is queued once more, to be
    /// counted off.
    func wake(_ handle: LabHandle) {
        let enqueue = handle.state.withLock { handle -> Bool in
            guard !handle.queued else { return false }
            handle.queued = true
            return true
        }
        guard enqueue else { return }
        condition.lock()
        state.withLock { $0.ready.append(handle) }
        condition.signal()
        condition.unlock()
    }

    /// Stops every training and waits (up to `timeout` seconds) for the workers to finish their turn.
    @discardableResult
    public func shutdown(timeout: Double = 5) -> Bool {
        condition.lock()
        state.withLock { $0.running = false }
        condition.broadcast()
        condition.unlock()
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while state.withLock({ $0.workersAlive }) > 0 {
            if !condition.wait(until: deadline) { return false }
        }
        return true
    }

    private func next() -> LabHandle? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            let (handle, running) = state.withLock { state in
                (state.running && !state.ready.isEmpty ? state.ready.removeFirst() : nil, state.running)
            }
            if !running { return nil }
            if let handle { return handle }
            condition.wait()
        }
    }

    private func work() {
        while let handle = next() {
            let again = handle.isClosed ? false : turn(handle)
            let (closed, requeue) = handle.state.withLock { state -> (Bool, Bool) in
                // A closed handle stays marked queued, so that it is never queued again and counted off once.
                if state.closed { return (true, false) }
                if again || !state.inbox.isEmpty { return (false, true) }
                state.queued = false
                return (false, false)
            }
            if closed {
                state.withLock { $0.sessions -= 1 }
            } else if requeue {
                condition.lock()
                state.withLock { $0.ready.append(handle) }
                condition.signal()
                condition.unlock()
            }
        }
        condition.lock()
        state.withLock { $0.workersAlive -= 1 }
        condition.broadcast()
        condition.unlock()
    }

    /// One turn of `handle`'s session: its commands, then iterations and frames until the slice ends. Returns whether
    /// it wants another turn at once (it is playing, or a frame is owed and may be sent).
    private func turn(_ handle: LabHandle) -> Bool {
        let session = handle.session
        let clock = ProcessInfo.processInfo
        let start = clock.systemUptime
        repeat {
            let commands = handle.state.withLock { state -> [LabCommand] in
                defer { state.inbox.removeAll(keepingCapacity: true) }
                return state.inbox
            }
            for command in commands {
                do {
                    try session.apply(command)
                    if command != .frameDrawn { handle.send(.message(session.stateJSON())) }
                } catch let error as LabError {
                    handle.send(.message(LabMessage.error(error.message)))
                } catch {
                    handle.send(.message(LabMessage.error("\(error)")))
                }
            }
            if handle.isClosed { return false }
            let now = clock.systemUptime
            if session.mayIterate(now: now) {
                try? session.iterate(now: now)
                if let failure = session.takeFailure() { handle.send(.message(LabMessage.error(failure))) }
            } else if session.playing {
                Thread.sleep(forTimeInterval: 0.002)  // the speed limit: wait a little within the turn
            }
            let after = clock.systemUptime
            if session.changed {
                let playing = session.playing, interval = frameInterval
                let mayFrame = handle.state.withLock { state -> Bool in
                    guard state.framesInFlight < LabHandle.framesInFlightLimit, !playing || after - state.lastFrame >= interval else { return false }
                    state.framesInFlight += 1
                    state.lastFrame = after
                    return true
                }
                if mayFrame { handle.send(.frames(LabFrame.encode(session.frames(now: after)))) }
            }
            if !session.playing { break }
        } while clock.systemUptime - start < slice
        return session.playing
    }
}
