/// Serializes a `RecordValue` as JSON: keys in the record's order, two-space indentation,
/// deterministic number formatting. Written as UTF-8 bytes and made a string once.
public enum JSONWriter {
    public static func string(_ value: RecordValue, pretty: Bool = true) -> String {
        var out = ByteBuffer()
        write(value, into: &out, indent: pretty ? 0 : nil)
        return out.string()
    }

    /// The UTF-8 of `string(.object(pairs + [(key, .array(items))]))` in parts (`emit`), the
    /// items of the last array given in runs, each the UTF-8 of what `listed` writes, so that
    /// the array is never held whole (files of tens of megabytes) and runs kept from an earlier
    /// file join into the same text as items written anew. Each run is emitted as given, not
    /// copied.
    static func object(
        _ pairs: [(String, RecordValue)], endingWith key: String, listed runs: some Sequence<ArraySlice<UInt8>>, emit: (ArraySlice<UInt8>) throws -> Void
    ) rethrows {
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (name, value) in pairs {
            newline(&out, 1)
            escape(name, into: &out)
            out.append(": ")
            write(value, into: &out, indent: 1)
            out.append(",")
        }
        newline(&out, 1)
        escape(key, into: &out)
        out.append(": ")
        var empty = true
        for run in runs where !run.isEmpty {
            // Every item is listed after a comma; the list's first opens the array instead.
            if empty {
                out.append("[")
                try emit(out[...])
                try emit(run.dropFirst())
            } else {
                try emit(run)
            }
            empty = false
        }
        if empty {
            out.append("[]")
        } else {
            out.removeAll(keepingCapacity: true)
            newline(&out, 1)
            out.append("]")
        }
        newline(&out, 0)
        out.append("}")
        try emit(out[...])
    }

    /// `items` as the array that `object(_:endingWith:listed:emit:)` ends with lists them, each
    /// after a comma.
    static func listed(_ items: some Sequence<RecordValue>) -> String {
        var out: [UInt8] = []
        for item in items {
            out.append(",")
            newline(&out, 2)
            write(item, into: &out, indent: 2)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func write<Output: UTF8Output>(_ value: RecordValue, into out: inout Output, indent: Int?) {
        switch value {
        case .null: put("null", into: &out)
        case .bool(let b): put(b ? "true" : "false", into: &out)
        case .int(let n): out.append(String(n))
        case .number(let d): out.append(format(d))
        case .string(let s): escape(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { return put("[]", into: &out) }
            put("[", into: &out)
            for (i, item) in items.enumerated() {
                if i > 0 { put(",", into: &out) }
                newline(&out, indent.map { $0 + 1 })
                write(item, into: &out, indent: indent.map { $0 + 1 })
            }
            newline(&out, indent)
            put("]", into: &out)
        case .object(let pairs):
            guard !pairs.isEmpty else { return put("{}", into: &out) }
            put("{", into: &out)
            for (i, (key, item)) in pairs.enumerated() {
                if i > 0 { put(",", into: &out) }
                newline(&out, indent.map { $0 + 1 })
                escape(key, into: &out)
                put(indent == nil ? ":" : ": ", into: &out)
                write(item, into: &out, indent: indent.map { $0 + 1 })
            }
            newline(&out, indent)
            put("}", into: &out)
        }
    }

    private static func newline<Output: UTF8Output>(_ out: inout Output, _ indent: Int?) {
        guard let indent else { return }
        out.append("\n")
        for _ in 0..<indent { out.append("  ") }
    }

    /// Integral values print without a fraction ("28700000000000"); others in shortest form.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if let whole = wholeNumber(d) { return String(whole) }
        return "\(d)"
    }

    /// The integer `format` writes `d` as, when it writes one.
    static func wholeNumber(_ d: Double) -> Int? {
        d == d.rounded() && abs(d) < 1e15 ? Int(d) : nil
    }

    /// `s` as a JSON string, quotes included. Its bytes are scanned for the few that need an
    /// escape (`"`, `\\`, control characters, U+2028 and U+2029); the runs between them are
    /// copied in one piece.
    static func escape<Output: UTF8Output>(_ s: String, into out: inout Output) {
        var contiguous = s
        contiguous.withUTF8 { escape($0, passing: 0, into: &out) }
    }

    /// `escape(_:into:)` of the text whose UTF-8 is `bytes`, the first `clean` of which a
    /// caller's scan has passed already and found none to escape among: the search starts after them.
    static func escape<Output: UTF8Output>(_ bytes: UnsafeBufferPointer<UInt8>, passing clean: Int, into out: inout Output) {
        put("\"", into: &out)
        var runStart = 0, i = escapeCandidate(in: bytes, from: clean)
        while i < bytes.count {
            let byte = bytes[i]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || (byte == 0xE2 && EscapedText.isLineOrParagraphSeparator(bytes, at: i)) else {
                i = escapeCandidate(in: bytes, from: i + 1)
                continue
            }
            if runStart < i { out.append(utf8: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            switch byte {
            case 0x22: put("\\\"", into: &out)
            case 0x5C: put("\\\\", into: &out)
            case 0x0A: put("\\n", into: &out)
            case 0x0D: put("\\r", into: &out)
            case 0x09: put("\\t", into: &out)
            case 0xE2:
                put(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", into: &out)
                i += 2
            default:
                let hex = String(byte, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            }
            i += 1
            runStart = i
            i = escapeCandidate(in: bytes, from: i)
        }
        if runStart < bytes.count { out.append(utf8: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        put("\"", into: &out)
    }

    /// The index of the first byte from `start` on that may need an escape (`mayNeedEscape`),
    /// or `bytes.count`. Eight bytes a test (most of a text has none), the first found taken
    /// from the word's mask; the text's last bytes in the word that ends it, those before `start`
    /// masked out, which may leave a byte that needs none marked: the caller tests the byte.
    @inline(__always)
    private static func escapeCandidate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i + 8 <= bytes.count {
            let found = mayNeedEscape(ByteWord(bytes, at: i))
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        guard i < bytes.count else { return i }
        guard bytes.count >= 8 else {
            while i < bytes.count, !mayNeedEscape(bytes[i]) { i += 1 }
            return i
        }
        let last = bytes.count - 8
        let found = mayNeedEscape(ByteWord(bytes, at: last)) & (~0 << UInt64((i - last) << 3))
        return found == 0 ? bytes.count : last + found.trailingZeroBitCount >> 3
    }

    /// The high bits of the bytes of `word` that may need an escape (`mayNeedEscape`), exact up
    /// to the first (`ByteWord.highBits(equalTo:)`).
    @inline(__always)
    private static func mayNeedEscape(_ word: ByteWord) -> UInt64 {
        word.highBits(below: 0x20) | word.highBits(equalTo: 0x22) | word.highBits(equalTo: 0x5C) | word.highBits(equalTo: 0xE2)
    }

    /// Whether `byte` may need an escape: a control byte, `"`, `\` or 0xE2 (which starts U+2028
    /// and U+2029).
    @inline(__always)
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
    }

    /// Appends the bytes of a literal.
    @inline(__always)
    private static func put<Output: UTF8Output>(_ text: StaticString, into out: inout Output) {
        out.append(utf8: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
