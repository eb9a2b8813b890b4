import Testing
@testable import BriefingCore

/// `whitespaceWordCount` reads eight ASCII bytes at a time (`ByteWord.asciiNonSpaceBits`): the
/// count must stay `split(whereSeparator: \.isWhitespace).count` wherever words, spaces and
/// other scalars fall against the eight-byte steps.
struct Lead31WordCountTests {
    @Test func nonSpaceBitsTellEveryASCIIByteInEveryPlace() {
        var bytes = [UInt8](repeating: 0x61, count: 8)
        for place in 0..<8 {
            for value in UInt8(0)..<0x80 {
                bytes[place] = value
                let bits = bytes.withUnsafeBufferPointer { ByteWord($0, at: 0).asciiNonSpaceBits }
                for k in 0..<8 {
                    let isSpace = Character(Unicode.Scalar(bytes[k])).isWhitespace
                    #expect((bits >> UInt64(8 * k + 7)) & 1 == (isSpace ? 0 : 1), "byte \(bytes[k]) at \(k)")
                }
                bytes[place] = 0x61
            }
        }
    }

    @Test func countsAsSplitDoesAtEveryOffset() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Zu", "said", "3.2%", " ", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "é", "—", "\u{00A0}", "\u{2003}", "“", "\u{301}", "x\u{301}"]
        for _ in 0..<3000 {
            let count = Int.random(in: 0...30, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.whitespaceWordCount == text.split(whereSeparator: \.isWhitespace).count, "\(text.debugDescription)")
        }
        // One word or one space past ASCII at each place of ASCII text.
        let plain = "The ceasefire took effect at 6 a.m. local time on Sunday, officials said."
        for special in ["\u{00A0}", "é", "\u{2003}", "\u{301}"] {
            for offset in 0...plain.utf8.count {
                let index = plain.utf8.index(plain.startIndex, offsetBy: offset)
                var text = plain
                text.insert(contentsOf: special, at: index)
                #expect(text.whitespaceWordCount == text.split(whereSeparator: \.isWhitespace).count, "\(text.debugDescription)")
            }
        }
    }
}
