import Foundation
import Testing
@testable import BriefingCore

/// The timeline is merged a year at a time, and a year whose events and briefs are unchanged
/// is taken from the cache: what is taken is what merging again gives.
struct TimelineYearsTests {
    /// Digests of the ingest fixtures (newswire articles of several years) and the seeds, one
    /// per slug, as a site has them.
    private func digests() throws -> [BriefDigest] {
        let folder = Repo.fixtures.appendingPathComponent("ingest")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let made = names.compactMap { BriefPipeline.process($0, in: folder).brief } + [try Repo.brief(Repo.seed000), try Repo.brief(Repo.seed002)]
        var slugs = Set<String>()
        return made.map { BriefDigest($0) }.filter { slugs.insert($0.slug).inserted }
    }

    @Test func theYearsMergedApartAreTheTimelineMergedAtOnce() throws {
        let digests = try digests()
        let items = TimelineEntries.items(digests)
        let whole = TimelineEntries.merged(items[...], of: digests, partSize: TimelineEntries.partSize(items.count))
        let timeline = TimelineYears(digests, keys: BriefKeys(digests), baseURL: nil, cache: TimelineYearCache(nil))
        #expect(timeline.years.count > 2, "the fixtures report events of several years")
        let years = timeline.years.indices.flatMap(timeline.entries)
        #expect(years.map(\.event) == whole.map(\.event))
        #expect(years.map { $0.sources.map(\.brief.slug) } == whole.map { $0.sources.map(\.brief.slug) })
        #expect(timeline.years.map(\.summary.count).reduce(0, +) == whole.count)
        #expect(timeline.years.flatMap(\.summary.dates) == whole.map(\.event.date))
        #expect(timeline.years.allSatisfy { $0.key == nil }, "without keys nothing is kept")
    }

    @Test func aYearWhoseEventsAreUnchangedIsTakenFromTheCache() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        var digests = try digests()
        let keys = digests.indices.map { "key\($0)" as String? }
        let cache = BriefCache(forOutput: tmp.appendingPathComponent("out"))
        func timeline() -> (TimelineYears, TimelineYearCache) {
            let years = TimelineYearCache(cache)
            let keyed = digests.withKeys(keys)
            return (TimelineYears(keyed, keys: BriefKeys(keyed), baseURL: "https://example.org/", cache: years), years)
        }
        let (first, firstCache) = timeline()
        #expect(BriefKeys(digests.withKeys(keys)).isComplete && first.years.allSatisfy { $0.key != nil })
        #expect(first.years.allSatisfy { $0.entries != nil }, "an empty cache has no year")
        let firstListed = first.years.indices.map(first.listed)
        #expect(firstCache.keys == Set(first.years.compactMap(\.key)))

        let (second, _) = timeline()
        #expect(second.years.allSatisfy { $0.entries == nil }, "every year comes from the cache")
        #expect(second.years.map(\.summary) == first.years.map(\.summary))
        #expect(second.years.indices.map(second.listed) == firstListed)
        #expect(second.years.indices.map { second.entries($0).map(\.event) } == first.years.indices.map { first.entries($0).map(\.event) })

        // One brief's headline changed: the years of its events are merged again, the others
        // are not, and its entries link with the new headline.
        let changed = try #require(digests.indices.max { digests[$0].details.timeline.events.count < digests[$1].details.timeline.events.count })
        let old = digests[changed]
        digests[changed] = BriefDigest(
            source: old.source, slug: old.slug, title: "Talks collapse in Geneva", outlet: old.outlet, published: old.published, authors: old.authors,
            tags: old.tags, sourceURL: old.sourceURL, summary: old.summary, keyQuoteCount: old.keyQuoteCount, keyFigureCount: old.keyFigureCount,
            speakers: old.speakers, details: old.details, storyPlace: old.storyPlace, storyEventDays: old.storyEventDays, storyYears: old.storyYears,
            repeatSample: old.repeatSample, timelineStamps: old.timelineStamps)
        let (third, _) = timeline()
        let itsYears = Set(TimelineEntries.items(digests).filter { $0.brief == changed }.map(\.year))
        #expect(!itsYears.isEmpty && itsYears.count < third.years.count)
        for year in third.years { #expect((year.entries != nil) == itsYears.contains(year.year), "year \(year.year)") }
        let thirdListed = third.years.indices.map(third.listed)
        for (index, year) in third.years.enumerated() {
            #expect((thirdListed[index] != firstListed[index]) == itsYears.contains(year.year), "year \(year.year)")
            #expect(String(decoding: thirdListed[index], as: UTF8.self).contains("Talks collapse in Geneva") == itsYears.contains(year.year), "year \(year.year)")
        }
    }

    @Test func theEventsListWrittenInRunsIsTheListWrittenWhole() {
        let items: [RecordValue] = (0..<5).map { .object([("n", .int($0)), ("text", .string("event \"\($0)\""))]) }
        let head: [(String, RecordValue)] = [("title", .string("T"))]
        func utf8(_ text: String) -> ArraySlice<UInt8> { ArraySlice(text.utf8) }
        var each = "", runs = "", empty = ""
        JSONWriter.object(head, endingWith: "events", listed: items.map { utf8(JSONWriter.listed([$0])) }, emit: { each += String(decoding: $0, as: UTF8.self) })
        JSONWriter.object(head, endingWith: "events", listed: [utf8(JSONWriter.listed(items[0..<2])), [], utf8(JSONWriter.listed(items[2...]))], emit: { runs += String(decoding: $0, as: UTF8.self) })
        JSONWriter.object(head, endingWith: "events", listed: [[]], emit: { empty += String(decoding: $0, as: UTF8.self) })
        let whole = JSONWriter.string(.object(head + [("events", .array(items))]))
        #expect(each == whole)
        #expect(runs == whole)
        #expect(empty == JSONWriter.string(.object(head + [("events", .array([]))])))
    }
}
