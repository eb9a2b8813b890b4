/// What one brief's files (its page and Markdown file) and its feed entry are made from,
/// each part made once, when first asked for: the brief is read only when a file is rendered,
/// and the phrases of its key figures, its event labels and its Markdown body, which several
/// of them show, are made once.
struct BriefParts {
    let site: SiteBriefs
    let position: Int
    private var loaded: Brief?
    private var phrases: [String]?
    private var labels: [String]?
    private var markdown: String?

    init(_ site: SiteBriefs, _ position: Int) {
        self.site = site
        self.position = position
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

    /// The Markdown body (`BriefMarkdownWriter.body`).
    mutating func markdownBody() throws -> String {
        if let markdown { return markdown }
        let made = try BriefMarkdownWriter().body(brief(), figurePhrases: figurePhrases(), eventLabels: eventLabels())
        markdown = made
        return made
    }
}
