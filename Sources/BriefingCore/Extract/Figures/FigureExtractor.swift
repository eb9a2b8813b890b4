/// Finds quantities (counts, money, percentages, measures, ordinals, ranges) and normalizes them.
///
/// Each sentence is scanned once into `FigureLexeme`s; `NumberParser` reads the numbers,
/// `FigureAmount` what is written with them (currency, percent, unit), `FigureRanges` the
/// bounds and hedges around them, and `FigureFilters` drops numbers that are no figures
/// (years, dates, clock times, phone, model and list numbers, file names).
public struct FigureExtractor: Sendable {
    public init() {}

    /// Figures in plain text (one paragraph), with their sentences as context.
    public func extract(text: String) -> [Figure] {
        SentenceSplitter.split(text).flatMap { extract(sentence: $0.text, paragraph: 0) }
    }

    /// Figures of the body, then of the photo captions (whose `paragraph` is -1).
    public func extract(_ article: Article) -> [Figure] {
        let scalars = article.paragraphs.map { $0.text.unicodeScalarArray }
        return extract(article, scalars: scalars, sentences: zip(article.paragraphs, scalars).map { SentenceSplitter.split($0.text, scalars: $1) })
    }

    /// Figures as above, with each paragraph's scalars already decoded and its sentences split.
    /// With the paragraphs' `tokens`, a sentence's sources are read from them rather than from
    /// tokens made again. Without `spans`, the figures come without their token spans
    /// (`Figure.spans` nil), which only the evaluation reads.
    func extract(
        _ article: Article, scalars: [[Unicode.Scalar]], sentences: [[SentenceSplitter.Sentence]], tokens: [[Token]]? = nil, spans: Bool = true
    ) -> [Figure] {
        var found: [Figure] = []
        for index in article.paragraphs.indices {
            // A sentence's scalars are read within its paragraph's, not copied.
            scalars[index].withUnsafeBufferPointer { paragraphScalars in
                for sentence in sentences[index] where FigurePrefilter.mayHoldFigure(scalars[index][sentence.start..<sentence.end]) {
                    let own = UnsafeBufferPointer(rebasing: paragraphScalars[sentence.start..<sentence.end])
                    if let tokens {
                        let within = Self.tokens(tokens[index], of: sentence)
                        tokens[index].withUnsafeBufferPointer { paragraph in
                            let mine = UnsafeBufferPointer(rebasing: paragraph[within])
                            figures(in: sentence.text, scalars: own, tokens: FigureTokenTexts(mine, sentenceStart: sentence.start), paragraph: index, spans: spans, into: &found) { _, _ in
                                FigureSource.attributions(paragraphScalars, mine, sentenceStart: sentence.start)
                            }
                        }
                    } else {
                        figures(in: sentence.text, scalars: own, paragraph: index, spans: spans, into: &found)
                    }
                }
            }
        }
        for caption in article.captions {
            // Decoded once: a sentence's scalars are those of the caption within it.
            let scalars = caption.text.unicodeScalarArray
            scalars.withUnsafeBufferPointer { buffer in
                for sentence in SentenceSplitter.split(caption.text, scalars: scalars) where FigurePrefilter.mayHoldFigure(scalars[sentence.start..<sentence.end]) {
                    figures(in: sentence.text, scalars: UnsafeBufferPointer(rebasing: buffer[sentence.start..<sentence.end]), paragraph: -1, spans: spans, into: &found)
                }
            }
        }
        return found
    }

    /// Figures of one sentence.
    public func extract(sentence: String, paragraph: Int) -> [Figure] {
        var found: [Figure] = []
        figures(in: sentence, paragraph: paragraph, spans: true, into: &found)
        return found
    }

    /// Appends to `out` the figures of one sentence, when `FigurePrefilter` lets it pass.
    private func figures(in sentence: String, paragraph: Int, spans: Bool, into out: inout [Figure]) {
        let scalars = sentence.unicodeScalarArray
        guard FigurePrefilter.mayHoldFigure(scalars[...]) else { return }
        scalars.withUnsafeBufferPointer { figures(in: sentence, scalars: $0, paragraph: paragraph, spans: spans, into: &out) }
    }

