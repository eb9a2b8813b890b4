/// The texts of a sentence's tokens, handed to `FigureLexer` so that a word or number lexeme
/// spanning the same scalars as a token takes the token's text rather than making its own
/// string. Tokens are asked for in the order of their scalars, as the lexer reads them.
struct FigureTokenTexts {
    /// The tokens of the sentence's paragraph that lie within it, with their offsets in the
    /// paragraph, where the sentence starts at `base`.
    private let tokens: UnsafeBufferPointer<Token>
    private let base: Int
    /// The first token not yet passed over.
    private var next = 0

    init(_ tokens: UnsafeBufferPointer<Token>, sentenceStart base: Int) {
        self.tokens = tokens
        self.base = base
    }

    /// No tokens: every lexeme makes its own text.
    static var none: FigureTokenTexts { FigureTokenTexts(UnsafeBufferPointer(start: nil, count: 0), sentenceStart: 0) }

    /// The text of the token spanning exactly the sentence's scalars `start..<end`, if one does
    /// (its text is then those scalars'); tokens before `start` are passed over for good.
    mutating func text(_ start: Int, _ end: Int) -> String? {
        while next < tokens.count, tokens[next].start - base < start { next += 1 }
        guard next < tokens.count, tokens[next].start - base == start, tokens[next].end - base == end else { return nil }
        return tokens[next].text
    }
}
