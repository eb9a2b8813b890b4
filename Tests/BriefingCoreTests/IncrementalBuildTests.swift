import Foundation
import Testing
@testable import BriefingCore

/// Rebuilds after one article changed make site-wide pages from the cached digests of the
/// others and reuse unchanged stories, and still write the bytes of a build from scratch —
/// also when cache files are damaged or missing.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    private let fixtures = Repo.fixtures.appendingPathComponent("ingest")

    /// The seeds (one story of two articles), two unrelated articles and a repeat of a seed
    /// saved under another name (left out as the same story).
    private func makeInput(in tmp: URL) throws -> URL {
        let input = tmp.appendingPathComponent("input")
        try FileManager.default.copyItem(at: Repo.seeds, to: input)
        for name in ["ap-washington-two-authors.txt", "afp-dateline-with-caption.txt"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: input.appendingPathComponent(Repo.seed000), to: input.appendingPathComponent("zz-repeat.txt"))
        return input
    }

    @discardableResult
    private func build(_ input: URL, _ output: URL, cache: Bool = true, heldBriefBytes: Int = HeldBriefs.buildBudget) async throws -> BuildReport {
        var options = BuildOptions(input: input, output: output, defaultTemplates: Repo.templates, baseURL: "https://example.org/b/", useCache: cache)
        options.heldBriefBytes = heldBriefBytes
        return try await SiteBuilder().build(options)
    }

    private func append(_ sentence: String, to url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        try (text + "\n\n" + sentence + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// Builds `input` from scratch without a cache and expects `output` to hold the same files.
    private func expectSameAsCleanBuild(_ input: URL, _ output: URL, in tmp: URL) async throws {
        let fresh = tmp.appendingPathComponent("fresh-\(UUID().uuidString)")
        try await build(input, fresh, cache: false)
        let (built, clean) = (try Repo.tree(output), try Repo.tree(fresh))
        #expect(built.keys.sorted() == clean.keys.sorted())
        for (path, bytes) in clean where built[path] != bytes { Issue.record("\(path) differs from a clean build") }
    }

    @Test func oneEditAtATimeGivesTheFilesOfACleanBuild() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = try makeInput(in: tmp), output = tmp.appendingPathComponent("out")
        let first = try await build(input, output)
        #expect(first.diagnostics.contains { $0.file == "zz-repeat.txt" && $0.message.contains("same story as") })

        // An article outside the story: the story comes from the story cache.
        try append("The agency said on Thursday that the review would take two more weeks.", to: input.appendingPathComponent("ap-washington-two-authors.txt"))
        let second = try await build(input, output)
        #expect(second.cacheHits == first.filesRead - 1)
        #expect(second.diagnostics.map(\.description) == first.diagnostics.map(\.description), "warnings of unchanged files are kept")
        try await expectSameAsCleanBuild(input, output, in: tmp)

        // A source of the story: the story is assembled again, the repeat is still found.
        try append("The ministry declined to comment on the report on Thursday.", to: input.appendingPathComponent(Repo.seed002))
        let third = try await build(input, output)
        #expect(third.cacheHits == first.filesRead - 1)
        try await expectSameAsCleanBuild(input, output, in: tmp)
        let story = try #require(try Repo.tree(output).first { $0.key.hasPrefix("stories/") }?.value)
        #expect(String(decoding: story, as: UTF8.self).contains("declined to comment"))
    }

    /// A build that leaves its tables to the program's exit (as `briefing build` does) keeps
    /// them, and writes the site a build that frees them writes, first build and edit alike.
    @Test func buildsThatLeaveTheirMemoryToTheExitWriteTheSameSite() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = try makeInput(in: tmp), output = tmp.appendingPathComponent("out")
        func build() async throws {
            var options = BuildOptions(input: input, output: output, defaultTemplates: Repo.templates, baseURL: "https://example.org/b/", useCache: true)
            options.freesMemoryAtEnd = false
            let kept = MemoryLeftAtExit.count
            _ = try await SiteBuilder().build(options)
            #expect(MemoryLeftAtExit.count > kept)
        }
        try await build()
        try await expectSameAsCleanBuild(input, output, in: tmp)
        try append("The agency said on Thursday that the review would take two more weeks.", to: input.appendingPathComponent("ap-washington-two-authors.txt"))
        try await build()
        try await expectSameAsCleanBuild(input, output, in: tmp)
    }

    /// A first build with a cache and no memory for briefs holds none: the repeat check
    /// compares the body texts it kept, pages read their briefs back from the cache, and the
    /// site is the one a build without a cache writes. So it is when some briefs are held
    /// (60 kB holds one seed's brief or the two small ones, estimated, not all five) and when all are.
    @Test(arguments: [0, 60_000, HeldBriefs.buildBudget])
    func briefsReadBackFromTheCacheGiveTheFilesOfABuildWithout(heldBriefBytes: Int) async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = try makeInput(in: tmp), output = tmp.appendingPathComponent("out")
        let report = try await build(input, output, heldBriefBytes: heldBriefBytes)
        #expect(report.cacheHits == 0)
        #expect(report.diagnostics.contains { $0.file == "zz-repeat.txt" && $0.message.contains("same story as") })
        try await expectSameAsCleanBuild(input, output, in: tmp)
    }

    @Test func missingCachedBriefsAreMadeAgain() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = try makeInput(in: tmp), output = tmp.appendingPathComponent("out")
        try await build(input, output)
        // Only the digests are left: pages needing a whole brief make it from its file again.
        let cache = BriefCache(forOutput: output)
        for name in [BriefPack.fileName, BriefPack.indexName] {
            try FileManager.default.removeItem(at: cache.folder.appendingPathComponent(name))
        }
        try append("The ministry declined to comment on the report on Thursday.", to: input.appendingPathComponent(Repo.seed000))
        try await build(input, output)
        try await expectSameAsCleanBuild(input, output, in: tmp)
    }

    @Test func damagedCacheFilesAreIgnored() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = try makeInput(in: tmp), output = tmp.appendingPathComponent("out")
        try await build(input, output)
        let cache = BriefCache(forOutput: output)
        for url in [DigestStore.url(in: cache), StoryCache.url(in: cache), RepeatCheckCache.url(in: cache)] {
            var bytes = try #require(FileManager.default.contents(atPath: url.path))
            bytes.removeLast(bytes.count / 3)
            try bytes.write(to: url)
        }
        #expect(DigestStore(contentsOf: DigestStore.url(in: cache), details: DigestStore.detailsURL(in: cache), cache: cache).records.isEmpty)
        #expect(StoryCache(contentsOf: StoryCache.url(in: cache), cache: cache).stories.isEmpty)
        #expect(RepeatCheckCache(contentsOf: RepeatCheckCache.url(in: cache), cache: cache).isEmpty)
        try append("The agency said on Thursday that the review would take two more weeks.", to: input.appendingPathComponent("afp-dateline-with-caption.txt"))
        let report = try await build(input, output)
        #expect(report.cacheHits == report.filesRead - 1, "briefs come from their cache entries instead")
        try await expectSameAsCleanBuild(input, output, in: tmp)
    }

    /// Each year of the timeline is kept in a file of its own; damaged ones are merged again,
    /// and those of years no longer in the timeline are removed.
    @Test func timelineYearsAreKeptAndDamagedOnesMadeAgain() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = try makeInput(in: tmp), output = tmp.appendingPathComponent("out")
        try await build(input, output)
        let folder = BriefCache(forOutput: output).folder
        func yearFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(TimelineYearCache.suffix) }.sorted()
        }
        let first = try yearFiles()
        #expect(first.count > 1)
        for name in first {
            let url = folder.appendingPathComponent(name)
            var bytes = try #require(FileManager.default.contents(atPath: url.path))
            bytes.removeLast(bytes.count / 3)
            try bytes.write(to: url)
        }
        try append("Officials met again on March 3, 1999, the agency said.", to: input.appendingPathComponent("afp-dateline-with-caption.txt"))
        try await build(input, output)
        try await expectSameAsCleanBuild(input, output, in: tmp)
        #expect(try yearFiles().count == first.count + 1, "one file per year, 1999 added")
        try FileManager.default.removeItem(at: input.appendingPathComponent("afp-dateline-with-caption.txt"))
        try await build(input, output)
        try await expectSameAsCleanBuild(input, output, in: tmp)
        #expect(try yearFiles().count < first.count + 1, "the files of years gone are removed")
    }

    /// A brief page links a speaker called by surname to the full name's people page, and
    /// links it to its own page again once another article makes the surname ambiguous.
    @Test func speakerLinksFollowTheSitesNames() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("input"), output = tmp.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws { try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try write("a.txt", "Obama defends deal\n\nPresident Barack Obama said on Tuesday that the agreement would hold.\n\n“This deal will prevent Iran from obtaining a nuclear weapon,” Obama said in the East Room.\n")
        try write("b.txt", "White House defends deal\n\nThe White House defended the agreement on Wednesday.\n\n“We have cut off every pathway to a bomb,” President Obama told reporters aboard Air Force One.\n")
        try await build(input, output)
        func page(_ path: String) throws -> String { try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
        let brief = try #require(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("briefs").path).first { $0.hasSuffix(".html") && $0.contains("white-house") })
        #expect(try page("briefs/" + brief).contains("people/barack-obama.html"))
        try write("c.txt", "First lady visits school\n\nFirst lady Michelle Obama visited a school in Chicago on Thursday.\n\n“Every child deserves a good teacher,” Michelle Obama told the students.\n")
        try await build(input, output)
        #expect(try page("briefs/" + brief).contains("people/obama.html"), "two Obamas: the surname alone names neither")
        try await expectSameAsCleanBuild(input, output, in: tmp)
    }

    @Test func truncatedDigestDetailsAreMadeAgain() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = try makeInput(in: tmp), output = tmp.appendingPathComponent("out")
        try await build(input, output)
        // The store still reads, but the details of the briefs at its end are gone from their file.
        let url = DigestStore.detailsURL(in: BriefCache(forOutput: output))
        var bytes = try #require(FileManager.default.contents(atPath: url.path))
        bytes.removeLast(bytes.count / 3)
        try bytes.write(to: url)
        try append("The agency said on Thursday that the review would take two more weeks.", to: input.appendingPathComponent("afp-dateline-with-caption.txt"))
        let report = try await build(input, output)
        #expect(report.cacheHits == report.filesRead - 1, "briefs whose details are gone come from their cache entries")
        try await expectSameAsCleanBuild(input, output, in: tmp)
    }

    /// A rebuild appends the details of the articles it made again to the last build's detail
    /// file instead of copying every article's into a new one, until more than half of the file
    /// is stale; then a build writes a new file of the live details.
    @Test func rebuildsAppendToTheDetailFileUntilMostOfItIsStale() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = try makeInput(in: tmp), output = tmp.appendingPathComponent("out")
        let edited = input.appendingPathComponent("afp-dateline-with-caption.txt")
        try await build(input, output)
        let url = DigestStore.detailsURL(in: BriefCache(forOutput: output))
        func inodeAndSize() throws -> (inode: Int, size: Int) {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            return (try #require(attributes[.systemFileNumber] as? Int), try #require(attributes[.size] as? Int))
        }
        let first = try inodeAndSize()
        try append("The agency said on Thursday that the review would take two more weeks.", to: edited)
        try await build(input, output)
        let second = try inodeAndSize()
        #expect(second.inode == first.inode && second.size > first.size, "the edited article's details are appended")
        try await expectSameAsCleanBuild(input, output, in: tmp)
        // Every article edited: each build appends all the live details again.
        var compacted: (inode: Int, size: Int)?
        for round in 0..<4 where compacted == nil {
            for name in try FileManager.default.contentsOfDirectory(atPath: input.path) where !name.hasPrefix(".") {
                try append("Officials said on Friday that talks would resume in round \(round).", to: input.appendingPathComponent(name))
            }
            try await build(input, output)
            let now = try inodeAndSize()
            if now.inode != first.inode { compacted = now }
        }
        let new = try #require(compacted, "a file mostly of stale details is written anew")
        #expect(new.size < second.size * 2)
        try await expectSameAsCleanBuild(input, output, in: tmp)
    }

    @Test func digestsAndStoriesReadBackAsWritten() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let briefs = [try Repo.brief(Repo.seed000), try Repo.brief(Repo.seed002)]
        var store = DigestStore()
        store["a"] = DigestStore.Record(diagnostics: [Diagnostic(.warning, stage: .ingest, file: "a.txt", line: 3, message: "no date")], digest: BriefDigest(briefs[0]))
        store["b"] = DigestStore.Record(diagnostics: [], digest: BriefDigest(briefs[1]))
        store["c"] = DigestStore.Record(diagnostics: [Diagnostic(.error, stage: .ingest, file: "c.txt", message: "empty; skipped")], digest: nil)
        let url = tmp.appendingPathComponent("digests"), detailsURL = tmp.appendingPathComponent("digest-details")
        let details = try #require(AppendOnlyFile(creatingIn: tmp, name: DigestStore.detailsName))
        let cache = BriefCache(forOutput: tmp.appendingPathComponent("out"))
        let otherKeys = BriefCache(forOutput: tmp.appendingPathComponent("out"), referenceDate: CalendarDate(year: 2020, month: 1, day: 1))
        store.save(to: url, details: details, cache: cache)
        details.commit(as: detailsURL)
        let read = DigestStore(contentsOf: url, details: detailsURL, cache: cache)
        #expect(read.records.count == 3)
        #expect(read.appendableDetails != nil, "a build appends to a detail file of live details")
        let foreign = DigestStore(contentsOf: url, details: detailsURL, cache: otherKeys)
        #expect(foreign.records.isEmpty && foreign.appendableDetails == nil, "a store of other keys is not read, nor its details appended to")
        let digest = try #require(read["a"]?.digest)
        let made = BriefDigest(briefs[0])
        #expect(digest.title == briefs[0].article.title && digest.published == briefs[0].article.published)
        #expect(digest.details.timeline.events == briefs[0].timeline && digest.details.timeline.words == made.details.timeline.words)
        #expect(digest.details.personQuotes == made.details.personQuotes && !made.details.personQuotes.isEmpty)
        #expect(digest.storyDocument.terms.map(\.word) == StoryDocument(briefs[0]).terms.map(\.word))
        #expect(digest.storyDocument.terms.map(\.count) == StoryDocument(briefs[0]).terms.map(\.count))
        #expect(digest.storyDocument.names == StoryDocument(briefs[0]).names)
        #expect(digest.details.search.terms == made.details.search.terms && digest.details.search.weights == made.details.search.weights)
        #expect(digest.details.search.snippet == SearchIndexWriter.snippet(briefs[0]))
        #expect(read["a"]?.diagnostics == store["a"]?.diagnostics && read["c"]?.digest == nil)
        // Saved again into a new detail file, the details are copied there and read back the same.
        let again = tmp.appendingPathComponent("again"), againDetails = try #require(AppendOnlyFile(creatingIn: tmp, name: DigestStore.detailsName))
        read.save(to: again, details: againDetails, cache: cache)
        againDetails.commit(as: tmp.appendingPathComponent("again-details"))
        let readAgain = DigestStore(contentsOf: again, details: tmp.appendingPathComponent("again-details"), cache: cache)
        #expect(readAgain["b"]?.digest?.details.timeline.events == briefs[1].timeline)
        // A store is not read against the detail file of another save.
        #expect(DigestStore(contentsOf: url, details: tmp.appendingPathComponent("again-details"), cache: cache).records.isEmpty)

        var stories = StoryCache()
        let story = StoryAssembler().story(briefs)
        stories[StoryCache.key(["a", "b"])] = story
        stories.save(to: tmp.appendingPathComponent("stories"), cache: cache)
        #expect(StoryCache(contentsOf: tmp.appendingPathComponent("stories"), cache: cache)[StoryCache.key(["a", "b"])] == story)
        #expect(StoryCache(contentsOf: tmp.appendingPathComponent("stories"), cache: otherKeys).stories.isEmpty, "stories of other keys are not read")
    }
}
