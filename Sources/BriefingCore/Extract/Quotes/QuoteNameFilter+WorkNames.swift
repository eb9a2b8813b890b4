/// A work named by a participle after its noun: "who wrote a book called “Dog Whistle Politics.”".
extension QuoteNameFilter {
    /// Participles that name a work after its noun ("a book called", "a film named").
    private static let workNamingVerbs: LexiconSet = ["called", "named", "titled", "entitled"]

    /// Nouns of works, not of the people who make or present them ("the host called “…”" may be speech).
    private static let namedWorks: LexiconSet = [
        "book", "books", "memoir", "novel", "film", "movie", "documentary", "song", "album", "show", "program", "programme",
        "series", "podcast", "episode", "column", "essay", "play", "musical", "video", "sitcom", "miniseries", "op-ed", "blog",
    ]

    /// True when the words before a quote end with a work noun and a naming participle, an
    /// article after the participle allowed: "a book called “…”", "the documentary named “…”".
    /// The quote is the work's title even in a sentence of saying ("…,” said López, who wrote a
    /// book called “…”"); a noun of speech names no work ("a statement called the move “…”"
    /// keeps it, the object "the move" comes between).
    static func followsWorkNaming(_ before: [String]) -> Bool {
        var words = before[...]
        if let last = words.last?.lowercased(), ["a", "an", "the"].contains(last) { words = words.dropLast() }
        guard words.count >= 2, let verb = words.last?.lowercased(), workNamingVerbs.contains(verb) else { return false }
        return namedWorks.contains(words[words.index(before: words.endIndex) - 1].lowercased())
    }
}
