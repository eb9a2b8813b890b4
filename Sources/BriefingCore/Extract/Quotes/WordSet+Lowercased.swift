extension WordSet {
    /// `contains(word.lowercasedIfNeeded)`, with a word ruled out by its first bytes and length
    /// (in either case) before it is lower-cased, and an ASCII word looked up without a string
    /// made (`LexiconSet.containsLowercased`).
    @inline(__always)
    func containsLowercased(_ word: String) -> Bool {
        mayContain(word) && members.containsLowercased(word)
    }
}
