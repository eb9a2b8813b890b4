import Foundation

/// The HTML pages and Markdown files of a site's briefs, rendered in memory exactly as a site
/// build renders them (`SitePages.briefFileKeys` and `briefPage`, with cache keys and stories)
/// but not written: what `briefing-bench micro --stage page` times; and the site-wide tables
/// made from the briefs' digests (`tables()`, what `--stage site` times).
public struct SiteBriefFiles {
    private let pages: SitePages
    private let site: SiteBriefs
    private let stories: StoryPages
    private let names: PersonNames
    private let config: SiteConfig

    /// The site of `briefs` (each keyed as a cache would key its source) with the default
    /// templates and settings; its stories are grouped here, once.
    public init(_ briefs: [Brief], config: SiteConfig = SiteConfig()) throws {
        let inputs = briefs.map { brief in
            let key = ContentHash.hex(Array(brief.article.source.utf8))
            return SiteInput(BriefPipeline.Item(path: brief.article.source, brief: brief, diagnostics: [], cacheKey: key, storySample: []))
        }
        site = SiteBriefs(inputs, in: URL(fileURLWithPath: "."), cache: nil)
        pages = SitePages(templates: try TemplateLibrary(defaults: TemplateLibrary.defaultFolder()), baseURL: nil, config: config)
        stories = config.stories ? try StoryPages(grouping: site, known: StoryCache()) : StoryPages([], briefs: site.digests)
        names = PersonNames(site.digests)
        self.config = config
    }

    /// Renders every brief's page and Markdown file and makes their cache keys; returns the
    /// number of bytes made (of files and keys).
    public func render() throws -> Int {
        var bytes = 0
        for i in 0..<site.count {
            var parts = BriefParts(site, i)
            let path = SiteLinks.brief(site.digests[i].slug)
            let keys = pages.briefFileKeys(site, i, path: path, stories, names)
            bytes += (keys.page?.utf8.count ?? 0) + (keys.markdown?.utf8.count ?? 0)
            bytes += try pages.briefPage(site, i, path: path, stories, names, &parts).count
            bytes += try parts.markdownFile().count
        }
        return bytes
    }

    /// Makes what a site build makes from every brief's digest for its site-wide pages, as
    /// `SitePages.render` makes it but without rendering or writing pages: the search index's
    /// files, the tables the listings, people and feeds share (`SitePages.Tables`), and the
    /// timeline's years with their `timeline.json`. Returns the number of bytes of the search
    /// files and the timeline's export.
    public func tables() -> Int {
        let briefs = site.digests
        var bytes = 0
        for file in SearchIndexWriter().keyedFiles(briefs) { bytes += file.text().utf8.count }
        let tables = SitePages.Tables(briefs, BriefKeys(briefs))
        let timeline = TimelineYears(briefs, keys: tables.briefKeys, baseURL: nil, cache: TimelineYearCache(nil))
        TimelineExport.json(title: config.title, listed: timeline.years.indices.lazy.map(timeline.listed)) { bytes += $0.count }
        return bytes
    }
}
