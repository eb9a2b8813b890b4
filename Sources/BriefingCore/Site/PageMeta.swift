import Foundation

/// What the layout needs to know about a page besides its content.
struct PageMeta {
    /// Path relative to the site root ("briefs/a.html").
    var path: String
    var title: String
    var description: String
    /// OpenGraph type: "website" or "article".
    var type = "website"
    /// Schema.org JSON-LD for the page, if any, as text safe inside a `<script>` element.
    var jsonLD: String?
    /// Atom feed specific to this page (listing pages), relative to the site root.
    var feed: String?

    /// Longest meta description, as search engines show them.
    static let descriptionLimit = 160

    /// `text` cut at a word to at most `limit` characters, ending with "…" when cut.
    static func shortened(_ text: String, limit: Int = descriptionLimit) -> String {
        // Nothing to trim and no more bytes than the limit: nothing to cut either.
        if isTrimmed(text), text.utf8.count <= limit { return text }
        return UTF8Scan.withBytes(text) { simpleShortened($0, limit: limit) } ?? characterwiseShortened(text, limit: limit)
    }

    /// Whether `text` starts and ends with a printable ASCII byte (no white space, newline or
    /// control byte): then there is nothing to trim, and Foundation's slow trimming is skipped.
    private static func isTrimmed(_ text: String) -> Bool {
        let printable = { (byte: UInt8?) in byte.map { $0 > 0x20 && $0 < 0x80 } ?? false }
        return printable(text.utf8.first) && printable(text.utf8.last)
    }

    /// `shortened`, read a character (grapheme cluster) at a time.
    static func characterwiseShortened(_ text: String, limit: Int) -> String {
        let text = isTrimmed(text) ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        var cut = head.lastIndex(where: \.isWhitespace).map { head[..<$0] } ?? head
        while let last = cut.last, ",;:—–-(".contains(last) || last.isWhitespace { cut = cut.dropLast() }
        return cut + "…"
    }

    /// `shortened` of the UTF-8 `bytes` when each of their scalars is ASCII but a carriage
    /// return, or one of U+2010–U+2027 (dashes, quotation marks, the ellipsis; three bytes, E2 80
    /// 90–A7), and nil otherwise: then each scalar is a character (no cluster rule joins two of
    /// them, `UTF8Scan.characterCount`) and the white space is ASCII, so the text is trimmed and
    /// cut by its bytes, not a character at a time (a summary has hundreds of them).
    private static func simpleShortened(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> String? {
        var start = 0, end = bytes.count
        while start < end, bytes[start].isASCIIWhitespace { start += 1 }
        while end > start, bytes[end - 1].isASCIIWhitespace { end -= 1 }
        // The characters up to `end`, and where the first `limit - 1` of them end.
        var characters = 0, headEnd = start, i = start
        while i < end {
            if characters == limit - 1 { headEnd = i }
            let byte = bytes[i]
            if byte < 0x80 {
                guard byte != 0x0D else { return nil }
                i += 1
            } else {
                guard byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] &- 0x90 < 0x18 else { return nil }
                i += 3
            }
            characters += 1
        }
        guard characters > limit else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
        // Cut at the last white space of the head, then drop the marks and spaces before the cut
        // (",;:—–-(", the dashes being E2 80 93 and 94).
        var cut = (start..<headEnd).last(where: { bytes[$0].isASCIIWhitespace }) ?? headEnd
        while cut > start {
            let last = bytes[cut - 1]
            if last < 0x80 {
                guard last.isASCIIWhitespace || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x2D || last == 0x28 else { break }
                cut -= 1
            } else {
                guard last == 0x93 || last == 0x94 else { break }
                cut -= 3
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cut]), as: UTF8.self) + "…"
    }
}