    /// The sources `FigureSource.attributions(in:scalars:)` finds in `sentence`, read from its
    /// paragraph's `scalars` and tokens: the sentence's tokens are those of `paragraph` within
    /// it, as a sentence starts and ends next to a space or the paragraph's ends, which no
    /// token crosses.
    static func attributions(_ scalars: [Unicode.Scalar], _ paragraph: [Token], of sentence: SentenceSplitter.Sentence) -> [FigureSource.Attribution] {
        let within = tokens(paragraph, of: sentence)
        return scalars.withUnsafeBufferPointer { scalars in
            paragraph.withUnsafeBufferPointer { tokens in
                FigureSource.attributions(scalars, UnsafeBufferPointer(rebasing: tokens[within]), sentenceStart: sentence.start)
            }
        }
    }

    /// The indices of the tokens of `paragraph` that lie within `sentence` (see `attributions`).
    static func tokens(_ paragraph: [Token], of sentence: SentenceSplitter.Sentence) -> Range<Int> {
        var k = 0, hi = paragraph.count
        while k < hi {
            let mid = (k + hi) / 2
            if paragraph[mid].start < sentence.start { k = mid + 1 } else { hi = mid }
        }
        var past = k
        while past < paragraph.count, paragraph[past].end <= sentence.end { past += 1 }
        return k..<past
    }

    /// Appends to `out` the figures of one sentence that `FigurePrefilter` let pass, given with
    /// its Unicode scalars (read in place; and the texts of its `tokens`, when at hand, which lexemes take),
    /// with their token spans when `spans`; `attributions` reads the
    /// sources of the sentence and its scalars (from tokens at hand, or else from tokens made
    /// for it), only when a figure is found.
    private func figures(
        in sentence: String, scalars: UnsafeBufferPointer<Unicode.Scalar>, tokens: FigureTokenTexts = .none, paragraph: Int, spans: Bool, into out: inout [Figure],
        attributions: (String, UnsafeBufferPointer<Unicode.Scalar>) -> [FigureSource.Attribution] = { FigureSource.attributions(in: $0, scalars: Array($1)) }
    ) {
        let lx = FigureLexer.lex(scalars, tokens: tokens)
        var found: [FoundFigure] = []
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { bytes in
            // Whether a lexeme may start a figure is told as the scan reaches it: the
            // lexemes inside a figure are passed over untold.
            let tables = Self.startTables
            let mayStart = { Self.mayStart(lx, at: $0, scalars: scalars, buffer: bytes, tables: tables) }
            guard let first = lx.indices.first(where: mayStart) else { return }
            scan(lx, from: first, scalars: scalars, mayStart: mayStart, into: &found)
        }
        FoundFigure.mergeBounds(&found, lx)
        guard !found.isEmpty else { return }
        let attributions = attributions(sentence, scalars)
        // By index: a figure found is read in place, not copied (retaining its strings).
        for k in found.indices {
            // Set in place: a figure held apart is copied into `out`.
            out.append(found[k].figure(lx, sentence: sentence, scalars: scalars, paragraph: paragraph, spans: spans))
            let whole = found[k].span(lx)
            out[out.count - 1].source = FigureSource.source(attributions, figureStart: whole.start, end: whole.end)
        }
    }

