/// Writes a brief's "The news": one or two sentences, at most 60 words, that say what
/// happened — chosen from the article's opening (news puts the news first) and trimmed at
/// clause boundaries, never the headline again, never a dateline, agency credit, byline, photo
/// credit, question or bare quote. A deck is used when it passes the same checks.
struct SummaryWriter: Sendable {
    static let maxWords = 60
    static let maxSentences = 2
    /// How many sentences after the lead compete to be the second.
    static let followers = 3
    /// How many sentences from the top of the article are considered.
    static let window = 12

    func summary(_ article: Article) -> String {
        if let deck = article.summary.map(clean), isUsableDeck(deck, title: article.title) { return deck }
        var picked = pick(from: sentences(of: article), in: article)
        if picked.count == 1, Self.repeats(article.title, in: picked[0]) { picked = [] }
        return picked.isEmpty ? fallback(article) : picked.joined(separator: " ")
    }

    /// The lead (the first sentence that carries news) — or, after a feature's soft opening,
    /// the sentence after it — then the one of the next three that adds most of what the
    /// article is about, each fitted into what is left of the 60 words.
    private func pick(from candidates: [String], in article: Article) -> [String] {
        let start = candidates.count > 1 && Self.isSoftLead(candidates[0]) ? 1 : 0
        guard start < candidates.count, let lead = fit(candidates[start], words: Self.maxWords) else { return [] }
        let budget = Self.maxWords - lead.whitespaceWordCount
        let followers = candidates.dropFirst(start + 1).prefix(Self.followers)
            .filter { !Self.overlaps($0, lead) }
            .compactMap { fit($0, words: budget) }
        // Weights decide between two followers or more; a lone one is taken as it is.
        let salience = SentenceSalience(article, weighing: followers.count > 1 ? followers : [])
        let known = Set(SentenceSalience.terms(lead))
        // A sentence that leans on the one before it ("In return, …") counts half.
        func weight(_ sentence: String) -> Double {
            salience.weight(sentence, known: known) * (Self.pointsBack(sentence) ? 0.5 : 1)
        }
        let next = followers.enumerated()
            .max { a, b in
                let wa = weight(a.element), wb = weight(b.element)
                return wa != wb ? wa < wb : a.offset > b.offset
            }
        return [lead] + (next.map { [$0.element] } ?? [])
    }

    // MARK: - Candidates

    /// Sentences from the top of the body that can carry the news, cleaned, in order.
    func sentences(of article: Article) -> [String] {
        var found: [String] = []
        var seen = 0
        let title = TitleWords(article.title)
        for paragraph in article.paragraphs where seen < Self.window {
            // A sentence that starts inside a quote opened by a sentence before it is speech,
            // not the writer's news ("“As you know, … left an event early. It was later revealed
            // to be pneumonia. …”").
            var insideQuote = false
            for sentence in SentenceSplitter.split(paragraph.text) where seen < Self.window {
                seen += 1
                let startsInside = insideQuote
                insideQuote = Self.quoteOpen(after: sentence.text, from: insideQuote)
                if startsInside { continue }
                let text = clean(sentence.text)
                if carriesNews(text, title: title) { found.append(text) }
            }
        }
        return found
    }

    /// Whether a quote is open after `text`, given whether one was open before it.
    static func quoteOpen(after text: String, from open: Bool) -> Bool {
        var open = open
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{201C}": open = true
            case "\u{201D}": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        return open
    }

