import Foundation
import Testing
@testable import BriefingCore

/// The Markdown brief as a string (`markdown(_:body:)`, which reads only its front matter back
/// as UTF-8 and appends the body as it is) must be the bytes the site writes
/// (`markdownBytes(_:head:paragraphs:)`, from the head's bytes), and its head, written to a string piece by piece, must hold each
/// piece as it was.
@Suite("Pages31 Markdown file")
struct Pages31MarkdownFileTests {
    /// A seed brief with `texts` as its article's paragraphs and `title` as its title.
    private static func brief(_ seed: String, title: String? = nil, _ texts: [String]? = nil) throws -> Brief {
        var brief = try Repo.brief(seed)
        if let title { brief.article.title = title }
        if let texts { brief.article.paragraphs = texts.map { Paragraph(text: $0) } }
        return brief
    }

    /// The bytes the site writes for `brief`: its head's bytes and its escaped paragraphs.
    private static func siteBytes(_ brief: Brief) -> [UInt8] {
        let writer = BriefMarkdownWriter()
        let head = writer.headBytes(brief, figurePhrases: brief.keyFigures.map(BriefText.figurePhrase), eventLabels: brief.timeline.map(BriefText.eventDateLabel))
        return writer.markdownBytes(brief, head: head, paragraphs: brief.article.paragraphs.map { MarkdownEscaper.escape($0.text) }).withUnsafeBufferPointer(Array.init)
    }

    private static let texts: [[String]] = [
        ["“Curly” quotes — dashes and ‘single’ marks", "", "Café naïve coöperate e\u{301}t\u{E9}", "Emoji 👩‍👩‍👧 and flags 🇰🇷 in 2025."],
        [String(repeating: "A very long paragraph, with commas; and “quotes” — ", count: 400), "Short."],
        ["", "", ""],
        ["- a dash first", "1. ordered", "# hash", "<b>bold</b> & more", "back\\slash", "nul\u{0}byte", "two\nlines\r\nthree"],
    ]

    @Test(arguments: [Repo.seed000, Repo.seed002])
    func aSeedBriefsStringIsTheBytesTheSiteWrites(_ seed: String) throws {
        let brief = try Self.brief(seed)
        let writer = BriefMarkdownWriter()
        let body = writer.body(brief)
        let markdown = try writer.markdown(brief)
        #expect(Array(markdown.utf8) == Self.siteBytes(brief))
        #expect(markdown.hasPrefix("---\n"))
        #expect(markdown.hasSuffix(body))
    }

    @Test(arguments: texts)
    func briefsOfOtherTextAreTheBytesTheSiteWrites(_ texts: [String]) throws {
        let brief = try Self.brief(Repo.seed002, title: "“Ünïcode” title — with ‘marks’ & <tags>", texts)
        let writer = BriefMarkdownWriter()
        let body = writer.body(brief)
        #expect(Array(try writer.markdown(brief, body: body).utf8) == Self.siteBytes(brief))
    }

    @Test func theHeadHoldsEachPieceAsItWas() throws {
        let brief = try Self.brief(Repo.seed002, title: "“Ünïcode” title — e\u{301} & *stars*", Self.texts[0])
        let writer = BriefMarkdownWriter()
        let phrases = brief.keyFigures.map(BriefText.figurePhrase), labels = brief.timeline.map(BriefText.eventDateLabel)
        let head = writer.head(brief, figurePhrases: phrases, eventLabels: labels)
        #expect(head.hasPrefix("# " + MarkdownEscaper.escape(brief.article.title) + "\n\n"))
        #expect(head.hasSuffix("## Article\n\n"))
        for quote in brief.keyQuotes {
            #expect(head.contains("> \u{201C}" + MarkdownEscaper.escape(QuoteDisplay.text(quote.text)) + "\u{201D}\n>\n> \u{2014} "))
        }
        for (event, label) in zip(brief.timeline, labels) {
            #expect(head.contains("- **" + label + "** \u{2014} " + MarkdownEscaper.escape(event.text) + "\n"))
        }
        // A combining mark first in a piece stays where it was written, after the piece before.
        #expect(writer.body(head: head, paragraphs: ["e\u{301}"]).hasSuffix("## Article\n\ne\u{301}\n\n"))
    }
}
