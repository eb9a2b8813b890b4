/// Serializes a `RecordValue` as block-style YAML for front matter. Strings that could be read
/// as anything else (numbers, booleans, dates, YAML syntax) are double-quoted with JSON escapes,
/// which YAML reads back identically. Much faster than a general emitter on large sites.
public enum YAMLWriter {
    public static func string(_ value: RecordValue) -> String {
        var out = ""
        if case .object(let pairs) = value, !pairs.isEmpty {
            writePairs(pairs, into: &out, indent: "")
        } else {
            writeInline(value, into: &out)
            out += "\n"
        }
        return out
    }

    private static func writePairs(_ pairs: [(String, RecordValue)], into out: inout String, indent: String, firstPrefix: String? = nil) {
        for (i, (key, value)) in pairs.enumerated() {
            out += (i == 0 ? (firstPrefix ?? indent) : indent)
            writeScalarString(key, into: &out)
            out += ":"
            writeValue(value, into: &out, indent: indent)
        }
    }

    /// Writes what follows "key:" — inline for scalars and empty collections, else a block.
    private static func writeValue(_ value: RecordValue, into out: inout String, indent: String) {
        switch value {
        case .object(let pairs) where !pairs.isEmpty:
            out += "\n"
            writePairs(pairs, into: &out, indent: indent + "  ")
        case .array(let items) where !items.isEmpty:
            out += "\n"
            for item in items {
                if case .object(let pairs) = item, !pairs.isEmpty {
                    writePairs(pairs, into: &out, indent: indent + "  ", firstPrefix: indent + "- ")
                } else {
                    out += indent + "- "
                    writeInline(item, into: &out)
                    out += "\n"
                }
            }
        default:
            out += " "
            writeInline(value, into: &out)
            out += "\n"
        }
    }

    private static func writeInline(_ value: RecordValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .number(let d): out += JSONWriter.format(d)
        case .string(let s): writeScalarString(s, into: &out)
        case .array, .object: out += JSONWriter.string(value, pretty: false)
        }
    }

    private static func writeScalarString(_ s: String, into out: inout String) {
        if isPlainSafe(s) { out += s } else { JSONWriter.escape(s, into: &out) }
    }

    /// Letters, digits, spaces and a few inner marks, starting with a letter, and not a word
    /// YAML gives another meaning to.
    static func isPlainSafe(_ s: String) -> Bool {
        if let ascii = isPlainSafeASCII(s) { return ascii }
        guard let first = s.unicodeScalars.first, isLetter(first), s.unicodeScalars.last != " " else { return false }
        for scalar in s.unicodeScalars {
            let ok = isLetter(scalar) || ("0"..."9").contains(scalar)
                || scalar == " " || scalar == "-" || scalar == "." || scalar == "_" || scalar == "’"
            if !ok { return false }
        }
        return s.utf8.count > 5 || !reserved.contains(s.lowercased())
    }

    /// `isPlainSafe` read from the bytes of an ASCII string; nil for other strings.
    private static func isPlainSafeASCII(_ s: String) -> Bool? {
        var s = s
        return s.withUTF8 { bytes -> Bool? in
            guard let first = bytes.first else { return false }
            var safe = (first | 0x20) &- 0x61 < 26 && bytes[bytes.count - 1] != 0x20
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if !((byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x20 || byte == 0x2D || byte == 0x2E || byte == 0x5F) { safe = false }
            }
            guard safe else { return false }
            return bytes.count > 5 || !reserved.contains(String(decoding: bytes, as: UTF8.self).lowercased())
        }
    }

    /// Alphabetic, with the Unicode property lookup only for non-ASCII scalars.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
    }

    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf"]
}
