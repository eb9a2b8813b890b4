import Foundation
import Testing
@testable import BriefingCore

/// The large parts of digests are kept encoded, in memory or in the digest detail file, and
/// decoded by the pages that read them: what is read back is what was made, whichever way it
/// is read.
struct DigestDetailsTests {
    /// Digests of the ingest fixtures (newswire articles) and the seeds, with their briefs.
    private func digests() throws -> [(brief: Brief, digest: BriefDigest)] {
        let folder = Repo.fixtures.appendingPathComponent("ingest")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let made = names.compactMap { BriefPipeline.process($0, in: folder).brief } + [try Repo.brief(Repo.seed000), try Repo.brief(Repo.seed002)]
        return made.map { ($0, BriefDigest($0)) }
    }

    @Test func detailsReadBackFromTheDetailFileAsMade() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let file = try #require(AppendOnlyFile(creatingIn: tmp, name: DigestStore.detailsName))
        for (brief, digest) in try digests() {
            let stored = try #require(digest.details.stored(in: file))
            #expect(stored.offset(in: file) != nil)
            #expect(stored.timeline.events == brief.timeline)
            #expect(stored.timeline.words == digest.details.timeline.words)
            #expect(stored.personQuotes == digest.details.personQuotes)
            #expect(stored.search.terms == digest.details.search.terms && stored.search.weights == digest.details.search.weights)
            #expect(stored.search.snippet == SearchIndexWriter.snippet(brief))
            #expect(stored.story.terms == digest.details.story.terms && stored.story.counts == digest.details.story.counts)
        }
    }

    @Test func someEventsOfATimelineAreTheSameAsAllOfIt() throws {
        let (brief, digest) = try #require(try digests().max { $0.brief.timeline.count < $1.brief.timeline.count })
        #expect(brief.timeline.count >= 4)
        let words = digest.details.timeline.words
        let positions = Array(stride(from: 1, to: brief.timeline.count, by: 2))
        let some = digest.details.timelineEvents(at: positions)
        #expect(some.events == positions.map { brief.timeline[$0] })
        #expect(some.words == positions.map { words[$0] })
    }

    @Test func theTimelineMergedInPartsIsTheTimelineMergedAtOnce() throws {
        let digests = try digests().map(\.digest)
        let items = TimelineEntries.items(digests)
        let whole = TimelineEntries.merged(items[...], of: digests, partSize: TimelineEntries.partSize(items.count))
        #expect(whole.count > 20 && whole.contains { $0.sources.count > 1 }, "the fixtures report some events of one date together")
        for partSize in [1, 3, 17] {
            let parts = TimelineEntries.merged(items[...], of: digests, partSize: partSize)
            #expect(parts.map(\.event) == whole.map(\.event))
            #expect(parts.map { $0.sources.map { "\($0.brief.slug)#\($0.paragraph)" } } == whole.map { $0.sources.map { "\($0.brief.slug)#\($0.paragraph)" } })
        }
    }

    /// Years merged together, in parts of any size, are each year merged on its own.
    @Test func yearsMergedTogetherAreEachYearMergedAlone() throws {
        let digests = try digests().map(\.digest)
        let items = TimelineEntries.items(digests)
        let years = TimelineEntries.years(items).map(\.items)
        #expect(years.count > 3, "the fixtures report events of several years")
        let alone = years.map { TimelineEntries.merged(items[$0], of: digests, partSize: TimelineEntries.partSize(items.count)) }
        func sources(_ entries: [TimelineEntries.Entry]) -> [[String]] { entries.map { $0.sources.map { "\($0.brief.slug)#\($0.paragraph)" } } }
        for partSize in [1, 5, 40, TimelineEntries.partSize(items.count)] {
            let together = TimelineEntries.merged(items[...], years: years, of: digests, partSize: partSize)
            #expect(together.map { $0.map(\.event) } == alone.map { $0.map(\.event) }, "part size \(partSize)")
            #expect(together.map(sources) == alone.map(sources), "part size \(partSize)")
        }
        // The last years only, as a build that takes the first from its cache merges them.
        let later = Array(years.dropFirst(2))
        let merged = TimelineEntries.merged(items[later[0].lowerBound...], years: later, of: digests, partSize: 7)
        #expect(merged.map { $0.map(\.event) } == alone.dropFirst(2).map { $0.map(\.event) })
    }

    /// The timeline's items are in `TimelineOrder`, ties by the brief's slug, then in each
    /// brief's order.
    @Test func timelineItemsAreInTimelineOrder() throws {
        let digests = try digests().map(\.digest)
        let items = TimelineEntries.items(digests)
        #expect(items.count > 50)
        var ties = 0
        for (a, b) in zip(items, items.dropFirst()) {
            #expect(!TimelineOrder.precedes(b.key, b.paragraph, a.key, a.paragraph))
            guard !TimelineOrder.precedes(a.key, a.paragraph, b.key, b.paragraph) else { continue }
            ties += 1
            #expect(digests[a.brief].slug <= digests[b.brief].slug)
            if a.brief == b.brief { #expect(a.position < b.position) }
        }
        #expect(ties > 0, "the fixtures have events of one date and paragraph in several briefs")
    }
}
