import Foundation
import Testing
@testable import BriefingCore

@Suite("Repeat check cache")
struct RepeatCheckCacheTests {
    /// Pairs that collide in the table's first slots: the same keys crossed, and keys that
    /// differ only in their high bits.
    static func pairs() -> [RepeatCheckCache.Pair] {
        (0..<300).map { k in RepeatCheckCache.Pair(earlier: UInt64(k % 7) << 48, later: UInt64(k / 7) << 40 | 5) }
    }

    @Test func keepsEveryResultThroughGrowth() {
        // Room for 2 results, given 300: the table grows several times.
        var checks = RepeatCheckCache(capacity: 2)
        var expected: [RepeatCheckCache.Pair: Bool] = [:]
        for (k, pair) in Self.pairs().enumerated() {
            checks[pair] = k % 3 == 0
            expected[pair] = k % 3 == 0
        }
        // Changing a result keeps one entry.
        checks[Self.pairs()[4]] = true
        expected[Self.pairs()[4]] = true
        #expect(checks.count == expected.count)
        for (pair, same) in expected { #expect(checks[pair] == same) }
        #expect(checks[RepeatCheckCache.Pair(earlier: 5, later: 0)] == nil, "a pair never checked has no result")
        #expect(checks[RepeatCheckCache.Pair(earlier: 5 << 40, later: 0)] == nil, "nor does a pair with a checked one's keys crossed")
    }

    @Test func listsInPairOrderAndReadsBack() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repeat-checks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        var checks = RepeatCheckCache()
        for (k, pair) in Self.pairs().reversed().enumerated() { checks[pair] = k % 2 == 0 }
        let cache = BriefCache(forOutput: url.appendingPathExtension("out"))
        RepeatCheckCache.save(checks.sorted, to: url, cache: cache)
        let read = RepeatCheckCache(contentsOf: url, cache: cache)
        #expect(read.count == checks.count)
        let otherKeys = BriefCache(forOutput: url.appendingPathExtension("out"), referenceDate: CalendarDate(year: 2020, month: 1, day: 1))
        #expect(RepeatCheckCache(contentsOf: url, cache: otherKeys).isEmpty, "results of other keys (program or date) are not read")
        let order = read.sorted.map(\.pair)
        #expect(order == Self.pairs().sorted { ($0.earlier, $0.later) < ($1.earlier, $1.later) })
        for (pair, same) in checks.sorted { #expect(read[pair] == same) }
    }

    /// Results recorded as a build makes them, in any order and a pair possibly more than once
    /// (texts of the same content share their keys), read back as the table keeps them: each
    /// pair once, with the result recorded last.
    @Test func savesRecordedResultsEachPairOnceWithItsLastResult() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repeat-checks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        var results = Self.pairs().reversed().enumerated().map { k, pair in (pair: pair, same: k % 2 == 0) }
        var table = RepeatCheckCache()
        for (pair, same) in results { table[pair] = same }
        for k in [3, 150, 3] {
            results.append((Self.pairs()[k], !(table[Self.pairs()[k]]!)))
            table[Self.pairs()[k]] = results.last!.same
        }
        let cache = BriefCache(forOutput: url.appendingPathExtension("out"))
        RepeatCheckCache.save(results, to: url, cache: cache)
        let read = RepeatCheckCache(contentsOf: url, cache: cache)
        #expect(read.count == Self.pairs().count)
        #expect(read.sorted.map(\.pair) == table.sorted.map(\.pair))
        #expect(table.count == Self.pairs().count)
        #expect(read.sorted.map(\.same) == table.sorted.map(\.same))
        #expect(read[Self.pairs()[150]] == table[Self.pairs()[150]])
    }

    /// The file lists the results in the order of their first slots in the table that reads
    /// them back, so that reading fills it from start to end.
    @Test func savesResultsInTheOrderOfTheirSlots() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repeat-checks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let results = Self.pairs().enumerated().map { k, pair in (pair: pair, same: k % 2 == 0) }
        let mask = RepeatCheckCache.tableSize(capacity: results.count) - 1
        #expect(results.map { $0.pair.slot(mask) } != results.map { $0.pair.slot(mask) }.sorted(), "the pairs are given out of slot order")
        let cache = BriefCache(forOutput: url.appendingPathExtension("out"))
        RepeatCheckCache.save(results, to: url, cache: cache)
        var reader = BinaryReader([UInt8](try Data(contentsOf: url)))
        _ = try reader.string()
        #expect(try reader.count() == results.count)
        var slots: [Int] = []
        for _ in results {
            #expect(try reader.int() == 17)
            let pair = RepeatCheckCache.Pair(earlier: try reader.uint64(), later: try reader.uint64())
            _ = try reader.bool()
            slots.append(pair.slot(mask))
        }
        #expect(slots == slots.sorted())
    }
}
