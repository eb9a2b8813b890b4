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
        let members = ["said", "the", "smith", "officials", "k", "i"]
        let common = TokenWordSet(words: members, removed: ["smith"])
        // A member past ASCII may equal an ASCII word: the look-up then goes by strings.
        let others = TokenWordSet(words: members + ["straße", "\u{212A}"], removed: ["smith"])
        Self.expectLowercasedLookUpsAgree([common, others], queries)
        #expect(common.containsLowercased("Said"))
        #expect(!common.containsLowercased("Smith"))
    }

    @Test func membersPastASCIIThatEqualNoASCIIWordKeepTheByteLookUp() {
        let queries = ["Said", "THE", "DON’T", "don’t", "Don't", "K", "k", "\u{212A}", "Kilo", "\u{212A}ilo", "Straße", "caf\u{E9}", "cafe\u{301}", ""]
        // Members past ASCII that equal no ASCII word ("don’t", "café"), then ones that do ("\u{212A}" is "K", "\u{212A}ilo" is "Kilo").
        let members = ["said", "the", "kilo", "Kilo", "don’t", "café", "straße"]
        let set = TokenWordSet(words: members, removed: ["the", "ça"])
        let withKelvin = TokenWordSet(words: members + ["\u{212A}"], removed: ["the", "ça", "\u{212A}ilo"])
        Self.expectLowercasedLookUpsAgree([set, withKelvin], queries)
        for candidate in [set, withKelvin] {
            for word in queries { #expect(candidate.contains(word) == Self.naiveContains(candidate, word), "\(word)") }
        }
        #expect(set.containsLowercased("Said") && set.containsLowercased("KILO") && !set.containsLowercased("The"))
        #expect(set.containsLowercased("Cafe\u{301}") && set.containsLowercased("DON’T"))
        #expect(withKelvin.contains("K") && !withKelvin.contains("k") && set.contains("Kilo") && !withKelvin.contains("Kilo") && withKelvin.contains("kilo"))
    }

    /// Expects every set to answer `containsLowercased` for each query as it answers
    /// `contains` of the query lower-cased.
    private static func expectLowercasedLookUpsAgree(_ sets: [TokenWordSet], _ queries: [String]) {
        for set in sets {
            for word in queries {
                #expect(set.containsLowercased(word) == set.contains(word.lowercased()), "\(word)")
            }
        }
    }

    /// Membership read the long way: inserted and not removed, by `String` equality.
    private static func naiveContains(_ set: TokenWordSet, _ word: String) -> Bool {
        let inserted: Set<String> = ["said", "the", "kilo", "Kilo", "don’t", "café", "straße", "\u{212A}"]
        let removed: Set<String> = ["the", "ça", "\u{212A}ilo"]
        let hasKelvin = set.wasInserted("\u{212A}")
        let members = hasKelvin ? inserted : inserted.subtracting(["\u{212A}"])
        let gone = hasKelvin ? removed : removed.subtracting(["\u{212A}ilo"])
        return members.contains(word) && !gone.contains(word)
    }

    @Test func lowerCasedEqualityGivesWhatLowerCasingGives() {
        let words = ["as", "As", "AS", "aS", "a", "ask", "", "the", "The", "THE", "then", "th", "who", "Who", "WHO", "whose", "it", "It",
                     "\u{212A}", "\u{212A}ey", "k", "K", "İt", "i\u{307}t", "Ás", "quoted", "Quoted", "QUOTED", "quote", "@s", "[he"]
        for word in words {
            #expect(word.equalsLowercased("as") == (word.lowercased() == "as"), "\(word)")
            #expect(word.equalsLowercased("the") == (word.lowercased() == "the"), "\(word)")
            #expect(word.equalsLowercased("it") == (word.lowercased() == "it"), "\(word)")
            #expect(word.equalsLowercased("k") == (word.lowercased() == "k"), "\(word)")
            #expect(word.equalsLowercased("key") == (word.lowercased() == "key"), "\(word)")
            #expect(word.equalsLowercased("quoted") == (word.lowercased() == "quoted"), "\(word)")
        }
        #expect("The".equalsLowercased("the") && "\u{212A}".equalsLowercased("k") && !"Then".equalsLowercased("the"))
    }

    @Test func spaceJoinedWordsAreTheLibrarysJoin() {
        let lists: [[String]] = [[], [""], ["Kerry"], ["John", "Kerry"], ["Secretary", "of", "State", "John", "Kerry"], ["", "a", ""], ["Jos\u{E9}", "\u{301}x"]]
        for words in lists {
            #expect(words.joinedBySpaces == words.joined(separator: " "), "\(words)")
            #expect(words.dropFirst().joinedBySpaces == words.dropFirst().joined(separator: " "), "\(words)")
        }
        #expect(["Secretary", "of", "State"].joinedBySpaces == "Secretary of State")
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

extension TokenWordSet {
    /// The set of `words` less `removed`, made as the quote extractor makes its sets: the
    /// tables filled first.
    init(words: [String], removed: [String] = []) {
        var table = WordTable(), gone = WordTable()
        for word in words { table.insert(word) }
        for word in removed { gone.insert(word) }
        self.init(table, removed: gone)
    }
}
