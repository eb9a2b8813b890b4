/// A word or punctuation token with its position in the scanned string.
public struct Token: Sendable, Equatable {
    public var text: String
    /// Offset in Unicode scalars from the start of the scanned string; end exclusive.
    public var start: Int
    public var end: Int

    public var isWord: Bool { text.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false }
    public var isNumber: Bool { text.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false }
}

/// Splits text into words (letters, digits, inner hyphens, apostrophes, periods of
/// abbreviations and separators of numbers) and single punctuation marks.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || ("0"..."9").contains(s)
        }
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            if isWordScalar(s) {
                var j = i + 1
                while j < scalars.count {
                    let c = scalars[j]
                    if isWordScalar(c) { j += 1; continue }
                    // Joiners inside a word: hyphen, apostrophes, and . or , between digits.
                    let joinsWords = c == "-" || c == "'" || c == "\u{2019}"
                    let joinsDigits = (c == "." || c == ",")
                        && ("0"..."9").contains(scalars[j - 1])
                    if (joinsWords || joinsDigits), j + 1 < scalars.count,
                       joinsDigits ? ("0"..."9").contains(scalars[j + 1]) : isWordScalar(scalars[j + 1]) {
                        j += 2
                        continue
                    }
                    break
                }
                tokens.append(Token(text: String(String.UnicodeScalarView(scalars[i..<j])), start: i, end: j))
                i = j
            } else {
                tokens.append(Token(text: String(s), start: i, end: i + 1))
                i += 1
            }
        }
        return tokens
    }
}
