/// Every search term of a site's briefs with the briefs it is in: for each term, in order of
/// first use, the briefs (by index) and the term's weight in each, in brief order. Terms are
/// read from the digests' term lists as bytes and found by their number (`WordList.number`),
/// so a term becomes a `String` once, not once per brief.
struct SearchPostings {
    /// The distinct terms, in order of first use.
    private(set) var terms: [String] = []
    /// A brief (by index) a term is found in, and the weight it has there: a large site has
    /// millions, so they are kept small.
    struct Posting {
        var brief: Int32
        var weight: UInt8
    }

    /// The postings of each term of `terms`.
    private(set) var postings: [[Posting]] = []
    /// Term position by the hash of its bytes.
    private var positions = NumberTable()
    /// Terms whose hash is already another term's (never seen in practice, but kept right).
    private var collided: [String: Int] = [:]

    init(_ briefs: [BriefDigest]) {
        for (index, brief) in briefs.enumerated() {
            let search = brief.details.search, weights = search.weights
            var k = 0
            WordList.forEachWord(in: search.terms) { term in
                add(term, brief: Int32(index), weight: weights[k])
                k += 1
            }
        }
    }

    /// Positions of the terms in `terms`, sorted by term.
    func termsInOrder() -> [Int] {
        terms.indices.sorted { terms[$0] < terms[$1] }
    }

    private mutating func add(_ term: UnsafeBufferPointer<UInt8>, brief: Int32, weight: UInt8) {
        let hash = WordList.number(term)
        let position: Int
        if let known = positions[hash].map(Int.init) {
            let text = terms[known].utf8
            if text.count == term.count, text.withContiguousStorageIfAvailable({ $0.elementsEqual(term) }) ?? text.elementsEqual(term) {
                position = known
            } else {
                let text = String(decoding: term, as: UTF8.self)
                position = collided[text] ?? newTerm(text)
                collided[text] = position
            }
        } else {
            position = newTerm(String(decoding: term, as: UTF8.self))
            positions.insert(hash, Int32(position))
        }
        postings[position].append(Posting(brief: brief, weight: weight))
    }

    private mutating func newTerm(_ text: String) -> Int {
        terms.append(text)
        postings.append([])
        return terms.count - 1
    }
}
