/// The template context and metadata of a brief's page (`briefs/<slug>.html`).
enum BriefPage {
    /// `people` gives the name each speaker's people page goes by (by default the brief's own names);
    /// `paragraphInlineHTML`, what cmark made of each paragraph as the Markdown body holds it, without its `<p>`
    /// element (`BriefParts.paragraphInlineHTML`).
    static func context(
        _ brief: Brief, previous: BriefLink?, next: BriefLink?, sections: [BriefSection], story: TemplateValues = [:], figurePhrases: [String]? = nil,
        eventLabels: [String]? = nil, people: PersonNames? = nil, paragraphInlineHTML: [String]? = nil
    ) -> Context {
        Context(brief, previous: previous, next: next, sections: sections, story: story,
                figurePhrases: figurePhrases ?? brief.keyFigures.map(BriefText.figurePhrase),
                eventLabels: eventLabels ?? brief.timeline.map(BriefText.eventDateLabel), people: people ?? PersonNames(names: []),
                paragraphInlineHTML: paragraphInlineHTML)
    }

    /// The values `brief.mustache` shows: made once per page, the text of quotes and
    /// paragraphs through cmark, the rest read from the article when a key is looked up.
    /// Keys ending in "HTML" are escaped by `HTMLEscaper` (the default template inserts them
    /// raw, which is faster than Mustache's escaping); the plain keys stay for user templates.
    struct Context: TemplateContext {
        private let article: Article
        private let root: String
        private let shown: Set<BriefSection>
        private let showArticle: Bool
        private let showCaptions: Bool
        private let summaryHTML: String
        private let showSummary: Bool
        private let quotes: [Quote]
        private let figures: [Figure]
        private let timeline: [EventItem]
        private let paragraphs: [Paragraph]
        private let sourceURL: String?
        private let previous: Link?
        private let next: Link?
        /// The link to the brief's story ("hasStory", "storyTitle", …).
        private let story: TemplateValues

