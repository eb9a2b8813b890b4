import Foundation

/// The extractors' currency tables (`CurrencyTables`) kept in the build cache, so that a
/// rebuild that extracts a few articles does not ask ICU for them again: made from every
/// locale's data, they cost about 180 million instructions (tens of milliseconds of CPU), more
/// than extracting the article an edit changed. The file is of this program only (its
/// `ContentHash.toolFingerprint`): the tables depend on nothing else but the ICU data linked
/// into it. A file that is missing, of another program or damaged is ignored and written again.
enum CurrencyTableFile {
    /// Makes the extractors' tables as `ArticleExtractor.prepareTables()` does, but from the
    /// file in `cache` when it holds this program's; tables made here are written there for
    /// the next build.
    static func prepareTables(cache: BriefCache?) async {
        guard let cache else { return await ArticleExtractor.prepareTables() }
        let url = url(in: cache)
        if let bytes = SourceLoader.contents(ofFile: url.path), let tables = decode(bytes) {
            CurrencyTables.prepare(stored: tables)
            return
        }
        await ArticleExtractor.prepareTables()
        BinaryWriter.writeFile(url.path) { writer in encode(CurrencyTables.shared, into: &writer) }
    }

    /// Where the tables are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("currency-tables") }

    /// The format, followed by the program the tables were made by.
    private static var magic: String { "briefing-currency-tables-1/" + ContentHash.toolFingerprint }

    /// Writes `tables` after the magic string, each dictionary and set in key order (the same
    /// tables give the same bytes).
    static func encode(_ tables: CurrencyTables, into writer: inout BinaryWriter) {
        writer.string(magic)
        for map in [tables.codes, tables.names, tables.symbols, tables.lowerSymbols, tables.suffixSymbols, tables.lowerCopySigns] {
            writer.array(map.sorted { $0.key < $1.key }) { writer, entry in
                writer.string(entry.key)
                writer.string(entry.value)
            }
        }
        for set in [tables.bareNames, tables.apartSigns] { writer.strings(set.sorted()) }
        for map in [tables.families, tables.places, tables.sharedSigns, tables.placeSigns] {
            writer.array(map.sorted { $0.key < $1.key }) { writer, entry in
                writer.string(entry.key)
                writer.strings(entry.value.sorted())
            }
        }
        writer.int(tables.longestName)
        writer.int(tables.longestSymbol)
    }

    /// The tables `encode` wrote in `bytes`, or nil when they are of another program or do not
    /// read back completely.
    static func decode(_ bytes: [UInt8]) -> CurrencyTables? {
        var reader = BinaryReader(bytes)
        func names() throws -> [String: String] {
            Dictionary(try reader.array { reader in (try reader.string(), try reader.string()) }, uniquingKeysWith: { a, _ in a })
        }
        func sets() throws -> [String: Set<String>] {
            Dictionary(try reader.array { reader in (try reader.string(), Set(try reader.strings())) }, uniquingKeysWith: { a, _ in a })
        }
        do {
            guard try reader.string() == magic else { return nil }
            var tables = CurrencyTables()
            (tables.codes, tables.names, tables.symbols) = (try names(), try names(), try names())
            (tables.lowerSymbols, tables.suffixSymbols, tables.lowerCopySigns) = (try names(), try names(), try names())
            (tables.bareNames, tables.apartSigns) = (Set(try reader.strings()), Set(try reader.strings()))
            (tables.families, tables.places, tables.sharedSigns, tables.placeSigns) = (try sets(), try sets(), try sets(), try sets())
            (tables.longestName, tables.longestSymbol) = (try reader.int(), try reader.int())
            return reader.isAtEnd ? tables : nil
        } catch {
            return nil
        }
    }
}
