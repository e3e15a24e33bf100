import Foundation

/// File paths as link addresses in Markdown and HTML. Percent-encoding every character outside RFC 3986's path
/// characters keeps a space from ending a CommonMark link destination, `<…>` from passing through as raw HTML, and
/// `#` or `?` from cutting a browser's address into a fragment or a query; readers decode it back to the path.
public enum LinkPath {
    /// The characters left as they are: ASCII letters and digits, `-._~`, `/`, and the sub-delimiters but for the
    /// parentheses (which end a Markdown destination) — `!$&'*+,;=:@`.
    private static let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'*+,;=:@")

    /// `path`, percent-encoded as UTF-8 where a character is not in `allowed`.
    public static func encoded(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
