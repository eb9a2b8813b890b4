/// Asides and clauses that keep a quoted term apart from the words of saying elsewhere in its
/// sentence.
extension QuoteNameFilter {
    /// The range of `words` (a sentence's words outside its quotes) between the dashes around
    /// the quote at word index `index`: from the last dash before it to the first one after it,
    /// or the sentence's ends. "HQ Trivia makes enough in … purchases — users can buy “extra
    /// lives” in case they get a question wrong — that the show pays for itself" holds the quote
    /// in "users can buy … wrong"; "Kroll was also HQ’s “technical” co-founder — the engineer who
    /// some believed …" in "Kroll was also HQ’s co-founder".
    static func dashSegment(_ words: [String], quoteAt index: Int) -> Range<Int> {
        let index = min(index, words.count)
        let start = words[..<index].lastIndex(where: QuoteAttribution.isSetOffDash).map { $0 + 1 } ?? 0
        let end = words[index...].firstIndex(where: QuoteAttribution.isSetOffDash) ?? words.count
        return start..<max(start, end)
    }

    /// True when every cue of `words` (`candidates`, with their word indices) is an "according
    /// to" outside the dash segment of the quote at `index`, or before the clause that holds it
    /// (`ownClause`): a source for the clause it is set in, not for a term in an aside or a clause
    /// after it: "Yusupov was unaware of …, according to multiple sources, and it created a “rough
    /// patch” for the co-founders". One after the clause sources the clauses before it too:
    /// "Women are “barely receptive” to …, and the party does “especially poorly” with women …,
    /// according to the report".
    static func sourcedOnlyOutside(_ candidates: [(attribution: QuoteAttribution, cue: Int)], words: [String], quoteAt index: Int) -> Bool {
        guard !candidates.isEmpty else { return false }
        let segment = dashSegment(words, quoteAt: index)
        let clauseStart = ownClause(Array(words[segment]), from: index - segment.lowerBound).startIndex + segment.lowerBound
        return candidates.allSatisfy { $0.attribution.cue == "according to" && (!segment.contains($0.cue) || $0.cue < clauseStart) }
    }
}
