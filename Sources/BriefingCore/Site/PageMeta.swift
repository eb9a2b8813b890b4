import Foundation

/// What the layout needs to know about a page besides its content.
struct PageMeta {
    /// Path relative to the site root ("briefs/a.html").
    var path: String
    var title: String
    var description: String
    /// OpenGraph type: "website" or "article".
    var type = "website"
    /// Schema.org JSON-LD for the page, if any.
    var jsonLD: RecordValue?
    /// Atom feed specific to this page (listing pages), relative to the site root.
    var feed: String?

    /// Longest meta description, as search engines show them.
    static let descriptionLimit = 160

    /// `text` cut at a word to at most `limit` characters, ending with "…" when cut.
    static func shortened(_ text: String, limit: Int = descriptionLimit) -> String {
        // No more bytes than the limit, and no space or control byte at either end: nothing to trim or cut.
        if text.utf8.count <= limit, let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return text
        }
        // Foundation's trimming is slow and most texts (a story's summary) start and end with a
        // printable ASCII byte, which no white space or newline is: nothing to trim.
        let printable = { (byte: UInt8?) in byte.map { $0 > 0x20 && $0 < 0x80 } ?? false }
        let text = printable(text.utf8.first) && printable(text.utf8.last) ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        var cut = head.lastIndex(where: \.isWhitespace).map { head[..<$0] } ?? head
        while let last = cut.last, ",;:—–-(".contains(last) || last.isWhitespace { cut = cut.dropLast() }
        return cut + "…"
    }

    /// The JSON-LD as text safe inside a `<script>` element.
    var jsonLDText: String? {
        jsonLD.map { record in
            let json = JSONWriter.string(record, pretty: false)
            // Foundation's replacing is slow; most pages have no "<" to replace.
            return json.utf8.contains(0x3C) ? json.replacingOccurrences(of: "<", with: "\\u003c") : json
        }
    }
}