    /// The sentence without a leading dateline or agency credit, a "10 p.m." stamp or spaces
    /// before its final period.
    func clean(_ sentence: String) -> String {
        // No-break spaces (their UTF-8 ends in A0), a clock stamp (it opens with a digit: an
        // ASCII one, or a scalar past ASCII with a numeric value) and a stray " ." at the end are
        // looked for only where a byte or the first scalar says they can be there.
        let spaced = UTF8Scan.containsByte(sentence, 0xA0) ? sentence.replacingOccurrences(of: "\u{00A0}", with: " ") : sentence
        var text = WireLead.stripped(spaced.trimmingSpaces())
        if let first = text.unicodeScalars.first, first.value &- 0x30 < 10 || (!first.isASCII && first.properties.numericType != nil),
           let stamp = text.prefixMatch(of: Self.timeStamp), stamp.range.upperBound < text.endIndex {
            text = String(text[stamp.range.upperBound...])
        }
        if text.hasSuffix(" .") { text = text.replacingOccurrences(of: " .", with: ".", options: .anchored.union(.backwards)) }
        return text.trimmingSpaces()
    }

    /// Whether `sentence` reads as news rather than page furniture or commentary.
    func carriesNews(_ sentence: String, title: String) -> Bool { carriesNews(sentence, title: TitleWords(title)) }

    /// `carriesNews` with the headline's words read once for the many sentences of an article.
    func carriesNews(_ sentence: String, title: TitleWords) -> Bool {
        let words = sentence.whitespaceWordCount
        guard words >= 6, let first = sentence.unicodeScalars.first else { return false }
        if sentence.hasSuffix("?") || sentence.hasSuffix(":") { return false }
        if Self.openingQuotes.contains(first) || quotedShare(sentence) > 0.5 || Self.closesEarlierQuote(sentence) { return false }
        if !(first.properties.isUppercase || first.properties.numericType != nil) { return false }
        let folded = FoldedText(sentence)
        if Self.furniture.contains(where: { folded.hasPrefix($0) }) || folded.containsAny(Self.furniturePhrases) { return false }
        if LineClassifier.isCaption(sentence) || BylineParser.authors(in: sentence) != nil { return false }
        if sentence == sentence.uppercased() || Self.isLabelled(sentence) { return false }
        return !Self.onlyRepeats(title, in: sentence)
    }

    /// A feature's soft opening ("It brings a new meaning to the phrase…", "Looks like it's a bad
    /// time to…"): it names no one, gives no number and speaks through "it", "you" or "there" —
    /// the news comes in the next sentence. A hard lead without names ("A drunk driver … has been
    /// jailed") stays the lead.
    static func isSoftLead(_ sentence: String) -> Bool {
        let words = sentence.split(whereSeparator: \.isWhitespace).map { $0.trimmingPunctuationAndSpaces() }
        let named = words.dropFirst().contains { word in
            (word.first?.isUppercase == true && word != "I") || word.contains(where: \.isNumber)
        }
        guard !named, let first = words.first?.lowercased() else { return false }
        let folded = FoldedText(sentence)
        return softOpenings.contains(first) || folded.containsAny(softPhrases)
    }

    private static let softOpenings: Set<String> = [
        "it", "it's", "it’s", "there's", "there’s", "imagine", "ever", "looks", "you", "your",
    ]

    /// An impersonal or second-person main clause: "…, it takes a lot", "it seems", "you're".
    private static let softPhrases = PhraseSet([
        ", it ", " it seems", " it's ", " you ", " your ", " you're ", " you'll ", "it\u{2019}s ", "you\u{2019}re ",
    ])

    /// Whether the sentence opens with a connective that needs the sentence before it.
    static func pointsBack(_ sentence: String) -> Bool {
        let folded = FoldedText(sentence)
        return backPointers.contains { folded.hasPrefix($0) }
    }

    private static let backPointers = [
        "in return", "however", "but ", "meanwhile", "also ", "still", "instead", "in addition", "as a result",
        "therefore", "thus", "moreover", "furthermore", "nevertheless", "yet ", "and ", "so ", "that ", "this ",
        "these ", "those ", "it ", "they ", "he ", "she ",
    ]

