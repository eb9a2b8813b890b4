import Foundation
import Testing
@testable import BriefingCore

/// `BriefText.lead` narrows one array of words by indices: it must give what cutting a new
/// array at each step gave.
@Suite("Page 37 lead")
struct Page37LeadTests {
    /// `BriefText.lead` as it cut a new array at each step.
    static func leadByArrays(_ words: [String]) -> [String]? {
        var words = words.map(BriefText.withoutStrayQuotes).filter { !$0.isEmpty }
        if let said = words.dropLast().lastIndex(where: { BriefText.reportingVerbs.containsLowercased($0) }) {
            words = Array(words[(said + 1)...])
            if words.first?.lowercased() == "that" { words.removeFirst() }
        }
        var link: [String] = []
        let article = words.last.map { LexiconSet.articles.containsLowercased($0) } ?? false
        if words.count > (article ? 1 : 0), BriefText.prepositions.containsLowercased(words[words.count - (article ? 2 : 1)]) {
            link = Array(words.suffix(article ? 2 : 1))
            words.removeLast(link.count)
        }
        while let last = words.last, BriefText.functionWords.containsLowercased(last) { words.removeLast() }
        if let aux = words.dropLast().lastIndex(where: { BriefText.auxiliaries.containsLowercased($0) }) {
            words = Array(words[(aux + 1)...])
        }
        if words.count > 4, let i = words.prefix(words.count - 3).lastIndex(where: { BriefText.prepositions.containsLowercased($0) }) {
            words = Array(words[(i + 1)...])
        }
        while let first = words.first, BriefText.prepositions.containsLowercased(first) { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        return words + link
    }

    /// Words of every kind `lead` looks for, in either case, with quote marks.
    private static let vocabulary = [
        "said", "Said", "reported", "told", "that", "That", "the", "The", "a", "an", "in", "for", "to", "with", "as", "after",
        "since", "on", "by", "from", "at", "of", "into", "over", "under", "and", "while", "which", "or", "but", "than",
        "its", "their", "will", "has", "had", "is", "been", "it's", "it\u{2019}s", "they're", "I'm", "company", "net",
        "was", "jailed", "representatives", "dispatch", "regime\u{2019}s", "\u{201C}", "\u{201D}", "\"", "\u{201C}record",
        "cut\u{201D}", "\"up", "Later", "Mr", "Abadi", "join", "return", "Café", "OF", "FOR",
    ]

    @Test func randomWordListsLeadAsByArrays() {
        var generator = SystemRandomNumberGenerator()
        var leads = 0
        for _ in 0..<50_000 {
            let words = (0..<Int.random(in: 0...9, using: &generator)).map { _ in Self.vocabulary.randomElement(using: &generator)! }
            let expected = Self.leadByArrays(words)
            if expected != nil { leads += 1 }
            #expect(BriefText.lead(words) == expected, "\(words)")
        }
        #expect(leads > 10_000, "most lists lead somewhere")
    }

    /// The eight words before each word of the seeds, as `figurePhrase` gives them before a figure.
    @Test func seedWordsLeadAsByArrays() throws {
        var leads = 0
        for line in try Repo.seedLines() {
            let words = line.split(separator: " ").map(String.init)
            for i in words.indices {
                let before = Array(words[max(0, i - 8)..<i])
                let expected = Self.leadByArrays(before)
                if expected != nil { leads += 1 }
                #expect(BriefText.lead(before) == expected, "\(before)")
            }
        }
        #expect(leads > 500, "the seeds' words lead somewhere")
    }
}
