/// The template context of a brief's page (`briefs/<slug>.html`).
enum BriefPage {
    static func context(_ brief: Brief, previous: Brief?, next: Brief?) -> [String: Any] {
        let article = brief.article
        var context: [String: Any] = [
            "title": article.title,
            "slug": article.slug,
            "meta": BriefText.metaLine(article),
            "published": article.published?.description ?? "",
            "publishedLabel": article.published.map(BriefText.longDate) ?? "",
            "outlet": article.outlet ?? "",
            "authors": article.authors.joined(separator: ", "),
            "place": article.dateline?.place ?? "",
            "hasPublished": article.published != nil,
            "hasOutlet": article.outlet != nil,
            "hasAuthors": !article.authors.isEmpty,
            "hasPlace": article.dateline != nil,
            "summaryHTML": MarkdownRenderer.inlineHTML(fromMarkdown: MarkdownEscaper.escape(brief.summary)),
            "hasQuotes": !brief.keyQuotes.isEmpty,
            "quotes": brief.keyQuotes.map { quote -> [String: Any] in
                [
                    "html": MarkdownRenderer.inlineHTML(fromMarkdown: MarkdownEscaper.escape(quote.text)),
                    "speaker": quote.speaker ?? "", "role": quote.role ?? "",
                    "hasRole": quote.role != nil, "paragraph": quote.paragraph + 1,
                ]
            },
            "hasFigures": !brief.keyFigures.isEmpty,
            "figures": brief.keyFigures.map { ["text": $0.text, "phrase": BriefText.figurePhrase($0)] },
            "hasTimeline": !brief.timeline.isEmpty,
            "timeline": brief.timeline.map(eventContext),
            "hasCaptions": !article.captions.isEmpty,
            "captions": article.captions.map { ["text": $0.text, "credit": $0.credit ?? "", "hasCredit": $0.credit != nil] },
            "paragraphs": article.paragraphs.enumerated().map { index, paragraph in
                ["id": "p\(index + 1)", "html": MarkdownRenderer.inlineHTML(fromMarkdown: paragraph.text.isEmpty ? "" : source(paragraph.text, article))]
            },
            "hasSourceURL": article.sourceURL != nil,
            "sourceURL": article.sourceURL ?? "",
        ]
        if let previous { context["previous"] = ["title": previous.article.title, "slug": previous.article.slug] }
        if let next { context["next"] = ["title": next.article.title, "slug": next.article.slug] }
        return context
    }

    static func eventContext(_ event: Event) -> [String: Any] {
        ["datetime": event.date, "label": BriefText.dateLabel(event.date), "text": event.text, "paragraph": event.paragraph + 1]
    }

    /// Markdown sources keep their inline markup; scraped text is shown exactly as written.
    private static func source(_ text: String, _ article: Article) -> String {
        let isMarkdown = article.source.hasSuffix(".md") || article.source.hasSuffix(".markdown")
        return isMarkdown ? text : MarkdownEscaper.escape(text)
    }
}
