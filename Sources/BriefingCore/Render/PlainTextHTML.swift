/// What cmark (with smart punctuation, as `MarkdownRenderer` calls it) makes of plain text
/// escaped for Markdown (`MarkdownEscaper`), written without cmark where it is sure to be the
/// same: the text with `&`, `<` and `>` escaped as cmark escapes them, and each apostrophe
/// inside a word made ’ as smart punctuation makes it.
///
/// Escaped, every ASCII mark that could open markup is a literal. What else cmark could change
/// rules a text out here, and cmark renders it instead:
/// - an empty text, or one that starts or ends with whitespace (cmark strips spaces and tabs
///   around a paragraph or heading, and whitespace decides whether a `*` or `**` next to the
///   text opens or closes emphasis) or starts with a byte order mark (dropped at the start of a
///   document);
/// - a byte below 0x20: a line break (after which a new block could start), a tab or NUL;
/// - a straight quote, `--` or `..`, which smart punctuation makes curly quotes, dashes and an
///   ellipsis; but for an apostrophe between two ASCII letters or digits ("it's", "1990's"):
///   no quote can open there, so with no other straight quote in the text, smart punctuation
///   makes each such one ’.
///
/// A Markdown renderer this is not: it writes only text that cmark would pass through as
/// text, and tests compare it with cmark's output on random texts.
enum PlainTextHTML {
    /// `<p>…</p>\n`, what cmark makes of `MarkdownEscaper.escape(text)`, or nil when `text` is
    /// not plain.
    static func paragraph(_ text: String) -> String? {
        UTF8Scan.withBytes(text) { bytes in
            guard isPlain(bytes) else { return nil }
            var html: [UInt8] = []
            html.reserveCapacity(bytes.count + 16)
            html.append(contentsOf: "<p>".utf8)
            appendEscaped(bytes, to: &html)
            html.append(contentsOf: "</p>\n".utf8)
            return String(decoding: html, as: UTF8.self)
        }
    }

    /// Whether the text of these UTF-8 bytes is plain: cmark makes of it, escaped, the text
    /// itself, whether as a paragraph, a heading, or emphasized or quoted in one.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
        var i = marks.firstIndex(in: bytes)
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x27 {
                // An apostrophe inside a word.
                guard i > 0, i + 1 < bytes.count, bytes[i - 1].isASCIIAlphanumeric, bytes[i + 1].isASCIIAlphanumeric else { return false }
            } else if byte < 0x2D || (i + 1 < bytes.count && bytes[i + 1] == byte) {
                // A control byte or a double quote; a hyphen or full stop counts when doubled.
                return false
            }
            i = marks.firstIndex(in: bytes, from: i + 1)
        }
        if first >= 0x80, !isPlainEdge(UTF8Scan.scalar(in: bytes, at: 0).scalar) { return false }
        if last >= 0x80, !isPlainEdge(UTF8Scan.scalar(in: bytes, endingAt: bytes.count).scalar) { return false }
        return true
    }

    /// Appends the bytes with `&`, `<`, `>` and `"` escaped, as cmark escapes text, and each
    /// apostrophe made ’ (of a plain text: each is inside a word).
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var start = 0
        var i = escaped.firstIndex(in: bytes)
        while i < bytes.count {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            switch bytes[i] {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x27: out.append(contentsOf: "\u{2019}".utf8)
            default: out.append(contentsOf: "&quot;".utf8)
            }
            start = i + 1
            i = escaped.firstIndex(in: bytes, from: start)
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// Whether a scalar past ASCII may start or end a plain text: not whitespace (which covers
    /// every scalar cmark takes for a space) and not a byte order mark.
    private static func isPlainEdge(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isWhitespace && scalar != "\u{FEFF}"
    }

    /// The bytes `isPlain` looks at: control bytes, straight quotes, hyphens and full stops.
    private static let marks = ByteClass { $0 < 0x20 || $0 == 0x22 || $0 == 0x27 || $0 == 0x2D || $0 == 0x2E }

    /// The bytes cmark escapes in text, and the apostrophe.
    private static let escaped = ByteClass { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
}
