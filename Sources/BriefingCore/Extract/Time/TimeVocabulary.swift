/// `TimeWordFacts.vocabulary`: the facts of every word with an answer, behind a filter of bits
/// that rules out most ASCII words before the table is probed.
///
/// Most tokens are in no lexicon, and the table's slots (four for each word) are mostly out of
/// the cache when a token is looked up, between the other extractors' work: the filter, a
/// bit for each of 2¹⁴ values of a hash's top bits, is 2 KB. A word whose bit is clear has an
/// `ASCIIWordHash` no key's has, so the table holds no value for it.
final class TimeVocabulary: Sendable {
    /// The words and their facts.
    let map: LexiconMap<TimeWordFacts>
    /// Bit `h >> filterShift` set for the hash `h` of each ASCII key (as the table places it).
    private let filter: [UInt64]

    /// How far a hash is shifted to give its filter bit's index (its top 14 bits).
    private static let filterShift: UInt64 = 50

    init(_ map: LexiconMap<TimeWordFacts>) {
        var filter = [UInt64](repeating: 0, count: 1 << 8)
        for word in map.keys {
            // The table places a key by the hash of its composed bytes, when they are ASCII.
            guard let hash = UTF8Scan.withBytes(CanonicalText.precomposed(word), { ASCIIWordHash.of($0) }) else { continue }
            let bit = Int(truncatingIfNeeded: hash >> Self.filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.map = map
        self.filter = filter
    }

    /// The words.
    var keys: Dictionary<String, TimeWordFacts>.Keys { map.keys }

    /// The facts of the key equal to `word`.
    @inline(__always)
    subscript(_ word: String) -> TimeWordFacts? { map[word] }

    /// The facts of the key equal to the ASCII word in `bytes`, whose `ASCIIWordHash` is
    /// `hash`; nil when none is.
    @inline(__always)
    subscript(ascii bytes: UnsafeBufferPointer<UInt8>, hash hash: UInt64) -> TimeWordFacts? {
        mayHave(hash: hash) ? map[ascii: bytes, hash: hash] : nil
    }

    /// False only when no ASCII key has the hash `hash`.
    @inline(__always)
    func mayHave(hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash >> Self.filterShift)
        return filter[bit >> 6] >> UInt64(bit & 63) & 1 != 0
    }
}
