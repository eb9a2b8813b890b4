import Foundation

/// Extracts direct quotes and attributes each to a speaker resolved across the article.
///
/// Every quoted segment of the body counts, from full statements to partial quotes inside
/// reported speech, except names of things after "so-called", "titled" and the like. The
/// speaker comes from a cue in the quote's own sentence, else elsewhere in its paragraph, else
/// the subject of its sentence; a paragraph that only continues a quote keeps the previous
/// speaker. Pronouns, surnames and honorifics resolve to the full name and role introduced
/// earlier in the article.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Words before a quote that mark it as a name or a title, not speech.
    static let nameMarkers: Set<String> = ["so-called", "titled", "entitled", "nicknamed", "dubbed", "hashtag", "headlined"]

    public func extract(_ article: Article) -> [Quote] {
        var directory = SpeakerDirectory()
        var quotes: [Quote] = []
        var last: Speaker?
        var runningOn = false
        for (index, paragraph) in article.paragraphs.enumerated() {
            let scalars = Array(paragraph.text.unicodeScalars)
            let tokens = Tokenizer.tokens(paragraph.text)
            directory.learn(from: tokens)
            let spans = QuoteSpanScanner.spans(in: scalars)
            guard !spans.isEmpty else {
                // Reported speech without quotes still tells who is speaking next.
                if let found = QuoteAttribution.find(in: tokens.map(\.text)), let speaker = resolve(found, directory, last) { last = speaker }
                runningOn = false
                continue
            }
            let sentences = SentenceSplitter.split(paragraph.text)
            let outside = { (range: Range<Int>) in
                tokens.filter { t in range.contains(t.start) && !spans.contains { $0.outer.contains(t.start) } }.map(\.text)
            }
            let sentenceSpeakers: [Speaker?] = sentences.map { sentence in
                QuoteAttribution.find(in: outside(sentence.start..<sentence.end)).flatMap { resolve($0, directory, last) }
            }
            let paragraphSpeaker = sentenceSpeakers.compactMap { $0 }.first
            let continues = runningOn || (spans[0].outer.lowerBound == 0 && paragraphSpeaker == nil)
            for span in spans {
                let text = String(String.UnicodeScalarView(scalars[span.inner])).trimmingCharacters(in: .whitespaces)
                guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { continue }
                let before = tokens.last { $0.end <= span.outer.lowerBound }?.text.lowercased() ?? ""
                if Self.nameMarkers.contains(before) { continue }
                let endSentence = sentences.lastIndex { $0.start < span.outer.upperBound } ?? 0
                let startSentence = sentences.lastIndex { $0.start <= span.outer.lowerBound } ?? 0
                let speaker = dashAttribution(after: span, tokens: tokens, directory: directory)
                    ?? sentenceSpeakers[endSentence] ?? sentenceSpeakers[startSentence]
                    ?? (continues ? last : nil) ?? paragraphSpeaker
                    ?? subject(of: sentences[startSentence], before: span, tokens: tokens, directory: directory, last: last)
                    ?? last
                quotes.append(Quote(
                    text: text, speaker: speaker?.name, mention: speaker?.mention, role: speaker?.role,
                    cue: speaker?.cue, paragraph: index))
                if let speaker { last = speaker }
            }
            if let paragraphSpeaker { last = paragraphSpeaker }
            runningOn = spans.last?.runsOn ?? false
        }
        return quotes
    }

    /// A resolved speaker at one quote.
    struct Speaker {
        var name: String
        var mention: String
        var role: String?
        var cue: String?
    }

    /// Resolves a mention: pronouns to the previous speaker, names to the full name and role
    /// introduced earlier, descriptions ("the report") to themselves.
    private func resolve(_ found: QuoteAttribution, _ directory: SpeakerDirectory, _ last: Speaker?) -> Speaker? {
        let mention = found.mention
        if QuoteAttribution.pronouns.contains(mention.lowercased()) {
            guard let last else { return Speaker(name: mention, mention: mention, role: nil, cue: found.cue) }
            return Speaker(name: last.name, mention: mention, role: last.role, cue: found.cue)
        }
        if let entity = directory.resolve(mention) {
            return Speaker(name: entity.name, mention: mention, role: entity.role, cue: found.cue)
        }
        var name = mention
        for honorific in SpeakerDirectory.honorifics where name.hasPrefix(honorific + " ") { name = String(name.dropFirst(honorific.count + 1)) }
        return Speaker(name: name, mention: mention, role: nil, cue: found.cue)
    }

    /// A pull-quote credit right after the closing mark: "“…” ― Carla Sanchez".
    private func dashAttribution(after span: QuoteSpanScanner.Span, tokens: [Token], directory: SpeakerDirectory) -> Speaker? {
        guard let dash = tokens.firstIndex(where: { $0.start >= span.outer.upperBound }),
              ["\u{2015}", "\u{2014}", "\u{2013}", "-"].contains(tokens[dash].text) else { return nil }
        var end = dash + 1
        while end < tokens.count, end - dash <= 5,
              QuoteAttribution.isNameWord(tokens[end].text) || (tokens[end].text == "." && QuoteAttribution.isHonorific(tokens[end - 1].text)) {
            end += 1
        }
        guard end > dash + 1 else { return nil }
        let mention = tokens[(dash + 1)..<end].map(\.text).joined(separator: " ").replacingOccurrences(of: " .", with: ".")
        let entity = directory.resolve(mention)
        return Speaker(name: entity?.name ?? mention, mention: mention, role: entity?.role, cue: tokens[dash].text)
    }

    /// The subject before a partial quote in a sentence without a cue: "Clinton called him “…”",
    /// "Former President Bill Clinton criticized the law as a “crazy system”": the first person
    /// the article has introduced, or a pronoun, ahead of the quote in its sentence.
    private func subject(of sentence: SentenceSplitter.Sentence, before span: QuoteSpanScanner.Span, tokens: [Token], directory: SpeakerDirectory, last: Speaker?) -> Speaker? {
        let words = tokens.filter { $0.start >= sentence.start && $0.end <= span.outer.lowerBound }.map(\.text)
        var i = 0
        while i < words.count {
            let word = words[i]
            if QuoteAttribution.pronouns.contains(word.lowercased()), word.lowercased() != "it", let last {
                return Speaker(name: last.name, mention: word, role: last.role, cue: nil)
            }
            guard QuoteAttribution.isNameWord(word) else { i += 1; continue }
            var end = i
            while end < words.count, QuoteAttribution.isNameWord(words[end]) || (words[end] == "." && end > i && QuoteAttribution.isHonorific(words[end - 1])) { end += 1 }
            let mention = words[i..<end].joined(separator: " ").replacingOccurrences(of: " .", with: ".")
            if let entity = directory.resolve(mention) {
                return Speaker(name: entity.name, mention: mention, role: entity.role, cue: nil)
            }
            i = end
        }
        return nil
    }
}
