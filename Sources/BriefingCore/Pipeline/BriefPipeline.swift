import Foundation

/// Ingest → extract → compose for a set of input files, in parallel, keeping input order.
public struct BriefPipeline: Sendable {
    public init() {}

    /// One file's result: a brief, or the reason it was skipped, plus warnings.
    public struct Item: Sendable {
        public var path: String
        public var brief: Brief?
        public var diagnostics: [Diagnostic]
        /// The cache entry this result is stored under, when a cache is in use.
        public var cacheKey: String?
        /// True when the result came from the cache.
        public var fromCache = false
        /// The article's sampled 4-grams for finding repeat stories (`DuplicateStoryDetector.sample`),
        /// computed with the brief so that it is cached with it.
        public var storySample: [UInt64]?
        /// All the article's 4-grams (`DuplicateStoryDetector.shingles`), made with the sample
        /// for the repeat check of a site build; not cached, and dropped by `run`.
        var storyShingles: DuplicateStoryDetector.Shingles?
    }

    /// Processes `paths` under `folder` with at most one task per core at a time; `progress`
    /// is called after each file with the number done so far. Without `keepingSourceText`,
    /// each article's file text is dropped once extracted (pages don't need it), which keeps
    /// memory down on large sites.
    public func run(
        paths: [String], in folder: URL, referenceDate: CalendarDate? = nil, cache: BriefCache? = nil,
        keepingSourceText: Bool = true,
        progress: (@Sendable (_ done: Int, _ total: Int, _ path: String) -> Void)? = nil
    ) async -> [Item] {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var results = [Item?](repeating: nil, count: paths.count)
        await withTaskGroup(of: (Int, Item).self) { group in
            var next = 0
            func submit() {
                guard next < paths.count else { return }
                let index = next
                next += 1
                group.addTask {
                    var item = Self.process(paths[index], in: folder, referenceDate: referenceDate, cache: cache)
                    if !keepingSourceText { item.brief?.article.text = "" }
                    item.storyShingles = nil
                    return (index, item)
                }
            }
            for _ in 0..<width { submit() }
            var done = 0
            while let (index, item) = await group.next() {
                results[index] = item
                done += 1
                progress?(done, paths.count, item.path)
                submit()
            }
        }
        return results.compactMap { $0 }
    }

    /// Runs the stages for one file, or takes its result from `cache` when the file is unchanged.
    public static func process(_ path: String, in folder: URL, referenceDate: CalendarDate? = nil, cache: BriefCache? = nil) -> Item {
        let file: SourceFile
        do {
            file = try SourceLoader().read(path, in: folder)
        } catch {
            return Item(path: path, brief: nil, diagnostics: [Diagnostic(.error, stage: .ingest, file: path, message: "cannot read file")])
        }
        guard let cache else { return process(file, referenceDate: referenceDate) }
        let key = cache.key(path: path, bytes: file.bytes)
        if var hit = cache.load(key) {
            hit.cacheKey = key
            hit.fromCache = true
            // The cache keeps no source text: it is the file's bytes decoded, as ingest decoded them.
            if hit.brief != nil { hit.brief!.article.text = (try? SourceTextDecoder.decode(file.bytes))?.text ?? "" }
            return hit
        }
        var item = process(file, referenceDate: referenceDate)
        cache.store(item, as: key)
        item.cacheKey = key
        return item
    }

    /// Largest input file read (4 MiB); larger files are skipped with a warning, which keeps
    /// time and memory per file bounded.
    public static let maxFileBytes = 4 << 20

    /// Runs the stages for a file already read.
    public static func process(_ file: SourceFile, referenceDate: CalendarDate? = nil) -> Item {
        guard file.bytes.count <= maxFileBytes else {
            let message = "file is \(file.bytes.count >> 20) MiB, over the \(maxFileBytes >> 20) MiB limit for one article; skipped"
            return Item(path: file.path, brief: nil, diagnostics: [Diagnostic(.warning, stage: .ingest, file: file.path, message: message, dropsFile: true)])
        }
        switch ArticleIngestor().ingest(file) {
        case .skipped(var diagnostic):
            diagnostic.dropsFile = true
            return Item(path: file.path, brief: nil, diagnostics: [diagnostic])
        case .article(var article, let warnings):
            if let referenceDate { article.published = referenceDate }
            let extraction = ArticleExtractor().extract(article, referenceDate: referenceDate)
            var item = Item(path: file.path, brief: BriefComposer().compose(article, extraction), diagnostics: warnings)
            let shingles = DuplicateStoryDetector.shingles(article)
            item.storySample = DuplicateStoryDetector.sample(of: shingles)
            item.storyShingles = shingles
            return item
        }
    }
}
