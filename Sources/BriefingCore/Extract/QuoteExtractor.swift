/// Extracts direct quotes and attributes each to a speaker resolved across the article.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Verbs and phrases that introduce speech.
    static let cues: Set<String> = [
        "said", "says", "added", "adds", "warned", "warns", "told", "tells", "noted", "notes",
        "stressed", "stresses", "wrote", "writes", "asked", "asks", "explained", "explains",
        "argued", "argues", "insisted", "insists", "claimed", "claims", "stated", "states",
        "declared", "announced", "continued", "emphasized", "urged", "replied", "responded",
        "remarked", "observed", "acknowledged", "admitted", "suggested", "recalled", "predicted",
        "according", "tweeted", "posted", "concluded", "cautioned", "pointed", "joked",
    ]

    static let pronouns: Set<String> = ["he", "she", "they", "He", "She", "They"]

    /// Words before a quote that mark it as a name or scare quote, not speech.
    static let nameMarkers: Set<String> = ["so-called", "dubbed", "called", "titled", "entitled", "named", "term", "word", "phrase"]

    public func extract(_ article: Article) -> [Quote] {
        var directory = SpeakerDirectory()
        var quotes: [Quote] = []
        var lastSpeaker: (name: String, role: String?)?
        var runningOn = false
        for (index, paragraph) in article.paragraphs.enumerated() {
            let scalars = Array(paragraph.text.unicodeScalars)
            let tokens = Tokenizer.tokens(paragraph.text)
            directory.learn(from: tokens)
            let spans = QuoteSpanScanner.spans(in: scalars)
            let attribution = findAttribution(tokens, outside: spans, directory: directory, lastSpeaker: lastSpeaker)
            if let attribution, attribution.name != nil { lastSpeaker = (attribution.name!, attribution.role) }
            let paragraphIsQuote = spans.count == 1 && spans[0].outer.lowerBound == 0
                && (spans[0].runsOn || spans[0].outer.upperBound >= scalars.count - 1)
            for span in spans {
                let text = String(String.UnicodeScalarView(scalars[span.inner])).trimmingCharacters(in: .whitespaces)
                let words = text.split(separator: " ")
                let before = tokens.last { $0.end <= span.outer.lowerBound }?.text.lowercased() ?? ""
                if Self.nameMarkers.contains(before) { continue }
                if let attribution {
                    quotes.append(Quote(text: text, speaker: attribution.name, mention: attribution.mention, role: attribution.role, cue: attribution.cue, paragraph: index))
                } else if (paragraphIsQuote || runningOn), let speaker = lastSpeaker, words.count >= 4 {
                    quotes.append(Quote(text: text, speaker: speaker.name, mention: nil, role: speaker.role, cue: nil, paragraph: index))
                }
            }
            runningOn = spans.last?.runsOn ?? false
        }
        return quotes
    }

    struct Attribution {
        var name: String?
        var mention: String
        var role: String?
        var cue: String
    }

    /// The speaker named next to a cue verb outside the quoted spans.
    private func findAttribution(
        _ tokens: [Token], outside spans: [QuoteSpanScanner.Span], directory: SpeakerDirectory,
        lastSpeaker: (name: String, role: String?)?
    ) -> Attribution? {
        let outside = tokens.filter { t in !spans.contains { $0.inner.contains(t.start) } }
        for (i, token) in outside.enumerated() where Self.cues.contains(token.text.lowercased()) {
            // "<mention> said" — walk back over the name.
            var k = i
            while k > 0, isMentionWord(outside[k - 1].text) { k -= 1 }
            if k < i, let attribution = resolve(outside[k..<i].map(\.text), cue: token.text, directory: directory, lastSpeaker: lastSpeaker) {
                return attribution
            }
            // "said <mention>".
            var j = i + 1
            while j < outside.count, isMentionWord(outside[j].text) { j += 1 }
            if j > i + 1, let attribution = resolve(outside[(i + 1)..<j].map(\.text), cue: token.text, directory: directory, lastSpeaker: lastSpeaker) {
                return attribution
            }
        }
        return nil
    }

    private func isMentionWord(_ word: String) -> Bool {
        Self.pronouns.contains(word) || word == "." || (word.first?.isUppercase == true && !Self.cues.contains(word.lowercased()))
    }

    private func resolve(_ words: [String], cue: String, directory: SpeakerDirectory, lastSpeaker: (name: String, role: String?)?) -> Attribution? {
        let mention = words.joined(separator: " ").replacingOccurrences(of: " .", with: ".")
        if words.count == 1, Self.pronouns.contains(words[0]) {
            guard let lastSpeaker else { return nil }
            return Attribution(name: lastSpeaker.name, mention: mention, role: lastSpeaker.role, cue: cue)
        }
        if let entity = directory.resolve(mention) {
            return Attribution(name: entity.name, mention: mention, role: entity.role, cue: cue)
        }
        guard words.contains(where: { $0.first?.isUppercase == true && $0.count > 1 }) else { return nil }
        return Attribution(name: mention, mention: mention, role: nil, cue: cue)
    }
}
