import Testing
@testable import BriefingCore

/// The page stage's byte scans (`ByteClass`, sixteen bytes a step or eight a test) against
/// plain byte-by-byte readings of the same text.
@Suite("Page29 byte classes")
struct Page29ByteClassTests {
    /// Article-like text: curly quotes, dashes, accents, a Hangul name, digits and the marks
    /// each class looks for, at every distance from the start of an eight-byte test.
    private static let texts: [String] = {
        let sentences = [
            "",
            "Seoul",
            "The ministry said 1,200 soldiers had been sent since October.",
            "“We will not back down,” said Jung Min-kyung — the agency’s head — on Tuesday.",
            "AT&T's <b>\"bid\"</b> rose 37% to $4.5 billion (about ₩6 trillion) [sic] under_score `code` #tag!",
            "Ahn Gyu-back, Defense Minister: café Zürich naïve 김정은 e\u{301}' a\u{301}<",
            "plain words only with digits 2025 and dots.and-dashes_under",
        ]
        var out = sentences
        for sentence in sentences where !sentence.isEmpty {
            for pad in 0..<9 { out.append(String(repeating: "x", count: pad) + sentence) }
        }
        return out
    }()

    @Test func firstIndexIsTheFirstMember() {
        // Classes of a few buckets (sixteen bytes a step), and random ones of more than eight (eight a test).
        var numbers = SystemRandomNumberGenerator()
        let random = (0..<4).map { _ in (0..<4).map { _ in numbers.next() as UInt64 } }
        var classes: [(UInt8) -> Bool] = [{ $0 == 0x3C || $0 == 0x26 }, { $0 >= 0x80 }, { $0 == 0x2C }, { _ in false }, { _ in true }, { $0 % 3 == 0 }]
        classes += random.map { words in { byte in words[Int(byte >> 6)] >> (byte & 63) & 1 != 0 } }
        #expect(classes.contains { isMember in ByteClass.nibbleMasks((0...255).map { isMember(UInt8($0)) ? 1 : 0 }) == nil })
        for isMember in classes {
            let byteClass = ByteClass(isMember)
            for text in Self.texts + Self.texts.map({ String(repeating: $0, count: 3) }) {
                let bytes = Array(text.utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 0...bytes.count {
                        let expected = bytes[start...].firstIndex(where: isMember) ?? bytes.count
                        #expect(byteClass.firstIndex(in: buffer, from: start) == expected, "\(text.debugDescription) from \(start)")
                    }
                }
            }
        }
    }

    /// `YAMLWriter.isPlainSafe` as it read each byte before runs were found by `ByteClass`.
    private static func plainSafeByBytes(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let last = bytes.last, last != 0x20 else { return false }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                let letter = byte.isASCIILetter
                if i == 0 ? !letter : !(letter || byte &- 0x30 < 10 || byte == 0x20 || byte == 0x2D || byte == 0x2E || byte == 0x5F) {
                    return false
                }
                i += 1
                continue
            }
            let (scalar, length) = bytes.withUnsafeBufferPointer { UTF8Scan.scalar(in: $0, at: i) }
            guard scalar.properties.isAlphabetic || (i > 0 && scalar == "\u{2019}") else { return false }
            i += length
        }
        let reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf"]
        return bytes.count > 5 || !reserved.contains(text.lowercased()) || bytes.contains { $0 >= 0x80 }
    }

    @Test func plainScalarsMatchTheByteByByteTest() {
        let words = ["True", "nULL", "Inf", "No", "y", "Yes ", "Seoul", "Jung Min-kyung", "agency’s head", "’quote", "Zürich café",
                     "김정은", "9 lives", "a.b_c-d", "end.", "two  spaces", "tab\there", "K\u{212A}", "e\u{301}t\u{E9}"]
        for text in Self.texts + words {
            #expect(YAMLWriter.isPlainSafe(text) == Self.plainSafeByBytes(text), "\(text.debugDescription)")
        }
    }

    @Test func markdownEscapingMatchesEscapingEveryByte() {
        let specials = Set("\\`*_[]<>#!|~&{}".utf8)
        for text in Self.texts + ["- item", "+ item", "= underline", "12. twelve", "3) three", "2025 was"] {
            var expected: [UInt8] = []
            if let first = text.utf8.first, first == 0x2D || first == 0x2B || first == 0x3D { expected.append(0x5C) }
            let digits = text.utf8.prefix { $0 &- 0x30 < 10 }.count
            for (offset, byte) in text.utf8.enumerated() {
                if specials.contains(byte) || (digits > 0 && offset == digits && (byte == 0x2E || byte == 0x29)) { expected.append(0x5C) }
                expected.append(byte)
            }
            #expect(MarkdownEscaper.escape(text) == String(decoding: expected, as: UTF8.self), "\(text.debugDescription)")
        }
    }
}
