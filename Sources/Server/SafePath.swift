/// Request paths turned into file names under a root, refusing anything that could leave it.
public enum SafePath {
    /// The relative file name for `path` below `prefix` (e.g. "/book/"), or nil: percent-decoded once, then refused
    /// when it holds `..`, a leading `/`, a backslash, a NUL, an encoded `%` left over, or any character outside
    /// letters, digits and `-_./`.
    public static func relative(_ path: String, below prefix: String) -> String? {
        guard path.hasPrefix(prefix) else { return nil }
        guard let decoded = percentDecoded(String(path.dropFirst(prefix.count))) else { return nil }
        let name = decoded.isEmpty ? "index.html" : decoded
        guard !name.hasPrefix("/"), !name.contains("%"),
              name.unicodeScalars.allSatisfy({ allowed($0) }) else { return nil }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") }) else { return nil }
        return name
    }

    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "/": true
        default: false
        }
    }

    /// `%XX` sequences decoded; nil when one is malformed or decodes to bytes that are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
