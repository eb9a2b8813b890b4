import Foundation
import Testing
@testable import BriefingCore

/// Story pages on the site: the seeds' two articles make one story whose page shows where
/// they differ, the index lists it first, each brief links to it, and `stories: false` turns
/// the feature off.
@Suite("Story pages")
struct StorySiteTests {
    private func build(stories: Bool) async throws -> (URL, [String: String]) {
        let tmp = try Repo.temporaryFolder()
        var config = SiteConfig()
        config.stories = stories
        _ = try await SiteBuilder().build(BuildOptions(input: Repo.seeds, output: tmp.appendingPathComponent("out"), defaultTemplates: Repo.templates, site: config))
        var files: [String: String] = [:]
        for (path, data) in try Repo.tree(tmp.appendingPathComponent("out")) { files[path] = String(decoding: data, as: UTF8.self) }
        return (tmp, files)
    }

    @Test func theSeedsMakeOneStoryWithTheirTroopConflict() async throws {
        let (tmp, files) = try await build(stories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let pages = files.keys.filter { $0.hasPrefix("stories/") }
        #expect(pages.count == 1)
        let page = try #require(pages.first.flatMap { files[$0] })
        #expect(page.contains("Where sources differ"))
        #expect(page.contains("around 3,000 additional troops") && page.contains("roughly 15,000 troops"))
        #expect(page.contains("href=\"../briefs/"), "quotes and sources link to the briefs")
        #expect(!page.contains("“grave challenge”"), "a partial quote is not shown")
        let index = try #require(files["index.html"])
        let story = try #require(index.range(of: "id=\"stories-h\""))
        let briefs = try #require(index.range(of: "class=\"briefs-h\""))
        #expect(story.lowerBound < briefs.lowerBound, "stories come first")
        let brief = try #require(files.first { $0.key.hasPrefix("briefs/") && $0.key.hasSuffix(".html") }?.value)
        #expect(brief.contains("class=\"story-link\"") && brief.contains("1 more source"))
        #expect(files["stories.html"] != nil)
    }

    @Test func aStoryOfUndatedSourcesWithoutOutletsHasNoDanglingSeparator() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try """
            Strong earthquake shakes northern Chile

            A magnitude 7.1 earthquake shook northern Chile, toppling walls in the port city of Antofagasta and killing three people, Chile's disaster agency said.

            Interior Minister Carolina Toha said rescue teams were searching damaged homes in Antofagasta and Tocopilla.
            """.write(to: input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try """
            Quake kills three in Chile's Antofagasta

            A 7.1 magnitude earthquake struck near Antofagasta in northern Chile, killing three people and damaging homes in Tocopilla, authorities said.

            Interior Minister Carolina Toha told reporters in Antofagasta that every damaged home was being searched.
            """.write(to: input.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let output = tmp.appendingPathComponent("out")
        _ = try await SiteBuilder().build(BuildOptions(input: input, output: output, defaultTemplates: Repo.templates))
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("id=\"stories-h\""), "the two reports make one story")
        #expect(index.contains("<p class=\"meta\">2 sources</p>"), "no ' · ' after the source count")
    }

    @Test func storiesCanBeTurnedOff() async throws {
        let (tmp, files) = try await build(stories: false)
        defer { try? FileManager.default.removeItem(at: tmp) }
        #expect(!files.keys.contains { $0.hasPrefix("stories/") })
        #expect(files["index.html"]?.contains("stories-h") == false)
        #expect(try SiteConfigLoader.parse("stories: false\n", path: "briefing.yml").stories == false)
        #expect(throws: BriefingError.self) { try SiteConfigLoader.parse("stories: sometimes\n", path: "briefing.yml") }
    }
}
