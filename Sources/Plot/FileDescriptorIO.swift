import Foundation

/// Writing to a file descriptor where a failure is an answer (an errno), not a crash as with FileHandle.write.
public enum FileDescriptorIO {
    /// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes; returns 0 or the errno that
    /// stopped it (EPIPE when the reader has gone, ENOSPC on a full disk).
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// Writes `text` as UTF-8 to `descriptor`; returns 0 or the errno that stopped it.
    @discardableResult
    public static func write(_ text: String, to descriptor: Int32) -> Int32 {
        writeAll(Array(text.utf8), to: descriptor)
    }
}
