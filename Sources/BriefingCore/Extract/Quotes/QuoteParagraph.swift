/// One paragraph seen by the quote extractor: its tokens, quoted spans and sentences, with the
/// words of each sentence that lie outside the quotes. Never changed once made, and captured
/// by the closures of the paragraph loop: a reference, copied with one retain rather than one
/// for each of its arrays.
final class QuoteParagraph {
    let tokens: [Token]
    let spans: [QuoteSpanScanner.Span]
    let sentences: [SentenceSplitter.Sentence]
    /// For each token, whether it lies outside every quoted span (marks included); nil for a
    /// paragraph without quotes (most), where every token does.
    private let outside: [Bool]?
    /// Whether a token joins a name to a relative pronoun (`dashedRelative`): most paragraphs
    /// have none, and their tokens are not read again for one.
    private let hasDashedRelative: Bool
    /// The words of each sentence outside its quotes, read many times.
    private let sentenceWords: [[String]]

    convenience init(tokens: [Token], spans: [QuoteSpanScanner.Span], sentences: [SentenceSplitter.Sentence]) {
        self.init(tokens: tokens, spans: spans, sentences: sentences, starts: NameStarts.of(tokens))
    }

    /// The paragraph of `tokens`, given their `NameStarts`: only a token there may open with a
    /// capital, as a name joined to a relative pronoun does.
    init(tokens: [Token], spans: [QuoteSpanScanner.Span], sentences: [SentenceSplitter.Sentence], starts: ArraySlice<Int>) {
        self.tokens = tokens
        self.spans = spans
        self.sentences = sentences
        let outside = spans.isEmpty ? nil : Self.outside(tokens, spans)
        self.outside = outside
        let dashed = starts.contains { Self.dashedRelative(tokens[$0].text) != nil }
        hasDashedRelative = dashed
        sentenceWords = sentences.map { Self.words(of: tokens, outside: outside, dashed: dashed, from: $0.start, to: $0.end) }
    }

    /// For each of `tokens`, whether it lies outside every one of `spans` (sorted, none overlapping).
    private static func outside(_ tokens: [Token], _ spans: [QuoteSpanScanner.Span]) -> [Bool] {
        var outside = [Bool](repeating: true, count: tokens.count)
        var s = 0
        for (i, token) in tokens.enumerated() {
            while s < spans.count, spans[s].outer.upperBound <= token.start { s += 1 }
            if s < spans.count, spans[s].outer.contains(token.start) { outside[i] = false }
        }
        return outside
    }

    /// The words of sentence `index` outside its quotes, up to scalar offset `limit`.
    func words(inSentence index: Int, before limit: Int = .max) -> [String] {
        let sentence = sentences[index]
        if limit >= sentence.end { return sentenceWords[index] }
        return Self.words(of: tokens, outside: outside, dashed: hasDashedRelative, from: sentence.start, to: limit)
    }

    /// The words of sentences `first` and `last` outside their quotes, one list after the
    /// other: `first`'s own list when both are one sentence (most quotes), not a copy of it.
    func words(ofSentence first: Int, and last: Int) -> [String] {
        first == last ? sentenceWords[first] : sentenceWords[first] + sentenceWords[last]
    }

    /// How many words `words(inSentence:before:)` gives, counted without making them: where a
    /// quote sits among the words of its sentence.
    func wordCount(inSentence index: Int, before limit: Int) -> Int {
        let sentence = sentences[index]
        if limit >= sentence.end { return sentenceWords[index].count }
        var count = 0
        for i in Self.tokenRange(tokens, from: sentence.start, to: limit) where outside?[i] ?? true {
            count += hasDashedRelative && !tokens[i].text.opensWithASCIINonCapital && Self.dashedRelative(tokens[i].text) != nil ? 3 : 1
        }
        return count
    }

    /// The texts of the tokens outside quotes that start at scalar offsets `start..<end`;
    /// `dashed` is false when no token of the paragraph is a `dashedRelative`.
    private static func words(of tokens: [Token], outside: [Bool]?, dashed: Bool, from start: Int, to end: Int) -> [String] {
        let range = tokenRange(tokens, from: start, to: end)
        // A sentence of a paragraph without quotes whose names are joined to no relative pronoun (most) has the
        // tokens' texts for its words.
        if outside == nil, !dashed || !tokens[range].contains(where: { !$0.text.opensWithASCIINonCapital && dashedRelative($0.text) != nil }) {
            return tokens[range].map(\.text)
        }
        var words: [String] = []
        words.reserveCapacity(range.count)
        for i in range where outside?[i] ?? true {
            // A name opens with a capital: most words are passed over by their first byte.
            if dashed, !tokens[i].text.opensWithASCIINonCapital, let (name, pronoun) = dashedRelative(tokens[i].text) {
                words += [name, "\u{2014}", pronoun]
            } else {
                words.append(tokens[i].text)
            }
        }
        return words
    }

    /// The indices of the tokens that start at scalar offsets `start..<end`. Tokens are in text
    /// order: the first is found by bisection, not by reading the whole paragraph for each sentence.
    /// (The end is found by bisection too, among the tokens from the first: a sentence's
    /// tokens, read one by one, were most of the cost.)
    private static func tokenRange(_ tokens: [Token], from start: Int, to end: Int) -> Range<Int> {
        let first = firstToken(tokens, from: start)
        return first..<firstToken(tokens, from: end, notBefore: first)
    }

    /// The index of the first of `tokens` from index `lower` on that starts at scalar offset
    /// `offset` or later (`tokens.count` when none does), found by bisection: tokens are in
    /// text order.
    static func firstToken(_ tokens: [Token], from offset: Int, notBefore lower: Int = 0) -> Int {
        var first = lower, past = tokens.count
        while first < past {
            let mid = (first + past) / 2
            if tokens[mid].start < offset { first = mid + 1 } else { past = mid }
        }
        return first
    }

    /// A name and a relative pronoun joined by a hyphen typed for a dash: "Williams-who said he was counting …
    /// -was able to tease Hansbrough" → ("Williams", "who").
    /// Most words hold no hyphen byte, which the hyphen `Character` needs, and are ruled out by it.
    static func dashedRelative(_ word: String) -> (String, String)? {
        guard UTF8Scan.containsByte(word, 0x2D), word.startsWithUppercase, let dash = word.lastIndex(of: "-") else { return nil }
        let after = String(word[word.index(after: dash)...])
        guard ["who", "which", "whose"].contains(after), dash > word.startIndex else { return nil }
        return (String(word[..<dash]), after)
    }

    /// Up to `count` tokens just before scalar offset `offset`, quoted or not.
    func words(before offset: Int, count: Int) -> [String] { Self.words(of: tokens, before: offset, count: count) }

    /// Up to `count` of `tokens` just before scalar offset `offset`.
    static func words(of tokens: [Token], before offset: Int, count: Int) -> [String] {
        guard !tokens.isEmpty else { return [] }
        let end = firstToken(tokens, from: offset)
        return tokens[max(0, end - count)..<end].map(\.text)
    }
}
