import Foundation
import Testing
@testable import BriefingCore

/// A feed entry's HTML made from its paragraphs' HTML must be what cmark makes of the whole
/// Markdown body, and is not made so when it could differ.
@Suite("Feed entry HTML")
struct BriefFeedHTMLTests {
    /// The UTF-8 of the entry as `BriefFeedHTML` makes it from the paragraphs rendered one by
    /// one, or nil.
    private static func composed(_ brief: Brief) -> [UInt8]? {
        let writer = BriefMarkdownWriter()
        let head = writer.headBytes(brief, figurePhrases: brief.keyFigures.map(BriefText.figurePhrase), eventLabels: brief.timeline.map(BriefText.eventDateLabel))
        let paragraphs = brief.article.paragraphs.map { MarkdownEscaper.escape($0.text) }
        let headHTML = head.withUnsafeBufferPointer(MarkdownRenderer.htmlBytes(fromMarkdown:))
        return BriefFeedHTML.html(headHTML: headHTML, paragraphs: paragraphs, paragraphHTML: paragraphs.map(MarkdownRenderer.html(fromMarkdown:)))
    }

    /// `brief` with `texts` as its article's paragraphs.
    private static func brief(_ texts: [String]) throws -> Brief {
        var brief = try Repo.brief(Repo.seed002)
        brief.article.paragraphs = texts.map { Paragraph(text: $0) }
        return brief
    }

    @Test(arguments: [Repo.seed000, Repo.seed002])
    func aSeedBriefIsMadeFromItsParagraphsAsTheWholeBodyRenders(_ seed: String) throws {
        let brief = try Repo.brief(seed)
        let whole = MarkdownRenderer.html(fromMarkdown: BriefMarkdownWriter().body(brief))
        #expect(Self.composed(brief) == Array(whole.utf8))
    }

    @Test(arguments: [
        ["\"Quoted,\" she said -- then 'left'... at 5 p.m.", "It's 2015. Numbers: 3) and 4. * stars _under_ [link](x) <b>bold</b> & more"],
        ["- a dash first", "+ plus", "= equals", "1. ordered", "12) also", "# hash", "> quote", "```fence", "~~~tilde", "---", "***", "___"],
        ["Trailing spaces  ", "back\\slash\\", "tab\tinside", "ends with a backtick `", "", "non\u{00A0}breaking", "nul\u{0}byte", "“curly” ‘single’ — dash"],
        ["<div>html</div>", "[ref]: http://example.com", "Then [ref] again", "www.example.com and https://example.com", "&amp; &#35; &copy;"],
    ])
    func paragraphsOfOneLineAreMadeFromTheirOwnHTML(_ texts: [String]) throws {
        let brief = try Self.brief(texts)
        let whole = MarkdownRenderer.html(fromMarkdown: BriefMarkdownWriter().body(brief))
        let made = Self.composed(brief)
        #expect(made != nil)
        #expect(made == Array(whole.utf8))
    }

    @Test(arguments: [
        ["    indented code", "    more code"], ["\tindented by a tab", "\tmore"], ["two\nlines", "- item"], ["return\rinside"],
        ["\u{FEFF}byte order mark"], ["plain", " one space first"],
    ])
    func paragraphsThatCouldRenderOtherwiseInTheBodyAreNot(_ texts: [String]) throws {
        let brief = try Self.brief(texts)
        #expect(Self.composed(brief) == nil)
    }

    @Test func indentedParagraphsRunTogetherInTheBody() throws {
        // Why indented paragraphs are not made one by one: in the body, they are one code block.
        let paragraphs = ["    first", "    second"]
        let alone = paragraphs.map { MarkdownRenderer.html(fromMarkdown: $0) }.joined()
        let together = MarkdownRenderer.html(fromMarkdown: paragraphs.map { $0 + "\n\n" }.joined())
        #expect(alone != together)
    }
}
