import Foundation
import Testing
@testable import BriefingCore

/// The paragraphs after the last quote mark are read only as far as a quote needs them: the
/// opener of the paragraph right after a quote, and the organizations every paragraph names
/// (for the headline's quotes). The quotes are those found when every paragraph was read
/// (the outputs below are the extractor's before the shortcut).
@Suite("Quotes: paragraphs after the last quote mark")
struct Quotes29TrailingParagraphsTests {
    /// Paragraphs in every quoting style the scanner reads, and in none.
    private static let marked = [
        "“We will go,” she said.", "\"We will go,\" she said.", "``We will go,'' she said.", "«Nous irons», a-t-elle dit.",
        "»Wir gehen«, sagte sie.", "„Wir gehen“, sagte sie.", "‘We will all go there together,’ she said.",
        "'We will all go there together,' she said.", "‹We will all go there together›, she said.",
        "‚Wir werden alle zusammen gehen‘, sagte sie.", "“We will go on and on", "\"We will go on and on",
    ]
    private static let unmarked = [
        "", "Plain narrative, with no quote at all.", "Café owners — twice — met in Zürich; Ström agreed…",
        "The 6-3 vote (in June) was 12% higher: a record [again].", "ÉLYSÉE PALACE officials met Zoë Ångström in Wien.",
        "Korea’s leaders didn’t agree, and Seoul's mayor said it's the 1990's all over again’ ”",
    ]

    @Test func aParagraphWithoutAnOpeningMarkHasNoSpans() {
        for text in Self.unmarked {
            #expect(!QuoteSpanScanner.mayOpenQuote(text.unicodeScalarArray), "\(text)")
            #expect(QuoteSpanScanner.spans(in: text.unicodeScalarArray).isEmpty, "\(text)")
        }
        for text in Self.marked {
            #expect(!QuoteSpanScanner.spans(in: text.unicodeScalarArray).isEmpty, "\(text)")
            #expect(QuoteSpanScanner.mayOpenQuote(text.unicodeScalarArray), "\(text)")
        }
    }

    /// Every scalar but the opening marks, closing marks among them, leaves a paragraph without
    /// spans, alone or around words; so does a straight single mark after a letter or digit.
    @Test func noOtherScalarOpensASpan() {
        let scalars = (0x20..<0x2100).compactMap(Unicode.Scalar.init).filter { !QuoteSpanScanner.openingMarks.contains($0) && $0 != "'" }
        for scalar in scalars {
            let text = "a \(scalar)We will go\(scalar) b \(scalar)"
            #expect(!QuoteSpanScanner.mayOpenQuote(text.unicodeScalarArray), "\(scalar.value)")
            #expect(QuoteSpanScanner.spans(in: text.unicodeScalarArray).isEmpty, "\(scalar.value)")
        }
        for text in ["Seoul's mayor, 1990's", "a'We will all go there together' b'"] {
            #expect(!QuoteSpanScanner.mayOpenQuote(text.unicodeScalarArray), "\(text)")
            #expect(QuoteSpanScanner.spans(in: text.unicodeScalarArray).isEmpty, "\(text)")
        }
        #expect(QuoteSpanScanner.mayOpenQuote("'We will all go there together,' Z".unicodeScalarArray))
        #expect(QuoteSpanScanner.mayOpenQuote("é'We will all go there together,' Z".unicodeScalarArray))
    }

    private static func extract(_ title: String, _ paragraphs: [String]) -> [Quote] {
        QuoteExtractor().extract(Article(source: "case.txt", slug: "case", title: title, paragraphs: paragraphs.map { Paragraph(text: $0) }))
    }

    /// A quote alone is credited by the paragraph after it, which comes after the last mark.
    @Test func theParagraphAfterTheLastQuoteStillCreditsIt() {
        let quotes = Self.extract("Council weighs new budget plan", [
            "The city council met on Monday to discuss the budget plan for the coming year.",
            "“We cannot keep spending money we do not have, and everyone in this room knows it.”",
            "Maria Lopez, the council president, said in a statement on Tuesday that the vote would wait.",
            "She said the plan would be revised before a vote in June.",
            "The budget office estimated the shortfall at 12 million dollars.",
            "He added that the council would meet again next week.",
        ])
        #expect(quotes.map(\.text) == ["We cannot keep spending money we do not have, and everyone in this room knows it."])
        #expect(quotes.map(\.speaker) == ["Maria Lopez"])
        #expect(quotes.map(\.cue) == ["said"])
        #expect(quotes.map(\.paragraph) == [1])
    }

    /// The headline's quote is credited to an organization only a paragraph after the last mark names.
    @Test func organizationsAfterTheLastMarkStillCreditTheHeadline() {
        let quotes = Self.extract("“Talks will resume soon,” the ministry says", [
            "Negotiators from both countries left the capital on Friday without an agreement.",
            "“We remain hopeful, and we will be back at the table in a few weeks,” said Anna Berg, a senior negotiator.",
            "The talks had stalled over fishing rights and port fees for most of the week.",
            "The Foreign Ministry issued a statement on Saturday about the schedule.",
            "It said the next round would take place in Oslo.",
        ])
        #expect(quotes.map(\.speaker) == ["Foreign Ministry", "Anna Berg"])
        #expect(quotes.map(\.mention) == ["the ministry", "Anna Berg"])
        #expect(quotes.map(\.paragraph) == [-1, 1])
    }
}
