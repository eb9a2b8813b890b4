/// The HTML of a brief's feed entry, which is what cmark makes of its Markdown body
/// (`BriefMarkdownWriter.body`), made without parsing the article's paragraphs again when
/// their HTML is made already (the brief's page shows it).
///
/// cmark renders a document block by block. In the body, each paragraph of the article
/// follows a blank line, and its text is escaped (`MarkdownEscaper`): it opens no list, quote,
/// heading, fence, HTML block or link definition. Such a paragraph is a block of its own whose
/// HTML is what cmark makes of its text alone, when its text has no line break (after which
/// another block could start), does not start with a space or tab (four of them make indented
/// code, which runs on across a blank line into the next paragraph) and does not start with a
/// byte order mark (which cmark drops at the start of a document only). Before the paragraphs,
/// the body's "Article" heading closes every block above it when cmark shows it at the top
/// level, as the last thing of the head's HTML.
enum BriefFeedHTML {
    /// The UTF-8 of the HTML of the body made of `head` (the body before the paragraphs, ending
    /// with the "Article" heading) and the escaped `paragraphs`, from `headHTML`, what cmark makes
    /// of `head`, and `paragraphHTML`, what cmark made of each paragraph alone; nil when that
    /// could differ from the body's own HTML. Made as bytes, as the feed escapes them: no string
    /// is made of them.
    static func html(headHTML: [UInt8], paragraphs: [String], paragraphHTML: [String]) -> [UInt8]? {
        guard paragraphs.count == paragraphHTML.count, paragraphs.allSatisfy(standsAlone) else { return nil }
        var html = headHTML
        guard html.count >= articleHeading.utf8.count, html.suffix(articleHeading.utf8.count).elementsEqual(articleHeading.utf8) else {
            return nil
        }
        html.reserveCapacity(paragraphHTML.reduce(html.count) { $0 + $1.utf8.count })
        for paragraph in paragraphHTML { html.append(utf8Of: paragraph) }
        return html
    }

    /// The HTML of the body's "Article" heading at the top level.
    private static let articleHeading = "<h2>Article</h2>\n"

    /// Whether the escaped paragraph `text` is, in the body, the block cmark makes of it alone:
    /// no line break, no space or tab first, no byte order mark first.
    static func standsAlone(_ text: String) -> Bool {
        UTF8Scan.withBytes(text) { bytes in
            guard let first = bytes.first else { return true }
            if first == 0x20 || first == 0x09 { return false }
            if bytes.count >= 3, first == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return false }
            return lineBreaks.firstIndex(in: bytes) == bytes.count
        }
    }

    /// Line feed and carriage return, as a `ByteClass`.
    private static let lineBreaks = ByteClass { $0 == 0x0A || $0 == 0x0D }
}
