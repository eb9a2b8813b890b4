/// Where the blocks of a brief's Markdown body before the article's paragraphs go, in the
/// order `BriefHead.write` gives them: the Markdown writer writes them as Markdown
/// (`BriefHeadMarkdown`), a feed entry as the HTML cmark makes of that Markdown
/// (`BriefHeadHTML`). Texts come as they are, not escaped.
protocol BriefHeadOutput {
    /// The headline, a level-one heading.
    mutating func title(_ text: String)
    /// The meta line (date, outlet, byline), an emphasized paragraph.
    mutating func meta(_ text: String)
    /// The summary, a paragraph.
    mutating func paragraph(_ text: String)
    /// A section's level-two heading.
    mutating func section(_ name: StaticString)
    /// A key quote, its text between curly quotes and its attribution after a dash.
    mutating func quote(_ text: String, attribution: String)
    /// A list item: `label` in bold (Markdown already when `labelIsMarkdown`, else text), then
    /// `text` after a dash and `source` in parentheses, each when given.
    mutating func item(_ label: String, labelIsMarkdown: Bool, text: String?, source: String?)
    /// The end of a section's list.
    mutating func endList()
}

/// The blocks of a brief's Markdown body before the article's paragraphs: headline, meta line,
/// summary, key quotes, "By the numbers", the timeline, and the "Article" heading when the
/// article has paragraphs.
enum BriefHead {
    /// Gives `out` the blocks of `brief`'s head, with the key figures'
    /// `BriefText.figurePhrase`s and the timeline's `BriefText.eventDateLabel`s made already.
    static func write<Output: BriefHeadOutput>(_ brief: Brief, figurePhrases: [String], eventLabels: [String], to out: inout Output) {
        let article = brief.article
        out.title(article.title)
        let byline = BriefText.metaLine(article)
        if !byline.isEmpty { out.meta(byline) }
        if !brief.summary.isEmpty { out.paragraph(brief.summary) }
        if !brief.keyQuotes.isEmpty {
            out.section("Key quotes")
            for quote in brief.keyQuotes { out.quote(QuoteDisplay.text(quote.text), attribution: BriefText.attribution(quote)) }
        }
        if !brief.keyFigures.isEmpty {
            out.section("By the numbers")
            for (figure, phrase) in zip(brief.keyFigures, figurePhrases) {
                out.item(BriefText.figureText(figure), labelIsMarkdown: false, text: phrase.isEmpty ? nil : phrase, source: FigureDisplay.attribution(figure))
            }
            out.endList()
        }
        if !brief.timeline.isEmpty {
            out.section("Timeline")
            for (event, label) in zip(brief.timeline, eventLabels) { out.item(label, labelIsMarkdown: true, text: event.text, source: nil) }
            out.endList()
        }
        if !article.paragraphs.isEmpty { out.section("Article") }
    }
}

/// A brief's head as Markdown, each text escaped (`MarkdownEscaper`), into one buffer.
struct BriefHeadMarkdown: BriefHeadOutput {
    let md = ByteBuffer()

    mutating func title(_ text: String) {
        md.append(literal: "# ")
        MarkdownEscaper.append(text, escapedTo: md)
        md.append(literal: "\n\n")
    }

    mutating func meta(_ text: String) {
        md.append(literal: "*")
        MarkdownEscaper.append(text, escapedTo: md)
        md.append(literal: "*\n\n")
    }

    mutating func paragraph(_ text: String) {
        MarkdownEscaper.append(text, escapedTo: md)
        md.append(literal: "\n\n")
    }

    mutating func section(_ name: StaticString) {
        md.append(literal: "## ")
        md.append(literal: name)
        md.append(literal: "\n\n")
    }

    mutating func quote(_ text: String, attribution: String) {
        md.append(literal: "> \u{201C}")
        MarkdownEscaper.append(text, escapedTo: md)
        md.append(literal: "\u{201D}\n>\n> \u{2014} ")
        MarkdownEscaper.append(attribution, escapedTo: md)
        md.append(literal: "\n\n")
    }

    mutating func item(_ label: String, labelIsMarkdown: Bool, text: String?, source: String?) {
        md.append(literal: "- **")
        if labelIsMarkdown { md.append(label) } else { MarkdownEscaper.append(label, escapedTo: md) }
        md.append(literal: "**")
        if let text {
            md.append(literal: " \u{2014} ")
            MarkdownEscaper.append(text, escapedTo: md)
        }
        if let source {
            md.append(literal: " (")
            MarkdownEscaper.append(source, escapedTo: md)
            md.append(literal: ")")
        }
        md.append(literal: "\n")
    }

    mutating func endList() {
        md.append(literal: "\n")
    }
}
