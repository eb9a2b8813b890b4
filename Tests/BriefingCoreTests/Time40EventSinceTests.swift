import Foundation
import Testing
@testable import BriefingCore

/// `EventExtractor.isOngoing` tells "since" before an event's date from the word's five
/// scalars packed into an integer (it zipped them with the scalars of "since"): the word in
/// any case is "since", a word past ASCII, of other letters or of another length is not.
@Suite("Event extractor: \"since\" before a date told from its packed scalars")
struct Time40EventSinceTests {
    private func ongoing(_ word: String) -> Bool? {
        let text = "North Korea has dispatched roughly 15,000 troops to Russia \(word) October of last year."
        let article = Article(source: "case.txt", slug: "case", title: "Case", published: CalendarDate(year: 2025, month: 12, day: 29),
                              paragraphs: [Paragraph(text: text)])
        return ArticleExtractor().extract(article).events.first?.ongoing
    }

    @Test func sinceInAnyCaseAndNoOtherWord() {
        for word in ["since", "Since", "SINCE", "sInCe", "ever since", "(since"] { #expect(ongoing(word) == true, "\(word)") }
        for word in ["in", "wince", "sinc", "sinces", "s\u{131}nce", "s\u{130}nce", "\u{17F}ince", "since-", "sin ce", "sincе"] {
            #expect(ongoing(word) == false, "\(word)")
        }
    }
}
