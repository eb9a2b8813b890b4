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
/// Reads the text's scalars, decoded once and shared with the extractors, with an ASCII fast
/// path; each token's text is cut from the UTF-8 bytes: this runs over every paragraph.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        tokens(text, scalars: text.unicodeScalarArray)
    }

    /// The tokens of `text`, whose scalars (`text.unicodeScalarArray`) are at hand.
    public static func tokens(_ text: String, scalars: [Unicode.Scalar]) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            scalars.withUnsafeBufferPointer { scalars in
                var tokens: [Token] = []
                tokens.reserveCapacity(bytes.count / 5)
                let ascii = bytes.count == scalars.count
                // Scalar `i` starts at byte `p`.
                var i = 0
                var p = 0
                while i < scalars.count {
                    let s = scalars[i]
                    if s.isSpace {
                        i += 1
                        p += UTF8.width(s)
                        continue
                    }
                    let j = s.isWordPart ? wordEnd(scalars, from: i) : i + 1
                    let q = p + scalars.utf8Count(i..<j, allASCII: ascii)
                    tokens.append(Token(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[p..<q]), as: UTF8.self), start: i, end: j))
                    i = j
                    p = q
                }
                return tokens
            }
        }
    }

    /// The end (exclusive, in scalars) of the word that starts at the word character `start`:
    /// word characters joined by a hyphen or an apostrophe (' or ’) between word characters and
    /// by "." or "," between digits.
    static func wordEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
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

extension Unicode.Scalar {
    /// Whether the scalar is a letter or a digit, a word character of `Tokenizer` (ASCII
    /// decided from its value).
    var isWordPart: Bool {
        let v = value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 }
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Whether the scalar is an ASCII digit.
    var isDigit: Bool { value &- 0x30 < 10 }
}
