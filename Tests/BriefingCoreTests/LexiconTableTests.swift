import Foundation
import Testing
@testable import BriefingCore

/// The byte-keyed lexicon tables the extractors look words up in at every token: the same
/// members as `Set<String>` and the same values as `Dictionary`, canonical equivalence included.
@Suite("Lexicon tables")
struct LexiconTableTests {
    /// Words of a lexicon and of running text, with forms that are equal only canonically:
    /// "café" precomposed and decomposed, the Kelvin sign that is "K", "Å" and the Ångström sign.
    private let words = [
        "the", "ministry", "said", "it’s", "café", "seoul", "\u{212A}im", "K", "officials", "won", "ahn", "park", "\u{212B}", "x",
        "according", "year-earlier", "u.s", "mid-1990s", "a", "",
    ]
    private let queries = [
        "Kim", "kim", "\u{212A}im", "cafe\u{301}", "caf\u{E9}", "\u{212A}", "K", "k", "\u{C5}", "A\u{30A}", "The", "minister", "e\u{301}",
        "caf", "park ", "ACCORDING", "year-earlier", "u.s.", "", "x", "xx",
    ]

    @Test func aLexiconSetHasTheMembersOfASetOfStrings() {
        // Enough words to fill the table past its first size.
        let many = words + (0..<200).map { "word\($0)" }
        let set = LexiconSet(many)
        let reference = Set(many)
        for query in queries + many + ["word200", "word-1"] {
            #expect(set.contains(query) == reference.contains(query), "\(query)")
        }
        #expect(Set(set) == reference)
    }

    @Test func aLexiconMapGivesTheValuesOfADictionary() {
        var reference: [String: Int] = [:]
        for (n, word) in words.enumerated() where reference[word] == nil { reference[word] = n }
        let map = LexiconMap(reference)
        for query in queries + words { #expect(map[query] == reference[query], "\(query)") }
        #expect(Set(map.keys) == Set(reference.keys))
    }

    /// The filter in front of the slots turns away only words that are no member: over the
    /// time tagger's vocabulary (hundreds of words) and the words of two seeds, as written and
    /// lower-cased, with the look-alikes of the time tagger's fast-path tests.
    @Test func aMembershipMapGivesTheListsEachWordIsIn() {
        struct Lists: OptionSet, Sendable {
            let rawValue: UInt8
            static let first = Lists(rawValue: 1)
            static let second = Lists(rawValue: 2)
        }
        // "café" composed in one list and decomposed in the other: one word for both, as each list matches it.
        let lists: [(words: Set<String>, bit: Lists)] = [(["said", "caf\u{E9}", "told"], .first), (["told", "cafe\u{301}", "added"], .second)]
        let map = LexiconMap(memberships: lists)
        #expect(map["said"] == Lists.first)
        #expect(map["added"] == Lists.second)
        #expect(map["told"] == Lists([.first, .second]))
        #expect(map["caf\u{E9}"] == Lists([.first, .second]))
        #expect(map["cafe\u{301}"] == Lists([.first, .second]))
        #expect(map["Said"] == nil)
    }

    @Test func theFilterTurnsAwayOnlyWordsThatAreNoMember() {
        let members = Array(TimeWordFacts.vocabulary.keys)
        let table = LexiconTable(members)
        let reference = Set(members)
        var words = Set(TimeScannerFastPathTests.words)
        for seed in [Repo.seed000, Repo.seed002] {
            let text = (try? String(contentsOf: Repo.seeds.appendingPathComponent(seed), encoding: .utf8)) ?? ""
            for token in Tokenizer.tokens(text) { words.formUnion([token.text, token.text.lowercased()]) }
        }
        var found = 0, ruledOut = 0, asciiMembers = 0
        for word in words.sorted() + members {
            UTF8Scan.withBytes(word) { bytes in
                guard let hash = ASCIIWordHash.of(bytes) else { return }
                let isMember = table.index(ascii: bytes, hash: hash) != nil
                #expect(isMember == reference.contains(word), "\(word)")
                if isMember { found += 1 }
                if !table.mayHave(hash: hash) {
                    ruledOut += 1
                    #expect(!reference.contains(word), "\(word)")
                }
                if reference.contains(word) { asciiMembers += 1 }
            }
        }
        // The words hold members and words the filter rules out.
        #expect(asciiMembers > 200)
        #expect(found > 100)
        #expect(ruledOut > 100)
    }

    @Test func theNewsLexiconsLookUpAsBefore() {
        // Words the time tagger and the figure reader look up at every token.
        #expect(TimeLexicon.dayParts["morning"] == "MO")
        #expect(TimeLexicon.dayParts["Morning"] == nil)
        #expect(NumberWords.units["seven"] == 7)
        #expect(FigureExtractor.starters.contains("hundred"))
        #expect(!FigureExtractor.starters.contains("ministry"))
    }
}
