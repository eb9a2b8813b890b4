import Foundation

/// Builds the whole site: ingest → extract → brief → render → publish.
public struct SiteBuilder: Sendable {
    public init() {}

    /// Builds the site; `progress` is called after each input file is processed.
    public func build(
        _ options: BuildOptions,
        progress: (@Sendable (_ done: Int, _ total: Int, _ path: String) -> Void)? = nil
    ) async throws -> BuildReport {
        var report = BuildReport()
        try OutputGuard.check(options)
        let templates = try TemplateLibrary(defaults: options.defaultTemplates, overrides: options.templates)
        let paths = try SourceLoader().paths(in: options.input)
        report.filesRead = paths.count
        let cache = options.useCache ? BriefCache(forOutput: options.output) : nil
        let manifest = cache.map { _ in BuildManifest(options: options, inputPaths: paths) }
        if let cache, let manifest, manifest.matchesLastBuild(in: cache, output: options.output) {
            report.upToDate = true
            return report
        }
        let items = await BriefPipeline().run(paths: paths, in: options.input, cache: cache, keepingSourceText: false, progress: progress)
        report.cacheHits = items.filter(\.fromCache).count
        let (found, repeats) = DuplicateStoryDetector().removingRepeats(items.filter { $0.brief != nil }, article: { $0.brief!.article }, sample: \.storySample)
        report.diagnostics = SymbolicLinkScan.warnings(in: options.input) + items.flatMap(\.diagnostics) + repeats
        let (briefs, briefKeys) = Self.ordered(Self.uniqueSlugs(found.map { ($0.brief!, $0.cacheKey) }))
        report.briefs = briefs.count
        let cacheKeys = Set(items.compactMap(\.cacheKey))

        let pagesURL = cache.map(PageManifest.url(in:))
        let publisher = try SitePublisher(output: options.output, previous: pagesURL.map(PageManifest.init(contentsOf:)))
        do {
            let pages = SitePages(templates: templates, baseURL: options.baseURL, config: options.site)
            let stories = options.site.stories ? StoryPages(grouping: briefs) : StoryPages([], briefs: briefs)
            try await pages.render(briefs, keys: briefKeys, stories: stories, into: publisher)
            try publisher.publish()
        } catch {
            publisher.abandon()
            throw error
        }
        report.pages = publisher.pages
        if let cache, let manifest, let pagesURL {
            cache.prune(keeping: cacheKeys)
            manifest.record(in: cache)
            publisher.manifest.save(to: pagesURL)
        }
        return report
    }

    /// Distinct slugs, given in input order ("-2", "-3" for later collisions).
    static func uniqueSlugs(_ briefs: [(brief: Brief, key: String?)]) -> [(brief: Brief, key: String?)] {
        let slugs = Slug.uniqued(briefs.map(\.brief.article.slug))
        return zip(briefs, slugs).map { entry, slug in
            var entry = entry
            entry.brief.article.slug = slug
            return entry
        }
    }

    /// Newest first; undated last; ties by title then slug. Returns the briefs and their cache keys.
    static func ordered(_ entries: [(brief: Brief, key: String?)]) -> ([Brief], [String?]) {
        let order = entries.indices.sorted { i, j in
            let a = entries[i].brief.article, b = entries[j].brief.article
            let da = a.published, db = b.published
            if da != db {
                guard let da else { return false }
                guard let db else { return true }
                return da > db
            }
            return (a.title, a.slug) < (b.title, b.slug)
        }
        return (order.map { entries[$0].brief }, order.map { entries[$0].key })
    }
}
