import Foundation

/// Lets another thread stop a renderer: after `close()`, no render starts and no gnuplot process is started, and
/// `waitUntilIdle` returns once the renders in flight have cleaned up after themselves. Thread-safe.
public final class RenderGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var closed = false
    private var active = 0

    /// Whether `close()` has been called.
    public var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }

    /// Runs `body` as one render; throws `PlotError.interrupted` instead when the gate is closed.
    func pass<T>(_ body: () throws -> T) throws -> T {
        condition.lock()
        guard !closed else {
            condition.unlock()
            throw PlotError.interrupted
        }
        active += 1
        condition.unlock()
        defer {
            condition.lock()
            active -= 1
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }

    /// Throws `PlotError.interrupted` when the gate is closed (checked before starting a process).
    func check() throws {
        if isClosed { throw PlotError.interrupted }
    }

    /// Refuses every later render.
    public func close() {
        condition.lock()
        closed = true
        condition.unlock()
    }

    /// Waits until no render is in flight, or `seconds` have passed; true when idle.
    @discardableResult
    public func waitUntilIdle(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock()
        defer { condition.unlock() }
        while active > 0 {
            if !condition.wait(until: deadline) { return active == 0 }
        }
        return true
    }
}
