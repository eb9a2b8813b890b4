/// Serializes a `RecordValue` as block-style YAML for front matter. Strings that could be read
/// as anything else (numbers, booleans, dates, YAML syntax) are double-quoted with JSON escapes,
/// which YAML reads back identically. Written as bytes, each string checked and copied in one
/// pass: much faster than a general emitter on large sites.
public enum YAMLWriter {
    public static func string(_ value: RecordValue) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(8192)
        if case .object(let pairs) = value, !pairs.isEmpty {
            writePairs(pairs, into: &out, indent: 0)
        } else {
            writeInline(value, into: &out)
            out.append(newline)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let newline: UInt8 = 0x0A
    private static let space: UInt8 = 0x20

    /// The pairs of an object, each on its own line at `indent` spaces; the first after "- "
    /// when the object is an item of a list (`listItem`), which takes the place of two spaces.
    private static func writePairs(_ pairs: [(String, RecordValue)], into out: inout [UInt8], indent: Int, listItem: Bool = false) {
        for index in pairs.indices {
            if index == pairs.startIndex && listItem {
                spaces(indent - 2, into: &out)
                out.append(0x2D)
                out.append(space)
            } else {
                spaces(indent, into: &out)
            }
            writeScalarString(pairs[index].0, into: &out)
            out.append(0x3A)
            writeValue(pairs[index].1, into: &out, indent: indent)
        }
    }

    /// Writes what follows "key:" — inline for scalars and empty collections, else a block.
    private static func writeValue(_ value: RecordValue, into out: inout [UInt8], indent: Int) {
        switch value {
        case .object(let pairs) where !pairs.isEmpty:
            out.append(newline)
            writePairs(pairs, into: &out, indent: indent + 2)
        case .array(let items) where !items.isEmpty:
            out.append(newline)
            for item in items {
                if case .object(let pairs) = item, !pairs.isEmpty {
                    writePairs(pairs, into: &out, indent: indent + 2, listItem: true)
                } else {
                    spaces(indent, into: &out)
                    out.append(0x2D)
                    out.append(space)
                    writeInline(item, into: &out)
                    out.append(newline)
                }
            }
        default:
            out.append(space)
            writeInline(value, into: &out)
            out.append(newline)
        }
    }

    private static func spaces(_ count: Int, into out: inout [UInt8]) {
        for _ in 0..<max(0, count) { out.append(space) }
    }

    private static func writeInline(_ value: RecordValue, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .number(let d): out.append(contentsOf: JSONWriter.format(d).utf8)
        case .string(let s): writeScalarString(s, into: &out)
        case .array, .object: out.append(contentsOf: JSONWriter.string(value, pretty: false).utf8)
        }
    }

    /// A string as a plain scalar when YAML reads it back as the same text, else double-quoted.
    /// One scan serves both: it stops at the first byte a plain scalar may not hold, and none
    /// before that byte needs an escape, so a quoted string's search for escapes starts there.
    static func writeScalarString<Output: UTF8Output>(_ s: String, into out: inout Output) {
        UTF8Scan.withBytes(s) { bytes in
            let plain = plainLength(bytes)
            if isPlainSafe(bytes, plainLength: plain) {
                out.append(utf8: bytes)
            } else {
                JSONWriter.escape(bytes, passing: plain, into: &out)
            }
        }
    }

    /// Letters, digits, spaces and a few inner marks, starting with a letter, and not a word
    /// YAML gives another meaning to.
    static func isPlainSafe(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { isPlainSafe($0, plainLength: plainLength($0)) }
    }

    /// `isPlainSafe` of the bytes whose first `plainLength` (`plainLength(_:)`) a plain scalar may hold.
    private static func isPlainSafe(_ bytes: UnsafeBufferPointer<UInt8>, plainLength: Int) -> Bool {
        plainLength == bytes.count && plainLength > 0 && bytes[plainLength - 1] != space && (plainLength > 5 || !isReserved(bytes))
    }

    /// How many of the first bytes a plain scalar may hold: a letter first, then `isInnerPlain`
    /// ASCII bytes, and past ASCII alphabetic scalars or, after the first, U+2019. All of them
    /// when the text is such a scalar but for its last byte and reserved words.
    private static func plainLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if i == 0 ? !byte.isASCIILetter : !isInnerPlain(byte) { return i }
                // The run of such bytes after it, eight a test.
                i = notInnerPlain.firstIndex(in: bytes, from: i + 1)
                continue
            }
            let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
            guard scalar.properties.isAlphabetic || (i > 0 && scalar == "\u{2019}") else { return i }
            i += length
        }
        return i
    }

    /// An ASCII letter, digit, space, "-", "." or "_": a byte a plain scalar may hold past its first.
    private static func isInnerPlain(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == space || byte == 0x2D || byte == 0x2E || byte == 0x5F
    }

    /// The bytes that end a run of `isInnerPlain` ones.
    private static let notInnerPlain = ByteClass { !isInnerPlain($0) }

    /// Whether the bytes, in lower case, are a word YAML reads as a boolean, null or number.
    /// The words are ASCII without "k", and no other scalar lower-cases to ASCII but the Kelvin
    /// sign (to "k"): text with other bytes is none of them, and packs (`packed`) to none of
    /// theirs, as bytes past ASCII stay as they are.
    private static func isReserved(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= longestReserved, let first = bytes.first else { return false }
        // Most short texts start with a letter no reserved word starts with.
        let initial = first.asciiLowercased &- 0x61
        return initial < 26 && reservedInitials &>> initial & 1 != 0 && reserved.contains(packed(bytes))
    }

    /// Up to seven bytes, ASCII letters in lower case, and their count as one number: two texts
    /// pack to the same number exactly when their bytes are the same once lower-cased, so a
    /// word is found among the reserved ones by a compare each, with no loop over its bytes.
    private static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
        var packed = UInt64(bytes.count) << 56, shift: UInt64 = 0
        for byte in bytes {
            packed |= UInt64(byte.asciiLowercased) << shift
            shift += 8
        }
        return packed
    }

    private static let reservedWords = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf"]
    private static let reserved: [UInt64] = reservedWords.map { packed($0.utf8) }
    /// Bit `c - "a"` set for each letter `c` a reserved word starts with.
    private static let reservedInitials: UInt32 = reservedWords.reduce(0) { $0 | 1 &<< ($1.utf8.first! &- 0x61) }
    /// No longer text is a reserved word (and `packed` holds up to seven bytes).
    private static let longestReserved = reservedWords.map(\.utf8.count).max()!
}
