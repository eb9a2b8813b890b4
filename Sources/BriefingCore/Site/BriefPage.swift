/// The template context and metadata of a brief's page (`briefs/<slug>.html`).
enum BriefPage {
    static func context(_ brief: Brief, previous: Brief?, next: Brief?, sections: [BriefSection]) -> [String: Any] {
        let article = brief.article
        let root = SiteLinks.root(for: SiteLinks.brief(article.slug))
        let shown = Set(sections)
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
            "figures": brief.keyFigures.map { ["text": BriefText.figureText($0), "phrase": BriefText.figurePhrase($0), "paragraph": $0.paragraph + 1] },
            "hasTimeline": shown.contains(.timeline) && !brief.timeline.isEmpty,
            "timeline": brief.timeline.map(eventContext),
            "hasCaptions": shown.contains(.captions) && !article.captions.isEmpty,
            "captions": article.captions.map { ["text": $0.text, "credit": $0.credit ?? "", "hasCredit": $0.credit != nil] },
            "showArticle": shown.contains(.article) && !article.paragraphs.isEmpty,
            "paragraphs": article.paragraphs.enumerated().map { index, paragraph in
                ["id": "p\(index + 1)", "number": index + 1, "html": MarkdownRenderer.inlineHTML(fromMarkdown: source(paragraph.text, article))]
            },
            "hasSourceURL": safeURL(article.sourceURL) != nil,
            "sourceURL": safeURL(article.sourceURL) ?? "",
            "markdownURL": article.slug + ".md",
        ]
        if let previous { context["previous"] = ["title": previous.article.title, "url": previous.article.slug + ".html"] }
        if let next { context["next"] = ["title": next.article.title, "url": next.article.slug + ".html"] }
        return context
    }

    static func eventContext(_ event: Event) -> [String: Any] {
        [
            "datetime": event.date, "hasDatetime": isHTMLDatetime(event.date), "label": BriefText.dateLabel(event.date),
            "text": event.text, "paragraph": event.paragraph + 1,
        ]
    }

    /// Whether a TIMEX3 value is also a valid HTML `datetime` (year, month, day or week);
    /// decades, seasons and quarters are not.
    static func isHTMLDatetime(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = parts.first, year.count == 4, year.allSatisfy(\.isNumber) else { return false }
        switch parts.count {
        case 1: return true
        case 2: return (parts[1].count == 2 && parts[1].allSatisfy(\.isNumber)) || (parts[1].hasPrefix("W") && parts[1].count == 3 && parts[1].dropFirst().allSatisfy(\.isNumber))
        case 3: return CalendarDate(iso: value) != nil
        default: return false
        }
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

    /// Schema.org NewsArticle, with the quoted speakers as `mentions`.
    static func jsonLD(_ brief: Brief, url: String?) -> RecordValue {
        let article = brief.article
        var pairs: [(String, RecordValue)] = [
            ("@context", .string("https://schema.org")), ("@type", .string("NewsArticle")),
            ("headline", .string(article.title)), ("description", .string(brief.summary)),
        ]
        if let date = article.published { pairs.append(("datePublished", .string(date.description))) }
        if !article.authors.isEmpty {
            pairs.append(("author", .array(article.authors.map { .object([("@type", .string("Person")), ("name", .string($0))]) })))
        }
        if let outlet = article.outlet {
            pairs.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(outlet))])))
        }
        var speakers: [String] = []
        for quote in brief.extraction.quotes { if let s = quote.speaker, !speakers.contains(s) { speakers.append(s) } }
        if !speakers.isEmpty {
            pairs.append(("mentions", .array(speakers.map { .object([("@type", .string("Person")), ("name", .string($0))]) })))
        }
        if let url { pairs.append(("url", .string(url))) }
        if let source = safeURL(article.sourceURL) { pairs.append(("isBasedOn", .string(source))) }
        return .object(pairs)
    }
}
