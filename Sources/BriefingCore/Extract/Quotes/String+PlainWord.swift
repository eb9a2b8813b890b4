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

    /// `lowercased() == word` for a `word` of lower-case ASCII letters, without the lower-cased
    /// string: an ASCII string lower-cases to its bytes with A–Z folded, which equal such a word
    /// only byte for byte, so most strings are ruled out by their first byte (an ASCII first
    /// scalar lower-cases to one ASCII scalar, which the word's first must be). A string past
    /// ASCII ("\u{212A}" lower-cases to "k") is lower-cased and compared by the library.
    @inline(__always)
    func equalsLowercased(_ word: StaticString) -> Bool {
        if let first = firstByte, first < 0x80, first | 0x20 != word.utf8Start[0] { return false }
        let count = word.utf8CodeUnitCount
        let ascii = UTF8Scan.withBytes(self) { bytes -> Bool? in
            var equal = bytes.count == count
            for k in bytes.indices {
                guard bytes[k] < 0x80 else { return nil }
                if equal, bytes[k].asciiLowercased != word.utf8Start[k] { equal = false }
            }
            return equal
        }
        return ascii ?? (lowercased() == word.description)
    }
}
