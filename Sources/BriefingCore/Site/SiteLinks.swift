/// Paths of the site's pages, relative to the site root, and the way back to the root.
enum SiteLinks {
    static func brief(_ slug: String) -> String { "briefs/\(slug).html" }
    /// The Markdown file of the brief named `slug`.
    static func briefMarkdown(_ slug: String) -> String { "briefs/\(slug).md" }
    static func person(_ name: String) -> String { "people/\(Slug.make(name)).html" }
    static func outlet(_ name: String) -> String { "outlets/\(nameSlug(name)).html" }
    static func tag(_ name: String) -> String { "tags/\(nameSlug(name)).html" }
    static func month(_ date: CalendarDate) -> String { "months/\(monthKey(date)).html" }
    /// Index page `number` (1-based): the first is `index.html`.
    static func indexPage(_ number: Int) -> String { number <= 1 ? "index.html" : "page/\(number)/index.html" }

    /// The slug of an outlet or tag; a name without Latin letters or digits ("опрос") gets one
    /// from a hash of its folded spelling, so that such names don't all share one page.
    static func nameSlug(_ name: String) -> String {
        let slug = Slug.make(name)
        guard slug == "article", !name.lowercased().contains("article") else { return slug }
        let folded = name.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
        return "n-" + ContentHash.hex(Array(folded.utf8)).prefix(12)
    }

    /// "2025-04".
    static func monthKey(_ date: CalendarDate) -> String { String(date.description.prefix(7)) }

    /// "../" once per folder level of `path`, so links work from `file://` and any sub-path;
    /// none for a path without parts ("", "/"), which is at the root.
    static func root(for path: String) -> String {
        String(repeating: "../", count: max(0, partCount(path) - 1))
    }

    /// `path.split(separator: "/").count`: the non-empty parts between slashes, counted on the
    /// contiguous bytes of an ASCII path (each byte a character of its own).
    private static func partCount(_ path: String) -> Int {
        let counted = UTF8Scan.withBytes(path) { bytes -> Int? in
            var count = 0, inPart = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x2F {
                    inPart = false
                } else if !inPart {
                    inPart = true
                    count += 1
                }
            }
            return count
        }
        return counted ?? path.split(separator: "/").count
    }

    /// `path` as an absolute URL under `baseURL`.
    static func absolute(_ path: String, baseURL: String) -> String {
        (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + path
    }
}
