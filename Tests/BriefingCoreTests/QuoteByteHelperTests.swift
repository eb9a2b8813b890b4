import Testing
@testable import BriefingCore

/// The byte shortcuts of the quote rules give what the library's comparisons of characters
/// give: plain suffixes, the semicolon, lower-cased look-ups in the common-word table, word
/// counts before a quote and the first token after an offset.
@Suite("Quote byte helpers")
struct QuoteByteHelperTests {
    /// Words ending in the suffixes by bytes or by characters only, and past ASCII before them:
    /// U+0600 prepends itself to the "e" after it, a combining mark joins the letter before it.
    private static let words = [
        "said", "saying", "Saying", "described", "ed", "d", "", "proudly", "ly", "Ross", "Officials", "officials’s",
        "x\u{0600}ed", "café", "cafe\u{301}", "stated\u{301}", "é-ed", "\u{0600}ing", "running", "Read more", "… Read more",
    ]

    @Test func plainSuffixesGiveWhatCharactersGive() {
        for word in Self.words {
            #expect(word.hasPlainSuffix("ed") == word.hasSuffix("ed"), "\(word)")
            #expect(word.hasPlainSuffix("ing") == word.hasSuffix("ing"), "\(word)")
            #expect(word.hasPlainSuffix("ly") == word.hasSuffix("ly"), "\(word)")
            #expect(word.hasPlainSuffix("s") == word.hasSuffix("s"), "\(word)")
            #expect(word.hasPlainSuffix("Read more") == word.hasSuffix("Read more"), "\(word)")
        }
        #expect("described".hasPlainSuffix("ed"))
        #expect(!"stated\u{301}".hasPlainSuffix("ed"))
    }

    @Test func semicolonTestGivesWhatStringEqualityGives() {
        for word in [";", "\u{037E}", ";;", ",", "", ";\u{301}", "a;"] {
            #expect(word.isSemicolon == (word == ";"), "\(word)")
        }
        #expect("\u{037E}".isSemicolon)
    }

    @Test func lowerCasedLookUpGivesWhatLowerCasingGives() {
        let queries = ["Said", "THE", "Smith", "smith", "Officials", "K", "\u{212A}", "Straße", "STRASSE", "Nobody", "", "İ", "i\u{307}"]
        // ASCII members only: ASCII words are looked up by their folded bytes.
        var common = TokenWordSet()
        for word in ["said", "the", "smith", "officials", "k", "i"] { common.insert(word) }
        common.remove("smith")
        // A member past ASCII may equal an ASCII word: the look-up then goes by strings.
        var others = common
        others.insert("straße")
        others.insert("\u{212A}")
        for set in [common, others] {
            for word in queries {
                #expect(set.containsLowercased(word) == set.contains(word.lowercased()), "\(word)")
            }
        }
        #expect(common.containsLowercased("Said"))
        #expect(!common.containsLowercased("Smith"))
    }

    @Test func wordCountBeforeAQuoteIsTheCountOfTheWords() {
        let text = "Williams-who said he was counting, told reporters “We will go” and left."
        let scalars = text.unicodeScalarArray
        let tokens = Tokenizer.tokens(text, scalars: scalars)
        let sentences = SentenceSplitter.split(text, scalars: scalars)
        let spans = QuoteSpanScanner.spans(in: scalars)
        let paragraph = QuoteParagraph(tokens: tokens, spans: spans, sentences: sentences)
        for limit in [0, 5, 9, 20, spans[0].outer.lowerBound, scalars.count, .max] {
            #expect(paragraph.wordCount(inSentence: 0, before: limit) == paragraph.words(inSentence: 0, before: limit).count, "\(limit)")
        }
        #expect(paragraph.words(inSentence: 0, before: 20).prefix(3) == ["Williams", "\u{2014}", "who"])
    }

    @Test func firstTokenFromAnOffsetIsTheFirstStartingThere() {
        let tokens = Tokenizer.tokens("He said, “Yes.” Then he left.")
        for offset in -1...40 {
            let expected = tokens.firstIndex { $0.start >= offset } ?? tokens.count
            #expect(QuoteParagraph.firstToken(tokens, from: offset) == expected, "\(offset)")
        }
        #expect(QuoteParagraph.firstToken([], from: 3) == 0)
    }
}
