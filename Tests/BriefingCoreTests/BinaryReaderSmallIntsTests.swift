import Testing
@testable import BriefingCore

/// `BinaryReader.smallInts(as:)` against reading the same array value by value with `int()`, as
/// the story counts and search weights of digests were read before.
@Suite("Binary reader: arrays of small numbers")
struct BinaryReaderSmallIntsTests {
    /// Below 64 the writer puts every value in one byte at once; from 64 on, value by value.
    @Test(arguments: [(0, 63), (1, 63), (300, 63), (300, 64), (300, 100_000)])
    func readsWhatTheWriterWroteAsTheValueByValueReaderDoes(count: Int, limit: Int) throws {
        var generator = SeededGenerator(state: UInt64(count * 7 + limit))
        let values = (0..<count).map { _ in Int.random(in: 0...limit, using: &generator) }
        var writer = BinaryWriter()
        writer.string("before")
        writer.smallInts(values)
        writer.int(-5)
        var bulk = BinaryReader(writer.bytes), single = BinaryReader(writer.bytes), narrow = BinaryReader(writer.bytes)
        #expect(try bulk.string() == "before")
        _ = try single.string()
        _ = try narrow.string()
        let read = try bulk.smallInts(as: Int32.self)
        #expect(read.map(Int.init) == values)
        #expect(try single.array { Int32(truncatingIfNeeded: try $0.int()) } == read)
        #expect(try narrow.smallInts(as: UInt8.self) == values.map { UInt8(truncatingIfNeeded: $0) })
        // All end in the same place: what follows reads the same.
        #expect(try bulk.int() == -5)
        #expect(try single.int() == -5)
        #expect(try narrow.int() == -5)
    }

    @Test func aCutArrayIsDamaged() {
        var writer = BinaryWriter()
        writer.smallInts([1, 2, 3, 40])
        for cut in 1..<writer.bytes.count {
            var reader = BinaryReader(Array(writer.bytes.prefix(cut)))
            #expect(throws: BinaryReader.Damaged.self) { try reader.smallInts(as: Int32.self) }
        }
    }
}