    /// Appends to `found` the figures of lexemes `lx` read from lexeme `first` (which
    /// `mayStart`) on, skipping the lexemes that `mayStart` rules out.
    private func scan(_ lx: [FigureLexeme], from first: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>, mayStart: (Int) -> Bool, into found: inout [FoundFigure]) {
        let context = FigureAmount.Context(lx)
        var i = first
        while i < lx.count {
            guard i == first || mayStart(i), let amount = FigureAmount.read(lx, at: i, context: context) else { i += 1; continue }
            let digitsStart = lx[amount.number.start].isNumber ? amount.number.start : amount.number.start + 1
            let hasUnit = amount.unit != nil || amount.currency != nil || amount.isPercent
            let signed = amount.currency != nil && amount.start < amount.number.start && lx[amount.number.start].isNumber
            if digitsStart < lx.count, FigureFilters.rejects(lx, digitsStart, amount.number.end, hasUnit: hasUnit, signed: signed, percent: amount.isPercent)
                || (signed && FigureFilters.gluesWord(lx, amount.end))
                || (!hasUnit && !amount.number.isOrdinal && FigureFilters.isYear(lx, amount.number) && !hasCurrencyBefore(lx, amount.start)
                    && !isBoundedNonYear(lx, amount, context: context))
                || isPronoun(lx, amount) || FigureFilters.isIdiom(lx, amount) || FigureFilters.isIntensifier(lx, amount) || FigureFilters.isInCompound(lx, amount) || isAddress(lx, amount, scalars: scalars) {
                i = max(amount.number.end, i + 1)
                // Skip the rest of a chain of joined numbers ("+1-222-2222/2222", "192.168.1.2").
                while i + 1 < lx.count, !lx[i].spaced, lx[i].isSymbol("-") || lx[i].isSymbol("/") || lx[i].isSymbol(".") || lx[i].isSymbol(":"), lx[i + 1].isNumber, !lx[i + 1].spaced { i += 2 }
                // and the rest of a compound word ("first-half lead" holds no "half").
                while FigureFilters.joinsWord(lx, at: i) { i += 2 }
                continue
            }
            var figure = FoundFigure(amount)
            figure.readRange(lx, context: context)
            figure.readBounds(lx)
            figure.readRate(lx)
            figure.readNoun(lx)
            i = figure.end
            // Moved into `found`: a copy would retain the figure's strings and release them again.
            found.append(consume figure)
        }
    }

    /// "above 1000", "1000-5000": a four-digit number bounded or ranged beyond the years.
    private func isBoundedNonYear(_ lx: [FigureLexeme], _ amount: FigureAmount, context: FigureAmount.Context) -> Bool {
        if let phrase = FigureRanges.phrase(lx, before: amount.start), phrase.bound != nil { return true }
        var probe = FoundFigure(amount)
        probe.readRange(lx, context: context)
        if let second = probe.second, second.number.value > 2100 { return true }
        return false
    }

    /// Words and symbols that can begin a figure; everything else is passed over at once.
    static let starters: LexiconSet = LexiconSet({ () -> Set<String> in
        var words: Set<String> = [
            "a", "an", "half", "quarter", "minus", "negative", "several", "few", "many", "age", "aged", "us", "u.s",
            "c", "ca", "hk", "au", "nz", "s", "r", "nt", "rs", "-", "\u{2212}", "+", "hundred",
        ]
        words.formUnion(NumberWords.units.keys)
        words.formUnion(NumberWords.tens.keys)
        words.formUnion(NumberWords.ordinals.keys)
        words.formUnion(NumberWords.roughPlurals.keys)
        words.formUnion(CurrencyLexicon.signStarts)
        return words
    }())

    /// Whether a figure may start at lexeme `i`: a number, a starter, a currency code or a
    /// scaled one. An article or a hyphen before a word starts one only when the word can make
    /// a figure of it: a cardinal ("- five"), the next part of a sign ("A $"), or after "a" a
    /// scale, dozen, denominator or currency name ("a dozen", "a third", "a dollar"); before
    /// any other word `FigureAmount.read` finds no figure there. The lexemes are read in place,
    /// as a copy retains their strings.
    static func mayStart(_ lx: [FigureLexeme], at i: Int) -> Bool {
        if lx[i].isNumber { return true }
        guard starterFilter.mayContain(lx[i].lower) && starters.contains(lx[i].lower) else { return isCode(lx, at: i) }
        return mayStart(starter: lx, at: i)
    }

    /// Whether lexeme `i`, no starter, is a currency code or a scaled one, which start a figure.
    private static func isCode(_ lx: [FigureLexeme], at i: Int) -> Bool {
        // A code has at most four bytes, a scaled one at most six.
        lx[i].isWord && lx[i].text.utf8.count <= 6
            && (CurrencyLexicon.code(word: lx[i].text) != nil || CurrencyLexicon.scaledCode(word: lx[i].text) != nil)
    }

