import Testing
@testable import BriefingCore

/// `isSpace` and `isWordPart` tell the General Punctuation block (curly quote marks, dashes,
/// the ellipsis: most scalars past ASCII in news copy) without Unicode property look-ups. They
/// must agree with the properties for every scalar, and the tokenizer with them.
struct Lead36ScalarClassTests {
    @Test func fastPathsAgreeWithThePropertiesForEveryScalar() {
        var disagreements: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let properties = scalar.properties
            if scalar.isSpace != properties.isWhitespace { disagreements.append("isSpace \(String(v, radix: 16))") }
            let wordPart = v < 0x80
                ? (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10
                : properties.isAlphabetic || properties.numericType != nil
            if scalar.isWordPart != wordPart { disagreements.append("isWordPart \(String(v, radix: 16))") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    /// Every General Punctuation scalar between two words: a space between them splits them, any
    /// other one stands as a token of its own or joins them (the curly apostrophe), as before.
    @Test func tokenizerSplitsAtGeneralPunctuationAsThePropertiesSay() {
        for v in UInt32(0x2000)...0x206F {
            let scalar = Unicode.Scalar(v)!
            let tokens = Tokenizer.tokens("alpha\(Character(scalar))beta").map(\.text)
            let expected: [String]
            if scalar.properties.isWhitespace {
                expected = ["alpha", "beta"]
            } else if v == 0x2019 {
                expected = ["alpha\u{2019}beta"]
            } else {
                expected = ["alpha", String(scalar), "beta"]
            }
            #expect(tokens == expected, "U+\(String(v, radix: 16))")
        }
    }
}
