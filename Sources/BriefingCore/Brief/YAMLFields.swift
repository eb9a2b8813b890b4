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

    /// "key:"; the first key of a list item after "- ", which takes the place of its last two
    /// spaces. Written in one piece: a front matter has hundreds of keys.
    private mutating func key(_ key: StaticString) {
        let dash = itemStarts
        let spaces = max(0, dash ? indent - 2 : indent), length = key.utf8CodeUnitCount
        itemStarts = false
        out.append(upTo: spaces + 3 + length) { end in
            end.initialize(repeating: 0x20, count: spaces)
            var at = spaces
            if dash {
                end[at] = 0x2D
                end[at + 1] = 0x20
                at += 2
            }
            (end + at).initialize(from: key.utf8Start, count: length)
            end[at + length] = 0x3A
            return at + length + 1
        }
    }

    /// "key: value" on a line of its own, the value written by `value`.
    private mutating func line(_ key: StaticString, _ value: (inout ByteBuffer) -> Void) {
        self.key(key)
        out.append(0x20)
        value(&out)
        out.append(0x0A)
    }

    private mutating func inline(_ key: StaticString, _ text: StaticString) { line(key) { $0.append(literal: text) } }

    mutating func string(_ key: StaticString, _ value: String) { line(key) { YAMLWriter.writeScalarString(value, into: &$0) } }
    mutating func string(_ key: StaticString, _ value: String?) { value.map { string(key, $0) } ?? inline(key, "null") }
    mutating func int(_ key: StaticString, _ value: Int) { line(key) { $0.append(digitsOf: value) } }
    mutating func int(_ key: StaticString, _ value: Int?) { value.map { int(key, $0) } ?? inline(key, "null") }
    mutating func number(_ key: StaticString, _ value: Double) { line(key) { $0.append(JSONWriter.format(value)) } }
    mutating func number(_ key: StaticString, _ value: Double?) { value.map { number(key, $0) } ?? inline(key, "null") }
    mutating func bool(_ key: StaticString, _ value: Bool) { inline(key, value ? "true" : "false") }

    /// "- text" lines at the key's indentation, or "[]" when empty.
    mutating func strings(_ key: StaticString, _ values: [String]) {
        guard !values.isEmpty else { return inline(key, "[]") }
        self.key(key)
        out.append(0x0A)
        for value in values {
            out.append(spaces: indent)
            out.append(literal: "- ")
            YAMLWriter.writeScalarString(value, into: &out)
            out.append(0x0A)
        }
    }

    mutating func object<Value>(_ key: StaticString, _ value: Value?, _ body: (inout Self, Value) -> Void) {
        guard let value else { return inline(key, "null") }
        self.key(key)
        out.append(0x0A)
        indent += 2
        body(&self, value)
        indent -= 2
    }

    mutating func items<Item>(_ key: StaticString, _ items: [Item], _ body: (inout Self, Item) -> Void) {
        guard !items.isEmpty else { return inline(key, "[]") }
        self.key(key)
        out.append(0x0A)
        indent += 2
        for item in items {
            itemStarts = true
            body(&self, item)
        }
        indent -= 2
    }
}