        /// `figurePhrases` are the key figures' `BriefText.figurePhrase`s and `eventLabels` the timeline's
        /// `BriefText.eventDateLabel`s, made once for the page and the Markdown brief; `paragraphInlineHTML`,
        /// when given, what cmark made of each paragraph escaped, without its `<p>` element.
        init(
            _ brief: Brief, previous: BriefLink?, next: BriefLink?, sections: [BriefSection], story: TemplateValues, figurePhrases: [String],
            eventLabels: [String], people: PersonNames, paragraphInlineHTML: [String]?
        ) {
            let article = brief.article
            let root = SiteLinks.root(for: SiteLinks.brief(article.slug))
            self.article = article
            self.root = root
            shown = Set(sections)
            showArticle = shown.contains(.article) && !article.paragraphs.isEmpty
            showCaptions = shown.contains(.captions) && !article.captions.isEmpty
            showSummary = shown.contains(.summary) && !brief.summary.isEmpty
            summaryHTML = MarkdownRenderer.inlineHTML(ofPlainText: brief.summary)
            quotes = brief.keyQuotes.map { Quote($0, root: root, people: people) }
            figures = zip(brief.keyFigures, figurePhrases).map(Figure.init)
            timeline = zip(brief.timeline, eventLabels).map(EventItem.init)
            paragraphs = !showArticle ? [] : article.paragraphs.indices.map { index in
                let html = paragraphInlineHTML?[index]
                return Paragraph(number: index + 1, html: html ?? MarkdownRenderer.inlineHTML(fromMarkdown: BriefPage.source(article.paragraphs[index].text, article)))
            }
            sourceURL = BriefPage.safeURL(article.sourceURL)
            self.previous = previous.map { Link(title: $0.title, url: $0.slug + ".html") }
            self.next = next.map { Link(title: $0.title, url: $0.slug + ".html") }
            self.story = story
        }

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .title: .text(article.title)
            case .titleHTML: .text(HTMLEscaper.escape(article.title))
            case .slug: .text(article.slug)
            case .published: .text(article.published?.description ?? "")
            case .publishedLabel: .text(article.published.map(BriefText.longDate) ?? "")
            case .hasPublished: .flag(article.published != nil)
            case .outlet: .text(article.outlet ?? "")
            case .hasOutlet: .flag(article.outlet != nil)
            case .outletURL: .text(article.outlet.map { root + SiteLinks.outlet($0) } ?? "")
            case .authors: .text(article.authors.joined(separator: ", "))
            case .hasAuthors: .flag(!article.authors.isEmpty)
            case .place: .text(article.dateline?.place ?? "")
            case .hasPlace: .flag(article.dateline != nil)
            // A separator goes before an item of the meta line only when an item came before it.
            case .outletAfter: .flag(article.published != nil)
            case .authorsAfter: .flag(article.published != nil || article.outlet != nil)
            case .placeAfter: .flag(article.published != nil || article.outlet != nil || !article.authors.isEmpty)
            case .tags: .items(article.tags.map { Tag(name: $0, url: root + SiteLinks.tag($0)) })
            case .hasTags: .flag(!article.tags.isEmpty)
            case .showSummary: .flag(showSummary)
            case .summaryHTML: .text(summaryHTML)
            case .hasQuotes: .flag(shown.contains(.quotes) && !quotes.isEmpty)
            case .quotes: .items(quotes)
            case .hasFigures: .flag(shown.contains(.numbers) && !figures.isEmpty)
            case .figures: .items(figures)
            case .hasTimeline: .flag(shown.contains(.timeline) && !timeline.isEmpty)
            case .timeline: .items(timeline)
            // The article and the captions of its photos (which the page does not show) are
            // folded at the end, so the brief stays brief.
            case .showText: .flag(showArticle || showCaptions)
            case .captions: .items(showCaptions ? article.captions.map(Caption.init) : [])
            case .captionLabel: .text(showCaptions ? BriefCards.counted(article.captions.count, "photo caption") : "")
            case .hasCaptionLabel: .flag(showCaptions && !article.captions.isEmpty)
            case .wordCount: .number(showArticle ? article.paragraphs.reduce(0) { $0 + $1.text.whitespaceWordCount } : 0)
            case .paragraphs: .items(paragraphs)
            case .hasSourceURL: .flag(sourceURL != nil)
            case .sourceURL: .text(sourceURL ?? "")
            case .sourceLabel: .text(sourceURL.map(BriefPage.sourceLabel) ?? "")
            case .sourceFile: .text(BriefPage.fileName(article.source))
            case .markdownURL: .text(article.slug + ".md")
            case .previous: previous.map { .context($0) }
            case .next: next.map { .context($0) }
            default: story[key.rawValue]
            }
        }

        /// Keys of the story link that no `TemplateKey` numbers.
        func child(named name: String) -> TemplateValue? { story[name] }
    }

    struct Link: TemplateContext {
        let title: String
        let url: String
        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .title: .text(title)
            case .titleHTML: .text(HTMLEscaper.escape(title))
            case .url: .text(url)
            default: nil
            }
        }
    }

    struct Tag: TemplateContext {
        let name: String
        let url: String
        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .name: .text(name)
            case .url: .text(url)
            default: nil
            }
        }
    }

    struct Quote: TemplateContext {
        let html: String
        let speaker: String?
        let speakerURL: String
        let source: String
        let role: String?
        let paragraph: Int

        init(_ quote: BriefingCore.Quote, root: String, people: PersonNames) {
            html = MarkdownRenderer.inlineHTML(ofPlainText: QuoteDisplay.text(quote.text))
            speaker = quote.speaker
            speakerURL = quote.speaker.map { root + SiteLinks.person(people.name(for: $0)) } ?? ""
            source = QuoteDisplay.source(quote) ?? ""
            role = quote.role
            paragraph = quote.paragraph + 1
        }

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .html: .text(html)
            case .speaker: .text(speaker ?? "")
            case .speakerHTML: .text(HTMLEscaper.escape(speaker ?? ""))
            case .speakerURL: .text(speakerURL)
            case .hasSpeaker: .flag(speaker != nil)
            case .source: .text(source)
            case .sourceHTML: .text(HTMLEscaper.escape(source))
            case .role: .text(role ?? "")
            case .roleHTML: .text(HTMLEscaper.escape(role ?? ""))
            case .hasRole: .flag(role != nil)
            case .paragraph: .number(paragraph)
            default: nil
            }
        }
    }

    struct Figure: TemplateContext {
        let text: String
        let phrase: String
        let paragraph: Int
        let source: String
        let hasSource: Bool

        init(_ figure: BriefingCore.Figure, phrase: String) {
            text = BriefText.figureText(figure)
            self.phrase = phrase
            paragraph = figure.paragraph + 1
            source = FigureDisplay.attribution(figure) ?? ""
            hasSource = figure.source != nil
        }

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .text: .text(text)
            case .textHTML: .text(HTMLEscaper.escape(text))
            case .phrase: .text(phrase)
            case .phraseHTML: .text(HTMLEscaper.escape(phrase))
            case .paragraph: .number(paragraph)
            case .source: .text(source)
            case .sourceHTML: .text(HTMLEscaper.escape(source))
            case .hasSource: .flag(hasSource)
            default: nil
            }
        }
    }

    struct Paragraph: TemplateContext {
        let number: Int
        let html: String
        /// "p" and the number: the anchor the page shows twice.
        let id: String

        init(number: Int, html: String) {
            self.number = number
            self.html = html
            id = "p\(number)"
        }

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .id: .text(id)
            case .number: .number(number)
            case .html: .text(html)
            default: nil
            }
        }
    }

    struct Caption: TemplateContext {
        let text: String
        let credit: String?
        init(_ caption: BriefingCore.Caption) {
            text = caption.text
            credit = caption.credit
        }
        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .text: .text(text)
            case .textHTML: .text(HTMLEscaper.escape(text))
            case .credit: .text(credit ?? "")
            case .hasCredit: .flag(credit != nil)
            default: nil
            }
        }
    }

    /// An event of a timeline: of the brief page, or of the merged timeline, where it also
    /// names its sources ("sources") and whether several briefs report it ("merged").
    struct EventItem: TemplateContext {
        let event: Event
        let hasDatetime: Bool
        let label: String
        var sources: [TimelinePage.SourceLink]?
        var merged: Bool?

        init(_ event: Event) {
            self.init(event, label: BriefText.eventDateLabel(event))
        }

        /// With the event's `BriefText.eventDateLabel` made already.
        init(_ event: Event, label: String) {
            self.event = event
            hasDatetime = TimexValue.isHTMLDatetime(event.date)
            self.label = label
        }

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .datetime: .text(event.date)
            case .hasDatetime: .flag(hasDatetime)
            case .label: .text(label)
            case .labelHTML: .text(HTMLEscaper.escape(label))
            case .text: .text(event.text)
            case .textHTML: .text(HTMLEscaper.escape(event.text))
            case .paragraph: .number(event.paragraph + 1)
            case .sources: sources.map { .items($0) }
            case .merged: merged.map { .flag($0) }
            default: nil
            }
        }
    }

    /// The host a link points to, as a reader names a site ("https://www.nytimes.com/2019/…" → "nytimes.com").
    static func sourceLabel(_ url: String) -> String {
        OutletNames.host(of: url) ?? url
    }

    /// The last part of a source's path ("world/article.txt" → "article.txt"), or the path when
    /// it has none. Most paths have no slash at all: they are not split.
    static func fileName(_ source: String) -> String {
        guard source.utf8.contains(0x2F) else { return source }
        return source.split(separator: "/").last.map(String.init) ?? source
    }

    /// Only web links may become `href`s: `javascript:`, `data:` and the like are dropped.
    static func safeURL(_ url: String?) -> String? {
        guard let url, let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon].lowercased()
        return scheme == "https" || scheme == "http" ? url : nil
    }

    /// Markdown sources keep their inline markup; scraped text is shown exactly as written.
    static func source(_ text: String, _ article: Article) -> String {
        isMarkdown(article) ? text : MarkdownEscaper.escape(text)
    }

    /// Whether the article was written in Markdown, whose inline markup its page keeps.
    static func isMarkdown(_ article: Article) -> Bool {
        article.source.hasSuffix(".md") || article.source.hasSuffix(".markdown")
    }

    /// Schema.org NewsArticle for the brief: published by this site (`siteName`), based on the
    /// original article (its URL, headline, date, authors and publisher), with the quoted
    /// speakers as `mentions`. As text safe inside a `<script>` element: the compact JSON
    /// `JSONWriter.string(_:pretty: false)` makes of the record, written straight to bytes, with
    /// no tree of values built (and destroyed) for each page first.
    static func jsonLD(_ brief: Brief, url: String?, siteName: String) -> String {
        let article = brief.article
        var out = ByteBuffer(capacity: 1024)
        func string(_ text: String) { JSONWriter.escape(text, into: &out) }
        // `{"@type":"…","name":…}`, the type a literal.
        func named(_ type: StaticString, _ name: String) {
            out.append(literal: "{\"@type\":\"")
            out.append(literal: type)
            out.append(literal: "\",\"name\":")
            string(name)
            out.append(literal: "}")
        }
        func people(_ names: [String]) {
            out.append(literal: "[")
            for (index, name) in names.enumerated() {
                if index > 0 { out.append(literal: ",") }
                named("Person", name)
            }
            out.append(literal: "]")
        }
        out.append(literal: "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":")
        string(article.title)
        out.append(literal: ",\"description\":")
        string(PageMeta.shortened(brief.summary))
        if let url {
            out.append(literal: ",\"url\":")
            string(url)
        }
        out.append(literal: ",\"publisher\":")
        named("Organization", siteName)
        out.append(literal: ",\"isBasedOn\":{\"@type\":\"NewsArticle\",\"headline\":")
        string(article.title)
        if let source = safeURL(article.sourceURL) {
            out.append(literal: ",\"url\":")
            string(source)
        }
        if let date = article.published {
            out.append(literal: ",\"datePublished\":")
            string(date.description)
        }
        if !article.authors.isEmpty {
            out.append(literal: ",\"author\":")
            people(article.authors)
        }
        if let outlet = article.outlet {
            out.append(literal: ",\"publisher\":")
            named("Organization", outlet)
        }
        out.append(literal: "}")
        var speakers: [String] = []
        for quote in brief.extraction.quotes { if let s = quote.speaker, !speakers.contains(s) { speakers.append(s) } }
        if !speakers.isEmpty {
            out.append(literal: ",\"mentions\":")
            people(speakers)
        }
        out.append(literal: "}")
        let json = out.string()
        // Foundation's replacing is slow; most pages have no "<" to replace.
        return UTF8Scan.containsByte(json, 0x3C) ? json.replacingOccurrences(of: "<", with: "\\u003c") : json
    }
}
