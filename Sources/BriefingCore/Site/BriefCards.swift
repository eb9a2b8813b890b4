/// Template context for lists of briefs (index pages, listing pages).
enum BriefCards {
    static func cards(_ briefs: [Brief], root: String) -> [[String: Any]] {
        briefs.map { brief in
            let article = brief.article
            return [
                "title": article.title, "url": root + SiteLinks.brief(article.slug),
                "published": article.published?.description ?? "",
                "publishedLabel": article.published.map(BriefText.longDate) ?? "Undated",
                "hasPublished": article.published != nil,
                "outlet": article.outlet ?? "", "hasOutlet": article.outlet != nil,
                "outletURL": article.outlet.map { root + SiteLinks.outlet($0) } ?? "",
                "authors": article.authors.joined(separator: ", "), "hasAuthors": !article.authors.isEmpty,
                "summary": brief.summary,
                // What the brief page shows under "Key quotes" and "By the numbers".
                "quoteCount": brief.keyQuotes.count,
                "figureCount": brief.keyFigures.count,
                "tags": article.tags.map { ["name": $0, "url": root + SiteLinks.tag($0)] },
                "hasTags": !article.tags.isEmpty,
            ]
        }
    }
}
