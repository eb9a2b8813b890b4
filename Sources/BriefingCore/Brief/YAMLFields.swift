/// Writes the fields it receives as the block-style YAML `YAMLWriter.string` makes of the same
/// record, straight to bytes: no `RecordValue` with hundreds of values is built first.
struct YAMLFields: RecordFields {
    /// Where the fields are written, after what it holds already.
    private var out: ByteBuffer
    /// Spaces before a key.
    private var indent = 0
    /// Whether the next key is the first of a list item, written after "- ".
    private var itemStarts = false

    /// Fields written to `out`, after its bytes (the file they head).
    init(writingTo out: ByteBuffer) {
        self.out = out
    }

    /// "key:" and then `after` (" " before a value, a whole value such as " null\n", or "\n"
    /// before a block); the first key of a list item after "- ", which takes the place of its
    /// last two spaces. Written in one piece: a front matter has hundreds of keys, and a third
    /// of its lines are a key and a word. Inlined with the field writers into the record's walk,
    /// where each key and what follows it are constants: their copies are a few stores, not
    /// calls of `memcpy`.
    @inline(__always)
    private mutating func key(_ key: StaticString, _ after: StaticString) {
        let dash = itemStarts
        let spaces = max(0, dash ? indent &- 2 : indent), length = key.utf8CodeUnitCount, tail = after.utf8CodeUnitCount
        itemStarts = false
        // Room for eight spaces stored at once, and the dash.
        out.append(upTo: max(spaces, 8) &+ 2 &+ length &+ 1 &+ tail) { end in
            // A front matter's keys have up to four: they take one store, not a call.
            if spaces <= 8 {
                UnsafeMutableRawPointer(end).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
            } else {
                end.initialize(repeating: 0x20, count: spaces)
            }
            var at = spaces
            if dash {
                end[at] = 0x2D
                end[at &+ 1] = 0x20
                at &+= 2
            }
            (end + at).initialize(from: key.utf8Start, count: length)
            end[at &+ length] = 0x3A
            (end + (at &+ length &+ 1)).initialize(from: after.utf8Start, count: tail)
            return at &+ length &+ 1 &+ tail
        }
    }

    /// The decimal digits of `value` and a newline, as `ByteBuffer.append(digitsOf:)` writes
    /// the digits: a number of up to seven digits (a paragraph's, a character offset) gathered
    /// in a word, the last digit first, and written in one store.
    private func digitsLine(_ value: Int) {
        guard value >= 0, value < 10_000_000 else {
            out.append(digitsOf: value)
            return out.append(0x0A)
        }
        // Each digit shifts those after it (and the newline) up a byte: the first lands lowest.
        var word: UInt64 = 0x0A, count = 1, rest = value
        repeat {
            word = word &<< 8 | UInt64(0x30 &+ rest % 10)
            rest /= 10
            count &+= 1
        } while rest > 0
        out.append(upTo: 8) { end in
            UnsafeMutableRawPointer(end).storeBytes(of: word.littleEndian, as: UInt64.self)
            return count
        }
    }

    @inline(__always)
    mutating func string(_ key: StaticString, _ value: String) {
        self.key(key, " ")
        YAMLWriter.writeScalarString(value, into: &out)
        out.append(0x0A)
    }

    @inline(__always)
    mutating func string(_ key: StaticString, _ value: String?) { value.map { string(key, $0) } ?? self.key(key, " null\n") }

    @inline(__always)
    mutating func int(_ key: StaticString, _ value: Int) {
        self.key(key, " ")
        digitsLine(value)
    }

    @inline(__always)
    mutating func int(_ key: StaticString, _ value: Int?) { value.map { int(key, $0) } ?? self.key(key, " null\n") }

    @inline(__always)
    mutating func number(_ key: StaticString, _ value: Double) {
        self.key(key, " ")
        // `JSONWriter.format`, without a string for a whole number.
        if let whole = JSONWriter.wholeNumber(value) {
            digitsLine(whole)
        } else {
            out.append(JSONWriter.format(value))
            out.append(0x0A)
        }
    }

    @inline(__always)
    mutating func number(_ key: StaticString, _ value: Double?) { value.map { number(key, $0) } ?? self.key(key, " null\n") }
    @inline(__always)
    mutating func bool(_ key: StaticString, _ value: Bool) { self.key(key, value ? " true\n" : " false\n") }

    /// "- text" lines at the key's indentation, or "[]" when empty.
    mutating func strings(_ key: StaticString, _ values: [String]) {
        guard !values.isEmpty else { return self.key(key, " []\n") }
        self.key(key, "\n")
        for value in values {
            out.append(spaces: indent)
            out.append(literal: "- ")
            YAMLWriter.writeScalarString(value, into: &out)
            out.append(0x0A)
        }
    }

    mutating func object<Value>(_ key: StaticString, _ value: Value?, _ body: (inout Self, Value) -> Void) {
        guard let value else { return self.key(key, " null\n") }
        self.key(key, "\n")
        indent += 2
        body(&self, value)
        indent -= 2
    }

    mutating func items<Item>(_ key: StaticString, _ items: [Item], _ body: (inout Self, Item) -> Void) {
        guard !items.isEmpty else { return self.key(key, " []\n") }
        self.key(key, "\n")
        indent += 2
        // Each item lent to `body` where it is, not copied out of the array (and its strings retained).
        items.withUnsafeBufferPointer { items in
            for index in items.indices {
                itemStarts = true
                body(&self, items[index])
            }
        }
        indent -= 2
    }
}
