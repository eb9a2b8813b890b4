extension String {
    /// `self == word` for a `word` of ASCII bytes other than "K", ";" and "`": those are the only
    /// ASCII characters another string can be canonically equal to (U+212A KELVIN SIGN, U+037E
    /// GREEK QUESTION MARK and U+1FEF GREEK VARIA decompose to them), so a string equal to such
    /// a word holds its very bytes, and one of another length is ruled out without the
    /// library's comparison (most words compared to a mark or a cue are).
    @inline(__always)
    func equalsPlainWord(_ word: String) -> Bool {
        utf8.count == word.utf8.count && self == word
    }

    /// `self == ";"`: a semicolon or U+037E GREEK QUESTION MARK, which decomposes to one, and
    /// nothing else is equal to it; a string of more than their two bytes is ruled out by its count.
    @inline(__always)
    var isSemicolon: Bool {
        utf8.count <= 2 && self == ";"
    }
}
