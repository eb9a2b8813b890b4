/// A set of words whose look-ups first pass a `WordLengthFilter`: most words of running text
/// are ruled out by their first bytes and length without being hashed.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    var words: Set<String> { members.words }
    /// The words, looked up past the filter.
    let members: LexiconSet
    private let filter: WordLengthFilter

    init(_ words: Set<String>) {
        members = LexiconSet(words)
        filter = WordLengthFilter(words)
    }

    init(arrayLiteral elements: String...) {
        self.init(Set(elements))
    }

    /// Whether `word` is one of the words.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        filter.mayContain(word) && members.contains(word)
    }

    /// False only when neither `word` nor `word.lowercased()` is one of the words: a test to
    /// make before lower-casing a word to look it up.
    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        filter.mayContain(word)
    }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}
