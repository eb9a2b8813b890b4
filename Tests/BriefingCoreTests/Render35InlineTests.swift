import Foundation
import Testing
@testable import BriefingCore

/// `MarkdownRenderer.inlineHTML(fromMarkdown:)` cuts a paragraph's HTML from cmark's output as
/// it comes; it must give what the HTML made into a string and then cut (`inline`) gives.
@Suite("Render 35 inline HTML")
struct Render35InlineTests {
    /// Every paragraph of the seeds as their Markdown briefs hold it (escaped) and as written,
    /// and hand-written ones: marks at either end that join the character before, line breaks,
    /// a second paragraph, markup, scripts past Latin, nothing at all.
    private static func paragraphs() throws -> [String] {
        try Repo.seedLines().flatMap { [MarkdownEscaper.escape(String($0)), String($0)] } + [
            "", " ", "\n", "a", "\u{301}accent first", "ends with a mark e\u{301}", "Line one\nline two", "Two\n\nparagraphs",
            "*emphasis* and `code` <b>raw</b>", "# Heading", "- item", "\u{0928}\u{092E}\u{0938}\u{094D}\u{0924}\u{0947}", "東京で 5 人",
            "\r\nCR LF around\r\n", "Tab\tinside", "x<p>y", "\u{2014} dash first \u{2014}", "Zoë’s “café”",
        ]
    }

    @Test func cutFromCmarkOutputAsFromTheString() throws {
        var compared = 0
        for markdown in try Self.paragraphs() {
            let expected = MarkdownRenderer.inline(MarkdownRenderer.html(fromMarkdown: markdown))
            #expect(MarkdownRenderer.inlineHTML(fromMarkdown: markdown) == expected, "\(markdown)")
            compared += 1
        }
        #expect(compared > 80)
    }

    @Test func aParagraphLosesItsElementOnly() {
        #expect(MarkdownRenderer.inlineHTML(fromMarkdown: "Prices rose \"sharply\"") == "Prices rose “sharply”")
        #expect(MarkdownRenderer.inlineHTML(fromMarkdown: "One\n\nTwo") == "<p>One</p>\n<p>Two</p>")
        #expect(MarkdownRenderer.inlineHTML(fromMarkdown: "") == "")
    }
}