    /// A photo caption's "Label: text" form ("Rant: Rush Limbaugh, 61, left, …"): a colon after
    /// one to three opening words that do not introduce speech.
    static func isLabelled(_ sentence: String) -> Bool {
        // Most sentences hold no colon byte, which the colon `Character` needs, and are ruled out by it.
        guard UTF8Scan.containsByte(sentence, 0x3A) else { return false }
        // The first three words; the rest of the sentence stays one unsplit piece.
        let opening = sentence.split(maxSplits: 3, whereSeparator: \.isWhitespace).prefix(3)
        guard let label = opening.first(where: { $0.hasSuffix(":") }) else { return false }
        return !speechVerbs.contains(label.dropLast().lowercased())
    }

    /// Whether `sentence` is the end of a quote opened in a sentence before it: a closing mark
    /// before any opening one ("Morning Consult and Rasmussen had very similar numbers.”"), or
    /// an odd number of straight marks with the last one ending the sentence.
    static func closesEarlierQuote(_ sentence: String) -> Bool {
        for scalar in sentence.unicodeScalars {
            if scalar == "\u{201C}" { break }
            if scalar == "\u{201D}" { return true }
        }
        let straight = sentence.unicodeScalars.filter { $0 == "\"" }.count
        return straight % 2 == 1 && sentence.hasSuffix("\"")
    }

    /// Verbs that end a lead-in to a quote, not a label ("Smith said: …").
    private static let speechVerbs: Set<String> = ["said", "says", "added", "adds", "wrote", "writes", "told", "tweeted", "explained"]

