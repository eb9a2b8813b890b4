/// The template context of the index page: every brief, newest first.
enum IndexPage {
    static func context(_ briefs: [Brief]) -> [String: Any] {
        [
            "count": briefs.count,
            "briefs": briefs.map { brief -> [String: Any] in
                let article = brief.article
                return [
                    "title": article.title, "slug": article.slug,
                    "published": article.published?.description ?? "",
                    "publishedLabel": article.published.map(BriefText.longDate) ?? "undated",
                    "outlet": article.outlet ?? "", "hasOutlet": article.outlet != nil,
                    "authors": article.authors.joined(separator: ", "), "hasAuthors": !article.authors.isEmpty,
                    "summary": brief.summary,
                    "quoteCount": brief.extraction.quotes.count,
                    "figureCount": brief.extraction.figures.count,
                ]
            },
        ]
    }
}
