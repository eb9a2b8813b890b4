import ArgumentParser
import BriefingCore
import Foundation

/// Times each stage of the pipeline alone, in memory, on one core: ingest, extract, brief
/// (compose + Markdown writer), the site's digest of each brief, the brief pages (HTML and
/// Markdown files, in memory), the site-wide tables (search index, listings, people,
/// timeline), stories (grouping, then assembling those of two or more
/// sources), render (cmark) and the build cache's brief entries (store,
/// load), over a generated corpus or a folder; and,
/// with --pages, the ingest of saved web pages.
struct Micro: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Throughput of ingest, extract, brief writing and Markdown rendering, in MB/s.",
        discussion: """
            Every stage runs over the whole corpus in memory on one thread, once to warm up and \
            then --repeat times; the median is printed, of wall-clock time and of the thread's \
            CPU time ('CPU ms': lower than wall-clock time when other processes share the cores). \
            'source MB/s' divides the corpus's input bytes by the stage's wall-clock time, so the rows add up like the pipeline; 'own MB/s' \
            divides the bytes the stage itself reads or writes (see 'own bytes').
            """)

    @Option(help: "Number of generated articles (ignored with --input).")
    var count = 500

    @Option(help: "Timed runs per stage after one warm-up run; the median is printed.")
    var `repeat` = 5

    @Option(help: "Read the articles from this folder instead of generating them.")
    var input: String?

    @Option(help: "Also time the ingest of the saved web pages in this folder (.html files, or html/*.html.gz as in shared/eval/html-articles), in pages/s.")
    var pages: String?

    @Option(help: "Time only the stages whose name starts with this (repeatable); the stages before them still run once.")
    var stage: [String] = []

    func validate() throws {
        guard count > 0, `repeat` > 0 else { throw ValidationError("--count and --repeat must be positive") }
    }

    func run() throws {
        let files = try corpus()
        let sourceBytes = files.reduce(0) { $0 + $1.bytes.count }
        var articles: [Article] = []
        var extractions: [Extraction] = []
        var briefs: [Brief] = []
        var markdowns: [String] = []
        var items: [BriefPipeline.Item] = []
        var groups: [[Int]] = []
        var briefFiles: SiteBriefFiles?
        let cache = BriefCache(forOutput: FileManager.default.temporaryDirectory.appendingPathComponent("briefing-bench-\(getpid())"))
        // The bytes one run of the store stage wrote.
        var storedBytes = 0

        let stages: [MicroStage] = [
            MicroStage(name: "ingest", ownBytes: "input files") {
                articles = files.compactMap {
                    if case .article(let article, _) = ArticleIngestor().ingest($0) { return article }
                    return nil
                }
                return sourceBytes
            },
            MicroStage(name: "extract", ownBytes: "article text") {
                extractions = articles.map { ArticleExtractor().extract($0) }
                return articles.reduce(0) { $0 + $1.text.utf8.count }
            },
            MicroStage(name: "brief (compose + .md)", ownBytes: "Markdown out") {
                briefs = zip(articles, extractions).map { BriefComposer().compose($0, $1) }
                markdowns = try briefs.map { try BriefMarkdownWriter().markdown($0) }
                return markdowns.reduce(0) { $0 + $1.utf8.count }
            },
            // As a site build does for each brief it makes (`SiteInput`).
            MicroStage(name: "digest (BriefDigest)", ownBytes: "digest details") {
                briefs.reduce(0) { $0 + $1.digestDetailByteCount }
            },
            // As a site build renders each brief's page and .md file (`writeBrief`), without writing
            // them; the site (digests, stories) is made once, in the warm-up run.
            MicroStage(name: "page (brief .html + .md)", ownBytes: "files and keys out") {
                let files = try briefFiles ?? SiteBriefFiles(briefs)
                briefFiles = files
                return try files.render()
            },
            // As a site build makes its site-wide tables from the digests (`SitePages.render`):
            // the search index's files, listings, people, keys and feed positions, and the
            // timeline with its export; no page is rendered or written.
            MicroStage(name: "site tables (search, listings, timeline)", ownBytes: "search and timeline.json out") {
                let files = try briefFiles ?? SiteBriefFiles(briefs)
                briefFiles = files
                return files.tables()
            },
            MicroStage(name: "stories (group)", ownBytes: "article text") {
                groups = StoryGrouper().groups(of: briefs)
                return articles.reduce(0) { $0 + $1.text.utf8.count }
            },
            // As the site does: only stories of two or more sources are assembled (on all cores).
            MicroStage(name: "stories (assemble)", ownBytes: "story sources' text") {
                let shared = groups.filter { $0.count > 1 }
                blackHole(StoryGrouper().stories(of: briefs, in: shared))
                return shared.joined().reduce(0) { $0 + articles[$1].text.utf8.count }
            },
            // As a site build does: each article's 4-grams are made with its brief, and the
            // repeats are found among them all (before the pages).
            MicroStage(name: "repeats (DuplicateStoryDetector)", ownBytes: "article text") {
                let detector = DuplicateStoryDetector()
                let shingles = articles.map(DuplicateStoryDetector.shingles)
                blackHole(detector.duplicates(samples: shingles.map(DuplicateStoryDetector.sample(of:)), answers: detector.answering { shingles[$0] }))
                return articles.reduce(0) { $0 + $1.text.utf8.count }
            },
            MicroStage(name: "render (cmark, paragraphs)", ownBytes: "Markdown in") {
                var bytes = 0
                for article in articles {
                    for paragraph in article.paragraphs {
                        let markdown = MarkdownEscaper.escape(paragraph.text)
                        bytes += markdown.utf8.count
                        blackHole(MarkdownRenderer.inlineHTML(fromMarkdown: markdown))
                    }
                }
                return bytes
            },
            MicroStage(name: "render (cmark, brief .md)", ownBytes: "Markdown in") {
                for markdown in markdowns { blackHole(MarkdownRenderer.html(fromMarkdown: markdown)) }
                return markdowns.reduce(0) { $0 + $1.utf8.count }
            },
            MicroStage(name: "pipeline (BriefPipeline.process)", ownBytes: "input files") {
                items = files.map { BriefPipeline.process($0) }
                return sourceBytes
            },
            MicroStage(name: "cache (store briefs)", ownBytes: "cache entries") {
                // Each run appends its entries to the cache's pack.
                let before = cache.entryBytes()
                for (index, item) in items.enumerated() { cache.store(item, as: "b\(index)") }
                storedBytes = cache.entryBytes() - before
                return storedBytes
            },
            MicroStage(name: "cache (load briefs)", ownBytes: "cache entries") {
                for index in items.indices { blackHole(cache.load("b\(index)")) }
                return storedBytes
            },
        ]
        defer { try? cache.clear() }

        if let pages { try measurePages(in: pages) }
        print("micro: \(files.count) articles, \(String(format: "%.2f", Double(sourceBytes) / 1e6)) MB of source, median of \(`repeat`) runs, one thread")
        print("| stage | median ms | CPU ms | µs/article | source MB/s | own MB/s | own bytes |")
        print("|---|---:|---:|---:|---:|---:|---|")
        let lastTimed = stages.lastIndex { isTimed($0.name) } ?? -1
        for (index, stage) in stages.enumerated() where index <= lastTimed {
            guard isTimed(stage.name) else {
                // Untimed, it still makes the input of the stages after it.
                _ = try stage.body()
                continue
            }
            let result = try stage.measure(repeat: `repeat`)
            let seconds = max(result.seconds, 1e-9)
            func f(_ format: String, _ value: Double) -> String { String(format: format, value) }
            print("| \(stage.name) | \(f("%.1f", seconds * 1e3)) | \(f("%.1f", result.cpuSeconds * 1e3)) | \(f("%.0f", seconds * 1e6 / Double(files.count))) "
                + "| \(f("%.2f", Double(sourceBytes) / 1e6 / seconds)) | \(f("%.2f", Double(result.ownBytes) / 1e6 / seconds)) "
                + "| \(stage.ownBytes) \(f("%.2f", Double(result.ownBytes) / 1e6)) MB |")
        }
    }

    private func isTimed(_ name: String) -> Bool {
        self.stage.isEmpty || self.stage.contains { name.hasPrefix($0) }
    }

    /// Times `ArticleIngestor` over the saved pages in `folder`: the HTML stage, whose unit is pages.
    private func measurePages(in folder: String) throws {
        let pages = try HTMLPages.load(folder)
        let bytes = pages.reduce(0) { $0 + $1.bytes.count }
        let stage = MicroStage(name: "ingest (HTML pages)", ownBytes: "page bytes") {
            var kept = 0
            for page in pages {
                if case .article = ArticleIngestor().ingest(page) { kept += 1 }
            }
            blackHole(kept)
            return bytes
        }
        guard isTimed(stage.name) else { return }
        let result = try stage.measure(repeat: `repeat`)
        let seconds = max(result.seconds, 1e-9)
        print("pages: \(pages.count) saved web pages, \(String(format: "%.2f", Double(bytes) / 1e6)) MB, median of \(`repeat`) runs, one thread")
        print("| stage | median ms | CPU ms | ms/page | pages/s | MB/s |")
        print("|---|---:|---:|---:|---:|---:|")
        print("| \(stage.name) | \(String(format: "%.1f", seconds * 1e3)) | \(String(format: "%.1f", result.cpuSeconds * 1e3)) | \(String(format: "%.2f", seconds * 1e3 / Double(max(pages.count, 1)))) "
            + "| \(String(format: "%.1f", Double(pages.count) / seconds)) | \(String(format: "%.2f", Double(bytes) / 1e6 / seconds)) |")
        print("")
    }

    /// The articles: generated (the same wire-style corpus as `corpus`) or read from --input.
    private func corpus() throws -> [SourceFile] {
        if let input {
            let folder = URL(fileURLWithPath: input)
            return try SourceLoader().paths(in: folder).map { try SourceLoader().read($0, in: folder) }
        }
        return (0..<count).map { index in
            let article = WireArticle(index: index)
            return SourceFile(path: article.slug + ".txt", bytes: Array(article.scrapedText.utf8))
        }
    }
}

extension BriefCache {
    /// Bytes of the files in the cache folder (its pack holds the brief entries).
    func entryBytes() -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.reduce(0) { total, name in
            let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? Int) ?? 0
            return total + size
        }
    }
}

/// Keeps a result alive so the optimizer cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }
