import CBriefingSupport
import CCmark
import Foundation

/// Markdown to HTML through cmark, the only file that talks to the C library (its document
/// allocations come from an arena in CBriefingSupport's `markdown.c`).
///
/// Uses smart punctuation and cmark's safe default: raw HTML is replaced by a comment and
/// `javascript:`, `vbscript:`, `file:` and most `data:` links are dropped.
public enum MarkdownRenderer {
    public static func html(fromMarkdown markdown: String) -> String {
        withHTML(fromMarkdown: markdown) { String(decoding: $0, as: UTF8.self) }
    }

    /// Renders one paragraph of inline Markdown without the enclosing `<p>` element: cut from
    /// cmark's output as it comes, where that is the same (`inlineRange`), so that the string
    /// is made once.
    public static func inlineHTML(fromMarkdown markdown: String) -> String {
        withHTML(fromMarkdown: markdown) { html in
            guard let range = inlineRange(html) else { return characterwiseInline(String(decoding: html, as: UTF8.self)) }
            return String(decoding: UnsafeBufferPointer(rebasing: html[range]), as: UTF8.self)
        }
    }

    /// What `html(fromMarkdown:)` makes of plain text escaped for Markdown
    /// (`MarkdownEscaper.escape(text)`): written without cmark when the text is plain
    /// (`PlainTextHTML`), the same bytes.
    public static func html(ofPlainText text: String) -> String {
        PlainTextHTML.paragraph(text) ?? html(fromMarkdown: MarkdownEscaper.escape(text))
    }

    /// What `inlineHTML(fromMarkdown:)` makes of plain text escaped for Markdown, written
    /// without cmark when the text is plain (`PlainTextHTML`).
    public static func inlineHTML(ofPlainText text: String) -> String {
        PlainTextHTML.paragraph(text).map(inline) ?? inlineHTML(fromMarkdown: MarkdownEscaper.escape(text))
    }

    /// The UTF-8 bytes of the HTML cmark makes of the Markdown whose UTF-8 bytes are
    /// `markdown`, taken as they come: cmark writes valid UTF-8 for valid UTF-8 (an invalid
    /// character reference becomes U+FFFD), so no string is made of them and checked.
    static func htmlBytes(fromMarkdown markdown: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        withHTML(fromUTF8: markdown) { Array($0) }
    }

    /// Calls `body` with the UTF-8 bytes of the HTML cmark makes of `markdown` (none when it
    /// fails), in cmark's buffer, freed after.
    private static func withHTML<R>(fromMarkdown markdown: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var markdown = markdown
        return markdown.withUTF8 { withHTML(fromUTF8: $0, body) }
    }

    /// `withHTML(fromMarkdown:_:)` of the Markdown whose UTF-8 bytes are `markdown`.
    private static func withHTML<R>(fromUTF8 markdown: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART
        let made = markdown.withMemoryRebound(to: CChar.self) { text in
            text.baseAddress.map { briefing_markdown_to_html($0, text.count, options) } ?? "".withCString { briefing_markdown_to_html($0, 0, options) }
        }
        guard let raw = made else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        defer { free(raw) }
        let count = strlen(raw)
        return raw.withMemoryRebound(to: UInt8.self, capacity: count) { body(UnsafeBufferPointer(start: $0, count: count)) }
    }

    /// What `html(fromMarkdown:)` made of one paragraph, without the enclosing `<p>` element
    /// and the line breaks around it.
    static func inline(_ html: String) -> String {
        let range = UTF8Scan.withBytes(html, inlineRange)
        guard let range else { return characterwiseInline(html) }
        guard range.lowerBound > 0 || range.upperBound < html.utf8.count else { return html }
        // A slice of the string copied as it is: its bytes are valid UTF-8 already.
        let utf8 = html.utf8
        return String(html[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
    }

    /// The bytes of `characterwiseInline(html)` in `html`'s UTF-8, worked out on bytes, when no
    /// scalar next to "<p>", "</p>" or an end could join them into another character or be a
    /// line break past ASCII (then bytes and characters agree); nil otherwise.
    private static func inlineRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let count = bytes.count
        var start = 0, end = count
        if count >= 8, bytes[0] == 0x3C, bytes[1] == 0x70, bytes[2] == 0x3E,
           bytes[count - 5] == 0x3C, bytes[count - 4] == 0x2F, bytes[count - 3] == 0x70, bytes[count - 2] == 0x3E, bytes[count - 1] == 0x0A {
            guard standsAlone(scalarStarting: 3, in: bytes), standsAlone(scalarEnding: count - 5, in: bytes) else { return nil }
            if !UTF8Scan.contains(UnsafeBufferPointer(rebasing: bytes[3...]), "<p>") { (start, end) = (3, count - 5) }
        }
        // Line feeds, tabs and returns are characters of their own (but "\r\n", one line break).
        while start < end, bytes[start] &- 0x0A < 4 { start += 1 }
        while end > start, bytes[end - 1] &- 0x0A < 4 { end -= 1 }
        if start < end {
            guard standsAlone(scalarStarting: start, in: bytes), standsAlone(scalarEnding: end, in: bytes) else { return nil }
        }
        return start..<end
    }

    /// Whether the scalar at `start` is ASCII, or Latin-1 or Latin Extended-A past U+009F, or a
    /// dash or quotation mark (U+2010–U+201F): none of them is a line break or joins the
    /// character before it.
    private static func standsAlone(scalarStarting start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start < bytes.count, bytes[start] >= 0x80 else { return true }
        return isPlainScalar(UTF8Scan.scalar(in: bytes, at: start).0)
    }

    /// The same for the scalar that ends before `end`: it joins no character after it either.
    private static func standsAlone(scalarEnding end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end > 0, bytes[end - 1] >= 0x80 else { return true }
        return isPlainScalar(UTF8Scan.scalar(in: bytes, endingAt: end).scalar)
    }

    private static func isPlainScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x80 || (0xA0...0x17F).contains(v) || (0x2010...0x201F).contains(v)
    }

    /// The HTML of a paragraph without its `<p>` element and the line breaks around it, read
    /// by characters.
    private static func characterwiseInline(_ html: String) -> String {
        var html = Substring(html)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>\n"), !opensParagraph(html.dropFirst(3).utf8) {
            html = html.dropFirst(3).dropLast(5)
        }
        while html.first?.isNewline == true { html.removeFirst() }
        while html.last?.isNewline == true { html.removeLast() }
        return String(html)
    }

    /// Whether the bytes hold a `<p>` tag.
    private static func opensParagraph(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if previous == (0x3C, 0x70), byte == 0x3E { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
