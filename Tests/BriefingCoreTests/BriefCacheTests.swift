import Foundation
import Testing
@testable import BriefingCore

/// The build cache's brief entries are binary records (`BinaryWriter.item`): every field of a
/// pipeline result reads back exactly as written, and an entry that is cut short, named
/// otherwise or in a pack its index does not name reads as missing; files of earlier versions
/// are deleted.
@Suite struct BriefCacheTests {
    /// Real articles kept with the tests: CNN/Daily Mail texts, texts of saved web pages, ECB+
    /// and Multi-News articles.
    private static let realArticles = ["quotes-unseen/text", "quotes-unseen-8/text", "quotes-unseen-10/text"].map(Repo.fixtures.appendingPathComponent)

    private func bytes(_ item: BriefPipeline.Item) -> [UInt8] {
        var writer = BinaryWriter()
        writer.item(item)
        return writer.bytes
    }

    private func expectSame(_ read: BriefPipeline.Item?, _ item: BriefPipeline.Item) {
        guard let read else {
            Issue.record("\(item.path): entry did not read back")
            return
        }
        #expect(read.path == item.path)
        #expect(read.brief == item.brief, "\(item.path)")
        #expect(read.diagnostics == item.diagnostics)
        #expect(read.cacheKey == item.cacheKey)
        #expect(read.fromCache == item.fromCache)
        #expect(read.storySample == item.storySample)
        // Numbers by their bit patterns too (-0.0 == 0.0 for Equatable).
        #expect(bytes(read) == bytes(item), "\(item.path)")
    }

    /// The results of the pipeline for every seed, a missing file, and for a sample of the real
    /// articles kept with the tests.
    private func items() throws -> [BriefPipeline.Item] {
        var items = try SourceLoader().paths(in: Repo.seeds).map { BriefPipeline.process($0, in: Repo.seeds) }
        items.append(BriefPipeline.process("no-such-file.txt", in: Repo.seeds))
        for folder in Self.realArticles {
            let paths = try SourceLoader().paths(in: folder)
            for path in stride(from: 0, to: paths.count, by: max(1, paths.count / 12)).map({ paths[$0] }) {
                items.append(BriefPipeline.process(path, in: folder, referenceDate: CalendarDate(year: 2025, month: 6, day: 1)))
            }
        }
        return items
    }

