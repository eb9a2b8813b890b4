import Testing
@testable import BriefingCore

/// Mentions resolved through `ResolvedNames` give the speakers resolving them afresh gives,
/// byte for byte, as the directories grow paragraph by paragraph.
@Suite("Quotes: resolved names kept while the directories stay")
struct QuoteSpeedResolvedNamesTests {
    /// Paragraphs of news text naming people, roles and organizations, with names past ASCII
    /// written composed and decomposed.
    private static let paragraphs = [
        "SEOUL – South Korea will review its trade policy, Foreign Minister Park Jin-woo said Tuesday.",
        "“We are not going to accept a plan that leaves our partners behind,” Minister Park said at a briefing.",
        "The Korea Herald reported that the ministry had received 400 comments. The newspaper said most were from small firms.",
        "Dr. Anna Weber, a trade economist at the Kiel Institute, said the plan was too tight. Weber told reporters it would fail.",
        "“Nobody should expect a quick result,” Weber said. The minister said the talks would go on.",
        "Café owner Zoë Dubois said she agreed. “It is fine,” said Zoe\u{308} Dubois, who chairs the committee.",
        "Secretary of State John Kerry met Park. Kerry said the talks were useful; the secretary declined to comment further.",
    ]

    /// Mentions asked of every paragraph: the sentences' subjects and cue mentions, and names,
    /// roles and descriptions in either composition.
    private static let extraMentions = [
        "Park", "Minister Park", "the minister", "Weber", "Dr. Weber", "Anna Weber", "the newspaper", "The Korea Herald",
        "Herald", "Zoë Dubois", "Zoe\u{308} Dubois", "Dubois", "Café owner Zoë Dubois", "Cafe\u{301} owner Zoe\u{308} Dubois",
        "State John Kerry", "the secretary", "the German", "Officials", "he", "his team", "their lawyers", "",
    ]

    private static func bytes(_ speaker: QuoteExtractor.Speaker) -> [[UInt8]?] {
        [Array(speaker.name.utf8), Array(speaker.mention.utf8), speaker.role.map { Array($0.utf8) }, speaker.cue.map { Array($0.utf8) }]
    }

    @Test func resolvedNamesGiveTheSpeakersResolvedAfresh() {
        let tokens = Self.paragraphs.map { Tokenizer.tokens($0) }
        let (common, names, starts) = QuoteExtractor.commonWords(tokens)
        let extractor = QuoteExtractor()
        var organizations = OrganizationDirectory()
        let kept = ResolvedNames()
        var asked = 0
        for (p, paragraph) in tokens.enumerated() {
            let directory = names.directory.prefix(names.known[p])
            organizations.learn(from: paragraph, starts: starts[p])
            kept.keep(people: directory.entities.count, organizations: organizations.version, volatile: false)
            let sentences = SentenceSplitter.split(Self.paragraphs[p])
            let context = QuoteParagraph(tokens: paragraph, spans: [], sentences: sentences)
            var mentions = Self.extraMentions
            for s in sentences.indices {
                let words = context.words(inSentence: s)
                if let subject = QuoteAttribution.subject(in: words, common: common) { mentions.append(subject) }
                mentions += QuoteAttribution.candidates(in: words, common: common).map(\.attribution.mention)
            }
            // Each mention twice, with and without a cue, and again with another cue.
            for mention in mentions + mentions {
                for cue in [nil, "said", "told", "said"] as [String?] {
                    let fresh = extractor.resolve(mention, cue: cue, directory, organizations, antecedent: nil)
                    let resolved = extractor.resolve(mention, cue: cue, directory, organizations, antecedent: nil, names: kept)
                    #expect(Self.bytes(resolved) == Self.bytes(fresh), "\(p): \(mention) \(cue ?? "-")")
                    asked += 1
                }
            }
        }
        #expect(asked > 1000)
    }

    /// The directories' state decides what is kept: a new state forgets, a volatile one too.
    @Test func newStateForgetsWhatWasResolved() {
        let kept = ResolvedNames()
        var made = 0
        func speaker(_ name: String) -> QuoteExtractor.Speaker {
            if let known = kept.speaker("Park", cue: nil) { return known }
            made += 1
            let speaker = QuoteExtractor.Speaker(name: name, mention: "Park", role: nil, cue: nil)
            kept.keep(speaker)
            return speaker
        }
        kept.keep(people: 1, organizations: 0, volatile: false)
        #expect(speaker("Park Jin-woo").name == "Park Jin-woo")
        #expect(speaker("Park Min").name == "Park Jin-woo")
        kept.keep(people: 1, organizations: 0, volatile: false)
        #expect(speaker("Park Min").name == "Park Jin-woo")
        kept.keep(people: 2, organizations: 0, volatile: false)
        #expect(speaker("Park Min").name == "Park Min")
        kept.keep(people: 2, organizations: 1, volatile: false)
        #expect(speaker("Park Ji").name == "Park Ji")
        kept.keep(people: 2, organizations: 1, volatile: true)
        #expect(speaker("Park Ha").name == "Park Ha")
        #expect(made == 4)
    }
}
