import Testing
@testable import BriefingCore

/// `BinaryReader.uint64s` against reading the same array value by value, as it was read before.
@Suite("Binary reader: arrays of 64-bit words")
struct BinaryReaderUInt64sTests {
    @Test(arguments: [0, 1, 7, 300])
    func readsWhatTheWriterWroteAsTheValueByValueReaderDoes(count: Int) throws {
        var generator = SeededGenerator(state: UInt64(count) &+ 11)
        let values = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) } + (count > 0 ? [0, .max, 1 << 63] : [])
        var writer = BinaryWriter()
        writer.string("before")
        writer.array(values) { $0.uint64($1) }
        writer.int(-5)
        var bulk = BinaryReader(writer.bytes), single = BinaryReader(writer.bytes)
        #expect(try bulk.string() == "before")
        _ = try single.string()
        let read = try bulk.uint64s()
        #expect(read == values)
        #expect(try single.array { try $0.uint64() } == read)
        // Both end in the same place: what follows reads the same.
        #expect(try bulk.int() == -5)
        #expect(bulk.isAtEnd)
    }

    @Test func aCutArrayIsDamaged() {
        var writer = BinaryWriter()
        writer.array([1, 2, 3] as [UInt64]) { $0.uint64($1) }
        for cut in 1..<writer.bytes.count {
            var reader = BinaryReader(Array(writer.bytes.prefix(cut)))
            #expect(throws: BinaryReader.Damaged.self) { try reader.uint64s() }
        }
    }
}
