/// Index pages: every brief, newest first, `itemsPerPage` a page, with links to browse by
/// outlet, tag and month.
enum IndexPage {
    /// Pages 1…n with their paths; each context is made when asked for, so a large site never
    /// holds the cards of all its index pages at once.
    static func pages(_ briefs: [BriefDigest], cards: BriefCards, itemsPerPage: Int, browse: TemplateValues) -> [(path: String, context: () -> TemplateValues)] {
        Pagination.pages(briefs, cards: cards, itemsPerPage: itemsPerPage, path: SiteLinks.indexPage).map { page in
            (page.path, {
                var context = page.context()
                context["count"] = .number(briefs.count)
                if page.number == 1 { context.merge(browse) { a, _ in a } }
                return context
            })
        }
    }
}

/// Splits a list of briefs into numbered pages of cards with links to the pages before and after.
enum Pagination {
    struct Page {
        var number: Int
        var path: String
        /// Cards of the page's briefs and its place among the pages ("page", "pageCount",
        /// "isPaged", "isFirst", "previousURL", "nextURL").
        var context: () -> TemplateValues
    }

    static func pages(_ briefs: [BriefDigest], cards: BriefCards, itemsPerPage: Int, path: @escaping @Sendable (Int) -> String) -> [Page] {
        let size = max(1, itemsPerPage)
        let count = max(1, (briefs.count + size - 1) / size)
        return (1...count).map { number in
            let pagePath = path(number)
            return Page(number: number, path: pagePath) {
                let root = SiteLinks.root(for: pagePath)
                var context: TemplateValues = [
                    "cards": .items(cards.cards(briefs.dropFirst((number - 1) * size).prefix(size), root: root)),
                    "page": .number(number), "pageCount": .number(count), "isPaged": .flag(count > 1), "isFirst": .flag(number == 1),
                ]
                if number > 1 { context["previousURL"] = .text(root + path(number - 1)) }
                if number < count { context["nextURL"] = .text(root + path(number + 1)) }
                return context
            }
        }
    }
}
