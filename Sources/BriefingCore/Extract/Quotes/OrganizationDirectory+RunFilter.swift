extension OrganizationDirectory {
    /// False only when the run's words give it no kind (`kinds(of:)`) and the words around it
    /// none either (`contextKinds`), so that it names no organization. Most capitalized runs are
    /// people, places and sentence openers with no telling word in or around them: they are
    /// ruled out from filters of their words' first bytes and lengths and from one or two of
    /// their bytes, before the words are copied and looked up.
    static func mayName(_ tokens: [Token], run: Range<Int>) -> Bool {
        let alone = run.count == 1
        for k in run where mayGiveKind(tokens[k].text, alone: alone) { return true }
        if run.lowerBound > 0, mayBeWord(tokens[run.lowerBound - 1].text, in: nominalFilter) { return true }
        guard run.upperBound < tokens.count else { return false }
        // "X said" is common, "X said in a statement" is not.
        let next = tokens[run.upperBound].text
        return mayBeWord(next, in: followerFilter) || opensAppositive(tokens, at: run.upperBound)
            || issuingVerbs.contains(next) && issuedDocument(tokens, from: run.upperBound + 1) != nil
    }

    /// False only when `word`, its possessive dropped as `kinds(of:)` drops it, gives a run no
    /// kind: it is no head word, "Press" or outlet's acronym (`kindWordFilter`), it ends in no
    /// "m" (".com"), and, alone in its run, its second byte is a lower-case letter, which opens a
    /// character that is no capital, so the word is no acronym (a possessive leaves the second
    /// byte where it was, or too few bytes for an acronym).
    private static func mayGiveKind(_ word: String, alone: Bool) -> Bool {
        if kindWordFilter.mayContain(word) { return true }
        // The ending "'s" or "’s" is two characters of two or four bytes.
        let possessive = word.endsWithPossessiveS
        return UTF8Scan.withBytes(word) { bytes in
            let end = possessive ? bytes.count - (bytes[bytes.count - 2] == 0x27 ? 2 : 4) : bytes.count
            if end > 0, bytes[end - 1] | 0x20 == 0x6D { return true }
            return alone && bytes.count >= 2 && bytes[1] &- 0x61 >= 26
        }
    }

    /// `filter.mayContain(word)` for a filter of words that open with a letter, ruling out at
    /// once the curly quotes and dashes around names (U+2000–U+203F, bytes E2 80), which the
    /// filter passes as it passes any word that is not ASCII: none of them is canonically
    /// equivalent to a letter, so no word they open equals a word of the filter.
    private static func mayBeWord(_ word: String, in filter: WordLengthFilter) -> Bool {
        !UTF8Scan.withBytes(word, opensWithMark) && filter.mayContain(word)
    }

    /// Whether `bytes` open with a scalar of U+2000–U+203F (bytes E2 80): the curly quotes, dashes
    /// and spaces of General Punctuation, none of which is a letter, a capital, or canonically
    /// equivalent to either.
    @inline(__always)
    static func opensWithMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 2 && bytes[0] == 0xE2 && bytes[1] == 0x80
    }

    /// Passes every word that `headKinds`, `acronymKinds` or "Press" holds, and each with an ASCII
    /// possessive ("Post's"); a curly one ("Post’s") is no ASCII word and passes any filter.
    private static let kindWordFilter = WordLengthFilter(
        Set(headKinds.keys).union(acronymKinds.keys).union(["Press"]).flatMap { [$0, $0 + "'s"] })

    /// Passes every nominal noun and reporting verb, which give a run their kinds when they
    /// follow it.
    private static let followerFilter = WordLengthFilter(Set(nominalKinds.keys).union(reportingVerbs.words))
}
