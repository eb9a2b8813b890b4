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
        // A printable ASCII byte at either end (no white space, newline or control byte): nothing
        // to trim, so Foundation's slow trimming is skipped; with no more bytes than the limit,
        // nothing to cut either.
        let printable = { (byte: UInt8?) in byte.map { $0 > 0x20 && $0 < 0x80 } ?? false }
        let trimmed = printable(text.utf8.first) && printable(text.utf8.last)
        if trimmed, text.utf8.count <= limit { return text }
        let text = trimmed ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        var cut = head.lastIndex(where: \.isWhitespace).map { head[..<$0] } ?? head
        while let last = cut.last, ",;:—–-(".contains(last) || last.isWhitespace { cut = cut.dropLast() }
        return cut + "…"
    }
}
