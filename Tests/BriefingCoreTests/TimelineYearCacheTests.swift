import Foundation
import Testing
@testable import BriefingCore

/// A stored year's summary is read from the start of its file; the listed entries after it
/// are measured, not read, and a file cut short or grown is not trusted.
struct TimelineYearCacheTests {
    private func year(_ count: Int) -> (TimelineYearCache.Summary, String) {
        let dates = (0..<count).map { CalendarDate(dayNumber: 19_000 + $0).description }
        let listed = dates.map { ",\n    {\"start_date\": \"\($0)\"}" }.joined()
        return (TimelineYearCache.Summary(count: count, dates: dates), listed)
    }

    @Test func aStoredYearReadsBackWholeAndACutOrGrownFileDoesNot() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let cache = BriefCache(forOutput: tmp.appendingPathComponent("out"))
        // A short summary (read from the start of the file) and one longer than that start.
        for (key, count) in [("short", 3), ("long", 8_000)] {
            let (summary, listed) = year(count)
            let listedBytes = ByteBuffer()
            listedBytes.append(listed)
            TimelineYearCache(cache).store(key, summary, listed: listedBytes)
            let file = cache.folder.appendingPathComponent(key + TimelineYearCache.suffix)
            let bytes = try Data(contentsOf: file)
            #expect(count < 10 ? bytes.count < TimelineYearCache.headBytes : bytes.count > 2 * TimelineYearCache.headBytes)
            let years = TimelineYearCache(cache)
            #expect(years.summary(key) == summary, "\(key)")
            #expect(years.listed(key).map { String(decoding: $0, as: UTF8.self) } == listed, "\(key)")
            #expect(years.keys == [key])

            try bytes.dropLast().write(to: file)
            #expect(TimelineYearCache(cache).summary(key) == nil, "\(key) cut short")
            #expect(TimelineYearCache(cache).listed(key) == nil, "\(key) cut short")
            try (bytes + [0x20]).write(to: file)
            #expect(TimelineYearCache(cache).summary(key) == nil, "\(key) grown")
        }
        #expect(TimelineYearCache(cache).summary("missing") == nil)
    }
}
