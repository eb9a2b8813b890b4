/// A fixed list of phrases searched for together, in one pass over a text's bytes: each
/// position is looked up by its first two bytes in a 64 Ki-bit table, and only the phrases that
/// begin with those two bytes are compared there. For the checks that ask whether a line holds
/// any of a dozen or more phrases, where one search per phrase cost most of the ingest profile.
/// Matches are exact byte sequences, as `UTF8Scan.contains` finds them.
///
/// When every phrase has three bytes or more, `occurs` does not stop at every position: it
/// slides a window as long as the shortest phrase and moves it on by the Wu–Manber shift of
/// the window's last two bytes (how far the window can move with no phrase starting in
/// between), and looks phrases up only where that shift is zero.
struct PhraseSet: Sendable {
    private let phrases: [[UInt8]]
    /// One bit per leading byte pair of a phrase of two or more bytes.
    private let pairBits: [UInt64]
    /// The phrases of each leading byte pair in an open-addressing table (common pairs such as
    /// "th" or "in" pass the bit test at most positions of English text, so their lookup must
    /// not hash): `slotPairs` holds a slot's pair (`emptySlot` when none), `slotPhrases` the
    /// indices of the phrases that begin with it.
    private let slotPairs: [UInt32]
    private let slotPhrases: [[Int]]
    private let slotMask: Int
    /// Bytes that are a phrase on their own.
    private let singles: [Bool]
    private let hasSingles: Bool
    /// True when the list holds the empty phrase, which every text contains.
    private let hasEmpty: Bool
    /// The window of the skipping search: the shortest phrase's length (at most 256), or 0
    /// when a phrase is shorter than three bytes and every position is looked up.
    private let window: Int
    /// The shift of each byte pair, by `skipSlot`: the least over the phrases' first `window`
    /// bytes of how far the pair ends before the window's end (`window - 1` for a pair in none).
    private let skips: [UInt8]

    private static let emptySlot = UInt32.max

    init(_ list: [String]) {
        let phrases = list.map { Array($0.utf8) }
        var pairBits = [UInt64](repeating: 0, count: 1024)
        var byPair: [UInt16: [Int]] = [:]
        var pairsInOrder: [UInt16] = []
        var singles = [Bool](repeating: false, count: 256)
        for (index, phrase) in phrases.enumerated() where phrase.count >= 1 {
            if phrase.count == 1 {
                singles[Int(phrase[0])] = true
                continue
            }
            let pair = UInt16(phrase[0]) << 8 | UInt16(phrase[1])
            pairBits[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
            if byPair[pair] == nil { pairsInOrder.append(pair) }
            byPair[pair, default: []].append(index)
        }
        // A power of two at least four times the pairs: probes end after a slot or two.
        var size = 16
        while size < pairsInOrder.count * 4 { size *= 2 }
        var slotPairs = [UInt32](repeating: Self.emptySlot, count: size)
        var slotPhrases = [[Int]](repeating: [], count: size)
        for pair in pairsInOrder {
            var slot = Self.slot(pair, mask: size - 1)
            while slotPairs[slot] != Self.emptySlot { slot = (slot + 1) & (size - 1) }
            slotPairs[slot] = UInt32(pair)
            slotPhrases[slot] = byPair[pair]!
        }
        self.phrases = phrases
        self.pairBits = pairBits
        self.slotPairs = slotPairs
        self.slotPhrases = slotPhrases
        slotMask = size - 1
        self.singles = singles
        hasSingles = singles.contains(true)
        hasEmpty = phrases.contains { $0.isEmpty }
        (window, skips) = Self.skipTable(phrases)
    }

    /// `window` and `skips` for `phrases` (an empty table when some phrase has under three bytes).
    private static func skipTable(_ phrases: [[UInt8]]) -> (Int, [UInt8]) {
        let shortest = phrases.map(\.count).min() ?? 0
        guard shortest >= 3 else { return (0, []) }
        // A shorter window than the shortest phrase finds the same phrases, with smaller shifts.
        let window = min(shortest, 256)
        var skips = [UInt8](repeating: UInt8(window - 1), count: 1 << skipBits)
        for phrase in phrases {
            for end in 2...window {
                let slot = skipSlot(phrase[end - 2], phrase[end - 1])
                skips[slot] = min(skips[slot], UInt8(window - end))
            }
        }
        return (window, skips)
    }

    private static let skipBits = 12

    /// The slot of the byte pair `a`, `b` in `skips` (pairs that share a slot share the least
    /// shift of them, which is still safe).
    @inline(__always)
    private static func skipSlot(_ a: UInt8, _ b: UInt8) -> Int {
        Int(truncatingIfNeeded: ((UInt32(a) << 8 | UInt32(b)) &* 0x9E37_79B1) >> (32 - skipBits))
    }

    /// The first slot a pair is looked for in (Fibonacci hashing of the 16 bits).
    @inline(__always)
    private static func slot(_ pair: UInt16, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt32(pair) &* 0x9E37_79B1) >> 16) & mask
    }

    /// Whether `bytes` contain any of the phrases.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmpty { return true }
        // The tables are read through buffers: every byte of the text is looked up in them.
        return pairBits.withUnsafeBufferPointer { pairBits in
            singles.withUnsafeBufferPointer { singles in
                guard window > 0 else {
                    for i in 0..<bytes.count where phraseStarts(at: i, in: bytes, pairBits, singles) { return true }
                    return false
                }
                return skips.withUnsafeBufferPointer { skips in
                    // `start` is where the window begins; a phrase starting there is looked up
                    // only when the pair that ends the window allows no shift.
                    var start = 0
                    while start + window <= bytes.count {
                        let end = start + window
                        let shift = Int(skips[Self.skipSlot(bytes[end - 2], bytes[end - 1])])
                        if shift > 0 {
                            start += shift
                            continue
                        }
                        if phraseStarts(at: start, in: bytes, pairBits, singles) { return true }
                        start += 1
                    }
                    return false
                }
            }
        }
    }

    /// Whether `bytes` begin with any of the phrases (one lookup, where a prefix test per phrase
    /// reads the list).
    func opens(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmpty { return true }
        guard !bytes.isEmpty else { return false }
        return pairBits.withUnsafeBufferPointer { pairBits in
            singles.withUnsafeBufferPointer { singles in phraseStarts(at: 0, in: bytes, pairBits, singles) }
        }
    }

    /// Whether a phrase starts at byte `i` of `bytes`.
    @inline(__always)
    private func phraseStarts(at i: Int, in bytes: UnsafeBufferPointer<UInt8>,
                              _ pairBits: UnsafeBufferPointer<UInt64>, _ singles: UnsafeBufferPointer<Bool>) -> Bool {
        if hasSingles, singles[Int(bytes[i])] { return true }
        guard i + 1 < bytes.count else { return false }
        let pair = UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
        guard pairBits[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0 else { return false }
        var slot = Self.slot(pair, mask: slotMask)
        while slotPairs[slot] != UInt32(pair) { slot = (slot + 1) & slotMask }
        for index in slotPhrases[slot] where Self.matches(phrases[index], bytes, at: i) { return true }
        return false
    }

    /// Whether `text`'s UTF-8 contains any of the phrases.
    func occurs(in text: String) -> Bool {
        UTF8Scan.withBytes(text) { occurs(in: $0) }
    }

    private static func matches(_ phrase: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + phrase.count <= bytes.count else { return false }
        for k in 2..<phrase.count where bytes[start + k] != phrase[k] { return false }
        return true
    }
}
