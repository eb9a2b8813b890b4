import Testing
@testable import BriefingCore

/// `BinaryReader.int`, which reads a one-byte number in line and a longer one apart, against
/// the numbers `BinaryWriter.int` wrote.
@Suite("Binary reader: whole numbers")
struct BinaryReaderIntTests {
    @Test func readsEveryNumberTheWriterWrote() throws {
        var generator = SeededGenerator(state: 41)
        // Around each length boundary of the zigzag encoding (one byte holds -64...63), the
        // extremes, and random numbers of every size.
        var values = Array(-300...300) + [Int.min, Int.max, Int.min + 1, Int.max - 1, 1 << 32, -(1 << 32)]
        for bits in 1..<63 { values += [1 << bits, -(1 << bits), (1 << bits) - 1, 1 - (1 << bits)] }
        values += (0..<2_000).map { _ in Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0..<63, using: &generator) }
        var writer = BinaryWriter()
        for value in values { writer.int(value) }
        var reader = BinaryReader(writer.bytes)
        for value in values { #expect(try reader.int() == value) }
        #expect(reader.isAtEnd)
    }

    @Test func aCutNumberIsDamaged() {
        var writer = BinaryWriter()
        writer.int(1 << 40)
        for cut in 0..<writer.bytes.count {
            var reader = BinaryReader(Array(writer.bytes.prefix(cut)))
            #expect(throws: BinaryReader.Damaged.self) { try reader.int() }
        }
        // A reader of part of an array stops at its end, not the array's.
        let bytes = writer.bytes
        var part = BinaryReader(bytes, range: 0..<1)
        #expect(throws: BinaryReader.Damaged.self) { try part.int() }
    }
}
