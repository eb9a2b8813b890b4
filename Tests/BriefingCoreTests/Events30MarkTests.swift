import Foundation
import Testing
@testable import BriefingCore

/// `EventText.isMark`, which reads the marks of Latin-1 and General Punctuation from tables,
/// against the `CharacterSet` it stands for, and event texts whose words are wrapped in such
/// marks (as the extractor wrote them before the tables).
@Suite("Event text marks")
struct Events30MarkTests {
    @Test func everyScalarOfTheBasicPlaneIsAMarkExactlyWhenTheSetHasIt() {
        var differing: [String] = []
        for v in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if EventText.isMark(scalar) != EventText.marks.contains(scalar) { differing.append(String(v, radix: 16)) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        // Past the Basic Multilingual Plane the trimming is left to `trimmingCharacters`.
        #expect(!EventText.isMark("\u{1F4AC}"))
        #expect(!EventText.isMark("\u{E0021}"))
    }

    @Test func leadsInsideQuoteMarksGoAndAsidesAreCutAsBefore() {
        let paragraphs = [
            "The ministry said the talks with the union had resumed after a long pause in the spring.",
            "\u{201C}In addition, on Monday, the ministry said the talks with the union had collapsed after three rounds.\u{201D}",
            "\u{AB}However, the company said in March that it would close its plant in Ohio by the end of the year.\u{BB}",
            "\u{BF}In the meantime, the board met on May 3 to approve the merger after a long debate about its cost?",
            "\u{2014} In fact, the envoys signed the deal on June 20 after two weeks of talks in Geneva and Vienna.",
            "It was the first time \u{2014} after a long and bitter dispute that had divided the ministers of every country in the region for more than a decade and had cost the union dearly \u{2014} that the envoys met on July 4 in Geneva, and they agreed to meet again in the autumn with their advisers and the heads of the largest unions of the region.",
            "Those concerns were sharpened last week when the regulator (a body set up in 2004 by the ministers) said on April 9 that the plant\u{2019}s permit would lapse, and the unions said they would strike in May, June and July unless the ministry reversed the decision quickly.",
        ]
        let article = Article(source: "case.txt", slug: "case", title: "Case", published: CalendarDate(year: 2015, month: 6, day: 8),
                              paragraphs: paragraphs.map { Paragraph(text: $0) })
        let found = ArticleExtractor().extract(article).events
        let signed = "\u{2014} In fact, the envoys signed the deal on June 20 after two weeks of talks in Geneva and Vienna."
        let met = "the envoys met on July 4 in Geneva, and they agreed to meet again in the autumn with their advisers and the heads of the largest unions of the region."
        let dispute = "It was the first time \u{2014} after a long and bitter dispute that had divided the ministers of every country in the region for more than a decade and had cost the union dearly \u{2014} that " + met
        let lapse = "said on April 9 that the plant\u{2019}s permit would lapse, and the unions said they would strike in May, June and July unless the ministry reversed the decision quickly."
        let context = signed + " " + dispute + " Those concerns were sharpened last week when the regulator"
        let expected: [(String, String)] = [
            ("2015-SP", "The ministry said the talks with the union had resumed after a long pause in the spring."),
            ("2015-06-08", "\u{201C}The ministry said the talks with the union had collapsed after three rounds.\u{201D}"),
            ("2015", "The company said in March that it would close its plant in Ohio by the end of the year.\u{BB}."),
            ("2015-05-03", "The board met on May 3 to approve the merger after a long debate about its cost?"),
            ("2014-07-04", signed + " It was the first time that " + met),
            ("2015-FA", signed + " It was the first time that " + met),
            ("2015-W23", "The regulator (a body set up in 2004 by the ministers) " + lapse),
            ("2004", context + " (a body set up in 2004 by the ministers) " + lapse),
            ("2016-05", context + " " + lapse),
            ("2015-06", context + " " + lapse),
        ]
        #expect(found.map(\.date) == expected.map(\.0))
        #expect(found.map(\.text) == expected.map(\.1))
    }
}
