/// What one brief's files (its page and Markdown file) and its feed entry are made from,
/// each part made once, when first asked for: the brief is read only when a file is rendered,
/// and the phrases of its key figures, its event labels, the head and escaped paragraphs of its
/// Markdown body and the HTML of its paragraphs, which several of them show, are made once.
struct BriefParts {
    let site: SiteBriefs
    let position: Int
    private var loaded: Brief?
    private var phrases: [String]?
    private var labels: [String]?
    private var head: ByteBuffer?
    private var escaped: [String]?
    private var paragraphs: [String]?
    /// Whether the brief's feed entry is to be made too: its paragraphs' HTML is then made
    /// first, and the page's cut from it, instead of cmark rendering each paragraph twice.
    private let feedEntry: Bool

    init(_ site: SiteBriefs, _ position: Int, feedEntry: Bool = false) {
        self.site = site
        self.position = position
        self.feedEntry = feedEntry
    }

    /// Whether the brief was read (some file of it was rendered).
    var isRead: Bool { loaded != nil }

    mutating func brief() throws -> Brief {
        if let loaded { return loaded }
        let brief = try site.brief(position)
        loaded = brief
        return brief
    }

    mutating func figurePhrases() throws -> [String] {
        if let phrases { return phrases }
        let made = try brief().keyFigures.map(BriefText.figurePhrase)
        phrases = made
        return made
    }

    /// The timeline's `BriefText.eventDateLabel`s.
    mutating func eventLabels() throws -> [String] {
        if let labels { return labels }
        let made = try brief().timeline.map(BriefText.eventDateLabel)
        labels = made
        return made
    }

    /// The bytes of the Markdown body before the article's paragraphs (`BriefMarkdownWriter.head`):
    /// the Markdown file copies them, and the feed entry gives them to cmark.
    private mutating func markdownHead() throws -> ByteBuffer {
        if let head { return head }
        let made = try BriefMarkdownWriter().headBytes(brief(), figurePhrases: figurePhrases(), eventLabels: eventLabels())
        head = made
        return made
    }

    /// The article's paragraphs escaped for Markdown (`MarkdownEscaper`), as the body holds them.
    private mutating func escapedParagraphs() throws -> [String] {
        if let escaped { return escaped }
        let made = try brief().article.paragraphs.map { MarkdownEscaper.escape($0.text) }
        escaped = made
        return made
    }

    /// The brief's Markdown file (`BriefMarkdownWriter.markdownBytes`).
    mutating func markdownFile() throws -> ByteBuffer {
        try BriefMarkdownWriter().markdownBytes(brief(), head: markdownHead(), paragraphs: escapedParagraphs())
    }

    /// What cmark makes of each paragraph of the article as the body holds it (escaped), written
    /// without cmark when the paragraph is plain text (`MarkdownRenderer.html(ofPlainText:)`):
    /// the brief's page shows it without the `<p>` element, its feed entry as it is. Nil for an
    /// article written in Markdown, whose page shows its paragraphs' own markup instead.
    mutating func paragraphHTML() throws -> [String]? {
        if let paragraphs { return paragraphs }
        guard !BriefPage.isMarkdown(try brief().article) else { return nil }
        let made = try brief().article.paragraphs.map { MarkdownRenderer.html(ofPlainText: $0.text) }
        paragraphs = made
        return made
    }

    /// The HTML of each paragraph of the article as its page shows it, without the `<p>`
    /// element (`MarkdownRenderer.inline`): cut from `paragraphHTML` when the feed entry made
    /// that already or will, else made from each paragraph alone
    /// (`MarkdownRenderer.inlineHTML(ofPlainText:)`). Nil for an article written in Markdown.
    mutating func paragraphInlineHTML() throws -> [String]? {
        if let paragraphs = try feedEntry ? paragraphHTML() : paragraphs { return paragraphs.map(MarkdownRenderer.inline) }
        guard !BriefPage.isMarkdown(try brief().article) else { return nil }
        return try brief().article.paragraphs.map { MarkdownRenderer.inlineHTML(ofPlainText: $0.text) }
    }

    /// The UTF-8 of the HTML of the brief's feed entry: its Markdown body through cmark, the
    /// head's HTML written without cmark when its texts are plain (`BriefHeadHTML`) and the
    /// paragraphs' HTML taken from `paragraphHTML` when that gives the same (`BriefFeedHTML`).
    mutating func feedHTML() throws -> [UInt8] {
        let paragraphs = try escapedParagraphs()
        if try !brief().article.paragraphs.isEmpty, let html = try paragraphHTML(),
           let composed = try BriefFeedHTML.html(headHTML: headHTML(), paragraphs: paragraphs, paragraphHTML: html) {
            return composed
        }
        var body = BriefMarkdownWriter().body(head: try markdownHead().string(), paragraphs: paragraphs)
        return body.withUTF8 { MarkdownRenderer.htmlBytes(fromMarkdown: $0) }
    }

    /// What cmark makes of the Markdown body before the article's paragraphs: written without
    /// cmark when its texts are plain (`BriefHeadHTML`), else rendered from `markdownHead`.
    private mutating func headHTML() throws -> [UInt8] {
        var html = BriefHeadHTML()
        BriefHead.write(try brief(), figurePhrases: try figurePhrases(), eventLabels: try eventLabels(), to: &html)
        if let made = html.html { return made }
        return try markdownHead().withUnsafeBufferPointer(MarkdownRenderer.htmlBytes(fromMarkdown:))
    }
}
