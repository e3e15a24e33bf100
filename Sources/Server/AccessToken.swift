/// The secret every request must carry: 32 random bytes from the system's generator, as hex.
public struct AccessToken: Sendable, Equatable {
    /// The hex text, as it appears in `?token=` and in the cookie.
    public let value: String

    /// A fresh random token.
    public init() {
        var generator = SystemRandomNumberGenerator()
        value = (0..<32).map { _ in
            let byte = UInt8.random(in: 0...255, using: &generator)
            return String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }.joined()
    }

    /// A given token (tests).
    public init(value: String) {
        self.value = value
    }

    /// Whether `candidate` is the token, compared in time independent of where they differ.
    public func matches(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        let a = Array(value.utf8), b = Array(candidate.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
