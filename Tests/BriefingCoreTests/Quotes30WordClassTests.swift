import Testing
@testable import BriefingCore

/// `QuoteWordClass.of` holds a list's bit exactly when the list contains the word, for the
/// lists' own words, the words of news text, and words past ASCII that equal a list's word
/// written otherwise.
@Suite("Quotes 30: one look-up for a word's lists")
struct Quotes30WordClassTests {
    /// Each list with its bit: its words and its own membership test.
    private static var lists: [(name: String, bit: QuoteWordClass, words: Set<String>, contains: (String) -> Bool)] {
        [
            ("cues", .cue, QuoteAttribution.cues.words, QuoteAttribution.cues.contains),
            ("clauseWords", .clauseWord, QuoteAttribution.clauseWords.words, QuoteAttribution.clauseWords.contains),
            ("determiners", .determiner, QuoteAttribution.determiners.words, QuoteAttribution.determiners.contains),
            ("prepositions", .preposition, QuoteAttribution.prepositions.words, QuoteAttribution.prepositions.contains),
            ("functionWords", .functionWord, QuoteAttribution.functionWords.words, QuoteAttribution.functionWords.contains),
            ("adverbs", .adverb, QuoteAttribution.adverbs.words, QuoteAttribution.adverbs.contains),
            ("finiteAuxiliaries", .finiteAuxiliary, QuoteAttribution.finiteAuxiliaries.words, QuoteAttribution.finiteAuxiliaries.contains),
            ("auxiliaries", .auxiliary, QuoteAttribution.auxiliaries.words, QuoteAttribution.auxiliaries.contains),
            ("sourceNouns", .sourceNoun, QuoteAttribution.sourceNouns.words, QuoteAttribution.sourceNouns.contains),
            ("roleNouns", .roleNoun, SpeakerDirectory.roleNouns.words, SpeakerDirectory.roleNouns.contains),
        ]
    }

    private static let text = """
        “We will not back down,” the senior spokesman for the ministry said on Tuesday, adding that officials had \
        already told reporters about it. Analysts, who were not named, argued otherwise — but the minister's \
        deputy chief of staff, Ahn Gyu-back, a former Briton and an Italian-American, said: ‘It is what it is.’ Café owners in Zürich were there, too; \
        e\u{301}tude, \u{212A}elvin, SAID, Said, sAid, has, HAS, Is, the, The, THE, \u{2014}, 58 percent.
        """

    @Test func aWordsBitsAreTheListsThatContainIt() {
        var words = Self.lists.flatMap(\.words)
        words += Tokenizer.tokens(Self.text).map(\.text)
        words += words.map { $0.lowercased() } + words.map { $0.uppercased() } + words.map { $0.capitalized }
        words += ["", " ", "s\u{0061}id", "\u{212A}", "wa\u{0073}", "i\u{0301}s", "ha\u{0073}\u{0323}"]
        let lists = Self.lists
        for word in words {
            let classes = QuoteWordClass.of(word)
            for list in lists {
                #expect(classes.contains(list.bit) == list.contains(word), "\(word) in \(list.name)")
            }
        }
    }
}
