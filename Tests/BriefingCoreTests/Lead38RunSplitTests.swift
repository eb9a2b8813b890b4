import Testing
@testable import BriefingCore

/// `split(atASCII:)` and `spaceSeparatedWords` find the runs between separators eight ASCII
/// bytes at a time (`PlainText.forEachRun`, `ByteWord.exactHighBits(equalTo:)`), and count the
/// separators the same way (`UTF8Scan.count(of:in:)`). They must split as the standard
/// library splits by characters, wherever the separators fall in a word of eight bytes.
struct Lead38RunSplitTests {
    /// Pieces of text: letters, runs of separators, plain scalars past ASCII (no-break space,
    /// dash, quote mark), others (an accented letter, a combining mark, an emoji), CR LF, and
    /// words of seven to nine letters that reach across a word of eight bytes.
    private static let pieces = ["a", "Bc", " ", "  ", "-", ",", ", ", "\u{A0}", "\u{2014}", "\u{201C}q\u{201D}", "\t", "\r\n",
                                 "seventy", "eighteen", "ninetieth", "\u{E9}", "e\u{301}", "\u{1F600}", " -, "]

    private static func texts(count: Int) -> [String] {
        var seeded = SeededGenerator(state: 38)
        return (0..<count).map { _ in
            let length = Int(seeded.next() % 24)
            return (0..<length).map { _ in pieces[Int(seeded.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func runsAreTheCharacterSplitsRuns() {
        var failures = 0
        for text in Self.texts(count: 20_000) {
            for separator: UInt8 in [0x20, 0x2D, 0x2C] {
                if text.split(atASCII: separator) != text.split(separator: Character(Unicode.Scalar(separator))) { failures += 1 }
            }
            if text.spaceSeparatedWords != text.split(separator: " ").map(String.init) { failures += 1 }
        }
        #expect(failures == 0)
    }

    @Test func separatorsCountedInEveryByteOfAWord() {
        var failures = 0
        for text in Self.texts(count: 5_000) {
            UTF8Scan.withBytes(text) { bytes in
                for separator: UInt8 in [0x20, 0x2D, 0x00, 0x80, 0xE2] where UTF8Scan.count(of: separator, in: bytes) != bytes.count(where: { $0 == separator }) {
                    failures += 1
                }
            }
        }
        #expect(failures == 0)
    }
}
