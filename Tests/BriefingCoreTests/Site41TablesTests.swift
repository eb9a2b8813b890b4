import Foundation
import Testing
@testable import BriefingCore

/// The site-wide tables made from the digests keep what they were made of before their fast
/// paths: the timeline export's date shape read from bytes, listings' paths made once per name.
struct Site41TablesTests {
    /// `TimelineExport.dateShape` counts the parts and finds "-W" as `split` and `contains` do.
    @Test func theDateShapeIsWhatSplitAndContainsSay() {
        let dates = [
            "", "-", "--", "2024", "2024-03", "2024-03-12", "2024--05", "-2024", "2024-", "-0500-03", "2024-W15", "2024-W",
            "W15", "2024W15", "2024-Q2", "2023-SU", "198", "19", "XXXX-11", "2024-W15-3", "a-b-c-d", "2024-w15", "-W",
            "2024-03-é", "é-W", "2024-\u{301}W", "2024-W\u{301}", "1999\r\n-12",
        ]
        for date in dates {
            let shape = TimelineExport.dateShape(date)
            #expect(shape.parts == date.split(separator: "-").count, "\(date)")
            #expect(shape.week == date.contains("-W"), "\(date)")
        }
    }

    /// The listings of the fixtures' briefs, as `ListingPages` made them with each path made
    /// for every brief (and a month's name for each of its briefs).
    @Test func theListingsAreThoseOfEachBriefsPaths() throws {
        let folder = Repo.fixtures.appendingPathComponent("ingest")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let briefs = names.compactMap { BriefPipeline.process($0, in: folder).brief }.map { BriefDigest($0) }
        var outlets: [String: [String]] = [:], tags: [String: [String]] = [:], months: [String: [String]] = [:]
        var outletNames: [String: [String]] = [:], tagNames: [String: [String]] = [:], monthNames: [String: String] = [:]
        for brief in briefs {
            if let outlet = brief.outlet {
                outlets[SiteLinks.outlet(outlet), default: []].append(brief.slug)
                outletNames[SiteLinks.outlet(outlet), default: []].append(outlet)
            }
            var seen: Set<String> = []
            for tag in brief.tags where seen.insert(SiteLinks.tag(tag)).inserted {
                tags[SiteLinks.tag(tag), default: []].append(brief.slug)
                tagNames[SiteLinks.tag(tag), default: []].append(tag)
            }
            if let date = brief.published {
                months[SiteLinks.month(date), default: []].append(brief.slug)
                monthNames[SiteLinks.month(date)] = TimexValue(SiteLinks.monthKey(date)).label
            }
        }
        func make(_ groups: [String: [String]], _ title: (String) -> String) -> [String] {
            groups.keys.sorted().map { "\($0)|\(title($0))|\(groups[$0]!.joined(separator: ","))" }
        }
        let expected = make(outlets) { TagCleaner.preferredSpelling(outletNames[$0]!)! } + make(tags) { TagCleaner.preferredSpelling(tagNames[$0]!)! }
            + make(months) { monthNames[$0]! }
        let listings = ListingPages(briefs).listings.map { "\($0.path)|\($0.title)|\($0.briefs.map(\.slug).joined(separator: ","))" }
        #expect(expected.count > 10, "the fixtures have outlets, tags and months")
        #expect(listings == expected)
    }

    /// A search term's shard is its first two scalars, or their numbers when one is past ASCII,
    /// whether its first bytes are ASCII (the fast path) or not.
    @Test func aTermsShardIsItsFirstTwoScalars() {
        func reference(_ term: String) -> String {
            let prefix = term.unicodeScalars.prefix(2)
            if prefix.allSatisfy({ $0.isASCII }) { return String(String.UnicodeScalarView(prefix)) }
            return "u" + prefix.map { String($0.value, radix: 16) }.joined(separator: "-")
        }
        let terms = ["ab", "abc", "a", "", "aé", "éa", "éé", "東京", "a\u{301}b", "1x", "\r\n", "zz9", "a🎉", "🎉a", "ｱｲ", "x\u{0}"]
        for term in terms { #expect(SearchIndexWriter.shard(of: term) == reference(term), "\(term)") }
    }

    /// Term lists (`WordList`, read by the search postings) are cut eight bytes at a time: the first space from
    /// each place is the one a byte-by-byte scan finds, and words between runs of spaces, at the
    /// start or the end, are the list's words as `split` gives them.
    @Test func termListsAreCutAtEachSpace() {
        let lists = ["", " ", "a", "ab cd", "  lead", "trail  ", "one  two   three", "abcdefgh ijklmnopq r", "abcdefghijklmnopqrstuvwxyz", "café 東京 x", "a b c d e f g h i j"]
        for list in lists {
            let bytes = Array(list.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...buffer.count {
                    let naive = buffer[start...].firstIndex(of: 0x20) ?? buffer.count
                    #expect(WordList.space(in: buffer, from: start) == naive, "\(list) from \(start)")
                }
            }
        }
        let searches = lists.map { list in
            DigestDetails.Search(terms: list, weights: list.split(separator: " ").indices.map { UInt8($0 % 5 + 1) }, snippet: "")
        }
        let index = SearchPostings(searches, count: searches.count)
        var terms: [String] = []
        for list in lists { for word in list.split(separator: " ").map(String.init) where !terms.contains(word) { terms.append(word) } }
        #expect(index.terms == terms)
    }
}
