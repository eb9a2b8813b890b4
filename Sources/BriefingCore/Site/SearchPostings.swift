import Foundation

/// Every search term of a site's briefs with the briefs it is in: for each term, in order of
/// first use, the briefs (by index) and the term's weight in each, in brief order. Terms are
/// read from the digests' term lists as bytes and found by a number: a short term's bytes
/// (`shortKey`), a longer one's hash (`WordList.number`), so a term becomes a `String` once,
/// not once per brief.
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
    private(set) var starts: [Int] = []
    /// Each brief's search snippet, read with its terms.
    private(set) var snippets: [String] = []
    /// Term position by the hash of its bytes, and short terms' by their bytes (`shortKey`).
    private var positions = NumberTable()
    private var shortPositions = NumberTable()
    /// The UTF-8 bytes of the terms found by hash, one after another, to compare a term read
    /// with: `termEnds[i]` ends the bytes of the term at position i (an empty run for a term
    /// not found by hash).
    private var termBytes: [UInt8] = []
    private var termEnds: [Int] = []
    /// Terms whose hash is already another term's (never seen in practice, but kept right).
    private var collided: [String: Int] = [:]

    init(_ digests: [BriefDigest]) {
        // A listing takes three bytes of its section at least (two letters, a space, a weight).
        let listings = digests.reduce(0) { $0 + $1.details.sectionLengths[DigestDetails.Section.search.rawValue] / 3 }
        self.init(digests.lazy.map(\.details.search), count: digests.count, listings: listings)
    }

    /// The postings of `searches`, the search details of `count` briefs in brief order, with
    /// room for `listings` listings (at least as many as they hold, so that the lists made of
    /// them, millions long on a large site, are not grown and copied as they are filled).
    init(_ searches: some Sequence<DigestDetails.Search>, count: Int, listings: Int = 0) {
        // Each term's position, listing by listing, and where each brief's listings end.
        var listed: [Int32] = [], listedWeights: [UInt8] = [], ends: [Int] = []
        listed.reserveCapacity(listings)
        listedWeights.reserveCapacity(listings)
        ends.reserveCapacity(count)
        snippets.reserveCapacity(count)
        for search in searches {
            let weights = search.weights
            var k = 0
            WordList.forEachWordRange(in: search.terms) { list, term in
                listed.append(Int32(position(of: term, in: list)))
                listedWeights.append(weights[k])
                k += 1
            }
            ends.append(listed.count)
            snippets.append(search.snippet)
        }
        var starts = [Int](repeating: 0, count: terms.count + 1)
        for term in listed { starts[Int(term) + 1] += 1 }
        for term in terms.indices { starts[term + 1] += starts[term] }
        // Each posting written at its term's next place: every place is written once.
        var filled = starts
        var briefs = [Int32](repeating: 0, count: listed.count), weights = [UInt8](repeating: 0, count: listed.count)
        briefs.withUnsafeMutableBufferPointer { briefs in
            weights.withUnsafeMutableBufferPointer { weights in
                filled.withUnsafeMutableBufferPointer { filled in
                    var i = 0
                    for (brief, end) in ends.enumerated() {
                        while i < end {
                            let term = Int(listed[i]), at = filled[term]
                            briefs[at] = Int32(brief)
                            weights[at] = listedWeights[i]
                            filled[term] = at + 1
                            i += 1
                        }
                    }
                }
            }
        }
        self.briefs = briefs
        self.weights = weights
        self.starts = starts
    }

    /// Postings as an earlier build made them (`SearchPostingsFile`): `starts` ascending from 0 to
    /// the count of `briefs` and `weights`, one more than `terms`.
    init?(terms: [String], starts: [Int], briefs: [Int32], weights: [UInt8], snippets: [String]) {
        guard starts.count == terms.count + 1, starts.first == 0, starts.last == briefs.count, weights.count == briefs.count,
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }), briefs.allSatisfy({ $0 >= 0 && Int($0) < snippets.count })
        else { return nil }
        self.init(checked: terms, starts: starts, briefs: briefs, weights: weights, snippets: snippets)
    }

    /// Postings whose parts are known to agree (as `init?(terms:starts:briefs:weights:snippets:)` checks).
    private init(checked terms: [String], starts: [Int], briefs: [Int32], weights: [UInt8], snippets: [String]) {
        self.terms = terms
        self.starts = starts
        self.briefs = briefs
        self.weights = weights
        self.snippets = snippets
    }

    /// These postings with the briefs at `changed` (positions, ascending, each once) holding
    /// `searches` instead: the terms, postings and snippets `init(_:count:listings:)` makes of
    /// every brief's search details, but for the order of the terms (those only the changed
    /// briefs hold come last), which `termsInOrder()` sorts away. Terms left without postings
    /// are dropped. Nil when a term past ASCII is among the changed briefs' terms, before or
    /// after: such a term may equal another as a `String` (canonically) while its bytes differ,
    /// and then their order after sorting is their order of first use, which only a whole
    /// reading gives.
    func replacing(_ changed: [Int], with searches: [DigestDetails.Search]) -> SearchPostings? {
        var isChanged = [Bool](repeating: false, count: snippets.count)
        for position in changed {
            guard position >= 0, position < snippets.count, !isChanged[position] else { return nil }
            isChanged[position] = true
        }
        // The changed briefs' terms (all ASCII), each with its postings in brief order.
        var added: [String: Int] = [:]
        var addedTerms: [String] = [], addedPostings: [[(brief: Int32, weight: UInt8)]] = []
        for (position, search) in zip(changed, searches) {
            var pastASCII = false, k = 0
            WordList.forEachWordRange(in: search.terms) { list, range in
                let bytes = UnsafeBufferPointer(rebasing: list[range])
                if bytes.contains(where: { $0 >= 0x80 }) { pastASCII = true }
                let term = String(decoding: bytes, as: UTF8.self)
                let at = added[term] ?? addedTerms.count
                if at == addedTerms.count {
                    added[term] = at
                    addedTerms.append(term)
                    addedPostings.append([])
                }
                addedPostings[at].append((Int32(position), k < search.weights.count ? search.weights[k] : 0))
                k += 1
            }
            guard !pastASCII, k == search.weights.count else { return nil }
        }
        // Every posting kept or added is written once into arrays made for all of them (millions
        // on a large site), read and written through buffers.
        let room = self.briefs.count + addedPostings.reduce(0) { $0 + $1.count }
        var terms: [String] = [], starts = [0]
        terms.reserveCapacity(self.terms.count + addedTerms.count)
        starts.reserveCapacity(self.terms.count + addedTerms.count + 1)
        var briefs = [Int32](repeating: 0, count: room), weights = [UInt8](repeating: 0, count: room)
        var merged = [Bool](repeating: false, count: addedTerms.count)
        let written = briefs.withUnsafeMutableBufferPointer { briefs in
            weights.withUnsafeMutableBufferPointer { weights in
                self.briefs.withUnsafeBufferPointer { oldBriefs in
                    self.weights.withUnsafeBufferPointer { oldWeights in
                        isChanged.withUnsafeBufferPointer { isChanged -> Int? in
                            var count = 0
                            for (term, text) in self.terms.enumerated() {
                                var more: [(brief: Int32, weight: UInt8)] = []
                                if let at = added[text] {
                                    // Equal as strings to an ASCII term is equal in bytes only when ASCII itself.
                                    guard text.utf8.count == addedTerms[at].utf8.count else { return nil }
                                    more = addedPostings[at]
                                    merged[at] = true
                                }
                                var m = 0
                                for i in postings(of: term) {
                                    let brief = oldBriefs[i]
                                    if isChanged[Int(brief)] {
                                        // A term past ASCII that a changed brief held before the change.
                                        if text.utf8.contains(where: { $0 >= 0x80 }) { return nil }
                                        continue
                                    }
                                    while m < more.count, more[m].brief < brief {
                                        (briefs[count], weights[count]) = more[m]
                                        count += 1
                                        m += 1
                                    }
                                    (briefs[count], weights[count]) = (brief, oldWeights[i])
                                    count += 1
                                }
                                for rest in more[m...] {
                                    (briefs[count], weights[count]) = rest
                                    count += 1
                                }
                                guard count > starts[starts.count - 1] else { continue }
                                terms.append(text)
                                starts.append(count)
                            }
                            for at in addedTerms.indices where !merged[at] {
                                for posting in addedPostings[at] {
                                    (briefs[count], weights[count]) = posting
                                    count += 1
                                }
                                terms.append(addedTerms[at])
                                starts.append(count)
                            }
                            return count
                        }
                    }
                }
            }
        }
        guard let count = written else { return nil }
        briefs.removeLast(room - count)
        weights.removeLast(room - count)
        var snippets = self.snippets
        for (position, search) in zip(changed, searches) { snippets[position] = search.snippet }
        return SearchPostings(checked: terms, starts: starts, briefs: briefs, weights: weights, snippets: snippets)
    }

    /// Where the postings of the term at `position` are in `briefs` and `weights`.
    func postings(of position: Int) -> Range<Int> { starts[position]..<starts[position + 1] }

    /// Positions of the terms in `terms`, sorted by term.
    func termsInOrder() -> [Int] {
        terms.indices.sorted { terms[$0] < terms[$1] }
    }

    /// The position of the term at `range` of `list` (a term list), added to `terms` when new.
    /// A short term is found by its bytes as a number (`shortKey`), others by hash.
    private mutating func position(of range: Range<Int>, in list: UnsafeBufferPointer<UInt8>) -> Int {
        if let key = Self.shortKey(range, in: list) {
            if let known = shortPositions[key] { return Int(known) }
            let position = newTerm(String(decoding: UnsafeBufferPointer(rebasing: list[range]), as: UTF8.self), bytes: nil)
            shortPositions.insert(key, Int32(position))
            return position
        }
        return hashedPosition(of: UnsafeBufferPointer(rebasing: list[range]))
    }

    /// The bytes of the term at `range` of `bytes` as one number, little-endian, the rest zero,
    /// when the term has 1 to 8 bytes and its last byte is not zero; nil for other terms. The
    /// term's length is then where the number's last nonzero byte is, so two such terms with
    /// the same number are the same term. Inlined: it is called for every word of every brief.
    @inline(__always)
    static func shortKey(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let count = range.count
        guard count > 0, count <= 8, bytes[range.upperBound - 1] != 0 else { return nil }
        guard range.lowerBound + 8 <= bytes.count else {
            var key: UInt64 = 0
            for i in range.reversed() { key = key << 8 | UInt64(bytes[i]) }
            return key
        }
        // Eight bytes at once, those past the term masked off.
        let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + range.lowerBound).loadUnaligned(as: UInt64.self))
        return count == 8 ? word : word & (1 << UInt64(8 * count) - 1)
    }

    /// The position of `term` (not short: see `shortKey`), added to `terms` when new.
    private mutating func hashedPosition(of term: UnsafeBufferPointer<UInt8>) -> Int {
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
