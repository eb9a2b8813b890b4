import Foundation
import Testing
@testable import BriefingCore

/// Rebuilds with a cache keep the files of pages whose inputs did not change (hard links of the
/// previous site's files) and render the rest, with the same bytes as a build from scratch.
@Suite("Page reuse between builds")
struct PageReuseTests {
    private let first = "briefs/south-koreas-defense-minister-warned-security-environment.html"
    private let second = "briefs/seoul-should-bolster-diplomatic-ties-with-moscow-to-deter.html"

    private func build(_ input: URL, _ output: URL, templates: URL? = nil, cache: Bool = true, site: SiteConfig = SiteConfig()) async throws {
        _ = try await SiteBuilder().build(BuildOptions(
            input: input, output: output, templates: templates, defaultTemplates: Repo.templates, useCache: cache, site: site))
    }

    private func inode(_ url: URL) throws -> UInt64 {
        try #require((FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value)
    }

    /// A copy of the seeds in `tmp` ("input"), built with a cache into "out".
    private func builtSeeds(in tmp: URL) async throws -> (input: URL, output: URL) {
        let input = tmp.appendingPathComponent("input"), output = tmp.appendingPathComponent("out")
        try FileManager.default.copyItem(at: Repo.seeds, to: input)
        try await build(input, output)
        return (input, output)
    }

    /// Appends a paragraph of `sentence` to the seed article of the page `second`, in `input`.
    private func appendToSecond(_ sentence: String, in input: URL) throws {
        let edited = input.appendingPathComponent("002_e16b816cd6322626.txt")
        let text = try String(contentsOf: edited, encoding: .utf8)
        try (text + "\n\n" + sentence + "\n").write(to: edited, atomically: true, encoding: .utf8)
    }

    /// Expects `output` to hold the files a build of `input` from scratch (into `tmp`/fresh) makes.
    private func expectCleanBuild(of input: URL, in output: URL, tmp: URL) async throws {
        let fresh = tmp.appendingPathComponent("fresh")
        try await build(input, fresh, cache: false)
        #expect(try Repo.tree(output) == Repo.tree(fresh), "a rebuild gives the bytes of a build from scratch")
    }

