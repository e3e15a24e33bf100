import Foundation

/// Whether a file gnuplot rendered is whole. gnuplot does not report a failed write: on a full disk it leaves a
/// truncated PNG or GIF and carries on, so each format's ending is checked before the file replaces a figure.
enum RenderedFile {
    /// The bytes each format ends with: PNG's IEND chunk (length 0, type, CRC), GIF's trailer, SVG's closing tag.
    static func trailer(of fileExtension: String) -> [UInt8]? {
        switch fileExtension {
        case "png": [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
        case "gif": [0x3B]
        case "svg": Array("</svg>".utf8)
        default: nil
        }
    }

    /// Throws `PlotError.unwritable` naming `path` when `file` is empty or does not end as its format must
    /// (for SVG, trailing white space is allowed after the closing tag).
    static func verify(_ file: String, fileExtension: String, for path: String) throws {
        let tail = lastBytes(of: file, count: 256)
        guard let tail, !tail.isEmpty else {
            throw PlotError.unwritable(path: path, reason: "gnuplot wrote no output" + FileSpace.freeSpaceSuffix(near: path))
        }
        guard let trailer = trailer(of: fileExtension) else { return }
        let ending = fileExtension == "svg" ? Array(tail.reversed().drop { [0x20, 0x0A, 0x0D, 0x09].contains($0) }.reversed()) : tail
        guard ending.count >= trailer.count, Array(ending.suffix(trailer.count)) == trailer else {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
            throw PlotError.unwritable(path: path, reason: "the \(fileExtension.uppercased()) gnuplot wrote is truncated"
                + (size.map { " at \($0) bytes" } ?? "") + FileSpace.freeSpaceSuffix(near: path))
        }
    }

    /// The last `count` bytes of `file` (fewer when it is shorter); nil when it cannot be read.
    private static func lastBytes(of file: String, count: Int) -> [UInt8]? {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let end = lseek(descriptor, 0, SEEK_END)
        guard end >= 0 else { return nil }
        let start = max(0, Int(end) - count)
        var bytes = [UInt8](repeating: 0, count: Int(end) - start)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(start)) }
        return read == bytes.count ? bytes : nil
    }
}
