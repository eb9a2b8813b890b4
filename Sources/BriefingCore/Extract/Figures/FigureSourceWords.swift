extension FigureSource {
    /// The lowercase of each of a sentence's `tokens` (`FigureSource.lowercase`), told from
    /// its `scalars` as a token is read rather than for every token up front: an attribution
    /// reads only the few tokens around its cue. Valid while the buffers are.
    struct LowercaseTokens: RandomAccessCollection {
        typealias Indices = Range<Int>

        let tokens: UnsafeBufferPointer<Token>
        let scalars: UnsafeBufferPointer<Unicode.Scalar>

        var startIndex: Int { 0 }
        var endIndex: Int { tokens.count }

        subscript(position: Int) -> String {
            FigureSource.lowercase(tokens[position], scalars)
        }
    }
}
