/// Every search term of a site's briefs with the briefs it is in: for each term, in order of
/// first use, the brief indices and term weights as a flat list (brief, weight, brief, …) in
/// brief order. Terms are read from the digests' term lists as bytes and found by a 64-bit
/// hash of those bytes, so a term becomes a `String` once, not once per brief.
struct SearchPostings {
    /// The distinct terms, in order of first use.
    private(set) var terms: [String] = []
    /// Brief index and weight pairs of each term of `terms`, flattened.
    private(set) var postings: [[Int]] = []
    /// Term position by the hash of its bytes.
    private var positions: [UInt64: Int] = [:]
    /// Terms whose hash is already another term's (never seen in practice, but kept right).
    private var collided: [String: Int] = [:]

    init(_ briefs: [BriefDigest]) {
        for (index, brief) in briefs.enumerated() {
            let weights = brief.searchWeights
            var k = 0
            WordList.forEachWord(in: brief.searchTerms) { term in
                add(term, brief: index, weight: Int(weights[k]))
                k += 1
            }
        }
    }

    /// Positions of the terms in `terms`, sorted by term.
    func termsInOrder() -> [Int] {
        terms.indices.sorted { terms[$0] < terms[$1] }
    }

    private mutating func add(_ term: UnsafeBufferPointer<UInt8>, brief: Int, weight: Int) {
        let hash = ContentHash.hash(UnsafeRawBufferPointer(term))
        let position: Int
        if let known = positions[hash] {
            if terms[known].utf8.elementsEqual(term) {
                position = known
            } else {
                let text = String(decoding: term, as: UTF8.self)
                position = collided[text] ?? newTerm(text)
                collided[text] = position
            }
        } else {
            position = newTerm(String(decoding: term, as: UTF8.self))
            positions[hash] = position
        }
        postings[position].append(brief)
        postings[position].append(weight)
    }

    private mutating func newTerm(_ text: String) -> Int {
        terms.append(text)
        postings.append([])
        return terms.count - 1
    }
}
