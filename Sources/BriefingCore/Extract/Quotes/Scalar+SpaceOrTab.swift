extension Unicode.Scalar {
    /// `isSpaceOrTab`, told without Foundation's character set for an ASCII scalar and for the
    /// punctuation U+2010–U+2027 (dashes, curly quote marks, bullets, ellipsis), none of which
    /// is a space: the marks that open and close paragraphs of quotes, read at every paragraph.
    @inline(__always)
    var isSpaceOrTabQuickly: Bool {
        if value < 0x80 { return self == " " || self == "\t" }
        if value &- 0x2010 < 0x18 { return false }
        return isSpaceOrTab
    }
}
