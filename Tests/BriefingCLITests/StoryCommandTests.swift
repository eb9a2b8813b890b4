import Foundation
import Testing

/// `briefing stories` as outside evaluation calls it.
@Suite("Stories command")
struct StoryCommandTests {
    @Test func storiesPrintsEveryInputInExactlyOneStory() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try Data([0, 1, 2, 0, 255]).write(to: tmp.appendingPathComponent("binary.txt"))
        let seeds = [Repo.seed002, Repo.seed000].map { Repo.seeds.appendingPathComponent($0).path }
        let inputs = seeds + ["binary.txt"]
        let result = try CommandLineTests().run(["stories"] + inputs, in: tmp)
        #expect(result.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let sources = array.flatMap { ($0["sources"] as? [String]) ?? [] }
        #expect(sources.sorted() == inputs.sorted())
        let story = try #require(array.first)
        for key in ["id", "title", "summary", "first", "last", "places", "people", "events", "quotes", "figures", "conflicts"] {
            #expect(story[key] != nil, "missing \(key)")
        }
        #expect(story["sources"] as? [String] == seeds)
        let conflicts = try #require(story["conflicts"] as? [[String: Any]])
        #expect(conflicts.contains { $0["what"] as? String == "troops" && $0["kind"] as? String == "update" })
        #expect(array.last?["error"] is String)
    }

    @Test func storiesMarkdownListsSourcesAndConflicts() throws {
        let seeds = [Repo.seed000, Repo.seed002].map { Repo.seeds.appendingPathComponent($0).path }
        let result = try CommandLineTests().run(["stories", "--format", "markdown"] + seeds, in: Repo.root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("## Sources differ"))
        #expect(result.stdout.contains("## Sources"))
    }
}
