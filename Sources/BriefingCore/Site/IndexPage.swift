/// Index pages: every brief, newest first, `itemsPerPage` a page, with links to browse by
/// outlet, tag and month.
enum IndexPage {
    /// Contexts for pages 1…n, with their paths.
    static func pages(_ briefs: [Brief], itemsPerPage: Int, browse: [String: Any]) -> [(path: String, context: [String: Any])] {
        let size = max(1, itemsPerPage)
        let count = max(1, (briefs.count + size - 1) / size)
        return (1...count).map { number in
            let path = SiteLinks.indexPage(number)
            let root = SiteLinks.root(for: path)
            let slice = Array(briefs.dropFirst((number - 1) * size).prefix(size))
            var context: [String: Any] = [
                "count": briefs.count, "cards": BriefCards.cards(slice, root: root),
                "page": number, "pageCount": count, "isPaged": count > 1, "isFirst": number == 1,
            ]
            if number > 1 { context["previousURL"] = root + SiteLinks.indexPage(number - 1) }
            if number < count { context["nextURL"] = root + SiteLinks.indexPage(number + 1) }
            if number == 1 { context.merge(browse) { a, _ in a } }
            return (path, context)
        }
    }
}
