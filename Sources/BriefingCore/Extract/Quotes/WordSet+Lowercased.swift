extension WordSet {
    /// `contains(word.lowercasedIfNeeded)`, with a word ruled out by its first bytes and length
    /// (in either case) before it is lower-cased.
    @inline(__always)
    func containsLowercased(_ word: String) -> Bool {
        mayContain(word) && contains(word.lowercasedIfNeeded)
    }
}
