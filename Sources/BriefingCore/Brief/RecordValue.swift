/// An ordered, JSON-like value: the one shape behind `briefing extract --format json` and the
/// YAML front matter of a brief, so both always carry the same keys in the same order.
public indirect enum RecordValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([RecordValue])
    case object([(String, RecordValue)])

    public static func == (a: RecordValue, b: RecordValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// `.string` or `.null`.
    public static func optional(_ s: String?) -> RecordValue { s.map(RecordValue.string) ?? .null }

    /// `.int` or `.null`.
    public static func optional(_ n: Int?) -> RecordValue { n.map(RecordValue.int) ?? .null }

    /// `.number` or `.null`.
    public static func optional(_ n: Double?) -> RecordValue { n.map(RecordValue.number) ?? .null }

    /// Value for `key` in an object.
    public subscript(key: String) -> RecordValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }
}
