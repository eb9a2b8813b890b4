import Foundation
import Testing
@testable import BriefingCore

/// `timeline.json`'s events list is written straight into bytes: it is the text `JSONWriter`
/// makes of each entry as a `RecordValue` object, whatever the dates, texts and links.
struct Site31TimelineExportTests {
    /// An entry as the export listed it before: a `RecordValue` object written by `JSONWriter`.
    private func recordValue(_ entry: TimelineEntries.Entry, baseURL: String?) -> RecordValue {
        let parts = entry.event.date.split(separator: "-")
        let start = CalendarDate(dayNumber: TimelineOrder.key(entry.event.date).day)
        var date: [(String, RecordValue)] = [("year", .string(String(start.year)))]
        if parts.count >= 2 { date.append(("month", .string(String(start.month)))) }
        if parts.count >= 3 || entry.event.date.contains("-W") { date.append(("day", .string(String(start.day)))) }
        date.append(("display_date", .string(BriefText.eventDateLabel(entry.event))))
        let sources = entry.sources.map { source -> String in
            let path = SiteLinks.brief(source.brief.slug) + "#p\(source.paragraph + 1)"
            return baseURL.map { SiteLinks.absolute(path, baseURL: $0) } ?? path
        }
        return .object([
            ("start_date", .object(date)),
            ("text", .object([("headline", .string(entry.event.text)), ("text", .string(entry.sources.map(\.brief.title).joined(separator: "; ")))])),
            ("unique_id", .string("\(entry.event.date)-\(entry.sources[0].brief.slug)-\(entry.sources[0].paragraph)")),
            ("sources", .array(sources.map(RecordValue.string))),
        ])
    }

    private func source(_ slug: String, _ title: String, _ paragraph: Int) -> TimelineEntries.Source {
        TimelineEntries.Source(brief: BriefLink(slug: slug, title: title, outlet: "Wire", published: nil), paragraph: paragraph)
    }

    /// Entries of every date precision, with texts that need escapes (quotes, backslashes,
    /// control characters, U+2028/2029) and text past ASCII, one source or several.
    private var entries: [TimelineEntries.Entry] {
        let texts = [
            "The council voted on 12 March 2024 to close the plant, officials said.",
            "\u{201C}We will not back down,\u{201D} she said on \"Tuesday\" \\ in Zürich.",
            "Line one\nline two\ttabbed\r\u{0001}\u{001F} and \u{2028} and \u{2029} end",
            "Café crème, naïve résumé — 東京 and emoji 🎉 in the text",
            "",
        ]
        let dates: [(String, Event.Precision, String?, Bool)] = [
            ("2024-03-12", .day, nil, false), ("2024-03", .month, "2024-05", false), ("2024", .year, nil, true),
            ("2024-W15", .week, nil, false), ("2023-Q2", .quarter, nil, false), ("2023-SU", .season, nil, false),
            ("198", .decade, "199", false), ("2024--05", .day, nil, false), ("1999-12-31", .day, "2000-01-02", true),
        ]
        var entries: [TimelineEntries.Entry] = []
        for (d, (date, precision, through, ongoing)) in dates.enumerated() {
            for (t, text) in texts.enumerated() {
                let event = Event(date: date, precision: precision, text: text, paragraph: t + d, ongoing: ongoing, through: through)
                var sources = [source("story-\(d)-\(t)", texts[(t + 1) % texts.count], t)]
                for extra in 0..<(t % 3) { sources.append(source("other \"\(extra)\"-é", "Title \(extra): \u{2028}", extra + 10)) }
                entries.append(TimelineEntries.Entry(event: event, sources: sources))
            }
        }
        return entries
    }

    @Test func theListedEntriesAreTheRecordValuesJSONWriterWrites() {
        let entries = entries
        for baseURL in [nil, "https://example.org/news/", "https://example.org"] as [String?] {
            let expected = JSONWriter.listed(entries.map { recordValue($0, baseURL: baseURL) })
            #expect(TimelineExport.listed(entries, baseURL: baseURL).string() == expected)
            for entry in entries {
                #expect(TimelineExport.listed([entry], baseURL: baseURL).string() == JSONWriter.listed([recordValue(entry, baseURL: baseURL)]))
            }
        }
        #expect(TimelineExport.listed([], baseURL: nil).count == 0)
    }

    /// The merged timeline of the fixtures, listed as the site lists it.
    @Test func theFixturesTimelineIsListedAsBefore() throws {
        let folder = Repo.fixtures.appendingPathComponent("ingest")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var slugs = Set<String>()
        let digests = names.compactMap { BriefPipeline.process($0, in: folder).brief }.map { BriefDigest($0) }.filter { slugs.insert($0.slug).inserted }
        let items = TimelineEntries.items(digests)
        let merged = TimelineEntries.merged(items[...], of: digests, partSize: TimelineEntries.partSize(items.count))
        #expect(merged.count > 20, "the fixtures report events")
        let expected = JSONWriter.listed(merged.map { recordValue($0, baseURL: "https://example.org/") })
        #expect(TimelineExport.listed(merged, baseURL: "https://example.org/").string() == expected)
    }
}
