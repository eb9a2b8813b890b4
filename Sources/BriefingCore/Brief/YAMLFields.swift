/// Writes the fields it receives as the block-style YAML `YAMLWriter.string` makes of the same
/// record, straight to bytes: no `RecordValue` with hundreds of values is built first.
struct YAMLFields: RecordFields {
    /// What is written so far; `take(appendingTo:)` hands it over.
    private var out = ByteBuffer()
    /// Spaces before a key.
    private var indent = 0
    /// Whether the next key is the first of a list item, written after "- ".
    private var itemStarts = false

    /// Appends the fields written to `bytes`; these fields are not used again.
    consuming func take(appendingTo bytes: inout [UInt8]) {
        out.take(appendingTo: &bytes)
    }

    /// "key:"; the first key of a list item after "- ", which takes the place of its last two spaces.
    private mutating func key(_ key: StaticString) {
        out.append(spaces: itemStarts ? indent - 2 : indent)
        if itemStarts { out.append(literal: "- ") }
        itemStarts = false
        out.append(literal: key)
        out.append(0x3A)
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
