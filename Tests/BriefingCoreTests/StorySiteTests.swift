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

    @Test func storiesCanBeTurnedOff() async throws {
        let (tmp, files) = try await build(stories: false)
        defer { try? FileManager.default.removeItem(at: tmp) }
        #expect(!files.keys.contains { $0.hasPrefix("stories/") })
        #expect(files["index.html"]?.contains("stories-h") == false)
        #expect(try SiteConfigLoader.parse("stories: false\n", path: "briefing.yml").stories == false)
        #expect(throws: BriefingError.self) { try SiteConfigLoader.parse("stories: sometimes\n", path: "briefing.yml") }
    }
}
