/// A brief's head as the HTML cmark makes of its Markdown (`BriefHeadMarkdown`), written
/// without cmark while every text in it is plain (`PlainTextHTML`): each block of the head is
/// one cmark makes the same way whatever plain text it holds. Once a text is not plain,
/// `html` is nil and the head is left to cmark.
struct BriefHeadHTML: BriefHeadOutput {
    private var bytes: [UInt8] = []
    private var isPlain = true
    private var inList = false

    init() {
        bytes.reserveCapacity(8_192)
    }

    /// The UTF-8 of the head's HTML, or nil when some text of it was not plain.
    var html: [UInt8]? { isPlain ? bytes : nil }

    mutating func title(_ text: String) {
        write("<h1>", text, "</h1>\n")
    }

    mutating func meta(_ text: String) {
        write("<p><em>", text, "</em></p>\n")
    }

    mutating func paragraph(_ text: String) {
        write("<p>", text, "</p>\n")
    }

    mutating func section(_ name: StaticString) {
        append("<h2>")
        append(name)
        append("</h2>\n")
    }

    mutating func quote(_ text: String, attribution: String) {
        write("<blockquote>\n<p>\u{201C}", text, "\u{201D}</p>\n")
        write("<p>\u{2014} ", attribution, "</p>\n</blockquote>\n")
    }

    mutating func item(_ label: String, labelIsMarkdown: Bool, text: String?, source: String?) {
        if !inList {
            append("<ul>\n")
            inList = true
        }
        // A label given as Markdown is text only when it has nothing to escape.
        if labelIsMarkdown, MarkdownEscaper.needsEscaping(label) { isPlain = false }
        write("<li><strong>", label, "</strong>")
        if let text { write(" \u{2014} ", text, "") }
        if let source { write(" (", source, ")") }
        append("</li>\n")
    }

    mutating func endList() {
        append("</ul>\n")
        inList = false
    }

    /// Appends `before`, the HTML of `text` and `after`; or notes that `text` is not plain.
    private mutating func write(_ before: StaticString, _ text: String, _ after: StaticString) {
        guard isPlain else { return }
        let plain = UTF8Scan.withBytes(text) { text in
            guard PlainTextHTML.isPlain(text) else { return false }
            append(before)
            PlainTextHTML.appendEscaped(text, to: &bytes)
            append(after)
            return true
        }
        if !plain { isPlain = false }
    }

    private mutating func append(_ literal: StaticString) {
        guard isPlain else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
