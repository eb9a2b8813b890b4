/// Writes a brief's "The news": one or two sentences, at most 60 words, that say what
/// happened — chosen from the article's opening (news puts the news first) and trimmed at
/// clause boundaries, never the headline again, never a dateline, agency credit, byline, photo
/// credit, question or bare quote. A deck is used when it passes the same checks.
struct SummaryWriter: Sendable {
    static let maxWords = 60
    static let maxSentences = 2
    /// How many sentences from the top of the article are considered.
    static let window = 12

    func summary(_ article: Article) -> String {
        if let deck = article.summary.map(clean), isUsableDeck(deck, title: article.title) { return deck }
        let candidates = sentences(of: article)
        var picked: [String] = []
        for sentence in candidates where picked.count < Self.maxSentences {
            let budget = Self.maxWords - picked.reduce(0) { $0 + Self.wordCount($1) }
            guard !picked.contains(where: { Self.overlaps(sentence, $0) }) else { continue }
            if let fitted = fit(sentence, words: budget) {
                picked.append(fitted)
            } else if !picked.isEmpty {
                break
            }
            if Self.wordCount(sentence) > budget { break }
        }
        if picked.count == 1, Self.repeats(article.title, in: picked[0]) { picked = [] }
        if !picked.isEmpty { return picked.joined(separator: " ") }
        return fallback(article)
    }

    // MARK: - Candidates

    /// Sentences from the top of the body that can carry the news, cleaned, in order.
    func sentences(of article: Article) -> [String] {
        var found: [String] = []
        var seen = 0
        for paragraph in article.paragraphs where seen < Self.window {
            for sentence in SentenceSplitter.split(paragraph.text) where seen < Self.window {
                seen += 1
                let text = clean(sentence.text)
                if carriesNews(text, title: article.title) { found.append(text) }
            }
        }
        return found
    }

    /// The sentence without a leading dateline or agency credit, a "10 p.m." stamp or spaces
    /// before its final period.
    func clean(_ sentence: String) -> String {
        var text = WireLead.stripped(sentence.trimmingCharacters(in: .whitespaces))
        if let stamp = text.prefixMatch(of: Self.timeStamp), stamp.range.upperBound < text.endIndex {
            text = String(text[stamp.range.upperBound...])
        }
        text = text.replacingOccurrences(of: " .", with: ".", options: .anchored.union(.backwards))
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether `sentence` reads as news rather than page furniture or commentary.
    func carriesNews(_ sentence: String, title: String) -> Bool {
        let words = Self.wordCount(sentence)
        guard words >= 6, let first = sentence.unicodeScalars.first else { return false }
        if sentence.hasSuffix("?") || sentence.hasSuffix(":") { return false }
        if Self.openingQuotes.contains(first) || quotedShare(sentence) > 0.5 { return false }
        if !(first.properties.isUppercase || first.properties.numericType != nil) { return false }
        let folded = FoldedText(sentence)
        if Self.furniture.contains(where: { folded.hasPrefix($0) }) || folded.containsAny(Self.furniturePhrases) { return false }
        if LineClassifier.isCaption(sentence) || BylineParser.authors(in: sentence) != nil { return false }
        if sentence == sentence.uppercased() { return false }
        return !Self.repeats(title, in: sentence)
    }

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
            case "\u{2018}" where previous.properties.isWhitespace || previous == "(": quoted = true; continue
            case "\u{2019}" where quoted: quoted = false; continue
            default: break
            }
            total += 1
            if quoted { inside += 1 }
        }
        return total == 0 ? 0 : Double(inside) / Double(total)
    }

    /// `sentence` within `words` words: whole, or cut at a clause boundary keeping at least
    /// half of the budget and ten words, with a final period.
    private func fit(_ sentence: String, words: Int) -> String? {
        if Self.wordCount(sentence) <= words { return sentence }
        guard words >= 10, let cut = ClauseTrimmer.prefix(sentence, maxWords: words, minWords: max(10, words / 2)) else { return nil }
        return cut + "."
    }

    private func isUsableDeck(_ deck: String, title: String) -> Bool {
        let words = Self.wordCount(deck)
        return (8...Self.maxWords).contains(words) && SentenceSplitter.split(deck).count <= Self.maxSentences
            && carriesNews(deck, title: title)
    }

    /// For an article whose opening holds no sentence that passes: its first sentence that is
    /// not the headline, trimmed.
    private func fallback(_ article: Article) -> String {
        for paragraph in article.paragraphs {
            for sentence in SentenceSplitter.split(paragraph.text) {
                let text = clean(sentence.text)
                guard Self.wordCount(text) >= 3, !Self.repeats(article.title, in: text) else { continue }
                if let fitted = fit(text, words: Self.maxWords) { return fitted }
                let words = text.split(separator: " ").prefix(Self.maxWords)
                return words.joined(separator: " ") + "…"
            }
        }
        return ""
    }

    // MARK: - Word helpers

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }

    /// Lower-cased words without surrounding punctuation.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map { $0.trimmingPunctuationAndSpaces().lowercased() }.filter { !$0.isEmpty }
    }

    /// True when `sentence` says little more than `title`: nine in ten of the title's words,
    /// in not much more than its length.
    static func repeats(_ title: String, in sentence: String) -> Bool {
        let t = words(title), s = words(sentence)
        guard !t.isEmpty, !s.isEmpty else { return false }
        if t == s { return true }
        guard s.count * 2 <= t.count * 3 else { return false }
        let titleWords = Set(t)
        return titleWords.intersection(s).count * 10 >= titleWords.count * 9
    }

    /// True when two sentences share most of their words (a lead repeated as a caption).
    static func overlaps(_ a: String, _ b: String) -> Bool {
        let x = Set(words(a)), y = Set(words(b))
        return x.intersection(y).count * 10 >= min(x.count, y.count) * 8
    }

    private static let openingQuotes: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "'", "\u{00AB}"]

    /// "10 p.m.", "6:05 p.m.", "10 a.m. EDT" at the start of a "The Latest" entry.
    private nonisolated(unsafe) static let timeStamp = #/\d{1,2}(:\d{2})?\s*[ap]\.\s?m\.(\s*[A-Z]{2,4}\b)?\s*/#

    /// Openings of lines that are page furniture or a running story's frame, not news.
    private static let furniture = [
        "the latest on", "the latest:", "scroll down", "click here", "read more", "watch the video",
        "watch video", "follow us", "subscribe", "sign up", "published:", "updated:", "last updated",
        "pictured:", "photo:", "image:", "video:", "editor's note", "editor’s note", "this story",
        "this article", "copyright", "all rights reserved", "advertisement",
    ]

    private static let furniturePhrases = [
        "(pictured)", "scroll down for", "click here", "(all times", "all rights reserved",
    ]
}
