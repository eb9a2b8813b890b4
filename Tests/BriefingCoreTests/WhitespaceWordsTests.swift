import Testing
@testable import BriefingCore

/// Word counts (the brief page's "Full article text · N words", the summary's 60-word budget)
/// are made without making the words; the count
/// must stay what `split(whereSeparator: \.isWhitespace).count` gives.
@Suite("Whitespace words")
struct WhitespaceWordsTests {
    static let paragraphs = [
        "GENEVA (AP) — Delegates met on Monday. \"We are close,\" said envoy Jane Doe.",
        "  Shares of AT&T fell 3.2%\tin early trading,\r\nthe exchange said.  ",
        "“We’re not there yet,” said Zürich’s mayor, Corine Mauch.",
        "The\u{00A0}ceasefire took effect at 6\u{2009}a.m. local time\u{2028}on Sunday.",
        "A combining mark after a space \u{301}makes one whitespace character with it.",
        "Le café a fermé\u{301} — “au revoir,” dit-il\u{2026} \u{0600} 5 \u{1F44D}\u{1F3FD} done",
        "Soft\u{00AD}hyphen, zero\u{200B}width space and a joiner a\u{200D} b.",
        "Em\u{2003}space, ideographic\u{3000}space and next\u{0085}line – “curly” ‘quotes’ — dashes",
        "Zürich’s café-bar\u{00A0}opens at 5\u{202F}p.m.\u{2029}Then: “closed.”",
        "",
        "   ",
    ]

    @Test func countsAsSplitDoes() {
        for text in Self.paragraphs {
            #expect(text.whitespaceWordCount == text.split(whereSeparator: \.isWhitespace).count, "\(text.debugDescription)")
        }
    }

    @Test func splitsAsSplitDoes() {
        for text in Self.paragraphs {
            #expect(text.whitespaceWords == text.split(whereSeparator: \.isWhitespace), "\(text.debugDescription)")
        }
    }

    @Test func countsWords() {
        #expect("GENEVA (AP) — Delegates met on Monday.".whitespaceWordCount == 7)
        #expect("  Shares fell\t3.2%\r\n".whitespaceWordCount == 3)
    }
}
