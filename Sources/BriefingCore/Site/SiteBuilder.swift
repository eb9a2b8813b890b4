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
        let (found, repeats) = DuplicateStoryDetector().removingRepeats(items.compactMap(\.brief)) { $0.article }
        report.diagnostics = SymbolicLinkScan.warnings(in: options.input) + items.flatMap(\.diagnostics) + repeats
        let briefs = Self.ordered(Self.uniqueSlugs(found))
        report.briefs = briefs.count
        let cacheKeys = Set(items.compactMap(\.cacheKey))

        let publisher = try SitePublisher(output: options.output)
        do {
            try await SitePages(templates: templates, baseURL: options.baseURL, config: options.site).render(briefs, into: publisher)
            try publisher.publish()
        } catch {
            publisher.abandon()
            throw error
        }
        report.pages = publisher.pages
        if let cache, let manifest {
            cache.prune(keeping: cacheKeys)
            manifest.record(in: cache)
        }
        return report
    }

    /// Distinct slugs, given in input order ("-2", "-3" for later collisions).
    static func uniqueSlugs(_ briefs: [Brief]) -> [Brief] {
        let slugs = Slug.uniqued(briefs.map(\.article.slug))
        return zip(briefs, slugs).map { brief, slug in
            var brief = brief
            brief.article.slug = slug
            return brief
        }
    }

    /// Newest first; undated last; ties by title then slug.
    static func ordered(_ briefs: [Brief]) -> [Brief] {
        briefs.sorted { a, b in
            let da = a.article.published, db = b.article.published
            if da != db {
                guard let da else { return false }
                guard let db else { return true }
                return da > db
            }
            return (a.article.title, a.article.slug) < (b.article.title, b.article.slug)
        }
    }
}
