import Foundation
import Plot

/// Ctrl-Z and fg for a full-screen command: on SIGTSTP the terminal is given back as the shell expects it (the main
/// screen, the cursor shown, line input with echo) before the process stops by the default action of the same
/// signal; on SIGCONT it is taken again (key-at-a-time input, the alternate screen, the cursor hidden) and the
/// screen is marked to be drawn afresh, which the presenter asks with `takeRedraw`.
final class TerminalSuspension: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let lock = NSLock()
    private var redraw = false
    /// The handler Dispatch installed for SIGTSTP (which feeds the source), while the default action stands in for it.
    private var dispatchStop: sigaction?

    /// Handles the two signals for `terminal`; `enter` and `leave` switch the screen (and the cursor) in and out.
    init(terminal: TerminalMode, enter: String, leave: String) {
        let queue = DispatchQueue(label: "ganlessons.suspension")
        // A process inherits its parent's blocked signals; a blocked SIGTSTP would never reach the handler.
        var handled = sigset_t()
        sigemptyset(&handled)
        sigaddset(&handled, SIGTSTP)
        sigaddset(&handled, SIGCONT)
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        signal(SIGTSTP, SIG_IGN)
        let stop = DispatchSource.makeSignalSource(signal: SIGTSTP, queue: queue)
        let resume = DispatchSource.makeSignalSource(signal: SIGCONT, queue: queue)
        sources = [stop, resume]
        stop.setEventHandler { [unowned self] in
            terminal.restore()
            FileDescriptorIO.write(leave, to: STDOUT_FILENO)
            // The signal again, with its default action: it stops the process (this thread blocks it, so another
            // thread takes it, a moment later). Dispatch's handler is put back on SIGCONT, not here, where it could
            // still catch this very signal.
            var current = sigaction(), byDefault = sigaction()
            sigaction(SIGTSTP, nil, &current)
            lock.withLock { dispatchStop = current }
            byDefault.__sigaction_handler.sa_handler = SIG_DFL
            sigaction(SIGTSTP, &byDefault, nil)
            kill(getpid(), SIGTSTP)
        }
        resume.setEventHandler { [unowned self] in
            if var handler = lock.withLock({ dispatchStop }) { sigaction(SIGTSTP, &handler, nil) }
            terminal.resume()
            FileDescriptorIO.write(enter, to: STDOUT_FILENO)
            lock.withLock { (redraw, dispatchStop) = (true, nil) }
        }
        for source in sources { source.resume() }
    }

    /// Whether the screen must be drawn afresh since the last call (the process was continued).
    func takeRedraw() -> Bool {
        lock.withLock {
            defer { redraw = false }
            return redraw
        }
    }

    deinit {
        for source in sources { source.cancel() }
        signal(SIGTSTP, SIG_DFL)
    }
}
