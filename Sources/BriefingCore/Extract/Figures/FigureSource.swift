/// Who a sentence says a figure comes from: "according to the NIS", "KIDA estimated that …",
/// "…, the ministry said", "said Park Yong-han", "South Korean intelligence estimates put …".
///
/// Works on the words of one sentence: finds the reporting cue ("according to", a reporting
/// verb), reads the noun phrase it names and gives it to the figures the cue governs — those
/// after a preposed "X said (that)", those before a postposed ", X said", any for "according
/// to". A pronoun ("he said", "it estimated") names nobody and gives no source.
enum FigureSource {
    /// A source named in a sentence and the scalar offsets it governs.
    struct Attribution: Sendable, Equatable {
        /// The words naming the source, as written ("South Korea’s intelligence agency").
        var source: String?
        /// Scalar offsets of the source's words in the sentence.
        var nameStart: Int
        var nameEnd: Int
        /// Figures starting in `governs` are attributed to `source`.
        var governs: Range<Int>
        /// The subject is a pronoun ("it reported"): the source is the one named before it.
        var isPronoun = false

        /// The attribution with its offsets moved by `offset`.
        func shifted(by offset: Int) -> Attribution {
            Attribution(source: source, nameStart: nameStart + offset, nameEnd: nameEnd + offset,
                        governs: (governs.lowerBound + offset)..<(governs.upperBound + offset), isPronoun: isPronoun)
        }
    }

    /// Verbs that report a number or a statement.
    static let verbs: LexiconSet = [
        "said", "says", "say", "estimated", "estimates", "estimate", "reported", "reports", "announced", "announces",
        "told", "tells", "added", "adds", "noted", "notes", "stated", "claimed", "claims", "showed", "shows", "show",
        "found", "finds", "counted", "calculated", "projected", "predicted", "predicts", "forecast", "forecasts",
        "confirmed", "confirms", "revealed", "reveals", "wrote", "writes", "believes", "believed", "tallied",
        "suggested", "suggests", "suggest", "indicated", "indicates", "indicate", "assessed", "assesses",
        "put", "puts", "cited", "cites", "disclosed", "discloses", "acknowledged", "acknowledges",
    ]
    /// Verbs that report only when a "that" clause or a quote follows, or when postposed:
    /// "the economy added 200,000 jobs" and "the fire claimed 30 lives" report nothing.
    static let reportingOnlyWithThat: LexiconSet = ["added", "adds", "claimed", "claims", "noted", "notes", "stated", "cited", "cites"]
    /// Words between a subject and its verb: "has also estimated", "had earlier said".
    static let auxiliaries: LexiconSet = [
        "has", "have", "had", "also", "previously", "earlier", "recently", "separately", "further", "later",
        "here", "there", "then", "now", "last", "week", "month", "year", "on", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "yesterday", "today", "again", "first", "initially",
        "meanwhile", "however", "too", "publicly", "privately", "repeatedly", "reportedly",
        "still", "even", "already", "always", "never", "often", "just", "ever", "soon",
    ]
    /// Lowercase words that end a source's noun phrase.
    static let boundaries: LexiconSet = [
        "that", "which", "who", "whom", "whose", "but", "when", "while", "because", "after", "before", "if", "as",
        "than", "since", "so", "is", "was", "were", "are", "be", "been", "being", "to", "with", "by", "in",
        "on", "into", "over", "under", "during", "until", "where", "what", "how", "why", "not", "would", "will",
        "could", "can", "may", "might", "should", "must", "do", "did", "does", "has", "have", "had", "said",
        "says", "say", "also", "and", "or", "nor", "yet", "then", "there", "here", "it", "this", "these", "those",
        "we", "they", "he", "she", "i", "you", "us", "them", "him", "her", "me", "one", "all", "both",
    ]
    /// Prepositions inside a name when a capitalized word or "the" follows: "Commission on
    /// Presidential Debates", "analysts at the Bank of Korea", "a study by Harvard".
    static let joiners: LexiconSet = ["of", "at", "for", "from", "on", "in", "by"]
    /// Subjects that name nobody: a source only when resolved, which this sentence cannot do.
    static let pronouns: LexiconSet = [
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "who", "which", "one",
        "someone", "others", "some", "many", "both", "all",
    ]
    /// The small words `preposedOrPostposed` and the phrase readers test tokens against, held
    /// as sets rather than written as array literals, which a call would build each time.
    /// Marks right before a verb that opens a postposed source ("…,” said Park").
    static let closingMarks: LexiconSet = [",", "\u{201D}", "\""]
    /// Marks right before a subject that make its verb postposed ("…, the ministry said").
    static let postposingMarks: LexiconSet = [",", "\u{201D}", "\"", "\u{2014}"]
    /// Verbs of saying, which report before a preposition too ("said in a statement").
    static let sayingVerbs: LexiconSet = ["said", "says", "say", "told", "tells"]
    /// Words after a verb that open what it reports ("said that", "said: “…").
    static let clauseOpeners: LexiconSet = ["that", ":", "\u{201C}", "\""]
    static let relativePronouns: LexiconSet = ["which", "who"]
    /// Words after a verb in -ing that make it end a subject ("citing a …").
    static let beforeObject: LexiconSet = ["a", "an", "the", "his", "her", "its", "their", "here", "there"]
    private static let verbFilter = WordLengthFilter(verbs)
    /// "according" and the verbs: the words an attribution needs one of.
    static let cues = LexiconSet(verbs.words.union(["according"]))
    static let cueFilter = ExactWordFilter(cues)
    /// Possessive pronouns: what follows them is a noun phrase, not a subject.
    static let possessives: LexiconSet = ["his", "her", "its", "their", "our", "my", "your"]
    /// Titles written with a period inside a name: "Mr. Ahn", "Adm. Paparo", "U.S. officials".
    static let abbreviations: LexiconSet = [
        "mr", "mrs", "ms", "dr", "gen", "adm", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "st",
        "jr", "sr", "prof", "u", "s", "n", "k", "e", "un", "pres", "cmdr", "rev", "hon",
    ]

