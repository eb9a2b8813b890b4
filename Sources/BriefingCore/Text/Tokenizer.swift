/// A word or punctuation token with its position in the scanned string.
public struct Token: Sendable, Equatable {
    public var text: String
    /// Offset in Unicode scalars from the start of the scanned string; end exclusive.
    public var start: Int
    public var end: Int

    public var isWord: Bool { text.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false }
    public var isNumber: Bool { text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}

/// Splits text into words (letters, digits, inner hyphens, apostrophes, periods of
/// abbreviations and separators of numbers) and single punctuation marks.
///
/// Works on UTF-8 bytes with an ASCII fast path: this runs over every paragraph several times.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            let scalars = ScalarCursor.decode(bytes)
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 5)
            var i = 0
            let n = scalars.count
            while i < n {
                let s = scalars[i]
                if s.isWhitespace { i += 1; continue }
                if s.isWordPart {
                    let j = wordEnd(scalars, from: i)
                    tokens.append(Token(text: scalars.string(bytes, i, j), start: i, end: j))
                    i = j
                } else {
                    tokens.append(Token(text: scalars.string(bytes, i, i + 1), start: i, end: i + 1))
                    i += 1
                }
            }
            return tokens
        }
    }

    /// The end (exclusive, in scalars) of the word that starts at the word character `start`:
    /// word characters joined by a hyphen or an apostrophe (' or ’) between word characters and
    /// by "." or "," between digits.
    static func wordEnd(_ scalars: ScalarCursor, from start: Int) -> Int {
        let n = scalars.count
        var j = start + 1
        while j < n {
            let c = scalars[j]
            if c.isWordPart { j += 1; continue }
            let joinsWords = c.value == 0x2D || c.value == 0x27 || c.value == 0x2019
            let joinsDigits = (c.value == 0x2E || c.value == 0x2C) && scalars[j - 1].isDigit
            if joinsWords || joinsDigits, j + 1 < n, joinsDigits ? scalars[j + 1].isDigit : scalars[j + 1].isWordPart {
                j += 2
                continue
            }
            break
        }
        return j
    }
}

/// The scalars of a UTF-8 buffer with their byte offsets, classified once.
struct ScalarCursor {
    struct Scalar {
        var value: UInt32
        var byteOffset: Int
        var isWordPart: Bool
        var isWhitespace: Bool
        var isDigit: Bool { value >= 0x30 && value <= 0x39 }
    }

    private var items: [Scalar]
    private var byteCount: Int

    var count: Int { items.count }
    subscript(i: Int) -> Scalar { items[i] }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> ScalarCursor {
        // Written straight into the array's storage: there are at most as many scalars as bytes.
        let items = [Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
            var n = 0
            var p = 0
            while p < bytes.count {
                let b = bytes[p]
                if b < 0x80 {
                    let isLetter = (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
                    let isSpace = b == 0x20 || b &- 0x09 < 5
                    out.initializeElement(at: n, to: Scalar(value: UInt32(b), byteOffset: p, isWordPart: isLetter, isWhitespace: isSpace))
                    n += 1
                    p += 1
                    continue
                }
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length where p + k < bytes.count { value = value << 6 | UInt32(bytes[p + k] & 0x3F) }
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                out.initializeElement(at: n, to: Scalar(
                    value: value, byteOffset: p,
                    isWordPart: scalar.properties.isAlphabetic || scalar.properties.numericType != nil,
                    isWhitespace: scalar.isSpace))
                n += 1
                p += length
            }
            count = n
        }
        return ScalarCursor(items: items, byteCount: bytes.count)
    }

    /// The text of scalars `start..<end`.
    func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let from = items[start].byteOffset
        let to = end < items.count ? items[end].byteOffset : byteCount
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}
