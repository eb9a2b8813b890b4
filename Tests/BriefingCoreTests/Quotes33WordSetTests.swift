import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's quicker article-wide readings agree with the plain way on the seed
/// articles and the texts of the quote fixtures: the common words (`QuoteExtractor.commonWords`), whose name words are gathered in
/// a table of their own and made into the set once, are the lower-case tokens less the words of
/// the names found; whether a capitalized word is written inside a sentence, read only at the
/// paragraphs' `NameStarts`, is what reading every token tells; a defining rule, sought only
/// in a sentence where "defined" passed the cue filter, is found wherever it is.
@Suite("Quotes 33: common words made once, names sought at their starts")
struct Quotes33WordSetTests {
    /// The paragraphs of each seed article and of each text of the quote fixtures.
    private static var articleTexts: [[String]] {
        let manager = FileManager.default
        let fixtures = ((try? manager.contentsOfDirectory(at: Repo.fixtures, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.lastPathComponent.hasPrefix("quotes-unseen") }
            .flatMap { (try? manager.contentsOfDirectory(at: $0.appendingPathComponent("text"), includingPropertiesForKeys: nil)) ?? [] }
        let files = ((try? manager.contentsOfDirectory(at: Repo.seeds, includingPropertiesForKeys: nil)) ?? []) + fixtures
        return files.sorted { $0.path < $1.path }.map { file in
            ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
    }

    /// Each article's paragraphs, tokenized.
    private static var seedArticles: [[[Token]]] {
        articleTexts.map { $0.map { Tokenizer.tokens($0) } }
    }

    /// Words past ASCII and the ASCII characters others are canonically equal to.
    private static let unusual = ["", ";", "\u{037E}", "K", "\u{212A}", "k", "`", "\u{1FEF}", "\u{00E9}", "e\u{0301}", "caf\u{00E9}", "cafe\u{0301}", "a", "I"]

    @Test func commonWordsAreTheLowerCaseTokensLessTheWordsOfNames() {
        var articles = 0, disagreements = 0, removedWords = 0
        for paragraphs in Self.seedArticles where !paragraphs.isEmpty {
            articles += 1
            let (common, names, _) = QuoteExtractor.commonWords(paragraphs)
            let texts = paragraphs.flatMap { $0.map(\.text) }
            let lowercase = Set(texts.filter(QuoteExtractor.startsLowercase))
            let nameWords = Set(names.directory.entities.flatMap { $0.name.split(separator: " ").map { $0.lowercased() } })
            removedWords += lowercase.intersection(nameWords).count
            let lowered = texts.map { $0.lowercased() }
            for word in texts + lowered + Self.unusual {
                if common.contains(word) != (lowercase.contains(word) && !nameWords.contains(word)) { disagreements += 1 }
                if common.wasInserted(word) != lowercase.contains(word) { disagreements += 1 }
                if common.containsLowercased(word) != common.contains(word.lowercased()) { disagreements += 1 }
            }
        }
        #expect(articles >= 10)
        #expect(removedWords > 0)
        #expect(disagreements == 0)
    }

    @Test func aCapitalizedWordIsWrittenInsideASentenceAtTheNameStartsAsAtEveryToken() {
        var words = 0, inside = 0, disagreements = 0
        // (Sixty articles: each word is sought through every token of its article the plain way.)
        for paragraphs in Self.seedArticles.prefix(60) where !paragraphs.isEmpty {
            let starts = QuoteExtractor.commonWords(paragraphs).starts
            let capitalized = Set(paragraphs.flatMap { $0.map(\.text) }.filter(\.startsWithUppercase))
            for word in capitalized.sorted() + ["K", "\u{212A}", "Caf\u{00E9}", "Cafe\u{0301}", "\u{00C9}ric", "E\u{0301}ric"] {
                words += 1
                let plain = QuoteExtractor.isWrittenInsideSentence(word, paragraphs)
                if plain { inside += 1 }
                if QuoteExtractor.isWrittenInsideSentence(word, paragraphs, starts: starts) != plain { disagreements += 1 }
            }
        }
        #expect(words > 1000)
        #expect(inside > 100 && inside < words)
        #expect(disagreements == 0)
    }

    @Test func aDefiningRuleIsACandidateWhereverItIsFound() {
        let made = [
            "Under California law, rape is defined as someone using force.", "under the rule, a vote was defined as a ballot cast.",
            "Under federal law, it is defined as “torture”, and he defined it.", "The term was defined as “unfit” by the court.",
            "Under the code a loan is Defined as a debt.", "Under its charter, membership is defined by vote.",
        ]
        let sentences = Self.seedArticles.flatMap { $0 }.map { $0.map(\.text) } + made.map { Tokenizer.tokens($0).map(\.text) }
        var rules = 0, missing = 0
        for words in sentences {
            let found = QuoteAttribution.candidates(in: words, common: TokenWordSet())
            guard let rule = QuoteAttribution.definingRule(in: words) else { continue }
            rules += 1
            if !found.contains(where: { $0.cue == rule.cue && $0.attribution == QuoteAttribution(mention: rule.mention, cue: "defined") }) { missing += 1 }
        }
        #expect(rules >= 2)
        #expect(missing == 0)
    }
}
