/// The text of a page whose main content the Readability-style search could not find: the
/// JSON-LD `articleBody`, else every prose paragraph of the page (chrome included, since the
/// search already ruled it out), else the page's description. Pages with no prose at all get
/// nothing and are refused.
enum HTMLFallbackText {
    /// Where the fallback text came from, for the warning that names it.
    enum Source: String {
        case articleBody = "the JSON-LD articleBody"
        case prose = "the page's prose paragraphs"
        case description = "the page description"
    }

    /// Paragraphs shorter than this many characters, or without a sentence end, are not prose.
    private static let minimumProse = 60

    /// The fallback paragraphs and their source, or `nil` when the page holds no prose.
    static func paragraphs(in page: HTMLNode, metadata: HTMLPageMetadata) -> (paragraphs: [String], source: Source)? {
        if let body = metadata.articleBody {
            let paragraphs = lines(body)
            if !paragraphs.isEmpty { return (paragraphs, .articleBody) }
        }
        let prose = page.elements { ["p", "td", "blockquote", "div", "li"].contains($0.name) && !$0.children.contains(where: isBlock) }
            .map { HTMLText.collapsingWhitespace($0.textContent) }
            .filter(isProse)
        var seen: Set<String> = []
        let unique = prose.filter { seen.insert($0).inserted }
        if !unique.isEmpty { return (unique, .prose) }
        if let description = metadata.summary.map(HTMLText.collapsingWhitespace), isProse(description) {
            return ([description], .description)
        }
        return nil
    }

    /// Non-empty lines of a plain-text body, whitespace collapsed.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { HTMLText.collapsingWhitespace(String($0)) }.filter { !$0.isEmpty }
    }

    /// A run of text a reader would call a sentence or more of prose.
    static func isProse(_ text: String) -> Bool {
        text.count >= minimumProse && text.contains(" ") && text.contains { ".!?\u{3002}".contains($0) }
    }

    private static func isBlock(_ node: HTMLNode) -> Bool {
        ["p", "div", "td", "table", "ul", "ol", "li", "blockquote", "section", "article", "h1", "h2", "h3"].contains(node.name)
    }
}
