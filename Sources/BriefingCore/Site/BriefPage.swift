/// The template context and metadata of a brief's page (`briefs/<slug>.html`).
enum BriefPage {
    static func context(_ brief: Brief, previous: BriefLink?, next: BriefLink?, sections: [BriefSection]) -> [String: Any] {
        let article = brief.article
        let root = SiteLinks.root(for: SiteLinks.brief(article.slug))
        let shown = Set(sections)
        let showArticle = shown.contains(.article) && !article.paragraphs.isEmpty
        let showCaptions = shown.contains(.captions) && !article.captions.isEmpty
        var context: [String: Any] = [
            "title": article.title,
            "slug": article.slug,
            "published": article.published?.description ?? "",
            "publishedLabel": article.published.map(BriefText.longDate) ?? "",
            "hasPublished": article.published != nil,
            "outlet": article.outlet ?? "", "hasOutlet": article.outlet != nil,
            "outletURL": article.outlet.map { root + SiteLinks.outlet($0) } ?? "",
            "authors": article.authors.joined(separator: ", "), "hasAuthors": !article.authors.isEmpty,
            "place": article.dateline?.place ?? "", "hasPlace": article.dateline != nil,
            // A separator goes before an item of the meta line only when an item came before it.
            "outletAfter": article.published != nil,
            "authorsAfter": article.published != nil || article.outlet != nil,
            "placeAfter": article.published != nil || article.outlet != nil || !article.authors.isEmpty,
            "tags": article.tags.map { ["name": $0, "url": root + SiteLinks.tag($0)] }, "hasTags": !article.tags.isEmpty,
            "showSummary": shown.contains(.summary) && !brief.summary.isEmpty,
            "summaryHTML": MarkdownRenderer.inlineHTML(fromMarkdown: MarkdownEscaper.escape(brief.summary)),
            "hasQuotes": shown.contains(.quotes) && !brief.keyQuotes.isEmpty,
            "quotes": brief.keyQuotes.map { quote -> [String: Any] in
                [
                    "html": MarkdownRenderer.inlineHTML(fromMarkdown: MarkdownEscaper.escape(QuoteDisplay.text(quote.text))),
                    "speaker": quote.speaker ?? "", "speakerURL": quote.speaker.map { root + SiteLinks.person($0) } ?? "",
                    "hasSpeaker": quote.speaker != nil, "source": QuoteDisplay.source(quote) ?? "",
                    "role": quote.role ?? "", "hasRole": quote.role != nil, "paragraph": quote.paragraph + 1,
                ]
            },
            "hasFigures": shown.contains(.numbers) && !brief.keyFigures.isEmpty,
            "figures": brief.keyFigures.map { ["text": BriefText.figureText($0), "phrase": BriefText.figurePhrase($0), "paragraph": $0.paragraph + 1, "source": FigureDisplay.attribution($0) ?? "", "hasSource": $0.source != nil] },
            "hasTimeline": shown.contains(.timeline) && !brief.timeline.isEmpty,
            "timeline": brief.timeline.map(eventContext),
            // The article and the captions of its photos (which the page does not show) are
            // folded at the end, so the brief stays brief.
            "showText": showArticle || showCaptions,
            "captions": showCaptions ? article.captions.map { ["text": $0.text, "credit": $0.credit ?? "", "hasCredit": $0.credit != nil] } : [],
            "captionLabel": showCaptions ? BriefCards.counted(article.captions.count, "photo caption") : "",
            "hasCaptionLabel": showCaptions && !article.captions.isEmpty,
            "wordCount": showArticle ? article.paragraphs.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count } : 0,
            "paragraphs": !showArticle ? [] : article.paragraphs.enumerated().map { index, paragraph in
                ["id": "p\(index + 1)", "number": index + 1, "html": MarkdownRenderer.inlineHTML(fromMarkdown: source(paragraph.text, article))]
            },
            "hasSourceURL": safeURL(article.sourceURL) != nil,
            "sourceURL": safeURL(article.sourceURL) ?? "",
            "sourceLabel": safeURL(article.sourceURL).map(sourceLabel) ?? "",
            "sourceFile": article.source.split(separator: "/").last.map(String.init) ?? article.source,
            "markdownURL": article.slug + ".md",
        ]
        if let previous { context["previous"] = ["title": previous.title, "url": previous.slug + ".html"] }
        if let next { context["next"] = ["title": next.title, "url": next.slug + ".html"] }
        return context
    }

    static func eventContext(_ event: Event) -> [String: Any] {
        [
            "datetime": event.date, "hasDatetime": TimexValue(event.date).isHTMLDatetime, "label": BriefText.eventDateLabel(event),
            "text": event.text, "paragraph": event.paragraph + 1,
        ]
    }

    /// The host a link points to, as a reader names a site ("https://www.nytimes.com/2019/…" → "nytimes.com").
    static func sourceLabel(_ url: String) -> String {
        OutletNames.host(of: url) ?? url
    }

    /// Only web links may become `href`s: `javascript:`, `data:` and the like are dropped.
    static func safeURL(_ url: String?) -> String? {
        guard let url, let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon].lowercased()
        return scheme == "https" || scheme == "http" ? url : nil
    }

    /// Markdown sources keep their inline markup; scraped text is shown exactly as written.
    private static func source(_ text: String, _ article: Article) -> String {
        let isMarkdown = article.source.hasSuffix(".md") || article.source.hasSuffix(".markdown")
        return isMarkdown ? text : MarkdownEscaper.escape(text)
    }

    /// Schema.org NewsArticle for the brief: published by this site (`siteName`), based on the
    /// original article (its URL, headline, date, authors and publisher), with the quoted
    /// speakers as `mentions`.
    static func jsonLD(_ brief: Brief, url: String?, siteName: String) -> RecordValue {
        let article = brief.article
        func organization(_ name: String) -> RecordValue { .object([("@type", .string("Organization")), ("name", .string(name))]) }
        var original: [(String, RecordValue)] = [("@type", .string("NewsArticle")), ("headline", .string(article.title))]
        if let source = safeURL(article.sourceURL) { original.append(("url", .string(source))) }
        if let date = article.published { original.append(("datePublished", .string(date.description))) }
        if !article.authors.isEmpty {
            original.append(("author", .array(article.authors.map { .object([("@type", .string("Person")), ("name", .string($0))]) })))
        }
        if let outlet = article.outlet { original.append(("publisher", organization(outlet))) }
        var pairs: [(String, RecordValue)] = [
            ("@context", .string("https://schema.org")), ("@type", .string("NewsArticle")),
            ("headline", .string(article.title)), ("description", .string(PageMeta.shortened(brief.summary))),
        ]
        if let url { pairs.append(("url", .string(url))) }
        pairs.append(("publisher", organization(siteName)))
        pairs.append(("isBasedOn", .object(original)))
        var speakers: [String] = []
        for quote in brief.extraction.quotes { if let s = quote.speaker, !speakers.contains(s) { speakers.append(s) } }
        if !speakers.isEmpty {
            pairs.append(("mentions", .array(speakers.map { .object([("@type", .string("Person")), ("name", .string($0))]) })))
        }
        return .object(pairs)
    }
}
