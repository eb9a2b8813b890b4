/// What `layout.mustache` shows around a page's content. The title, the description and the
/// site title each appear three times in the page head, so they are escaped once here
/// (`titleHTML`, `descriptionHTML`, `siteTitleHTML`); the plain keys stay for user templates.
struct LayoutContext: TemplateContext {
    var title: String
    var siteTitle: String
    var siteTitleHTML: String
    var isHome: Bool
    /// The page's meta description, already shortened.
    var description: String
    var language: String
    var root: String
    /// The page's own HTML (UTF-8), inserted raw.
    var content: ByteBuffer
    var type: String
    var feedURL: String
    var canonical: String?
    var jsonLD: String?
    let titleHTML: String
    let descriptionHTML: String

    init(
        title: String, siteTitle: String, siteTitleHTML: String, isHome: Bool, description: String, language: String,
        root: String, content: ByteBuffer, type: String, feedURL: String, canonical: String?, jsonLD: String?
    ) {
        self.title = title
        self.siteTitle = siteTitle
        self.siteTitleHTML = siteTitleHTML
        self.isHome = isHome
        self.description = description
        self.language = language
        self.root = root
        self.content = content
        self.type = type
        self.feedURL = feedURL
        self.canonical = canonical
        self.jsonLD = jsonLD
        titleHTML = HTMLEscaper.escape(title)
        descriptionHTML = HTMLEscaper.escape(description)
    }

    func child(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .title: .text(title)
        case .titleHTML: .text(titleHTML)
        case .siteTitle: .text(siteTitle)
        case .siteTitleHTML: .text(siteTitleHTML)
        case .isHome: .flag(isHome)
        case .description: .text(description)
        case .descriptionHTML: .text(descriptionHTML)
        case .language: .text(language)
        case .root: .text(root)
        case .content: .utf8(content)
        case .type: .text(type)
        case .feedURL: .text(feedURL)
        case .canonical: canonical.map { .text($0) }
        case .jsonLD: jsonLD.map { .text($0) }
        default: nil
        }
    }
}
