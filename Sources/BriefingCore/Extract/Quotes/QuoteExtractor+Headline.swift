/// Quotes in the headline and the deck ("Trump Says Clinton Is “Unfit”", "Pence: “We Will
/// Win”"), whose `paragraph` is -1: they stand before the body, so they are credited with the
/// names the whole body introduces.
extension QuoteExtractor {
    func headlineQuotes(_ article: Article, common: TokenWordSet, directory: SpeakerDirectory, organizations: OrganizationDirectory) -> [Quote] {
        var quotes: [Quote] = []
        for text in [article.title, article.summary ?? ""] where !text.isEmpty {
            let scalars = text.unicodeScalarArray
            // Headlines set scare quotes and slogans in single marks; only double ones quote speech.
            let spans = QuoteSpanScanner.spans(in: scalars).filter { !["\u{2018}", "'", "\u{201A}", "\u{2039}", "\u{203A}"].contains(scalars[$0.outer.lowerBound]) }
            guard !spans.isEmpty else { continue }
            let sentences = SentenceSplitter.split(text)
            let context = QuoteParagraph(tokens: Tokenizer.tokens(text), spans: spans, sentences: sentences)
            for span in spans where !span.runsOn {
                let quoted = String(scalars: scalars[span.inner].trimmingWhitespaces)
                let next = Tokenizer.tokens(text).first { $0.start >= span.outer.upperBound }?.text
                // A work noun after the title names it, as in the body: "the death of “Top Gun” director Tony Scott".
                guard quoted.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
                      !QuoteNameFilter.isName(quoted, after: context.words(before: span.outer.lowerBound, count: 3), next: next?.lowercased()),
                      !QuoteNameFilter.isNickname(quoted, before: context.words(before: span.outer.lowerBound, count: 1).first, next: next) else { continue }
                let sentence = sentences.lastIndex { $0.start <= span.outer.lowerBound } ?? 0
                let narrative = context.words(inSentence: sentence, before: span.outer.lowerBound)
                // A headline in sentence case opening with a term or title as its subject: "“Moonlight” walked
                // away with best picture honors".
                if narrative.isEmpty, QuoteNameFilter.isSubjectTerm(quoted, next: next) { continue }
                // A name given with no one giving it, as in the body: "It’s been called the “razor blade business model.”".
                if QuoteNameFilter.followsNaming(narrative), QuoteNameFilter.isShortName(quoted),
                   !QuoteAttribution.tellsOfSaying(QuoteNameFilter.ownClause(context.words(inSentence: sentence), from: narrative.count)
                        .filter { !QuoteNameFilter.namingVerbs.containsLowercased($0) }) {
                    continue
                }
                // "Pence: …" when the body names Pence; "UPDATE: …" is no one.
                var found = Self.label(narrative, common: common).flatMap { directory.resolve($0) == nil ? nil : QuoteAttribution(mention: $0, cue: ":") }
                    ?? QuoteAttribution.find(in: context.words(inSentence: sentence), common: common, near: narrative.count)
                    ?? QuoteAttribution.subject(in: narrative, common: common).map { QuoteAttribution(mention: $0, cue: "") }
                // Title case runs names into verbs ("Elizabeth Warren Hammers Wells Fargo CEO"):
                // keep the longest opening part that names someone the body introduced.
                if let mention = found?.mention, QuoteNameFilter.isTitleCase(narrative.joined(separator: " ")) {
                    let words = mention.split(atASCII: 0x20).map(String.init)
                    let known = (1...words.count).reversed().lazy.map { words[..<$0].joined(separator: " ") }.first { directory.resolve($0) != nil }
                    found = known.map { QuoteAttribution(mention: $0, cue: found?.cue ?? "") }
                }
                // A work's title or a term with no one saying it: "Universal’s “Furious 7” will cross $1 billion", "A
                // lawmaker's son donated the “maximum amount” to a Democrat". The subject alone (no cue) gives no one
                // saying it; a label before a colon does: "Mayor: “We Will …”".
                if found.map({ $0.cue.isEmpty }) ?? true, narrative.last != ":",
                   QuoteNameFilter.isWorkTitle(quoted) || !narrative.isEmpty && QuoteNameFilter.isTerm(quoted),
                   !QuoteAttribution.tellsOfSaying(context.words(inSentence: sentence)) {
                    continue
                }
                let speaker = found.map { resolve($0.mention, cue: $0.cue.isEmpty ? nil : $0.cue, directory, organizations, antecedent: nil) }
                quotes.append(Quote(
                    text: quoted, speaker: speaker.flatMap(Self.displayedName), mention: speaker?.mention, role: speaker?.role,
                    cue: speaker?.cue, paragraph: -1))
            }
        }
        return quotes
    }

    /// Headline quotes with no one named, credited as the body credits the same words: a title
    /// line “I'm as shocked as you people.” over a body quote “I’m as shocked as you people.
    /// That’s why my speech sucked. …” — Jon Cryer. Words of three or more, compared with
    /// apostrophes and case folded, must open the body quote or be all of it.
    static func creditedFromBody(_ headline: [Quote], body: [Quote]) -> [Quote] {
        guard !headline.isEmpty, !body.isEmpty else { return headline }
        func folded(_ text: String) -> String {
            text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        }
        return headline.map { quote in
            guard quote.mention == nil, quote.text.split(atASCII: 0x20).count >= 3 else { return quote }
            let words = folded(quote.text)
            guard let source = body.first(where: { $0.mention != nil && folded($0.text).hasPrefix(words) }) else { return quote }
            var credited = quote
            credited.speaker = source.speaker
            credited.mention = source.mention
            credited.role = source.role
            credited.cue = source.cue
            return credited
        }
    }

    /// The name before a colon that opens a headline: "Pence: …".
    static func label(_ words: [String], common: TokenWordSet) -> String? {
        guard let colon = words.firstIndex(of: ":"), colon > 0,
              let run = QuoteAttribution.nameRun(endingAt: colon, in: words, common: common), run.lowerBound == 0 else { return nil }
        return QuoteAttribution.join(words[run])
    }
}
