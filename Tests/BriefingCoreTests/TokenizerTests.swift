import Testing
@testable import BriefingCore

@Suite("Tokenizer")
struct TokenizerTests {
    private static func texts(_ tokens: [Token]) -> [String] { tokens.map(\.text) }

    @Test func asciiTextIsReadFromItsBytes() {
        let tokens = Tokenizer.tokens("The U.S. co-op's 3,000.5 rise - it's 12% (Mr. Ahn).\tOK")
        #expect(Self.texts(tokens) == ["The", "U", ".", "S", ".", "co-op's", "3,000.5", "rise", "-", "it's", "12", "%",
                                       "(", "Mr", ".", "Ahn", ")", ".", "OK"])
        #expect(tokens[5].start == 9 && tokens[5].end == 16)
        #expect(tokens.last?.start == 52 && tokens.last?.end == 54)
    }

    @Test func textPastASCIIIsReadFromItsScalars() {
        let tokens = Tokenizer.tokens("Café’s 3,000 “rise” — 12½ naïve, a longer-than-fifteen-byte word.")
        #expect(Self.texts(tokens) == ["Café’s", "3,000", "“", "rise", "”", "—", "12½", "naïve", ",", "a",
                                       "longer-than-fifteen-byte", "word", "."])
        // Offsets count scalars: "’" is one.
        #expect(tokens[1].start == 7 && tokens[1].end == 12)
        #expect(tokens[7].start == 26 && tokens[7].end == 31)
    }

    @Test func bothReadingsGiveTheSameTokens() {
        // A scalar past ASCII at the end makes the scalars read instead of the bytes.
        for text in ["Mr. Ahn said: \"It's 1.5 to 2 (or 3,5).\" Then--no.", "a  b\n\nc-", "x'", "9.", "'a-b-c'd'e"] {
            let ascii = Tokenizer.tokens(text)
            let scalars = Tokenizer.tokens(text + " é")
            #expect(ascii == Array(scalars.dropLast()), "\(text)")
            #expect(scalars.last?.text == "é")
        }
    }
}