    /// Two builds of one site started at once (`serve` and a `build` beside it): the second
    /// waits for the first (`BuildLock`), so neither fails, and the site is a clean build's.
    @Test func twoBuildsOfOneSiteAtOnceBothFinish() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let (input, output) = try await builtSeeds(in: tmp)
        for round in 1...6 {
            try appendToSecond("The ministry said on Friday that talks would resume in \(round) weeks.", in: input)
            async let one: Void = build(input, output)
            async let other: Void = build(input, output)
            _ = try await (one, other)
        }
        try await expectCleanBuild(of: input, in: output, tmp: tmp)
    }

    @Test func unchangedBriefPagesAreKeptAndEditedOnesRendered() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let (input, output) = try await builtSeeds(in: tmp)
        let before = (try inode(output.appendingPathComponent(first)), try inode(output.appendingPathComponent(second)))
        let person = output.appendingPathComponent("people/ahn-gyu-back.html"), personBefore = try inode(person)

        try appendToSecond("The ministry declined to comment on the report on Thursday.", in: input)
        try await build(input, output)

        #expect(try inode(output.appendingPathComponent(first)) == before.0, "the unchanged brief's page is the previous file")
        #expect(try inode(output.appendingPathComponent(second)) != before.1, "the edited brief's page is rendered again")
        #expect(try inode(person) == personBefore, "a people page showing only the unchanged brief is kept")
        let page = try String(contentsOf: output.appendingPathComponent(second), encoding: .utf8)
        #expect(page.contains("The ministry declined to comment"))
        try await expectCleanBuild(of: input, in: output, tmp: tmp)
    }

    /// `timeline.json` (tens of megabytes on a large site) is kept when no year of the timeline
    /// changed, and written again when one did.
    @Test func theTimelineExportIsKeptUnlessAYearChanged() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let (input, output) = try await builtSeeds(in: tmp)
        let json = output.appendingPathComponent("timeline.json"), before = try inode(json)

        try appendToSecond("The ministry declined to comment on the report.", in: input)
        try await build(input, output)
        #expect(try inode(json) == before, "no event changed: the export is the previous file")

        try appendToSecond("The ministry said the talks would resume on Thursday.", in: input)
        try await build(input, output)
        #expect(try inode(json) != before, "a new event: the export is written again")
        try await expectCleanBuild(of: input, in: output, tmp: tmp)
    }

    /// `--input articles` after `--input /abs/articles`: the same folder spelled another way
    /// keeps every page; a changed title (in `briefing.yml`, with no file changed) is no no-op
    /// and renders them again.
    @Test func pathSpellingKeepsPagesAndSettingsDoNot() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("input"), output = tmp.appendingPathComponent("out")
        try FileManager.default.copyItem(at: Repo.seeds, to: input)
        var typed = SiteConfig()
        (typed.input, typed.output) = ("input", "out")
        try await build(input, output, site: typed)
        let before = try inode(output.appendingPathComponent(first))

        var absolute = typed
        (absolute.input, absolute.output, absolute.templates) = (input.path, output.path, "./Templates")
        let edited = input.appendingPathComponent("002_e16b816cd6322626.txt")
        try (try String(contentsOf: edited, encoding: .utf8) + "\n\nThe ministry declined to comment.\n").write(to: edited, atomically: true, encoding: .utf8)
        try await build(input, output, site: absolute)
        #expect(try inode(output.appendingPathComponent(first)) == before, "the same folders spelled otherwise keep the page")

        var retitled = absolute
        retitled.title = "Korea desk"
        try await build(input, output, site: retitled)
        #expect(try inode(output.appendingPathComponent(first)) != before, "a new site title renders the page again")
        #expect(try String(contentsOf: output.appendingPathComponent(first), encoding: .utf8).contains("Korea desk"))
    }

    @Test func aTemplateEditRendersEveryPageAgain() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let output = tmp.appendingPathComponent("out"), overrides = tmp.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: overrides, withIntermediateDirectories: true)
        try await build(Repo.seeds, output, templates: overrides)
        let before = try inode(output.appendingPathComponent(first))
        let brief = try String(contentsOf: Repo.templates.appendingPathComponent("brief.mustache"), encoding: .utf8)
        try ("<p class=\"edited\">Edited template</p>\n" + brief).write(to: overrides.appendingPathComponent("brief.mustache"), atomically: true, encoding: .utf8)
        try await build(Repo.seeds, output, templates: overrides)
        #expect(try inode(output.appendingPathComponent(first)) != before)
        #expect(try String(contentsOf: output.appendingPathComponent(first), encoding: .utf8).contains("Edited template"))
    }

    @Test func aDamagedManifestIsIgnored() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let url = tmp.appendingPathComponent("pages"), cache = BriefCache(forOutput: tmp.appendingPathComponent("out"))
        var manifest = PageManifest()
        manifest["a.html"] = PageManifest.Entry(key: "k", inode: 7)
        manifest["index.html"] = PageManifest.Entry(key: "abc", inode: 12)
        manifest.save(to: url, cache: cache)
        #expect(PageManifest(contentsOf: url, cache: cache).entries == manifest.entries)
        let otherKeys = BriefCache(forOutput: tmp.appendingPathComponent("out"), referenceDate: CalendarDate(year: 2020, month: 1, day: 1))
        #expect(PageManifest(contentsOf: url, cache: otherKeys).entries.isEmpty, "a manifest of another program is not read")
        let saved = try #require(FileManager.default.contents(atPath: url.path))
        try (saved + Data("broken line\n".utf8)).write(to: url)
        #expect(PageManifest(contentsOf: url, cache: cache).entries.isEmpty)
        try Data("index.html\tabc\t12\n".utf8).write(to: url)
        #expect(PageManifest(contentsOf: url, cache: cache).entries.isEmpty, "nor is one without its first line")
    }

    /// A page of the retired site replaced by another file (another inode) since the last build
    /// is not what that build recorded: the rebuild links or renders the page again rather than
    /// publishing the stranger.
    @Test func aRetiredPageThatIsAnotherFileIsNotKept() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let (input, output) = try await builtSeeds(in: tmp)
        let retired = BriefCache(forOutput: output).retiredSite
        // The page of an article this rebuild does not change: its key stays the same.
        let page = first
        let stranger = retired.appendingPathComponent(page)
        try FileManager.default.removeItem(at: stranger)
        try Data("not the page".utf8).write(to: stranger)
        try appendToSecond("The ministry declined to comment on the report on Thursday.", in: input)
        try await build(input, output)
        #expect(try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8) != "not the page")
        try await expectCleanBuild(of: input, in: output, tmp: tmp)
    }
}

