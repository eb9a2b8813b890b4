import CCmark
import Foundation

/// Markdown to HTML through cmark, the only file that talks to the C library.
///
/// Uses smart punctuation and cmark's safe default: raw HTML is replaced by a comment and
/// `javascript:`, `vbscript:`, `file:` and most `data:` links are dropped.
public enum MarkdownRenderer {
    public static func html(fromMarkdown markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART
        let length = markdown.utf8.count
        guard let raw = markdown.withCString({ cmark_markdown_to_html($0, length, options) }) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// Renders one paragraph of inline Markdown without the enclosing `<p>` element.
    public static func inlineHTML(fromMarkdown markdown: String) -> String {
        var html = Substring(html(fromMarkdown: markdown))
        if html.hasPrefix("<p>"), html.hasSuffix("</p>\n"), !opensParagraph(html.dropFirst(3).utf8) {
            html = html.dropFirst(3).dropLast(5)
        }
        while html.first?.isNewline == true { html.removeFirst() }
        while html.last?.isNewline == true { html.removeLast() }
        return String(html)
    }

    /// Whether the bytes hold a `<p>` tag.
    private static func opensParagraph(_ bytes: Substring.UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if previous == (0x3C, 0x70), byte == 0x3E { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
