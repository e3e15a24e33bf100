import Foundation

/// A lesson as a Jupyter notebook (nbformat 4.5): Markdown cells for prose, values, tables and claims, and for each
/// figure a code cell holding the command that redraws it, with the image embedded as its display-data output
/// (base64 PNG or GIF). The first cell says which command regenerates the notebook.
public enum JupyterRenderer {
    /// The notebook as JSON; `command` is the `lessons` command line that regenerates it.
    public static func render(_ report: LessonReport, command: String) -> String {
        var cells: [[String: Any]] = []
        func markdown(_ text: String) {
            cells.append(["cell_type": "markdown", "id": "cell-\(cells.count)", "metadata": [String: Any](), "source": lines(text)])
        }
        let lesson = report.lesson
        markdown("# Lesson \(lesson.number) · \(lesson.title)\n\n"
            + "*From GAN to WGAN: \(lesson.sections.joined(separator: "; ")) · \(report.mode.rawValue) mode · seed \(report.seed)"
            + (report.kernels.map { " · \($0) kernels" } ?? "") + "*\n\n"
            + "Written by `\(command)`, which ran the lesson and computed every number here; run it again to regenerate "
            + "this notebook. \(report.claims.verdict.prefix(1).uppercased() + report.claims.verdict.dropFirst()).")
        for cell in report.cells {
            if case .figure(let figure) = cell {
                cells.append(figureCell(figure, id: "cell-\(cells.count)"))
            } else {
                markdown(MarkdownReportRenderer.cellMarkdown(cell).trimmingCharacters(in: .newlines))
            }
        }
        let notebook: [String: Any] = [
            "nbformat": 4, "nbformat_minor": 5, "cells": cells,
            "metadata": ["language_info": ["name": "swift"], "ganlessons": ["lesson": lesson.number, "slug": lesson.slug,
                                                                          "mode": report.mode.rawValue, "seed": report.seed]],
        ]
        return JSONReportRenderer.serialized(notebook)
    }

    /// A code cell whose source redraws the figure with gnuplot and whose output is the figure itself.
    static func figureCell(_ figure: FigureOutput, id: String) -> [String: Any] {
        let folder = (figure.script as NSString).deletingLastPathComponent
        let source = "# \(figure.caption)\n!cd \(MarkdownReportRenderer.shellQuoted(folder.isEmpty ? "." : folder)) && gnuplot "
            + MarkdownReportRenderer.shellQuoted((figure.script as NSString).lastPathComponent)
        var data: [String: Any] = ["text/plain": lines(figure.caption)]
        if let image = figure.image, let bytes = FileManager.default.contents(atPath: image) {
            switch (image as NSString).pathExtension {
            case "png": data["image/png"] = bytes.base64EncodedString()
            case "gif": data["image/gif"] = bytes.base64EncodedString()
            case "svg": data["image/svg+xml"] = lines(String(decoding: bytes, as: UTF8.self))
            default: data["text/plain"] = lines(String(decoding: bytes, as: UTF8.self))
            }
        }
        return ["cell_type": "code", "id": id, "execution_count": NSNull(), "metadata": [String: Any](), "source": lines(source),
                "outputs": [["output_type": "display_data", "data": data, "metadata": [String: Any]()]]]
    }

    /// Text as nbformat's list of lines, each but the last ending in a newline.
    static func lines(_ text: String) -> [String] {
        var parts = text.components(separatedBy: "\n")
        for i in parts.indices.dropLast() { parts[i] += "\n" }
        if parts.last == "" { parts.removeLast() }
        return parts
    }
}