/// The site a build replaces is kept in the cache and becomes the next build's staging folder;
/// what it holds that the new site does not (pages of removed articles, folders left empty)
/// must not reach the published site.
@Suite("Retired site reused as staging")
struct RetiredSiteTests {
    /// Every file and folder under `folder`, with the bytes of each file.
    private func everything(_ folder: URL) throws -> [String: Data?] {
        var found: [String: Data?] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
            found[path] = isFolder.boolValue ? nil : FileManager.default.contents(atPath: full)
        }
        return found
    }

    /// The files under `folder` (not its folders), each with its inode.
    private func fileInodes(_ folder: URL) throws -> [String: Int] {
        var found: [String: Int] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            found[path] = attributes[.systemFileNumber] as? Int
        }
        return found
    }

    /// The copy of the site the first build into a folder keeps (`keepCopyForNextBuild`) holds
    /// every file of the published site, the marker too, each the same file, and nothing else;
    /// no partial copy is left. A build over a site whose cache is gone (`briefing clean`)
    /// keeps the site it replaces instead.
    @Test func theFirstBuildKeepsEveryFileLinked() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let output = tmp.appendingPathComponent("out")
        let cache = BriefCache(forOutput: output)
        func build() async throws {
            _ = try await SiteBuilder().build(BuildOptions(input: Repo.seeds, output: output, defaultTemplates: Repo.templates, useCache: true))
        }
        try await build()
        let published = try fileInodes(output)
        #expect(published.count > 20 && published[SitePublisher.marker] != nil)
        #expect(try fileInodes(cache.retiredSite) == published, "every file, linked")
        #expect(!FileManager.default.fileExists(atPath: cache.retiredSite.path + ".partial"))

        try FileManager.default.removeItem(at: cache.folder)
        try await build()
        #expect(try fileInodes(cache.retiredSite) == published, "the replaced site is the one kept")
        #expect(try fileInodes(output).keys.sorted() == published.keys.sorted())
        #expect(!FileManager.default.fileExists(atPath: cache.retiredSite.path + ".partial"))
    }

    @Test func removedAndEditedArticlesLeaveExactlyTheFilesOfACleanBuild() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("input"), output = tmp.appendingPathComponent("out")
        try FileManager.default.copyItem(at: Repo.seeds, to: input)
        func build(_ output: URL, cache: Bool = true) async throws {
            _ = try await SiteBuilder().build(BuildOptions(input: input, output: output, defaultTemplates: Repo.templates, useCache: cache))
        }
        try await build(output)
        let retired = BriefCache(forOutput: output).retiredSite
        // The first build replaces no site: it keeps a linked copy of the one it made instead.
        func inode(_ url: URL) throws -> Int? { try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int }
        let index = try #require(try inode(output.appendingPathComponent("index.html")))
        #expect(try inode(retired.appendingPathComponent("index.html")) == index, "the next staging folder holds the same files")

        // Two builds later the kept site is the first one: it still holds the removed article's page.
        let removed = try #require(try FileManager.default.contentsOfDirectory(atPath: input.path).sorted().first { $0.hasSuffix(".txt") })
        let edited = try #require(try FileManager.default.contentsOfDirectory(atPath: input.path).sorted().last { $0.hasSuffix(".txt") })
        let text = try String(contentsOf: input.appendingPathComponent(edited), encoding: .utf8)
        try (text + "\n\nThe ministry declined to comment on the report on Thursday.\n").write(to: input.appendingPathComponent(edited), atomically: true, encoding: .utf8)
        try await build(output)
        #expect(FileManager.default.fileExists(atPath: retired.path), "the replaced site is kept for the next build")
        try FileManager.default.removeItem(at: input.appendingPathComponent(removed))
        try await build(output)

        let fresh = tmp.appendingPathComponent("fresh")
        try await build(fresh, cache: false)
        let (published, clean) = (try everything(output), try everything(fresh))
        #expect(published.keys.sorted() == clean.keys.sorted(), "the same files and folders")
        #expect(published == clean, "with the same bytes")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).sorted() == [".briefing-cache", ".fresh.lock", ".out.lock", "fresh", "input", "out"], "no staging folder is left")
    }
}
