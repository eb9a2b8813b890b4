/// The clause read for a word of saying around a quoted term, less an opening phrase of
/// passive participles that describes the term as its clause's subject.
extension QuoteNameFilter {
    /// The words of the clause holding the quote at word index `index` of `words` (a sentence's
    /// words outside its quotes, `next` the word after the quote) that may tell of someone saying
    /// it: its `ownClause`, but from the quote on when the clause opens with a past participle and
    /// a preposition and the quote, right after a comma, is the subject of a verb. "Excavated in
    /// 1998 …, and described in a new study published in PeerJ, “Bigfoot” was discovered" tells of
    /// a study describing a find, not of anyone saying "Bigfoot"; "He described it as “a
    /// disaster”" and "Described by aides as “furious,” he left" keep their reading.
    static func sayingClause(_ words: [String], quoteAt index: Int, next: String?) -> [String] {
        let clause = ownClause(words, from: index)
        let start = clause.startIndex
        guard let next, clauseVerbs.containsLowercased(next), index <= words.count, index > start + 2, words[index - 1] == ",",
              isPassiveParticiple(words[start]), QuoteAttribution.prepositions.containsLowercased(words[start + 1]),
              words[start + 1].lowercased() != "by"
        else { return Array(clause) }
        return Array(words[index..<max(index, clause.endIndex)])
    }

    /// A regular past participle, capitalized or not: "described", "Excavated".
    private static func isPassiveParticiple(_ word: String) -> Bool {
        word.hasPlainSuffix("ed") && word.count > 4 && word.dropFirst().allSatisfy(\.isLowercase)
    }
}
