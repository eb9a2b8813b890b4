/// A word or punctuation token with its position in the scanned string.
public struct Token: Sendable, Equatable {
    public var text: String
    /// Offset in Unicode scalars from the start of the scanned string; end exclusive.
    public var start: Int
    public var end: Int
    /// The token's word type (`WordTypes`) when it was made with types, else -1: a number for
    /// its text, under which extractors keep what they read of that text. Not part of the
    /// token's identity (`==` compares text and offsets).
    var type: Int32 = -1

    public init(text: String, start: Int, end: Int) {
        self.init(text: text, start: start, end: end, type: -1)
    }

    init(text: String, start: Int, end: Int, type: Int32) {
        self.text = text
        self.start = start
        self.end = end
        self.type = type
    }

    public static func == (a: Token, b: Token) -> Bool {
        a.start == b.start && a.end == b.end && a.text == b.text
    }

    /// How many word types a cache kept by type needs room for to hold those of `tokens`: one
    /// past the greatest (0 for tokens made without types).
    static func typeCount(of tokens: some Sequence<Token>) -> Int {
        var last: Int32 = -1
        for token in tokens where token.type > last { last = token.type }
        return Int(last) + 1
    }

    /// Whether the token starts with a letter: an ASCII first byte (a scalar of its own,
    /// alphabetic when A–Z or a–z) is told without looking up its properties.
    public var isWord: Bool {
        guard let first = text.firstByte else { return false }
        return first < 0x80 ? (first | 0x20) &- 0x61 < 26 : text.unicodeScalars.first!.properties.isAlphabetic
    }
    public var isNumber: Bool { text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}

/// Splits text into words (letters, digits, inner hyphens, apostrophes, periods of
/// abbreviations and separators of numbers) and single punctuation marks.
///
/// Reads the text's scalars, decoded once and shared with the extractors; in ASCII text (most
/// paragraphs), where a byte is a scalar, it reads the bytes instead. Each token's text is cut
/// from the UTF-8 bytes: this runs over every paragraph.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        tokens(text, scalars: text.unicodeScalarArray)
    }

    /// The tokens of `text`, whose scalars (`text.unicodeScalarArray`) are at hand.
    public static func tokens(_ text: String, scalars: [Unicode.Scalar]) -> [Token] {
        var texts = NewTexts(characters: String.asciiCharacters)
        return tokens(text, scalars: scalars, texts: &texts)
    }

    /// The tokens of `text` as above, each with its word type in `types` (added there when new),
    /// and the type's string for its text.
    static func tokens(_ text: String, scalars: [Unicode.Scalar], types: inout WordTypes) -> [Token] {
        tokens(text, scalars: scalars, texts: &types)
    }

    /// The tokens of `text`, their texts (and types) taken from `texts`.
    private static func tokens<Texts: TokenTexts>(_ text: String, scalars: [Unicode.Scalar], texts: inout Texts) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            if bytes.count == scalars.count { return tokens(bytes, units: bytes, texts: &texts) }
            return scalars.withUnsafeBufferPointer { scalars in
                scalars.withMemoryRebound(to: UInt32.self) { tokens(bytes, units: $0, texts: &texts) }
            }
        }
    }

    /// The tokens of the text of UTF-8 `bytes`, read from `units`: its scalars' values, or its
    /// bytes when every one is ASCII; their texts and types given by `texts`.
    private static func tokens<Unit: FixedWidthInteger & UnsignedInteger, Texts: TokenTexts>(
        _ bytes: UnsafeBufferPointer<UInt8>, units: UnsafeBufferPointer<Unit>, texts: inout Texts
    ) -> [Token] {
        var tokens: [Token] = []
        // Most paragraphs have fewer tokens (a word and its space are five bytes or more).
        tokens.reserveCapacity(bytes.count / 4)
        // Unit `i` starts at byte `p`.
        var i = 0
        var p = 0
        while i < units.count {
            let u = UInt32(truncatingIfNeeded: units[i])
            if isSpace(u) {
                i += 1
                p += utf8Width(u)
                continue
            }
            let j = isWordPart(u) ? wordEnd(units, from: i) : i + 1
            var q = p + (j - i)
            if Unit.bitWidth > 8 { for k in i..<j where units[k] >= 0x80 { q += utf8Width(UInt32(truncatingIfNeeded: units[k])) - 1 } }
            let (text, type) = texts.word(UnsafeBufferPointer(rebasing: bytes[p..<q]), ascii: q - p == j - i)
            tokens.append(Token(text: text, start: i, end: j, type: type))
            i = j
            p = q
        }
        return tokens
    }

    /// Where the tokenizer takes a token's text (and word type) from.
    fileprivate protocol TokenTexts {
        /// The text of the token of UTF-8 `token` (all ASCII when `ascii`) and its word type.
        mutating func word(_ token: UnsafeBufferPointer<UInt8>, ascii: Bool) -> (text: String, type: Int32)
    }

    /// Texts made for each token, without types.
    fileprivate struct NewTexts: TokenTexts {
        let characters: [String]

        /// An ASCII token (as many bytes as scalars) is copied without a UTF-8 check. Out of
        /// line, so that the scan stays small enough to take `wordEnd` in.
        @inline(never)
        func word(_ token: UnsafeBufferPointer<UInt8>, ascii: Bool) -> (text: String, type: Int32) {
            (ascii ? String(asciiBytes: token, characters: characters) : String(decoding: token, as: UTF8.self), -1)
        }
    }

    /// The end (exclusive, in scalars) of the word that starts at the word character `start`:
    /// word characters joined by a hyphen or an apostrophe (' or ’) between word characters and
    /// by "." or "," between digits.
    static func wordEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        scalars.withMemoryRebound(to: UInt32.self) { wordEnd($0, from: start) }
    }

    /// `wordEnd` over scalar values, or over the bytes of ASCII text.
    @inline(__always)
    private static func wordEnd<Unit: FixedWidthInteger & UnsignedInteger>(_ units: UnsafeBufferPointer<Unit>, from start: Int) -> Int {
        let n = units.count
        var j = start + 1
        while j < n {
            let c = UInt32(truncatingIfNeeded: units[j])
            if isWordPart(c) { j += 1; continue }
            let joinsWords = c == 0x2D || c == 0x27 || c == 0x2019
            let joinsDigits = (c == 0x2E || c == 0x2C) && units[j - 1] &- 0x30 < 10
            if joinsWords || joinsDigits, j + 1 < n,
               joinsDigits ? units[j + 1] &- 0x30 < 10 : isWordPart(UInt32(truncatingIfNeeded: units[j + 1])) {
                j += 2
                continue
            }
            break
        }
        return j
    }

    /// ASCII letters and digits, bit `v` for value `v` below 0x80.
    private static let asciiWordParts: (low: UInt64, high: UInt64) = (0x03FF_0000_0000_0000, 0x07FF_FFFE_07FF_FFFE)

    /// `Unicode.Scalar.isWordPart` of the scalar of value `v`.
    @inline(__always)
    private static func isWordPart(_ v: UInt32) -> Bool {
        if v < 0x40 { return asciiWordParts.low >> UInt64(v) & 1 != 0 }
        if v < 0x80 { return asciiWordParts.high >> UInt64(v - 0x40) & 1 != 0 }
        return Unicode.Scalar.isWordPartPastASCII(v)
    }

    /// `Unicode.Scalar.isSpace` of the scalar of value `v`.
    @inline(__always)
    private static func isSpace(_ v: UInt32) -> Bool {
        v < 0x80 ? v == 0x20 || v &- 0x09 < 5 : Unicode.Scalar(v)!.isSpace
    }

    /// `UTF8.width` of the scalar of value `v`.
    @inline(__always)
    private static func utf8Width(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a letter or a digit, a word character of `Tokenizer` (ASCII
    /// decided from its value).
    var isWordPart: Bool {
        let v = value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 }
        return Self.isWordPartPastASCII(v)
    }

    /// `isWordPart` of a scalar past ASCII: none of General Punctuation (the curly quote marks
    /// and dashes of news copy, told without the property look-ups) is a letter or digit. Out
    /// of line: its look-up of the numeric type (an enum of another module, of unknown size)
    /// makes every function it is inlined into set up room for it on each call (the tokenizer's
    /// `wordEnd` once per word).
    @inline(never)
    static func isWordPartPastASCII(_ v: UInt32) -> Bool {
        guard !isGeneralPunctuation(v), let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether the scalar is an ASCII digit.
    var isDigit: Bool { value &- 0x30 < 10 }
}

extension WordTypes: Tokenizer.TokenTexts {}