    /// Share of the sentence's characters inside quotation marks (double quotes, and curly
    /// single quotes that open after a space).
    private func quotedShare(_ sentence: String) -> Double {
        var inside = 0, total = 0, quoted = false
        var previous: Unicode.Scalar = " "
        for scalar in sentence.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\u{201C}": quoted = true; continue
            case "\u{201D}": quoted = false; continue
            case "\"": quoted.toggle(); continue
            case "\u{2018}" where previous.isSpace || previous == "(": quoted = true; continue
            case "\u{2019}" where quoted: quoted = false; continue
            default: break
            }
            total += 1
            if quoted { inside += 1 }
        }
        return total == 0 ? 0 : Double(inside) / Double(total)
    }

    /// `sentence` within `words` words: whole, or cut at a clause or phrase boundary after its
    /// verb, keeping at least half of the budget and ten words, with a final period.
    private func fit(_ sentence: String, words: Int) -> String? {
        if sentence.whitespaceWordCount <= words { return sentence }
        guard words >= 10, let cut = ClauseTrimmer.prefix(sentence, maxWords: words, minWords: max(10, words / 2), needsVerb: true) else { return nil }
        return cut + "."
    }

    private func isUsableDeck(_ deck: String, title: String) -> Bool {
        let words = deck.whitespaceWordCount
        return (8...Self.maxWords).contains(words) && SentenceSplitter.split(deck).count <= Self.maxSentences
            && carriesNews(deck, title: title)
    }

    /// For an article whose opening holds no sentence that passes: its first sentence that is
    /// not the headline, trimmed.
    private func fallback(_ article: Article) -> String {
        let title = TitleWords(article.title)
        for paragraph in article.paragraphs {
            for sentence in SentenceSplitter.split(paragraph.text) {
                let text = clean(sentence.text)
                guard text.whitespaceWordCount >= 3, !Self.repeats(title, in: Self.words(text)) else { continue }
                if let fitted = fit(text, words: Self.maxWords) { return fitted }
                let words = text.split(whereSeparator: \.isWhitespace).prefix(Self.maxWords)
                return words.joined(separator: " ") + "…"
            }
        }
        return ""
    }

    // MARK: - Word helpers

    /// Lower-cased words without surrounding punctuation.
    static func words(_ text: String) -> [String] {
        text.whitespaceWords.map { $0.trimmingPunctuationAndSpaces().lowercasedIfNeeded }.filter { !$0.isEmpty }
    }

    /// At most `words(text).count`, counted from the bytes of plain text (`PlainText`, where
    /// each scalar is a character and the spaces are ASCII whitespace and U+00A0): the runs
    /// between spaces that hold an ASCII letter or digit, which trimming keeps. Nil for other text.
    static func leastWordCount(_ text: String) -> Int? {
        UTF8Scan.withBytes(text) { bytes -> Int? in
            var count = 0, inRun = false, counted = false
            var i = 0
            while i < bytes.count {
                guard let width = PlainText.width(bytes, at: i) else { return nil }
                let byte = bytes[i]
                if byte.isASCIIWhitespace || width == 2 {
                    // ASCII whitespace, or U+00A0 (the only plain scalar of two bytes).
                    inRun = false
                } else {
                    if !inRun { inRun = true; counted = false }
                    if !counted, byte.isASCIIAlphanumeric { count += 1; counted = true }
                }
                i += width
            }
            return count
        }
    }

    /// True when `sentence` says little more than `title`: nine in ten of the title's words,
    /// in not much more than its length.
    static func repeats(_ title: String, in sentence: String) -> Bool {
        repeats(TitleWords(title), in: words(sentence))
    }

    /// `repeats(_:in:)` of a title and a sentence given as their `words`.
    private static func repeats(_ title: TitleWords, in s: [String]) -> Bool {
        let t = title.words
        guard !t.isEmpty, !s.isEmpty else { return false }
        if t == s { return true }
        guard s.count * 2 <= t.count * 3 else { return false }
        return title.distinct.intersection(s).count * 10 >= title.distinct.count * 9
    }

    /// True when `sentence` adds fewer than four words to what `title` says (a headline
    /// repeated as the first line, or a lead the headline was cut from that says no more).
    static func onlyRepeats(_ title: String, in sentence: String) -> Bool { onlyRepeats(TitleWords(title), in: sentence) }

    /// `onlyRepeats` of a headline whose words are read.
    static func onlyRepeats(_ title: TitleWords, in sentence: String) -> Bool {
        // A sentence of more than half as many words again as the title does not repeat it
        // (`repeats`): most leads are told so from their bytes, before their words are made.
        if let least = leastWordCount(sentence), least * 2 > title.words.count * 3 { return false }
        let s = words(sentence)
        guard repeats(title, in: s) else { return false }
        return s.filter { !title.distinct.contains($0) }.count < 4
    }

    /// A headline's `words`, in order and as a set, read once for the sentences compared with it.
    struct TitleWords {
        let words: [String]
        let distinct: Set<String>

        init(_ title: String) {
            words = SummaryWriter.words(title)
            distinct = Set(words)
        }
    }

    /// True when two sentences share most of their words (a lead repeated as a caption).
    static func overlaps(_ a: String, _ b: String) -> Bool {
        let x = Set(words(a)), y = Set(words(b))
        return x.intersection(y).count * 10 >= min(x.count, y.count) * 8
    }

    private static let openingQuotes: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "'", "\u{00AB}"]

    /// "10 p.m.", "6:05 p.m.", "10 a.m. EDT" at the start of a "The Latest" entry.
    nonisolated(unsafe) static let timeStamp = #/\d{1,2}(:\d{2})?\s*[ap]\.\s?m\.(\s*[A-Z]{2,4}\b)?\s*/#

    /// Openings of lines that are page furniture or a running story's frame, not news.
    private static let furniture = [
        "the latest on", "the latest:", "scroll down", "click here", "read more", "watch the video",
        "watch video", "follow us", "subscribe", "sign up", "published:", "updated:", "last updated",
        "pictured:", "photo:", "image:", "video:", "editor's note", "editor’s note", "this story",
        "this article", "copyright", "all rights reserved", "advertisement",
    ]

    private static let furniturePhrases = PhraseSet([
        "(pictured)", "scroll down for", "click here", "(all times", "all rights reserved",
    ])
}
