/// The words of a fixed lexicon in an open-addressing table keyed by their bytes (FNV-1a),
/// for the look-ups that run at every token, where `Set<String>` and `Dictionary` spend most
/// of their time hashing (SipHash); the bytes are placed by `ASCIIWordHash`.
///
/// Matching is `String` equality (canonical equivalence): every member is stored composed
/// (NFC); a member whose composed form is ASCII is in the byte table, others in a
/// `Dictionary`. An ASCII word equals a member only when the member's composed bytes are the
/// word's, so it is looked up in the table alone; a word with other scalars is looked up among
/// the others and, composed, in the table.
final class LexiconTable: @unchecked Sendable {
    // Immutable after `init`: the memory is written there and only read afterwards.
    /// For each slot, 1 + the index of its member (0: empty); `mask` is the slot count - 1.
    private let slots: UnsafeMutablePointer<Int32>
    private let mask: Int
    /// Each member's hash, and its bytes' offset (high 32 bits) and length in `pool`.
    private let hashes: UnsafeMutablePointer<UInt64>
    private let places: UnsafeMutablePointer<UInt64>
    private let pool: UnsafeMutablePointer<UInt8>
    /// Bit `hash >> filterShift` set for the hash of each byte member: a word whose bit is
    /// clear is none, told before the slots are probed (`index(ascii:hash:)`). Most words the
    /// time tagger looks up at every token are in no lexicon, and the slots (four a member)
    /// are mostly out of the cache between the other extractors' work; the filter, a bit for
    /// each of 2¹⁴ values of a hash's top bits, is 2 KB.
    private let filter: UnsafeMutablePointer<UInt64>
    private static let filterShift: UInt64 = 50
    /// Members whose composed form is not ASCII, with their index.
    private let others: [String: Int]
    /// The number of members in the byte table and among the others.
    let asciiCount: Int
    var otherCount: Int { others.count }

    /// A table of `words`; a word equal to an earlier one is the same member.
    init(_ words: [String]) {
        var hashes: [UInt64] = [], places: [UInt64] = [], pool: [UInt8] = []
        var others: [String: Int] = [:]
        var size = 16
        while size < words.count * 4 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        for word in words {
            let composed = CanonicalText.precomposed(word)
            guard let hash = UTF8Scan.withBytes(composed, { ASCIIWordHash.of($0) }) else {
                if others[composed] == nil { others[composed] = others.count }
                continue
            }
            let bytes = Array(composed.utf8)
            var k = Int(truncatingIfNeeded: hash) & (size - 1)
            var found = false
            while slots[k] != 0 {
                let m = Int(slots[k] - 1)
                let start = Int(places[m] >> 32), length = Int(places[m] & 0xFFFF_FFFF)
                if hashes[m] == hash, pool[start..<(start + length)].elementsEqual(bytes) { found = true; break }
                k = (k + 1) & (size - 1)
            }
            if found { continue }
            slots[k] = Int32(hashes.count + 1)
            hashes.append(hash)
            places.append(UInt64(pool.count) << 32 | UInt64(bytes.count))
            pool += bytes
        }
        func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
            let memory = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
            memory.initialize(from: array, count: array.count)
            return memory
        }
        var filter = [UInt64](repeating: 0, count: 1 << 8)
        for hash in hashes {
            let bit = Int(truncatingIfNeeded: hash >> Self.filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = copy(filter)
        self.slots = copy(slots)
        mask = size - 1
        self.hashes = copy(hashes)
        self.places = copy(places)
        self.pool = copy(pool)
        self.others = others
        asciiCount = hashes.count
    }

    deinit {
        filter.deallocate()
        slots.deallocate()
        hashes.deallocate()
        places.deallocate()
        pool.deallocate()
    }

    /// The member equal to `word`: k ≥ 0 for the k-th member of the byte table, -1 - k for
    /// the k-th of the others, nil when none is.
    @inline(__always)
    func find(_ word: String) -> Int? {
        switch UTF8Scan.withBytes(word, { lookUp($0) }) {
        case .some(let found): return found
        case .none:
            if let k = others[word] { return -1 - k }
            let composed = CanonicalText.precomposed(word)
            return UTF8Scan.withBytes(composed, { lookUp($0) }) ?? nil
        }
    }

    /// Whether `bytes`, all ASCII, are a member's: an ASCII word equals only a member whose
    /// composed bytes are its own.
    @inline(__always)
    func contains(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        lookUp(bytes).map { $0 != nil } ?? false
    }

    /// The index in the byte table of the member with `bytes`, all ASCII, whose
    /// `ASCIIWordHash` is `hash` (as `find` gives it); nil when no member has them. Most
    /// words are turned away by the filter before any slot is read.
    @inline(__always)
    func index(ascii bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        mayHave(hash: hash) ? lookUp(bytes, hash: hash) : nil
    }

    /// The index (in the byte table) of the member with `bytes`; `.some(nil)` when none,
    /// nil when `bytes` are not ASCII.
    @inline(__always)
    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard let hash = ASCIIWordHash.of(bytes) else { return nil }
        return lookUp(bytes, hash: hash)
    }

