/// Which of the attribution rules' word lists a word is in, told by one look-up: the rules that
/// test a word against several lists in a row (a role word is none of seven) read them all at once
/// instead of filtering and hashing the word once for each list.
///
/// `of(word)` holds a list's bit exactly when that list `contains(word)`: the table's keys are
/// the lists' words, matched by `String` equality as each list matches them (a word of two lists,
/// or two words equal to each other, carry the bits of both).
struct QuoteWordClass: OptionSet, Sendable {
    let rawValue: UInt16

    static let cue = QuoteWordClass(rawValue: 1 << 0)
    static let clauseWord = QuoteWordClass(rawValue: 1 << 1)
    static let determiner = QuoteWordClass(rawValue: 1 << 2)
    static let preposition = QuoteWordClass(rawValue: 1 << 3)
    static let functionWord = QuoteWordClass(rawValue: 1 << 4)
    static let adverb = QuoteWordClass(rawValue: 1 << 5)
    static let finiteAuxiliary = QuoteWordClass(rawValue: 1 << 6)
    static let auxiliary = QuoteWordClass(rawValue: 1 << 7)
    static let sourceNoun = QuoteWordClass(rawValue: 1 << 8)
    static let roleNoun = QuoteWordClass(rawValue: 1 << 9)

    /// The lists, each with its bit.
    private static var lists: [(words: Set<String>, bit: QuoteWordClass)] {
        [
            (QuoteAttribution.cues.words, .cue), (QuoteAttribution.clauseWords.words, .clauseWord),
            (QuoteAttribution.determiners.words, .determiner), (QuoteAttribution.prepositions.words, .preposition),
            (QuoteAttribution.functionWords.words, .functionWord), (QuoteAttribution.adverbs.words, .adverb),
            (QuoteAttribution.finiteAuxiliaries.words, .finiteAuxiliary), (QuoteAttribution.auxiliaries.words, .auxiliary),
            (QuoteAttribution.sourceNouns.words, .sourceNoun), (SpeakerDirectory.roleNouns.words, .roleNoun),
        ]
    }

    /// Each word of the lists with the bits of the lists holding it.
    private static let table = LexiconMap(memberships: lists)

    /// Rules out most words before `table` is searched.
    private static let filter = WordLengthFilter(table.keys)

    /// The lists that contain `word` (as it is: a caller wanting the lower-case word's lists
    /// passes it lower-cased).
    static func of(_ word: String) -> QuoteWordClass {
        filter.mayContain(word) ? table[word] ?? [] : []
    }

    /// `of(word)` for an ASCII word whose bytes are `bytes` and whose `ASCIIWordHash` is `hash`,
    /// for a caller that hashed the bytes as it read them for tests of its own.
    @inline(__always)
    static func of(ascii bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> QuoteWordClass {
        table[ascii: bytes, hash: hash] ?? []
    }
}
