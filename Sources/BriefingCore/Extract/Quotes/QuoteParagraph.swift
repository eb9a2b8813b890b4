/// One paragraph seen by the quote extractor: its tokens, quoted spans and sentences, with the
/// words of each sentence that lie outside the quotes. Captured by the closures of the paragraph
/// loop: a reference, copied with one retain rather than one for each of its arrays. One serves
/// every paragraph of an article (`read`), its lists kept: a paragraph made afresh allocated its
/// lists and freed them again, each sentence's words through the runtime's generic value
/// witnesses, a call per word.
///
/// Its storage is read and written unchecked: a paragraph is read only between two `read`s, and
/// each access is one read or one write, none inside another.
final class QuoteParagraph {
    @exclusivity(unchecked) private(set) var tokens: [Token] = []
    @exclusivity(unchecked) private(set) var spans: [QuoteSpanScanner.Span] = []
    @exclusivity(unchecked) private(set) var sentences: [SentenceSplitter.Sentence] = []
    /// For each token, whether it lies outside every quoted span (marks included), told only
    /// for a paragraph with quotes (`quoted`): in one without (most), every token does.
    @exclusivity(unchecked) private var outsideFlags: [Bool] = []
    @exclusivity(unchecked) private var quoted = false
    /// Whether a token joins a name to a relative pronoun (`dashedRelative`): most paragraphs
    /// have none, and their tokens are not read again for one.
    @exclusivity(unchecked) private var hasDashedRelative = false
    /// The words of each sentence outside its quotes, read many times; lists past the
    /// paragraph's sentences are kept, for the next paragraph's.
    @exclusivity(unchecked) private var sentenceWords: [[String]] = []

    /// A paragraph to `read` paragraphs into.
    init() {}

    convenience init(tokens: [Token], spans: [QuoteSpanScanner.Span], sentences: [SentenceSplitter.Sentence]) {
        self.init(tokens: tokens, spans: spans, sentences: sentences, starts: NameStarts.of(tokens))
    }

    /// The paragraph of `tokens`, given their `NameStarts` (`read`).
    convenience init(tokens: [Token], spans: [QuoteSpanScanner.Span], sentences: [SentenceSplitter.Sentence], starts: ArraySlice<Int>) {
        self.init()
        read(tokens: tokens, spans: spans, sentences: sentences, starts: starts)
    }

    /// Makes this the paragraph of `tokens`, given their `NameStarts`: only a token there may
    /// open with a capital, as a name joined to a relative pronoun does. The lists of the
    /// paragraph before are emptied in place and filled again.
    func read(tokens: [Token], spans: [QuoteSpanScanner.Span], sentences: [SentenceSplitter.Sentence], starts: ArraySlice<Int>) {
        self.tokens = tokens
        self.spans = spans
        self.sentences = sentences
        quoted = !spans.isEmpty
        if quoted { Self.markOutside(tokens, spans, into: &outsideFlags) }
        let dashed = starts.contains { Self.dashedRelative(tokens[$0].text) != nil }
        hasDashedRelative = dashed
        let outside = self.outside
        for (k, sentence) in sentences.enumerated() {
            if k == sentenceWords.count { sentenceWords.append([]) }
            sentenceWords[k].removeAllInPlace()
            Self.appendWords(of: tokens, outside: outside, dashed: dashed, from: sentence.start, to: sentence.end, to: &sentenceWords[k])
        }
    }

    /// For each token, whether it lies outside every quoted span; nil for a paragraph without quotes.
    private var outside: [Bool]? { quoted ? outsideFlags : nil }

    /// Sets `outside` to tell, for each of `tokens`, whether it lies outside every one of `spans`
    /// (sorted, none overlapping).
    private static func markOutside(_ tokens: [Token], _ spans: [QuoteSpanScanner.Span], into outside: inout [Bool]) {
        outside.removeAll(keepingCapacity: true)
        outside.reserveCapacity(tokens.count)
        var s = 0
        for token in tokens {
            while s < spans.count, spans[s].outer.upperBound <= token.start { s += 1 }
            outside.append(!(s < spans.count && spans[s].outer.contains(token.start)))
        }
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
        let outside = self.outside
        for i in Self.tokenRange(tokens, from: sentence.start, to: limit) where outside?[i] ?? true {
            count += hasDashedRelative && !tokens[i].text.opensWithASCIINonCapital && Self.dashedRelative(tokens[i].text) != nil ? 3 : 1
        }
        return count
    }

    /// The texts of the tokens outside quotes that start at scalar offsets `start..<end`;
    /// `dashed` is false when no token of the paragraph is a `dashedRelative`.
    private static func words(of tokens: [Token], outside: [Bool]?, dashed: Bool, from start: Int, to end: Int) -> [String] {
        var words: [String] = []
        appendWords(of: tokens, outside: outside, dashed: dashed, from: start, to: end, to: &words)
        return words
    }

    /// Appends the words `words(of:outside:dashed:from:to:)` gives to `words`.
    private static func appendWords(of tokens: [Token], outside: [Bool]?, dashed: Bool, from start: Int, to end: Int, to words: inout [String]) {
        let range = tokenRange(tokens, from: start, to: end)
        words.reserveCapacity(range.count)
        // A sentence of a paragraph without quotes whose names are joined to no relative pronoun (most) has the
        // tokens' texts for its words.
        if outside == nil, !dashed || !tokens[range].contains(where: { !$0.text.opensWithASCIINonCapital && dashedRelative($0.text) != nil }) {
            for i in range { words.append(tokens[i].text) }
            return
        }
        for i in range where outside?[i] ?? true {
            // A name opens with a capital: most words are passed over by their first byte.
            if dashed, !tokens[i].text.opensWithASCIINonCapital, let (name, pronoun) = dashedRelative(tokens[i].text) {
                words += [name, "\u{2014}", pronoun]
            } else {
                words.append(tokens[i].text)
            }
        }
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
