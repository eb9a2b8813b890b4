/// Paths of the site's pages, relative to the site root, and the way back to the root.
enum SiteLinks {
    static func brief(_ slug: String) -> String { "briefs/\(slug).html" }
    static func person(_ name: String) -> String { "people/\(Slug.make(name)).html" }
    static func outlet(_ name: String) -> String { "outlets/\(Slug.make(name)).html" }
    static func tag(_ name: String) -> String { "tags/\(Slug.make(name)).html" }
    static func month(_ date: CalendarDate) -> String { "months/\(monthKey(date)).html" }
    /// Index page `number` (1-based): the first is `index.html`.
    static func indexPage(_ number: Int) -> String { number <= 1 ? "index.html" : "page/\(number)/index.html" }

    /// "2025-04".
    static func monthKey(_ date: CalendarDate) -> String { String(date.description.prefix(7)) }

    /// "../" once per folder level of `path`, so links work from `file://` and any sub-path.
    static func root(for path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// `path` as an absolute URL under `baseURL`.
    static func absolute(_ path: String, baseURL: String) -> String {
        (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + path
    }
}
