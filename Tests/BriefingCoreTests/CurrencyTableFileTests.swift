import Foundation
import Testing
@testable import BriefingCore

@Suite("Currency table file")
struct CurrencyTableFileTests {
    @Test func readsBackTheTablesICUGives() throws {
        let tables = CurrencyTables.build()
        var writer = BinaryWriter()
        CurrencyTableFile.encode(tables, into: &writer)
        let bytes = writer.bytes
        let read = try #require(CurrencyTableFile.decode(bytes))
        #expect(read == tables)
        // Every table is in the file, and read back whole.
        #expect(read.codes["USD"] == "USD" && read.symbols["R $"] == "BRL" && read.families["francs"]?.contains("CHF") == true)
        #expect(read.bareNames.contains("dollars") && read.longestName == tables.longestName && read.longestSymbol == tables.longestSymbol)
        // The same tables give the same bytes (sorted, not in a dictionary's order).
        var again = BinaryWriter()
        CurrencyTableFile.encode(read, into: &again)
        #expect(again.bytes == bytes)
    }

    @Test func ignoresFilesOfAnotherProgramOrCutShort() {
        var writer = BinaryWriter()
        CurrencyTableFile.encode(CurrencyTables.shared, into: &writer)
        let bytes = writer.bytes
        #expect(CurrencyTableFile.decode(Array(bytes.dropLast())) == nil, "a file cut short")
        #expect(CurrencyTableFile.decode(bytes + [0]) == nil, "a file with bytes past the tables")
        var other = BinaryWriter()
        other.string("briefing-currency-tables-1/another-program")
        other.raw(writer)
        #expect(CurrencyTableFile.decode(other.bytes) == nil, "tables of another program")
    }

    @Test func aBuildWithACacheKeepsTheTablesForTheNext() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("currency-tables-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = BriefCache(forOutput: folder.appendingPathComponent("out"))
        await CurrencyTableFile.prepareTables(cache: cache)
        let bytes = try #require(SourceLoader.contents(ofFile: CurrencyTableFile.url(in: cache).path))
        #expect(CurrencyTableFile.decode(bytes) == CurrencyTables.shared)
        // Read, not written again.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: CurrencyTableFile.url(in: cache).path)
        await CurrencyTableFile.prepareTables(cache: cache)
        let attributes = try FileManager.default.attributesOfItem(atPath: CurrencyTableFile.url(in: cache).path)
        #expect((attributes[.modificationDate] as? Date) == Date(timeIntervalSince1970: 0))
    }
}
