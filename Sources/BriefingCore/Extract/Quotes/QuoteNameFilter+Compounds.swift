/// Quotes that are the first part of a hyphenated word: "a “Wheel of Fortune”-style game".
extension QuoteNameFilter {
    /// True when the closing mark ending before `end` (the quote's outer end in `scalars`) is
    /// glued to a hyphen and a lower-case letter, so the quoted words make one word with what
    /// follows: "a “Wheel of Fortune”-style game", "“Jaws”-inspired"; not "“…” - she said" (a
    /// spaced dash) nor "“…”—Smith" (a dash before a name).
    static func formsCompound(_ scalars: [Unicode.Scalar], quoteEnd end: Int) -> Bool {
        guard end + 1 < scalars.count, scalars[end] == "-" else { return false }
        return scalars[end + 1].properties.isLowercase
    }
}
