import CBriefingSupport

/// A line's UTF-8 bytes with ASCII letters lower-cased, for fast searches of ASCII phrases.
///
/// Foundation's `contains` and `range(of:)` bridge to `NSString` and dominated the ingest
/// profile; these checks run on every line of every article, so they search bytes instead.
/// Non-ASCII bytes are kept as they are, so only ASCII phrases match case-insensitively.
struct FoldedText {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = UTF8Scan.withBytes(text) { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { folded, count in
                UTF8Scan.foldASCIIUppercase(source, into: folded)
                count = source.count
            }
        }
    }

    /// Calls `body` with `text`'s folded bytes in a temporary buffer, for a test that needs
    /// no `FoldedText` kept: no array is made.
    static func withFolded<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        UTF8Scan.withBytes(text) { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { folded in
                UTF8Scan.foldASCIIUppercase(source, into: folded)
                return body(UnsafeBufferPointer(folded))
            }
        }
    }

    /// Whether `text`, folded, contains any of `phrases` (given in lower case).
    static func containsAny(_ phrases: PhraseSet, in text: String) -> Bool {
        withFolded(text) { phrases.occurs(in: $0) }
    }

    /// Whether the folded text contains `phrase` (given in lower case).
    func contains(_ phrase: String) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { needle in
            guard needle.count <= bytes.count else { return false }
            guard !needle.isEmpty else { return true }
            return bytes.withUnsafeBytes { hay in
                briefing_contains_bytes(hay.baseAddress, hay.count, needle.baseAddress, needle.count) != 0
            }
        }
    }

    /// Whether the folded text contains any of `phrases` (given in lower case).
    func containsAny(_ phrases: PhraseSet) -> Bool {
        bytes.withUnsafeBufferPointer { phrases.occurs(in: $0) }
    }

    /// Whether the folded text starts with `phrase` (given in lower case).
    func hasPrefix(_ phrase: String) -> Bool {
        bytes.withUnsafeBufferPointer { hay in
            UTF8Scan.withBytes(phrase) { needle in
                needle.count <= hay.count && (0..<needle.count).allSatisfy { hay[$0] == needle[$0] }
            }
        }
    }
}

extension Unicode.Scalar {
    /// For an ASCII letter or digit, the scalar in lower case; nil for anything else. The fast
    /// path of the word folding done for comparison keys, search terms and story samples.
    var lowercasedASCIIWordScalar: Unicode.Scalar? {
        let v = value
        if v &- 0x30 < 10 || v &- 0x61 < 26 { return self }
        if v &- 0x41 < 26 { return Unicode.Scalar(UInt8(v | 0x20)) }
        return nil
    }

    /// `properties.isWhitespace` with an ASCII fast path: the Unicode property lookup is only
    /// made for scalars past ASCII, which hot scanning loops rarely meet, but for the curly
    /// quote marks, dashes and other General Punctuation of news text (`isGeneralPunctuation`).
    var isSpace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || v &- 0x09 < 5 }
        return Self.isSpacePastASCII(v)
    }

    /// `isSpace` of a scalar past ASCII, out of line: the loops `isSpace` is inlined into stay small.
    @inline(never)
    private static func isSpacePastASCII(_ v: UInt32) -> Bool {
        isGeneralPunctuation(v) ? isGeneralPunctuationSpace(v) : Unicode.Scalar(v)!.properties.isWhitespace
    }

    /// Whether `v` is in the General Punctuation block (U+2000–U+206F), which holds the curly
    /// quote marks, dashes and ellipsis of news copy and no letter or digit.
    @inline(__always)
    static func isGeneralPunctuation(_ v: UInt32) -> Bool { v &- 0x2000 < 0x70 }

    /// `properties.isWhitespace` of the General Punctuation scalar `v`: the spaces U+2000–U+200A,
    /// the line and paragraph separators, the narrow no-break and the medium mathematical space.
    @inline(__always)
    static func isGeneralPunctuationSpace(_ v: UInt32) -> Bool {
        v <= 0x200A || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
    }
}
