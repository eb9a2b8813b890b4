import Testing
@testable import BriefingCore

/// The shortcuts of the quote extractor behave as the plain paths did: the possessive ending
/// read from bytes gives what comparing characters gives, a set of words whose tables sit
/// behind one reference is still a value, each copy changed on its own, and a paragraph
/// without quotes reads every token as a word outside them.
@Suite("Quote shared values")
struct QuoteSharedValueTests {
    @Test func possessiveEndingGivesWhatCharactersGive() {
        // Straight and curly apostrophes, names past ASCII, dashes, U+0600 (which prepends itself to
        // the character after it) and combining marks before and after the apostrophe.
        let words = [
            "Trump's", "Korea’s", "Nuñez’s", "Zoë's", "Ross", "s", "'s", "’s", "’", "", "Jones'", "it’ss", "Post-Dispatch’s",
            "Korea\u{0600}’s", "Korea\u{0600}'s", "Andr\u{E9}'s", "Andre\u{301}'s", "Korea’\u{301}s", "Korea'\u{301}s", "Korea’s\u{301}",
            "—’s", "–'s", "“Trump’s", "x’S", "Trump’ s",
        ]
        for word in words {
            #expect(word.endsWithPossessiveS == (word.hasSuffix("'s") || word.hasSuffix("\u{2019}s")), "\(word)")
        }
        #expect("Korea’s".endsWithPossessiveS)
        #expect(!"Korea\u{0600}’s".endsWithPossessiveS)
    }

    /// Sets made of some of the same words answer each for its own: the tables behind one are
    /// never another's.
    @Test func setsOfTheSameWordsAnswerOnTheirOwn() {
        let words = ["said", "the", "smith", "café", "naïve"]
        let original = TokenWordSet(words: words)
        let copy = TokenWordSet(words: words + ["told", "Ñandú"], removed: ["smith"])
        #expect(!original.contains("told") && copy.contains("told"))
        #expect(original.contains("smith") && !copy.contains("smith") && copy.wasInserted("smith"))
        #expect(!original.contains("Ñandú") && copy.contains("Ñandú"))
        #expect(original.contains("café") && copy.contains("cafe\u{301}"))
        let again = TokenWordSet(words: words + ["told", "Ñandú"], removed: ["smith", "the"])
        #expect(copy.contains("the") && !again.contains("the") && original.contains("the"))
        #expect(again.containsLowercased("SAID") && !again.containsLowercased("THE") && original.containsLowercased("THE"))
    }

    /// A paragraph without quotes keeps no list of which tokens lie outside them: its words are
    /// every token's, a dashed relative split as in a paragraph with quotes.
    @Test func paragraphWithoutQuotesReadsEveryToken() {
        let text = "Nuñez-who said she was “tired” at 5—6 p.m.—told O’Brien’s aides. Then Zoë left."
        let scalars = text.unicodeScalarArray
        let tokens = Tokenizer.tokens(text, scalars: scalars)
        let sentences = SentenceSplitter.split(text, scalars: scalars)
        let quoted = QuoteParagraph(tokens: tokens, spans: QuoteSpanScanner.spans(in: scalars), sentences: sentences)
        let plain = QuoteParagraph(tokens: tokens, spans: [], sentences: sentences)
        for (i, sentence) in sentences.enumerated() {
            let texts = tokens.filter { sentence.start <= $0.start && $0.start < sentence.end }.map(\.text)
            let expected = texts.flatMap { word in QuoteParagraph.dashedRelative(word).map { [$0.0, "\u{2014}", $0.1] } ?? [word] }
            #expect(plain.words(inSentence: i) == expected, "\(i)")
            for limit in [0, 12, 30, sentence.end, .max] {
                #expect(plain.wordCount(inSentence: i, before: limit) == plain.words(inSentence: i, before: limit).count, "\(i) \(limit)")
            }
        }
        #expect(plain.words(inSentence: 0).prefix(3) == ["Nuñez", "\u{2014}", "who"])
        #expect(plain.words(inSentence: 0).contains("tired") && !quoted.words(inSentence: 0).contains("tired"))
    }
}
