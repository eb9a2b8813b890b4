/// The distinct token texts one thread of extraction has met (word types), numbered in the
/// order first met and kept from one article to the next. A token whose bytes were met before
/// takes that type's string rather than a string made for it (and its UTF-8 checked) again;
/// and what an extractor reads from a token's text alone it can keep by type, read once for
/// every token of that text.
///
/// The one-byte ASCII texts (marks, digits, "a") are types 0–127, by their byte. Past `limit`
/// types no new one is added: a token of a new text then has no type (-1) and its own string,
/// as a token made without types has, so memory stays bounded and output is the same.
struct WordTypes: Sendable {
    /// The text of each type.
    private(set) var texts: [String]
    /// The bytes of the types longer than 16 bytes past their first 8, one after another
    /// (`Slot.rest`): shorter ones are told apart by the bytes their slot holds.
    private var restBytes: [UInt8] = []
    /// The types past the one-byte ones, by the hash of their bytes (open addressing: a slot
    /// of count 0 is empty).
    private var slots: [Slot]

    /// A type's bytes in its slot: as many as it has, its first eight and last eight (they
    /// overlap in a type of fewer than 16 bytes; a type of fewer than eight has them in the
    /// low bytes of both, the rest zero), and where its bytes between those start in `restBytes`.
    private struct Slot {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var count: Int32 = 0
        var type: Int32 = 0
        var rest: Int32 = 0
    }

    /// The most types kept.
    let limit: Int

    /// The most types a workspace keeps: about 4 MB of texts and tables for words of news copy.
    static let defaultLimit = 1 << 16

    /// Types of the one-byte ASCII texts only, to be kept up to `limit` types (at least those).
    init(limit: Int = defaultLimit) {
        texts = String.asciiCharacters
        slots = Array(repeating: Slot(), count: 1024)
        self.limit = limit
    }

    /// How many types there are.
    var count: Int { texts.count }

    /// The type of the token of UTF-8 `token` and its text (`String(decoding: token, as:
    /// UTF8.self)`, its bytes all ASCII when `ascii`), added when it is new; the type is -1
    /// when it is new and `limit` types are kept.
    @inline(__always)
    mutating func word(_ token: UnsafeBufferPointer<UInt8>, ascii: Bool) -> (text: String, type: Int32) {
        if token.count == 1, token[0] < 0x80 { return (texts[Int(token[0])], Int32(token[0])) }
        return lookUp(token, ascii: ascii)
    }

    /// `word` of a token of no byte or more than one: found by its bytes (a small function,
    /// as most tokens are found), or added (`add`).
    private mutating func lookUp(_ token: UnsafeBufferPointer<UInt8>, ascii: Bool) -> (text: String, type: Int32) {
        let n = token.count
        guard n > 0, let base = token.baseAddress else { return ("", -1) }
        let (head, tail) = Self.ends(UnsafeRawPointer(base), n)
        let mask = slots.count - 1
        var k = Self.slot(head, tail, n) & mask
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            while slots[k].count != 0 {
                let slot = slots[k]
                if slot.count == n, slot.head == head, slot.tail == tail, n <= 16 || holdsRest(slot, token) { return slot.type }
                k = (k + 1) & mask
            }
            return nil
        }
        if let found { return (texts[Int(found)], found) }
        return add(token, ascii: ascii, slot: Slot(head: head, tail: tail, count: Int32(n)), at: k)
    }

    /// Adds the type of `token`, whose ends and count `slot` holds, at the empty slot `k`
    /// (its text without a type once `limit` types are kept).
    @inline(never)
    private mutating func add(_ token: UnsafeBufferPointer<UInt8>, ascii: Bool, slot: Slot, at k: Int) -> (text: String, type: Int32) {
        let text = ascii ? String(asciiBytes: token) : String(decoding: token, as: UTF8.self)
        guard texts.count < limit else { return (text, -1) }
        var slot = slot
        slot.type = Int32(texts.count)
        texts.append(text)
        if token.count > 16 {
            slot.rest = Int32(restBytes.count)
            restBytes.append(contentsOf: token[8..<(token.count - 8)])
        }
        slots[k] = slot
        // At most half the slots are full (one for each type past the one-byte ones), so that
        // most look-ups end at the first slot.
        if 2 * (texts.count - 128) >= slots.count { grow() }
        return (text, slot.type)
    }

    /// Whether the bytes of `token` between its first and last eight are those of the type in
    /// `slot`, of as many bytes and more than 16.
    @inline(never)
    private func holdsRest(_ slot: Slot, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(slot.rest)
        return restBytes.withUnsafeBufferPointer { rest in
            for k in 8..<(token.count - 8) where rest[start + k - 8] != token[k] { return false }
            return true
        }
    }

    /// Twice the slots, every type placed again.
    private mutating func grow() {
        var slots = Array(repeating: Slot(), count: self.slots.count * 2)
        let mask = slots.count - 1
        for slot in self.slots where slot.count != 0 {
            var k = Self.slot(slot.head, slot.tail, Int(slot.count)) & mask
            while slots[k].count != 0 { k = (k + 1) & mask }
            slots[k] = slot
        }
        self.slots = slots
    }

    /// The first eight and last eight bytes of the `n` bytes at `bytes` (n ≥ 2) as
    /// little-endian integers; fewer than eight are one value (`ByteWord.packed`), the same
    /// in `head` and `tail`.
    @inline(__always)
    private static func ends(_ bytes: UnsafeRawPointer, _ n: Int) -> (UInt64, UInt64) {
        if n >= 8 {
            return (ByteWord.packed(bytes, count: 8), ByteWord.packed(bytes + (n - 8), count: 8))
        }
        let value = ByteWord.packed(bytes, count: n)
        return (value, value)
    }

    /// The first slot a type of `n` bytes whose ends are `head` and `tail` is looked for in.
    @inline(__always)
    private static func slot(_ head: UInt64, _ tail: UInt64, _ n: Int) -> Int {
        var hash = (head ^ tail.rotated(by: 29) ^ UInt64(n) << 58) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 31
        return Int(truncatingIfNeeded: hash)
    }
}

private extension UInt64 {
    /// The bits rotated left by `count`.
    @inline(__always)
    func rotated(by count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
