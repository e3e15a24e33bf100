import Foundation

/// One gnuplot window that shows finished figures one after another, each from its rendered image (PNG, or an
/// animation's first GIF frame) scaled to fit: `lessons present N --figures window`, for a projector on a second
/// screen while the terminal shows the prose.
public final class FigureWindow {
    /// gnuplot's window terminal: qt, wxt or x11.
    public let terminal: String
    private var gnuplot: GnuplotProcess?
    /// Why the window stopped showing figures, if it did; the presentation goes on without it.
    public private(set) var failure: String?

    /// A window of `terminal`, opened with the first figure.
    public init(terminal: String) {
        self.terminal = terminal
    }

    /// Shows the image at `path` titled `title`; a failure is kept in `failure` and ends the window.
    public func show(imageAt path: String, title: String) {
        guard failure == nil else { return }
        let script = GnuplotProcess.windowTerminalLine(terminal, title: "GANLessons: " + title) + "\nset output\n"
            + ScriptWriter.showingImage(URL(fileURLWithPath: path).standardizedFileURL.path)
        do {
            let process = try gnuplot ?? GnuplotProcess()
            gnuplot = process
            _ = try process.run(script, label: "the figure window", timeout: 30)
        } catch {
            failure = "\(error)"
            close()
        }
    }

    /// Closes the window (its gnuplot ends).
    public func close() {
        gnuplot?.kill()
        gnuplot = nil
    }
}