    /// False only when no byte member has the hash `hash` (`filter`).
    @inline(__always)
    func mayHave(hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash >> Self.filterShift)
        return filter[bit >> 6] >> UInt64(bit & 63) & 1 != 0
    }

    /// The index of the member with `bytes`, all ASCII, whose hash is `hash`; nil when none.
    @inline(__always)
    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        var k = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[k]
            if slot == 0 { return nil }
            let m = Int(slot - 1)
            if hashes[m] == hash, Int(places[m] & 0xFFFF_FFFF) == bytes.count {
                let start = pool + Int(places[m] >> 32)
                var same = true
                for i in 0..<bytes.count where start[i] != bytes[i] { same = false; break }
                if same { return m }
            }
            k = (k + 1) & mask
        }
    }
}

extension LexiconSet {
    /// The articles "a", "an" and "the", which the quote and figure rules both ask about.
    static let articles: LexiconSet = ["a", "an", "the"]
}

/// A fixed set of words with `Set<String>`'s membership, looked up through a `LexiconTable`.
/// A class, so that reading one from a static costs one reference, not one per stored array.
final class LexiconSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The words as given.
    let words: Set<String>
    private let table: LexiconTable

    init(_ words: some Sequence<String>) {
        self.words = Set(words)
        table = LexiconTable(Array(self.words))
    }

    required convenience init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// Whether a member equals `word`.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        table.find(word) != nil
    }

    /// Whether a member equals the ASCII word in `bytes` (false for bytes past ASCII).
    @inline(__always)
    func contains(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        table.contains(ascii: bytes)
    }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

/// A fixed map from words to values with `Dictionary<String, Value>`'s look-up, through a
/// `LexiconTable`.
final class LexiconMap<Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// The entries as given.
    let dictionary: [String: Value]
    private let table: LexiconTable
    /// The values of the table's byte members, then of its other members (by index).
    private let asciiValues: [Value]
    private let otherValues: [Value]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        let keys = Array(dictionary.keys)
        let table = LexiconTable(keys)
        var ascii: [Value?] = Array(repeating: nil, count: table.asciiCount)
        var other: [Value?] = Array(repeating: nil, count: table.otherCount)
        for (key, value) in dictionary {
            guard let k = table.find(key) else { continue }
            if k >= 0 { ascii[k] = value } else { other[-1 - k] = value }
        }
        self.table = table
        asciiValues = ascii.map { $0! }
        otherValues = other.map { $0! }
    }

    required convenience init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }

    /// The value of the key equal to `word`.
    @inline(__always)
    subscript(_ word: String) -> Value? {
        guard let k = table.find(word) else { return nil }
        return k >= 0 ? asciiValues[k] : otherValues[-1 - k]
    }

    /// The value of the key equal to the ASCII word in `bytes`, whose `ASCIIWordHash` is
    /// `hash`; nil when none is.
    @inline(__always)
    subscript(ascii bytes: UnsafeBufferPointer<UInt8>, hash hash: UInt64) -> Value? {
        table.index(ascii: bytes, hash: hash).map { asciiValues[$0] }
    }

    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    func makeIterator() -> Dictionary<String, Value>.Iterator { dictionary.makeIterator() }
}

extension LexiconMap where Value: OptionSet, Value.Element == Value {
    /// Which of several word lists each word is in, told by one look-up: each word of `lists`
    /// maps to the bits of the lists holding it. Words equal as strings share their bits, as
    /// each list matches them. For rules that test a word against several lists in a row.
    convenience init(memberships lists: [(words: Set<String>, bit: Value)]) {
        var table: [String: Value] = [:]
        for (words, bit) in lists {
            for word in words { table[word, default: []].formUnion(bit) }
        }
        self.init(table)
    }
}
