import Testing
@testable import BriefingCore

/// The search postings, found by short keys and hashes, against a plain dictionary of strings.
@Suite("Search postings")
struct SearchPostingsTests {
    /// Words of every length around the short keys' eight bytes, past ASCII too.
    static let words = [
        "a", "an", "ox", "tax", "city", "mayor", "budget", "council", "planning", "planners", "elections",
        "infrastructure", "2024", "10", "café", "naïve", "zürich", "東京", "größenordnung", "cafe", "naive",
        "abcdefgh", "abcdefghi", "abcdefg", "hgfedcba", "transportation", "transportations",
    ]

    /// Search details of `count` briefs, each with a sorted, varying selection of `words`.
    static func searches(_ count: Int) -> [DigestDetails.Search] {
        (0..<count).map { brief in
            let chosen = words.enumerated().filter { ($0.offset * 7 + brief * 3) % 5 < 3 }.map(\.element)
            let terms = Array(Set(chosen)).sorted()
            return DigestDetails.Search(terms: terms.joined(separator: " "), weights: terms.indices.map { UInt8(($0 + brief) % 5 + 1) }, snippet: "brief \(brief)")
        }
    }

    @Test func postingsAreThoseOfAPlainDictionary() {
        let searches = Self.searches(40)
        let index = SearchPostings(searches, count: searches.count)
        var terms: [String] = [], positions: [String: Int] = [:], postings: [[(Int32, UInt8)]] = []
        for (brief, search) in searches.enumerated() {
            for (k, term) in search.terms.split(separator: " ").map(String.init).enumerated() {
                let position = positions[term] ?? terms.count
                if position == terms.count {
                    terms.append(term)
                    positions[term] = position
                    postings.append([])
                }
                postings[position].append((Int32(brief), search.weights[k]))
            }
        }
        #expect(index.terms == terms)
        #expect(index.snippets == searches.map(\.snippet))
        for position in terms.indices {
            let run = index.postings(of: position)
            #expect(Array(index.briefs[run]) == postings[position].map(\.0))
            #expect(Array(index.weights[run]) == postings[position].map(\.1))
        }
    }

    @Test func shortKeysTellShortTermsApart() {
        // Each word at the start of a long buffer (read eight bytes at once) and at its end (byte by byte).
        var keys: [UInt64: String] = [:]
        for word in Self.words {
            let bytes = Array(word.utf8)
            let padded = bytes + Array("        ".utf8)
            let atStart = padded.withUnsafeBufferPointer { SearchPostings.shortKey(0..<bytes.count, in: $0) }
            let atEnd = bytes.withUnsafeBufferPointer { SearchPostings.shortKey(0..<bytes.count, in: $0) }
            #expect(atStart == atEnd)
            #expect((atStart != nil) == (bytes.count <= 8))
            if let key = atStart {
                #expect(keys[key] == nil)
                keys[key] = word
            }
        }
        // A term ending in a zero byte would read as a shorter one: it has no short key.
        #expect([UInt8(0x61), 0].withUnsafeBufferPointer { SearchPostings.shortKey(0..<2, in: $0) } == nil)
    }
}
