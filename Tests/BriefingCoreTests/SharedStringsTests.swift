import Testing
@testable import BriefingCore

/// A record that shares its strings (`BinaryWriter.shareStrings`) writes each long string once
/// and reads every string back with the bytes it was written with.
@Suite("Binary records: shared strings")
struct SharedStringsTests {
    private static let sentence = "Analysts said the plan would affect more than 61,000 workers and 23 regional ports."
    /// The same length and first and last eight bytes as `sentence`, another word between.
    private static let lookalike = sentence.replacingOccurrences(of: "workers", with: "fishers")
    /// Canonically equivalent strings with other bytes: a precomposed "é" and "e" with a combining accent.
    private static let composed = "The café on the corner said it would close in June."
    private static let decomposed = composed.replacingOccurrences(of: "\u{E9}", with: "e\u{301}")
    private static let strings = [
        sentence, "short", lookalike, sentence, composed, decomposed, "", sentence, lookalike, decomposed, composed,
        String(repeating: "x", count: BinaryWriter.shareableLength - 1), String(repeating: "x", count: BinaryWriter.shareableLength),
        String(repeating: "x", count: BinaryWriter.shareableLength), "short",
    ]

    private static func written(sharing: Bool) -> [UInt8] {
        var writer = BinaryWriter()
        writer.string("head")
        if sharing { writer.shareStrings() }
        writer.strings(strings)
        writer.optional(sentence)
        writer.int(7)
        return writer.bytes
    }

    @Test func everyStringReadsBackWithItsOwnBytes() throws {
        var reader = BinaryReader(Self.written(sharing: true))
        #expect(try reader.string() == "head")
        reader.shareStrings()
        let read = try reader.strings()
        #expect(read.map { Array($0.utf8) } == Self.strings.map { Array($0.utf8) })
        #expect(try reader.optional().map { Array($0.utf8) } == Array(Self.sentence.utf8))
        #expect(try reader.int() == 7)
        #expect(reader.isAtEnd)
    }

    @Test func aLongStringIsWrittenOnce() {
        let shared = Self.written(sharing: true), plain = Self.written(sharing: false)
        // Each repeat (three of the sentence, one of each other long string) is a byte or two.
        let repeats = 3 * Self.sentence.utf8.count + Self.lookalike.utf8.count + Self.composed.utf8.count
            + Self.decomposed.utf8.count + BinaryWriter.shareableLength
        #expect(plain.count - shared.count >= repeats)
    }

    @Test func aRecordReadWithoutSharingOrCutShortIsDamaged() {
        let bytes = Self.written(sharing: true)
        var unshared = BinaryReader(bytes)
        #expect(throws: BinaryReader.Damaged.self) {
            _ = try unshared.string()
            _ = try unshared.strings()
        }
        // A reference to a string not read yet: the first long string skipped.
        var writer = BinaryWriter()
        writer.shareStrings()
        writer.string(Self.sentence)
        writer.string(Self.sentence)
        var ahead = BinaryReader(Array(writer.bytes.dropFirst(1 + Self.sentence.utf8.count)))
        ahead.shareStrings()
        #expect(throws: BinaryReader.Damaged.self) { try ahead.string() }
    }

    @Test func aSkippedStringCanStillBeReferredTo() throws {
        var writer = BinaryWriter()
        writer.shareStrings()
        writer.string(Self.sentence)
        writer.string(Self.sentence)
        var reader = BinaryReader(writer.bytes)
        reader.shareStrings()
        try reader.skipString()
        #expect(try reader.string() == Self.sentence)
        #expect(reader.isAtEnd)
    }
}
