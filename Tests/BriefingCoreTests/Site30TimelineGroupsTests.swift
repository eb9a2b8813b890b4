import Foundation
import Testing
@testable import BriefingCore

/// `TimelineEntries.groups` (entries tried from the latest back while they are few, looked up
/// by word past that; a brief's entries looked up only when it repeats) groups events as the
/// rule it follows says, tried plainly: each event joins the latest entry similar to it that
/// no event of its brief is in, else starts one.
struct Site30TimelineGroupsTests {
    /// The rule, entry by entry from the latest back.
    private func plainGroups(_ words: [[UInt64]], briefs: [Int]) -> [[Int]] {
        var groups: [[Int]] = []
        for (event, key) in words.enumerated() {
            let entry = groups.indices.reversed().first { entry in
                !groups[entry].contains { briefs[$0] == briefs[event] } && TimelineEntries.similar(words[groups[entry][0]], key)
            }
            if let entry { groups[entry].append(event) } else { groups.append([event]) }
        }
        return groups
    }

    /// The content words of the fixtures' events, as merging reads them, a date at a time.
    @Test func theFixturesEventsGroupAsTheRuleSays() throws {
        let folder = Repo.fixtures.appendingPathComponent("ingest")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let briefs = names.compactMap { BriefPipeline.process($0, in: folder).brief } + [try Repo.brief(Repo.seed000), try Repo.brief(Repo.seed002)]
        var byDate: [String: (words: [[UInt64]], briefs: [Int])] = [:]
        for (index, brief) in briefs.enumerated() {
            for event in brief.timeline {
                byDate[event.date, default: ([], [])].words.append(TimelineEntries.contentWords(event.text))
                byDate[event.date, default: ([], [])].briefs.append(index)
            }
        }
        #expect(byDate.values.contains { $0.words.count > 2 }, "some dates are reported several times")
        for (date, run) in byDate {
            #expect(TimelineEntries.groups(run.words, briefs: run.briefs) == plainGroups(run.words, briefs: run.briefs), "\(date)")
        }
    }

    /// Runs of many events with words from a few, some sharing half their words and some not,
    /// and briefs that report a date more than once: more entries than are tried one by one.
    @Test func manyEntriesAndRepeatedBriefsGroupAsTheRuleSays() {
        var generator = SystemRandomNumberGenerator()
        var lookedUp = false
        for round in 0..<200 {
            let events = Int.random(in: 2...120, using: &generator)
            let vocabulary = UInt64.random(in: 4...(round % 2 == 0 ? 12 : 60), using: &generator)
            let words = (0..<events).map { _ in
                Array(Set((0..<Int.random(in: 0...6, using: &generator)).map { _ in UInt64.random(in: 0..<vocabulary, using: &generator) &* 0x9E37_79B9_7F4A_7C15 })).sorted()
            }
            let briefs = (0..<events).map { _ in Int.random(in: 0..<max(1, events / (round % 3 + 1)), using: &generator) }
            let groups = TimelineEntries.groups(words, briefs: briefs)
            lookedUp = lookedUp || groups.count > TimelineEntries.scannedEntries
            #expect(groups == plainGroups(words, briefs: briefs), "round \(round)")
        }
        #expect(lookedUp, "some runs have more entries than are tried one by one")
    }
}
