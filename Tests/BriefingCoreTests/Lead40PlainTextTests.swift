import Foundation
import Testing
@testable import BriefingCore

/// `PlainText.isPlain`, which passes over eight ASCII bytes at a time, against the scalar by
/// scalar loop it was before.
@Suite("Plain text test, eight bytes at a time")
struct Lead40PlainTextTests {
    /// Every scalar plain, read one scalar at a time (`PlainText.width`).
    private static func byScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            guard let width = PlainText.width(bytes, at: i) else { return false }
            i += width
        }
        return true
    }

    /// The texts (as bytes) the two tests answer differently for.
    private static func differing(_ texts: [[UInt8]]) -> [[UInt8]] {
        texts.filter { text in
            text.withUnsafeBufferPointer { PlainText.isPlain($0) != byScalars($0) }
        }
    }

    @Test func randomTextIsToldPlainAsScalarByScalar() {
        // Plain scalars past ASCII (no-break space, dashes, curly quotes, ellipsis) and others
        // (é, €, an emoji, a lone continuation byte), among runs of ASCII of any length.
        let pieces: [[UInt8]] = [
            [0xC2, 0xA0], [0xE2, 0x80, 0x94], [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0xA6], [0xC3, 0xA9], [0xE2, 0x82, 0xAC],
            [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xE2, 0x80, 0xA8],
        ]
        var generator = SeededGenerator(state: 40)
        var texts: [[UInt8]] = []
        for length in 0..<48 {
            for _ in 0..<60 {
                var text: [UInt8] = []
                while text.count < length {
                    if Int.random(in: 0..<6, using: &generator) == 0 {
                        text += pieces.randomElement(using: &generator)!
                    } else {
                        text.append(UInt8.random(in: 0x09...0x7E, using: &generator))
                    }
                }
                texts.append(text)
            }
        }
        let plain = texts.count { text in text.withUnsafeBufferPointer(Self.byScalars) }
        // Both answers are common, so that a test passing everything or nothing would fail.
        #expect(plain > 300 && plain < texts.count - 300)
        let wrong = Self.differing(texts)
        #expect(wrong.isEmpty, "\(wrong.count) differ, e.g. \(wrong.prefix(2))")
    }

    @Test func seedLinesAreToldPlainAsScalarByScalar() throws {
        let lines = try Repo.seedLines().map { Array($0.utf8) }
        #expect(lines.count > 20)
        let wrong = Self.differing(lines)
        #expect(wrong.isEmpty, "\(wrong.count) differ, e.g. \(wrong.prefix(2))")
    }
}
