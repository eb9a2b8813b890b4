/// Where the names of an article's paragraphs may start: the indices of each paragraph's
/// tokens whose text does not open with an ASCII byte other than a capital
/// (`opensWithASCIINonCapital`), the only tokens at which the speaker and organization
/// directories try a run. Most tokens are lower-case words and punctuation: reading these
/// lists passes them over without reading each token again. Kept in one array for all the
/// paragraphs, not an array each.
struct NameStarts {
    private var indices: [Int] = []
    /// Where each paragraph's indices end in `indices`.
    private var ends: [Int] = []

    /// Room for `paragraphs` paragraphs of `tokens` tokens in all.
    init(paragraphs: Int, tokens: Int) {
        ends.reserveCapacity(paragraphs)
        indices.reserveCapacity(tokens / 4)
    }

    /// The starts of one paragraph's `tokens`, read token by token.
    static func of(_ tokens: [Token]) -> ArraySlice<Int> {
        // (Made to size, not grown.)
        var starts: [Int] = []
        starts.reserveCapacity(tokens.count)
        for (k, token) in tokens.enumerated() where !token.text.opensWithASCIINonCapital { starts.append(k) }
        return starts[...]
    }

    /// Adds token `index` of the paragraph being read.
    mutating func append(_ index: Int) { indices.append(index) }

    /// Ends the paragraph being read.
    mutating func endParagraph() { ends.append(indices.count) }

    /// The starts of paragraph `paragraph`, in order.
    @inline(__always)
    subscript(paragraph: Int) -> ArraySlice<Int> {
        indices[(paragraph == 0 ? 0 : ends[paragraph - 1])..<ends[paragraph]]
    }
}
