import Testing
@testable import BriefingCore

@Suite("cmark rendering")
struct MarkdownRendererTests {
    @Test func smartPunctuation() {
        let html = MarkdownRenderer.html(fromMarkdown: "\"Quoted\" -- it's done...")
        #expect(html == "<p>“Quoted” – it’s done…</p>\n")
    }

    @Test func rawHTMLIsDropped() {
        let html = MarkdownRenderer.html(fromMarkdown: "Hello <script>alert(1)</script>\n\n<div onclick=x>block</div>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<div"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func dangerousLinksAreDropped() {
        let html = MarkdownRenderer.html(fromMarkdown: "[x](javascript:alert(1)) [y](https://example.com)")
        #expect(!html.contains("javascript:"))
        #expect(html.contains("href=\"https://example.com\""))
    }

    @Test func escapedTextRendersLiterally() {
        let text = "*not emphasis* <b>1</b> [x](y) # 5. & {{mustache}}"
        let html = MarkdownRenderer.inlineHTML(fromMarkdown: MarkdownEscaper.escape(text))
        #expect(html == "*not emphasis* &lt;b&gt;1&lt;/b&gt; [x](y) # 5. &amp; {{mustache}}")
    }

    @Test func escapingAddsBackslashesOnlyWhereMarkupCouldStart() {
        let cases = [
            ("Officials said the plan “could change” on Monday.", "Officials said the plan “could change” on Monday."),
            ("2015. A year", "2015\\. A year"), ("3) items", "3\\) items"), ("2015 was a year.", "2015 was a year."),
            ("- dash", "\\- dash"), ("+1", "\\+1"), ("=x", "\\=x"), ("a-b", "a-b"), ("", ""),
            ("AT&T’s *big* [deal]", "AT\\&T’s \\*big\\* \\[deal\\]"), ("x_y", "x\\_y"),
        ]
        for (text, escaped) in cases {
            #expect(MarkdownEscaper.escape(text) == escaped, "\(text)")
        }
    }

    @Test func everyMarkupMarkAndNoOtherByteIsEscaped() {
        let marks = Set("\\`*_[]<>#!|~&{}".utf8)
        for byte in UInt8(0x20)..<0x7F {
            let text = "a" + String(decoding: [byte], as: UTF8.self) + "b"
            let escaped = marks.contains(byte) ? "a\\" + String(decoding: [byte], as: UTF8.self) + "b" : text
            #expect(MarkdownEscaper.escape(text) == escaped, "\(text)")
        }
        #expect(MarkdownEscaper.escape("é€\u{1F600}") == "é€\u{1F600}")
    }

    /// The check for a byte to escape reads eight bytes at a time: a mark in any of the eight
    /// places, or in the bytes after the last eight, is escaped; text without one is kept.
    @Test func aMarkAnywhereInALongTextIsEscaped() {
        let texts = ["Zürich’s “café” — open – at 5 p.m. daily", "Officials said the plan could change on Monday"]
        for text in texts {
            #expect(MarkdownEscaper.escape(text) == text)
            let characters = Array(text)
            for mark in ["*", "_", "<", "&", "`", "~", "|", "!"] {
                for position in characters.indices {
                    let marked = String(characters[..<position]) + mark + String(characters[position...])
                    let expected = String(characters[..<position]) + "\\" + mark + String(characters[position...])
                    #expect(MarkdownEscaper.escape(marked) == expected, "\(marked)")
                }
            }
        }
    }
}