    /// `mayStart(_:at:)` of lexeme `i`, a starter.
    private static func mayStart(starter lx: [FigureLexeme], at i: Int) -> Bool {
        guard i + 1 < lx.count, lx[i + 1].isWord, lx[i].isSymbol("-") || lx[i].lower == "a" || lx[i].lower == "an" else { return true }
        let next = lx[i + 1].lower
        if NumberWords.cardinal(next) != nil || CurrencyLexicon.signSeconds.contains(next) && CurrencyLexicon.mayStartSign(lx[i]) { return true }
        return lx[i].isWord && articleFollowers.contains(next)
    }

    private static let starterFilter = WordLengthFilter(starters)

    /// `mayStart(_:at:)`, with most words and symbols told by their scalars, read from the
    /// sentence's `scalars` (which `lx` were lexed from), before their strings are looked up.
    /// `buffer` holds 16 bytes; `tables` are `startTables`, read once for a sentence.
    static func mayStart(
        _ lx: [FigureLexeme], at i: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>, buffer: UnsafeMutableBufferPointer<UInt8>,
        tables: StartTables = startTables
    ) -> Bool {
        switch lx[i].kind {
        case .number:
            return true
        case .word:
            switch tables.start(word: lx[i].start..<lx[i].end, ascii: lx[i].isASCIIWord, scalars, buffer) {
            case .none: return false
            case .starter: return mayStart(starter: lx, at: i)
            case .code: return isCode(lx, at: i)
            case .unknown: break
            }
        case .symbol:
            // A symbol is the one scalar at its start; past ASCII it is looked up by its string.
            let v = scalars[lx[i].start].value
            if v < 0x80 { return tables.isStarter(ascii: v) && mayStart(starter: lx, at: i) }
        }
        return mayStart(lx, at: i)
    }

    static let startTables = StartTables()

    /// Words after "a" or "an" that make a number or an amount with it.
    private static let articleFollowers: LexiconSet = LexiconSet({ () -> Set<String> in
        var words = Set(NumberWords.scales.keys).union(NumberWords.tens.keys).union(NumberWords.denominators.keys)
        words.formUnion(NumberWords.dozens)
        words.formUnion(CurrencyNewsForms.articleNames)
        return words
    }())

    private func hasCurrencyBefore(_ lx: [FigureLexeme], _ start: Int) -> Bool {
        start > 0 && CurrencyLexicon.prefix(lx, before: start) != nil
    }

    /// A number inside a web address, an identifier or URL-encoded text, a house number, a
    /// street's ordinal or a phone area code.
    private func isAddress(_ lx: [FigureLexeme], _ amount: FigureAmount, scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let n = amount.number
        if FigureAddresses.isInCode(scalars, at: lx[n.start].start) { return true }
        let plain = n.end == n.start + 1 && lx[n.start].isPlainInteger
        if (plain || n.isOrdinal), amount.unit == nil, amount.currency == nil, !amount.isPercent,
           FigureAddresses.isStreet(lx, after: n.end, ordinal: n.isOrdinal) { return true }
        return plain && FigureAddresses.isAreaCode(lx, n.start, n.end)
    }

    /// "the one", "which one", "one another": a pronoun, not a count.
    private func isPronoun(_ lx: [FigureLexeme], _ amount: FigureAmount) -> Bool {
        let n = amount.number
        guard n.end == n.start + 1, amount.unit == nil, amount.currency == nil else { return false }
        // "came to naught", "all for nought".
        if lx[n.start].lower == "naught" || lx[n.start].lower == "nought" {
            return n.start > 0 && ["to", "for", "of"].contains(lx[n.start - 1].lower)
        }
        guard lx[n.start].lower == "one" else { return false }
        if n.start > 0, ["the", "this", "that", "which", "each", "any", "every", "no", "another", "little", "only", "last", "next", "current", "right", "new", "old", "same", "other", "someone", "anyone", "no-one"].contains(lx[n.start - 1].lower) { return true }
        if n.end < lx.count, ["another", "day", "thing", "way"].contains(lx[n.end].lower) { return true }
        return false
    }
}
