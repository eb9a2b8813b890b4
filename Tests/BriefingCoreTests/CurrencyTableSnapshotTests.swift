import Foundation
import Testing
@testable import BriefingCore

@Suite("Currency table snapshot")
struct CurrencyTableSnapshotTests {
    /// The generated source the programs read the tables from.
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/BriefingCore/Extract/Figures/CurrencyTableSnapshot.swift")

    /// With BRIEFING_RECORD_CURRENCY_TABLES=1 (`make currency-tables`), writes the file first.
    @Test func theSnapshotIsTheTablesICUGivesNow() throws {
        let built = CurrencyTables.build()
        let source = built.swiftSource()
        if ProcessInfo.processInfo.environment["BRIEFING_RECORD_CURRENCY_TABLES"] == "1" {
            try source.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        // (The texts and tables are compared as flags: printed whole, a failure would be 80 kB.)
        let committed = try String(contentsOf: Self.file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let made = source.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(committed, made).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? (committed.count == made.count ? nil : min(committed.count, made.count))
        #expect(firstDifference == nil, "CurrencyTableSnapshot.swift is not what CurrencyTables.build() gives now (line \((firstDifference ?? 0) + 1)): run `make currency-tables`")
        // The compiled text reads back as the tables it was written from (escapes, sets).
        let same = CurrencyTables.snapshot == built
        #expect(same, "the snapshot reads back as other tables than the ones it was written from")
        #expect(CurrencyTables.shared.symbols["R $"] == "BRL" && CurrencyTables.shared.families["francs"]?.contains("CHF") == true)
    }

    @Test func linesShowEveryScalarThatPrintsNothing() {
        #expect(CurrencyTables.escaped("R$ → BRL") == "R$ → BRL")
        #expect(CurrencyTables.escaped("a \"b\" \\c") == #"a \"b\" \\c"#)
        // A right-to-left mark and a no-break space, as some locales write their signs.
        #expect(CurrencyTables.escaped("\u{200F}US$\u{00A0}") == #"\u{200F}US$\u{A0}"#)
    }

    @Test func linesReadBackAsTheTables() {
        var tables = CurrencyTables()
        tables.codes = ["USD": "USD"]
        tables.symbols = ["US $": "USD", "\u{200F}د . إ .": "AED"]
        tables.bareNames = ["dollars", "won"]
        tables.apartSigns = ["C $"]
        tables.families = ["francs": ["CHF", "FRF"]]
        tables.longestName = 5
        tables.longestSymbol = 3
        let lines = tables.snapshotLines()
        #expect(lines.contains("US $ → USD") && lines.contains("francs → CHF FRF") && lines.contains("C $"))
        #expect(CurrencyTables(snapshot: lines.joined(separator: "\n")) == tables)
    }
}