    @Test func briefsOfSeedsAndRealArticlesReadBackExactly() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let cache = BriefCache(forOutput: tmp.appendingPathComponent("out"))
        let items = try items()
        for (index, item) in items.enumerated() {
            var item = item
            if index % 2 == 0 { item.cacheKey = "k\(index)"; item.fromCache = true }
            cache.store(item, as: "k\(index)")
            // Stored without the article's source text.
            var stored = item
            stored.brief?.article.text = ""
            expectSame(cache.load("k\(index)"), stored)
        }
        // The sample holds every kind of part, so each was written and read.
        let briefs = items.compactMap(\.brief)
        #expect(briefs.count >= 30)
        #expect(briefs.contains { !$0.extraction.quotes.isEmpty && !$0.keyQuotes.isEmpty })
        #expect(briefs.contains { !$0.extraction.figures.isEmpty && !$0.keyFigures.isEmpty })
        #expect(briefs.contains { $0.extraction.times.contains { $0.start != nil } && !$0.timeline.isEmpty })
        #expect(briefs.contains { $0.article.paragraphs.contains { !$0.anchors.isEmpty } })
        #expect(briefs.contains { $0.article.dateline != nil })
        #expect(items.contains { !$0.diagnostics.isEmpty })
    }

    @Test func aFileTakenFromTheCacheHasItsSourceTextDecodedAgain() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let cache = BriefCache(forOutput: tmp.appendingPathComponent("out"))
        // Text, Markdown and web pages: the seeds, real articles and the ingest fixtures.
        let folders = [Repo.seeds, Self.realArticles[1], Repo.fixtures.appendingPathComponent("ingest")]
        var kinds: Set<String> = []
        for folder in folders {
            for path in try SourceLoader().paths(in: folder) {
                let made = BriefPipeline.process(path, in: folder, cache: cache)
                let read = BriefPipeline.process(path, in: folder, cache: cache)
                #expect(!made.fromCache && read.fromCache, "\(path)")
                #expect(read.brief == made.brief, "\(path)")
                guard let brief = read.brief else { continue }
                #expect(!brief.article.text.isEmpty, "\(path)")
                #expect(cache.load(read.cacheKey!)?.brief?.article.text == "", "\(path)")
                kinds.insert(URL(fileURLWithPath: path).pathExtension)
            }
        }
        #expect(kinds.isSuperset(of: ["txt", "md", "html"]))
    }

    @Test func unusualValuesReadBackExactly() throws {
        let spans = Figure.Spans(figure: .init(start: 0, end: 9), bounded: .init(start: 0, end: 9), amount: .init(start: 0, end: 9),
                                 numerals: [Figure.Numeral(span: .init(start: 0, end: 2), value: -0.0, isBound: true)])
        var figure = Figure(text: "−0 degrees", value: -0.0, unit: "degree", kind: .measure, paragraph: 0, context: "It was −0 degrees.",
                            high: .infinity, interval: "(,0]", quantity: "temperature", spans: spans)
        figure.spans?.parts = []
        let article = Article(source: "a/b.txt", slug: "b", title: "Ünïcode 🚀 title", dateline: Dateline(place: "", text: ""),
                              published: CalendarDate(year: -44, month: 3, day: 15),
                              paragraphs: [Paragraph(text: "")], captions: [Caption(text: "Photo", credit: nil)], text: "")
        let brief = Brief(article: article, extraction: Extraction(figures: [figure]), keyQuotes: [], keyFigures: [figure], timeline: [], summary: "")
        let item = BriefPipeline.Item(path: "a/b.txt", brief: brief, diagnostics: [Diagnostic(.warning, stage: .ingest, file: "a/b.txt", message: "m")],
                                      storySample: [0, .max])
        var reader = BinaryReader(bytes(item))
        let read = try reader.item()
        #expect(reader.isAtEnd)
        expectSame(read, item)
        #expect(read.brief?.keyFigures.first?.value.sign == .minus)
        #expect(read.brief?.keyFigures.first?.spans?.parts == [])
        let failed = BriefPipeline.Item(path: "gone.txt", brief: nil, diagnostics: [])
        var failedReader = BinaryReader(bytes(failed))
        expectSame(try failedReader.item(), failed)
    }

    @Test func damagedOrForeignEntriesReadAsMissing() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let output = tmp.appendingPathComponent("out")
        let cache = BriefCache(forOutput: output)
        cache.store(BriefPipeline.process(Repo.seed000, in: Repo.seeds), as: "k")
        cache.prune(keeping: ["k"])
        // Each read is by a new build's cache, which opens the pack again.
        func load(_ key: String) -> BriefPipeline.Item? { BriefCache(forOutput: output).load(key) }
        #expect(load("k") != nil)
        let url = cache.folder.appendingPathComponent(BriefPack.fileName)
        let whole = try #require(FileManager.default.contents(atPath: url.path))
        // Cut short anywhere past the file's identity (every 97th length, and one byte short).
        for length in Array(stride(from: AppendOnlyFile.headerSize, to: whole.count, by: 97)) + [whole.count - 1] {
            try whole.prefix(length).write(to: url)
            #expect(load("k") == nil, "cut at \(length) of \(whole.count)")
        }
        // A byte of the entry's name changed.
        var renamed = whole
        renamed[AppendOnlyFile.headerSize + 2] ^= 0x20
        try renamed.write(to: url)
        #expect(load("k") == nil)
        try whole.write(to: url)
        #expect(load("k") != nil)
        #expect(load("j") == nil)
        // The keys of another reference date are not read.
        #expect(BriefCache(forOutput: output, referenceDate: CalendarDate(year: 2020, month: 1, day: 1)).load("k") == nil)
        // Nor a pack of another identity than the index names.
        var otherIdentity = whole
        otherIdentity[0] ^= 1
        try otherIdentity.write(to: url)
        #expect(load("k") == nil)
    }

    @Test func pruneKeepsEntriesAndFeedHTMLOfKeptKeysAndDropsFilesOfEarlierVersions() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let output = tmp.appendingPathComponent("out")
        let cache = BriefCache(forOutput: output)
        let item = BriefPipeline.Item(path: "x.txt", brief: nil, diagnostics: [])
        for key in ["kept", "gone"] {
            cache.store(item, as: key)
            #expect(FeedContentCache(cache).html(key) { Array("<p>\(key)</p>".utf8) } == Array("<p>\(key)</p>".utf8))
        }
        // Entries and files of earlier versions: a file per brief and per feed HTML, JSON
        // entries, the single feed HTML file, the currency tables.
        for name in ["kept.json", "kept" + BriefCache.entrySuffix, "kept" + FeedContentCache.suffix, "feed-content", "currency-tables"] {
            try Data([1]).write(to: cache.folder.appendingPathComponent(name))
        }
        try Data([1]).write(to: DigestStore.url(in: cache))
        // The temporary files of a stopped build (no process has the largest pid) go; those of
        // a running one stay.
        let stopped = ".\(BriefPack.fileName).\(Int32.max).tmp", running = ".\(DigestStore.detailsName).\(getpid()).tmp"
        for name in [stopped, running] { try Data([1]).write(to: cache.folder.appendingPathComponent(name)) }
        cache.prune(keeping: ["kept"])
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.folder.path).sorted()
        #expect(names == [running, BriefPack.indexName, BriefPack.fileName, "digests"])
        let next = BriefCache(forOutput: output)
        #expect(next.load("kept") != nil)
        #expect(next.load("gone") == nil)
        #expect(FeedContentCache(next).contains("kept"))
        #expect(!FeedContentCache(next).contains("gone"))
        #expect(FeedContentCache(next).html("kept") { Array("made again".utf8) } == Array("<p>kept</p>".utf8))
    }
}
