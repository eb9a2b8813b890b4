/// Receives the fields of a record in order, each under its key. `ArticleRecord.write` walks an
/// article's fields once for every output that carries them: `RecordValueFields` builds the
/// `RecordValue` behind `briefing extract`'s JSON, `YAMLFields` writes a brief's front matter as
/// bytes. A key added to the walk reaches both.
protocol RecordFields {
    mutating func string(_ key: StaticString, _ value: String)
    mutating func string(_ key: StaticString, _ value: String?)
    mutating func int(_ key: StaticString, _ value: Int)
    mutating func int(_ key: StaticString, _ value: Int?)
    mutating func number(_ key: StaticString, _ value: Double)
    mutating func number(_ key: StaticString, _ value: Double?)
    mutating func bool(_ key: StaticString, _ value: Bool)
    /// A list of texts.
    mutating func strings(_ key: StaticString, _ values: [String])
    /// An object whose fields `body` gives, or null when `value` is nil.
    mutating func object<Value>(_ key: StaticString, _ value: Value?, _ body: (inout Self, Value) -> Void)
    /// A list of objects, the fields of each given by `body`.
    mutating func items<Item>(_ key: StaticString, _ items: [Item], _ body: (inout Self, Item) -> Void)
}

/// Builds a `RecordValue` object from the fields it receives.
struct RecordValueFields: RecordFields {
    private(set) var pairs: [(String, RecordValue)] = []

    /// The object of the fields `body` gives.
    static func object(_ body: (inout RecordValueFields) -> Void) -> RecordValue {
        var fields = RecordValueFields()
        body(&fields)
        return .object(fields.pairs)
    }

    private mutating func add(_ key: StaticString, _ value: RecordValue) { pairs.append((key.description, value)) }

    mutating func string(_ key: StaticString, _ value: String) { add(key, .string(value)) }
    mutating func string(_ key: StaticString, _ value: String?) { add(key, .optional(value)) }
    mutating func int(_ key: StaticString, _ value: Int) { add(key, .int(value)) }
    mutating func int(_ key: StaticString, _ value: Int?) { add(key, .optional(value)) }
    mutating func number(_ key: StaticString, _ value: Double) { add(key, .number(value)) }
    mutating func number(_ key: StaticString, _ value: Double?) { add(key, .optional(value)) }
    mutating func bool(_ key: StaticString, _ value: Bool) { add(key, .bool(value)) }
    mutating func strings(_ key: StaticString, _ values: [String]) { add(key, .array(values.map(RecordValue.string))) }

    mutating func object<Value>(_ key: StaticString, _ value: Value?, _ body: (inout Self, Value) -> Void) {
        add(key, value.map { value in Self.object { body(&$0, value) } } ?? .null)
    }

    mutating func items<Item>(_ key: StaticString, _ items: [Item], _ body: (inout Self, Item) -> Void) {
        add(key, .array(items.map { item in Self.object { body(&$0, item) } }))
    }
}
