/// Writes the fields it receives as the block-style YAML `YAMLWriter.string` makes of the same
/// record, straight to bytes: no `RecordValue` with hundreds of values is built first.
struct YAMLFields: RecordFields {
    var out: [UInt8]
    /// Spaces before a key.
    private var indent = 0
    /// Whether the next key is the first of a list item, written after "- ".
    private var itemStarts = false

    init(out: [UInt8] = []) { self.out = out }

    /// "key:"; the first key of a list item after "- ", which takes the place of its last two spaces.
    private mutating func key(_ key: StaticString) {
        spaces(itemStarts ? indent - 2 : indent)
        if itemStarts { out.append(contentsOf: [0x2D, 0x20]) }
        itemStarts = false
        out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        out.append(0x3A)
    }

    private mutating func spaces(_ count: Int) {
        for _ in 0..<max(0, count) { out.append(0x20) }
    }

    private mutating func inline(_ key: StaticString, _ text: String) {
        self.key(key)
        out.append(0x20)
        out.append(contentsOf: text.utf8)
        out.append(0x0A)
    }

    mutating func string(_ key: StaticString, _ value: String) {
        self.key(key)
        out.append(0x20)
        YAMLWriter.writeScalarString(value, into: &out)
        out.append(0x0A)
    }

    mutating func string(_ key: StaticString, _ value: String?) { value.map { string(key, $0) } ?? inline(key, "null") }
    mutating func int(_ key: StaticString, _ value: Int) { inline(key, String(value)) }
    mutating func int(_ key: StaticString, _ value: Int?) { value.map { int(key, $0) } ?? inline(key, "null") }
    mutating func number(_ key: StaticString, _ value: Double) { inline(key, JSONWriter.format(value)) }
    mutating func number(_ key: StaticString, _ value: Double?) { value.map { number(key, $0) } ?? inline(key, "null") }
    mutating func bool(_ key: StaticString, _ value: Bool) { inline(key, value ? "true" : "false") }

    /// "- text" lines at the key's indentation, or "[]" when empty.
    mutating func strings(_ key: StaticString, _ values: [String]) {
        guard !values.isEmpty else { return inline(key, "[]") }
        self.key(key)
        out.append(0x0A)
        for value in values {
            spaces(indent)
            out.append(contentsOf: [0x2D, 0x20])
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