    /// The sources a sentence (whose Unicode scalars are `scalars`) names, in reading order.
    static func attributions(in sentence: String, scalars: [Unicode.Scalar]) -> [Attribution] {
        let tokens = Tokenizer.tokens(sentence, scalars: scalars)
        return scalars.withUnsafeBufferPointer { scalars in
            tokens.withUnsafeBufferPointer { attributions(scalars, $0, sentenceStart: 0) }
        }
    }

    /// The sources a sentence names, as above, from its `tokens` with their offsets in
    /// `scalars` (its paragraph's, in which the sentence starts at `sentenceStart`): the tokens
    /// at hand are read in place, and the attributions' offsets count from the sentence's start.
    static func attributions(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>, sentenceStart base: Int) -> [Attribution] {
        // Every attribution has "according" or a verb, in any case: only the tokens that may be
        // one (told by their scalars, of which a token's text is made) are looked at, and a
        // sentence without them needs no words.
        let words = Self.cues, filter = cueFilter
        let cues = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
            tokens.indices.filter { mayOpen(scalars, tokens[$0].start..<tokens[$0].end, buffer, cues: words, filter: filter) }
        }
        guard !cues.isEmpty else { return [] }
        let lower = LowercaseTokens(tokens: tokens, scalars: scalars)
        let total = tokens.last?.end ?? base
        var found: [Attribution] = []
        for i in cues {
            let word = lower[i]
            // Most words are told from "according" by their length, before a comparison.
            if word.utf8.count == 9, word == "according", i + 1 < tokens.count, lower[i + 1] == "to" {
                // "according to his body mass index": a possessive names no source.
                let name = i + 2 < tokens.count && possessives.contains(lower[i + 2]) ? nil : phrase(tokens, lower, from: i + 2)
                found.append(Attribution(
                    source: name.map { text(scalars, tokens, $0) }, nameStart: tokens[i].start,
                    nameEnd: name.map { tokens[$0.upperBound - 1].end } ?? tokens[i + 1].end, governs: base..<total))
                continue
            }
            guard verbFilter.mayContain(word), verbs.contains(word), tokens[i].text.startsWithLowercase else { continue }
            // "put" reports only a number put at something: "estimates put the toll at 300".
            if word == "put" || word == "puts", !lower[(i + 1)...].prefix(6).contains("at") { continue }
            if var attribution = preposedOrPostposed(scalars, tokens, lower, verb: i, sentenceStart: base, total: total) {
                // "Dow Jones said it believes …": the pronoun stands for the source before it.
                if attribution.isPronoun, let previous = found.last(where: { $0.source != nil }) { attribution.source = previous.source }
                found.append(attribution)
            }
        }
        return base == 0 ? found : found.map { $0.shifted(by: -base) }
    }

    /// Whether the token of `scalars[range]` may open an attribution as the loop of
    /// `attributions` takes one: "according" in any case, or a verb starting with a small
    /// letter. A token opening with a capital A–Z may be only "according", of nine scalars; one
    /// opening with another ASCII byte that is no letter lowers to no cue (its first scalar
    /// stays, and no cue is canonically equal to a word starting with it); the others are
    /// told by `mayBeCue`.
    @inline(__always)
    static func mayOpen(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ buffer: UnsafeMutableBufferPointer<UInt8>,
        cues: LexiconSet = FigureSource.cues, filter: ExactWordFilter = FigureSource.cueFilter
    ) -> Bool {
        guard !range.isEmpty else { return false }
        let first = scalars[range.lowerBound].value
        if first >= 0x80 { return mayBeCue(scalars, range, buffer, cues: cues, filter: filter) }
        // A cue has 3 to 12 letters ("put", "acknowledged"), each one scalar of a token that lowers into it.
        if first &- 0x61 < 26 { return range.count >= 3 && range.count <= 12 && mayBeCue(scalars, range, buffer, cues: cues, filter: filter) }
        return first &- 0x41 < 26 && range.count == 9 && mayBeCue(scalars, range, buffer, cues: cues, filter: filter)
    }

    /// Whether the token of `scalars[range]` may be, lower-cased, "according" or a verb: false
    /// only for a word that is neither, told by `filter` from its first two scalars (ASCII)
    /// and its length, or, ASCII, looked up lower-cased in `buffer` (16 bytes).
    /// `cues` and `filter` are the statics of those names, read once by a caller that asks at every token.
    @inline(__always)
    static func mayBeCue(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ buffer: UnsafeMutableBufferPointer<UInt8>,
        cues: LexiconSet = FigureSource.cues, filter: ExactWordFilter = FigureSource.cueFilter
    ) -> Bool {
        // Past ASCII a token may lower into a cue's letters (the Kelvin sign into "k"), but
        // only scalar for letter: a scalar past ASCII that lowers and composes into ASCII at
        // all gives one letter ("K" alone), so a token that may be a cue has as many scalars
        // as the cue bytes, and its first two, when ASCII, are the cue's. The filter, on
        // those two and the count, rules out most tokens before all their scalars are read.
        guard !range.isEmpty else { return true }
        let second = range.count > 1 ? scalars[range.lowerBound + 1].value : 0
        guard scalars[range.lowerBound].value | second < 0x80 else { return true }
        guard filter.mayContain(lowercaseOfASCII: scalars, range) else { return false }
        guard ExactWordFilter.isASCII(scalars, range), range.count <= buffer.count else { return true }
        return cues.contains(ascii: ExactWordFilter.lowercase(scalars, range, into: buffer))
    }

    /// `token.text.lowercasedIfNeeded`, told from the token's scalars (of which its text is
    /// made) when they are ASCII: the text itself without a capital, else its letters lowered.
    static func lowercase(_ token: Token, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        let range = token.start..<token.end
        var any: UInt32 = 0
        var upper = false
        for k in range {
            any |= scalars[k].value
            if scalars[k].value &- 0x41 < 26 { upper = true }
        }
        guard any < 0x80 else { return token.text.lowercasedIfNeeded }
        return upper ? FigureLexer.asciiLowercase(scalars, range) : token.text
    }

    /// The source of a figure starting at scalar `start` and ending at `end`.
    /// The nearest cue governing the figure wins: "…, Bloomberg reports, according to the Roper Center".
    static func source(_ attributions: [Attribution], figureStart start: Int, end: Int) -> String? {
        // The first governing attribution at the least distance (as `min` gives it), read by
        // index: no array of the governing ones, no copies of their sources.
        var nearest = -1, least = 0
        for k in attributions.indices where attributions[k].governs.contains(start) {
            // A figure inside the source itself ("30 analysts said") has no source.
            if start < attributions[k].nameEnd && end > attributions[k].nameStart { continue }
            let d = distance(attributions[k], start, end)
            if nearest < 0 || d < least { (nearest, least) = (k, d) }
        }
        return nearest < 0 ? nil : attributions[nearest].source
    }

    private static func distance(_ a: Attribution, _ start: Int, _ end: Int) -> Int {
        a.nameStart >= end ? a.nameStart - end : max(0, start - a.nameEnd)
    }

    /// "X (has) said …" (the subject before the verb governs what follows) or "…, X said" /
    /// "…, said X" (the source after a comma or quote governs what comes before).
    private static func preposedOrPostposed(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>, _ lower: LowercaseTokens, verb i: Int, sentenceStart base: Int, total: Int
    ) -> Attribution? {
        // "…,” said Park Yong-han, a researcher": a verb right after a comma or quote.
        if i > 0, closingMarks.contains(tokens[i - 1].text), let name = phrase(tokens, lower, from: i + 1),
           tokens[name.lowerBound].text.startsWithUppercase {
            return Attribution(source: text(scalars, tokens, name), nameStart: tokens[i].start,
                               nameEnd: tokens[name.upperBound - 1].end, governs: base..<tokens[i - 1].end)
        }
        var k = i - 1
        // "has also said", "forcefully told", "a poll released Thursday shows": auxiliaries,
        // adverbs and a participle before the verb.
        while k >= 0 {
            let word = lower[k]
            guard auxiliaries.contains(word) || (word.hasSuffix("ly") && !UTF8Scan.characterCount(of: word, isBelow: 5) && !isCapitalized(tokens, k))
                || (k > 0 && tokens[k - 1].isWord && word.hasSuffix("ed") && !UTF8Scan.characterCount(of: word, isBelow: 5) && !isCapitalized(tokens, k)) else { break }
            k -= 1
        }
        // "an estimated 3,000 people", "a previously announced plan": an adjective, not a verb.
        if k >= 0, LexiconSet.articles.contains(lower[k]) { return nil }
        // "a reward announced earlier by the attorney general": a participle, not a report.
        var after = i + 1
        while after < tokens.count, auxiliaries.contains(lower[after]) { after += 1 }
        if after < tokens.count, lower[after] == "by" { return nil }
        // "a strand of hair found at the site": a participle before a preposition, unless a
        // "that" clause follows soon ("projected in May that").
        if !sayingVerbs.contains(lower[i]), after < tokens.count, joiners.contains(lower[after]),
           !lower[after...].prefix(4).contains("that") { return nil }
        let thatFollows = i + 1 < tokens.count && clauseOpeners.contains(lower[i + 1])
        guard k >= 0, var name = phraseBackwards(tokens, lower, from: k) else { return nil }
        // "the concerns of the South Korean military, which said": the noun the relative
        // pronoun stands for, the last noun phrase before the comma.
        if name.count == 1, relativePronouns.contains(lower[k]), k > 1, tokens[k - 1].text == ",",
           let antecedent = phraseBackwards(tokens, lower, from: k - 2) {
            let ofAt = antecedent.last { joiners.contains(lower[$0]) && $0 + 1 < antecedent.upperBound && LexiconSet.articles.contains(lower[$0 + 1]) }
            name = (ofAt.map { $0 + 1 } ?? antecedent.lowerBound)..<antecedent.upperBound
            return Attribution(source: text(scalars, tokens, name), nameStart: tokens[name.lowerBound].start,
                               nameEnd: tokens[i].end, governs: tokens[i].end..<max(total, tokens[i].end + 1))
        }
        let first = name.lowerBound
        // "his earnings estimate": a noun with its possessive, not a subject and its verb.
        if possessives.contains(lower[first]) { return nil }
        let pronoun = isPronoun(lower[name])
        let source = pronoun ? nil : text(scalars, tokens, name)
        // Postposed when a comma or closing quote stands right before the subject.
        if first > 0, postposingMarks.contains(tokens[first - 1].text) {
            return Attribution(source: source, nameStart: tokens[first].start, nameEnd: tokens[i].end,
                               governs: base..<tokens[first - 1].end, isPronoun: pronoun)
        }
        if reportingOnlyWithThat.contains(lower[i]), !thatFollows { return nil }
        return Attribution(source: source, nameStart: tokens[first].start, nameEnd: tokens[i].end,
                           governs: tokens[i].end..<max(total, tokens[i].end + 1), isPronoun: pronoun)
    }

    private static func isPronoun(_ words: Slice<LowercaseTokens>) -> Bool {
        words.count == 1 && pronouns.contains(words.first!)
    }

    /// The noun phrase starting at token `start`: "the NIS", "South Korea’s Joint Chiefs of Staff".
    private static func phrase(_ tokens: UnsafeBufferPointer<Token>, _ lower: LowercaseTokens, from start: Int) -> Range<Int>? {
        var k = start
        var end = start
        while k < tokens.count, k - start < 10 {
            let t = tokens[k]
            if t.text == ".", k > start, abbreviations.contains(lower[k - 1]), k + 1 < tokens.count, tokens[k + 1].start == t.end || tokens[k + 1].isWord {
                k += 1
                continue
            }
            guard t.isWord else { break }
            let word = lower[k]
            if boundaries.contains(word), !joiners.contains(word), !(k > start && word == "and" && isCapitalized(tokens, k + 1)) { break }
            // "data released by MOTIE": a participle joins its "by".
            if k > start, word.hasSuffix("ed"), !isCapitalized(tokens, k), !(k + 1 < tokens.count && lower[k + 1] == "by") { break }
            // "of"/"at"/"by" inside a name: "Ministry of National Defense", "a study by the Bank".
            if joiners.contains(word), k > start, !(k + 1 < tokens.count && (lower[k + 1] == "the" || isCapitalized(tokens, k + 1))) { break }
            if (k == start || lower[k - 1] == "the") && Self.auxiliaries.contains(word) && !isCapitalized(tokens, k) { break }
            k += 1
            end = k
        }
        // "industry sources cited by hit-or-miss …": no dangling preposition or participle.
        while end > start {
            let word = lower[end - 1]
            guard joiners.contains(word) || LexiconSet.articles.contains(word) || (end - 1 > start && word.hasSuffix("ed") && !isCapitalized(tokens, end - 1)) else { break }
            end -= 1
        }
        return end > start ? start..<end : nil
    }

    /// The subject ending at token `last`, read backwards: "South Korea’s intelligence agency".
    private static func phraseBackwards(_ tokens: UnsafeBufferPointer<Token>, _ lower: LowercaseTokens, from last: Int) -> Range<Int>? {
        var k = last
        var start = last + 1
        var beforeAnd: Int?
        while k >= 0, last - k < 10 {
            let t = tokens[k]
            if t.text == ".", k > 0, abbreviations.contains(lower[k - 1]), k < last, tokens[k + 1].isWord {
                k -= 1
                continue
            }
            // "one of the analysts", "30 of them": the phrase begins with its number or pronoun.
            let word = lower[k]
            if start <= last, lower[start] == "of", t.isNumber || pronouns.contains(word) {
                start = k
                break
            }
            guard t.isWord else { break }
            if pronouns.contains(word) {
                // A pronoun subject stands alone: "he said".
                if k == last { start = k }
                break
            }
            if word == "and", k < last, k > 0, tokens[k - 1].isWord, !boundaries.contains(lower[k - 1]) {
                // "The Dallas oil and gas concern": kept only when the phrase goes on to a
                // determiner, a capital or the sentence start.
                if beforeAnd == nil { beforeAnd = start }
                start = k
                k -= 1
                continue
            }
            if boundaries.contains(word), !joiners.contains(word) { break }
            // "those in favor of punishment have said": the subject's head lies before the
            // preposition, out of reach; no source rather than a part of it.
            if joiners.contains(word), !(k < last && (LexiconSet.articles.contains(lower[k + 1]) || isCapitalized(tokens, k + 1))) { return nil }
            // "citing a …", "including": a verb in -ing ends the subject.
            if word.hasSuffix("ing"), !UTF8Scan.characterCount(of: word, isBelow: 6), !isCapitalized(tokens, k),
               k < last, beforeObject.contains(lower[k + 1]) { break }
            start = k
            k -= 1
        }
        if let beforeAnd, start <= last, !(LexiconSet.articles.contains(lower[start]) || isCapitalized(tokens, start)) {
            start = beforeAnd
        }
        while start <= last, joiners.contains(lower[start]) { start += 1 }
        return start <= last ? start..<(last + 1) : nil
    }

    private static func isCapitalized(_ tokens: UnsafeBufferPointer<Token>, _ k: Int) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].text.startsWithUppercase
    }

    /// The sentence's text (from its `scalars`) from the first to the last token of `range`,
    /// with a leading article lowercased ("The report" → "the report").
    private static func text(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> String {
        var out = String(scalars: scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
        // "The report" → "the report"; "according to The Washington Post" keeps its capital.
        if range.count > 1, ["The", "A", "An"].contains(tokens[range.lowerBound].text), range.lowerBound == 0 || !isCapitalized(tokens, range.lowerBound + 1) {
            out = out.prefix(1).lowercased() + out.dropFirst()
        }
        return out
    }
}
