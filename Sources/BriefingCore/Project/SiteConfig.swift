/// Settings of a Briefing project, read from `briefing.yml` and overridden by command-line flags.
public struct SiteConfig: Sendable, Equatable {
    /// The site's name, shown in page titles and feeds.
    public var title = "Briefing"
    /// One sentence about the site, for the index page and feeds.
    public var description = "Briefings built from collected news articles."
    /// Absolute URL the site is served from (canonical links, feeds, sitemap).
    public var baseURL: String?
    /// BCP 47 language tag of the pages.
    public var language = "en"
    public var input = "seeds"
    public var output = "site"
    /// Folder of templates overriding the defaults file by file.
    public var templates = "Templates"
    /// Briefs per index page before pagination.
    public var itemsPerPage = 50
    /// Sections a brief shows, in order.
    public var sections: [BriefSection] = BriefSection.allCases
    /// Group the articles that report the same event into stories, each with a page.
    public var stories = true

    public init() {}

    /// Every setting that shapes the pages, as text for cache keys: all but the input, output
    /// and templates folders, whose spelling ("articles", "./articles" or an absolute path)
    /// changes no page (the templates are keyed by their contents). Written out field by field:
    /// `"\(self)"` read them through reflection, whose protocol look-ups cost 2.7M instructions
    /// a call, twice a build. A new setting must be added here (`SiteConfigTests` fails until
    /// it is).
    var pageSettings: String {
        let sectionNames = sections.map(\.rawValue).joined(separator: ",")
        return "title=\(title.debugDescription) description=\(description.debugDescription) baseURL=\(baseURL?.debugDescription ?? "none")"
            + " language=\(language.debugDescription) itemsPerPage=\(itemsPerPage) sections=\(sectionNames) stories=\(stories)"
    }

    /// The keys `briefing.yml` accepts, as written in the file.
    public static let keys = [
        "title", "description", "base_url", "language", "input", "output", "templates",
        "items_per_page", "sections", "stories",
    ]
}

/// A section of a brief page.
public enum BriefSection: String, Sendable, Equatable, CaseIterable {
    case summary, quotes, numbers, timeline, captions, article
}
