import Testing
@testable import BriefingCore

/// `whitespaceWordCount` counts the words starting in its eight-byte steps a byte each and adds
/// those counts up (`ByteWord.byteSum`) at the end and every 255 steps: long ASCII texts, one
/// word to a byte or none, must count as `split` does past each of those sums.
struct Pages39WordCountTests {
    @Test func byteSumAddsTheEightBytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let lanes = UInt64.random(in: 0...UInt64.max, using: &generator)
            let plain = (0..<8).reduce(0) { $0 + Int(lanes >> UInt64(8 * $1) & 0xFF) }
            #expect(ByteWord.byteSum(lanes) == plain)
        }
    }

    @Test func countsLongTextsAsSplitDoes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "b", " ", "\t", "word", "  ", "\n", "é", "“"]
        // "a a a …": a word starting in every other byte, thousands of eight-byte steps long.
        for count in [2039, 2040, 2041, 4080, 4081, 6000] {
            let text = String(repeating: "a ", count: count)
            #expect(text.whitespaceWordCount == count)
            #expect(("x" + text).whitespaceWordCount == count)
        }
        for _ in 0..<300 {
            let count = Int.random(in: 500...3000, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.whitespaceWordCount == text.split(whereSeparator: \.isWhitespace).count)
        }
    }
}
