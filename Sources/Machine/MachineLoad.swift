import Foundation

/// How many cores other processes keep busy, measured from Linux's CPU counters (/proc/stat for the machine,
/// /proc/self/stat for this process) over the last interval of at least `interval` seconds.
///
/// Why the engine cares: OpenBLAS splits a product between its threads and waits for the slowest. On a 2-core
/// machine with one other busy process, the second thread keeps losing its core for a scheduler slice, and every
/// product waits for it: a lesson ran 3× slower on two threads than on one (issue 13's measurements). Giving that
/// core up removes the wait. Cheap: a clock read per call, a counter read per interval.
public final class MachineLoad: @unchecked Sendable {
    private let interval: Double
    private let lock = NSLock()
    private var last: (time: Double, machine: Double, own: Double)?
    private var elsewhere = 0.0

    /// A monitor sampling at most every `interval` seconds (a quarter of a second by default).
    public init(interval: Double = 0.25) {
        self.interval = interval
    }

    /// Whole cores other processes used over the last interval (rounded to nearest); 0 until two samples exist or
    /// where /proc is not available.
    public func busyCoresElsewhere() -> Int {
        Swift.max(0, Int(coresUsedElsewhere().rounded()))
    }

    /// Cores other processes used over the last interval, e.g. 0.97 beside one busy loop; 0 until two samples exist.
    public func coresUsedElsewhere() -> Double {
        lock.withLock {
            let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
            if let last, now - last.time < interval { return elsewhere }
            guard let machine = Self.machineBusySeconds(), let own = Self.ownSeconds() else { return elsewhere }
            if let last {
                elsewhere = ((machine - last.machine) - (own - last.own)) / (now - last.time)
            }
            last = (now, machine, own)
            return elsewhere
        }
    }

    private static let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// Seconds every core spent busy since boot: the first line of /proc/stat, less idle and iowait.
    static func machineBusySeconds() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = text.split(separator: "\n").first, line.hasPrefix("cpu ") else { return nil }
        let ticks = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard ticks.count >= 5 else { return nil }
        // user nice system idle iowait irq softirq steal …; guest time is already inside user.
        let busy = ticks.prefix(8).enumerated().filter { $0.offset != 3 && $0.offset != 4 }.map(\.element).reduce(0, +)
        return busy / ticksPerSecond
    }

    /// Seconds this process (all its threads) has run: utime + stime of /proc/self/stat.
    static func ownSeconds() -> Double? { processSeconds("self") }

    /// Seconds the process `pid` ("self" for this one) has run, all its threads: utime + stime of /proc/PID/stat.
    static func processSeconds(_ pid: String) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = text.lastIndex(of: ")") else { return nil }
        // After "pid (comm)": state is field 3, utime field 14, stime field 15.
        let fields = text[text.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / ticksPerSecond
    }
}
