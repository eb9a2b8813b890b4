import Foundation

/// Every search term of a site's briefs with the briefs it is in: for each term, in order of
/// first use, the briefs (by index) and the term's weight in each, in brief order. Terms are
/// read from the digests' term lists as bytes and found by their number (`WordList.number`),
/// so a term becomes a `String` once, not once per brief.
///
/// A large site has millions of postings: they are kept in two flat arrays, each term's in one
/// run (`postings(of:)`), filled by counting each term's postings first rather than by growing
/// an array per term.
struct SearchPostings {
    /// The distinct terms, in order of first use.
    private(set) var terms: [String] = []
    /// Each posting's brief (by index) and the term's weight there, grouped by term.
    private(set) var briefs: [Int32] = []
    private(set) var weights: [UInt8] = []
    /// Where each term's postings start in `briefs` and `weights`; one more than `terms`.
    private var starts: [Int] = []
    /// Each brief's search snippet, read with its terms.
    private(set) var snippets: [String] = []
    /// Term position by the hash of its bytes.
    private var positions = NumberTable()
    /// The UTF-8 bytes of the terms found by hash, one after another, to compare a term read
    /// with: `termEnds[i]` ends the bytes of the term at position i (0 for one not found by hash).
    private var termBytes: [UInt8] = []
    private var termEnds: [Int] = []
    /// Terms whose hash is already another term's (never seen in practice, but kept right).
    private var collided: [String: Int] = [:]

    init(_ digests: [BriefDigest]) {
        // Each term's position, listing by listing, and where each brief's listings end.
        var listed: [Int32] = [], listedWeights: [UInt8] = [], ends: [Int] = []
        ends.reserveCapacity(digests.count)
        snippets.reserveCapacity(digests.count)
        for index in digests.indices {
            let search = digests[index].details.search, weights = search.weights
            var k = 0
            WordList.forEachWord(in: search.terms) { term in
                listed.append(Int32(position(of: term)))
                listedWeights.append(weights[k])
                k += 1
            }
            ends.append(listed.count)
            snippets.append(search.snippet)
        }
        var starts = [Int](repeating: 0, count: terms.count + 1)
        for term in listed { starts[Int(term) + 1] += 1 }
        for term in terms.indices { starts[term + 1] += starts[term] }
        var filled = starts
        briefs = [Int32](repeating: 0, count: listed.count)
        weights = [UInt8](repeating: 0, count: listed.count)
        var brief = 0
        for (i, term) in listed.enumerated() {
            while i == ends[brief] { brief += 1 }
            let at = filled[Int(term)]
            briefs[at] = Int32(brief)
            weights[at] = listedWeights[i]
            filled[Int(term)] = at + 1
        }
        self.starts = starts
    }

    /// Where the postings of the term at `position` are in `briefs` and `weights`.
    func postings(of position: Int) -> Range<Int> { starts[position]..<starts[position + 1] }

    /// Positions of the terms in `terms`, sorted by term.
    func termsInOrder() -> [Int] {
        terms.indices.sorted { terms[$0] < terms[$1] }
    }

    /// The position of `term`, added to `terms` when new.
    private mutating func position(of term: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = WordList.number(term)
        if let known = positions[hash].map(Int.init) {
            let start = known == 0 ? 0 : termEnds[known - 1], end = termEnds[known]
            let same = end - start == term.count && termBytes.withUnsafeBufferPointer { bytes in
                term.isEmpty || memcmp(bytes.baseAddress! + start, term.baseAddress!, term.count) == 0
            }
            if same { return known }
            let other = String(decoding: term, as: UTF8.self)
            let position = collided[other] ?? newTerm(other, bytes: nil)
            collided[other] = position
            return position
        }
        let position = newTerm(String(decoding: term, as: UTF8.self), bytes: term)
        positions.insert(hash, Int32(position))
        return position
    }

    /// Adds a term, with its bytes when it is found by hash.
    private mutating func newTerm(_ text: String, bytes: UnsafeBufferPointer<UInt8>?) -> Int {
        terms.append(text)
        if let bytes { termBytes.append(contentsOf: bytes) }
        termEnds.append(termBytes.count)
        return terms.count - 1
    }
}
