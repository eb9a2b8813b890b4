import Foundation

/// What an element's tag, `class`, `id` and `role` say about whether it holds article text,
/// in the manner of Readability's class weights. The class/id searches are byte searches
/// (`UTF8Scan`): they run for every element of a page.
enum BoilerplateHints {
    /// Class/id words of page chrome: menus, comments, share bars, promotions.
    private static let unlikely = PhraseSet([
        "-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "breadcrumb", "combx", "comment",
        "community", "cookie", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends",
        "menu", "modal", "newsletter", "outbrain", "pager", "pagination", "popup", "promo",
        "related", "remark", "replies", "rss", "share", "sharing", "shoutbox", "sidebar", "skyscraper",
        "social", "sponsor", "subscribe", "supplemental", "taboola", "toolbar", "trending", "widget",
        "recommend", "most-popular", "mostpopular", "signup", "sign-up", "nav", "caption", "credit",
        "pullquote", "pull-quote", "pull_quote",
    ])

    /// Class/id words that redeem an element that also matches an unlikely word.
    private static let maybe = PhraseSet(["and", "article", "body", "column", "content", "main", "shadow", "story", "entry"])

    private static let negative = PhraseSet([
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer",
        "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
        "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
        "widget", "byline", "author", "caption", "credit", "newsletter", "subscribe", "social",
        "recommend", "advert", "nav", "breadcrumb", "timestamp", "dateline",
    ])

    private static let positive = PhraseSet([
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
        "blog", "story", "paragraph", "prose",
    ])

    /// Landmark roles that never hold the story.
    private static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert",
        "search", "form", "toolbar",
    ]

    /// Elements dropped with everything inside before scoring: navigation, forms, asides,
    /// figures (their captions are read separately), hidden parts.
    static let chromeElements: Set<String> = [
        "nav", "aside", "footer", "header", "form", "figure", "figcaption", "script", "dialog", "menu",
    ]

    /// True for an element that is page chrome by its tag, role or visibility.
    static func isChrome(_ node: HTMLNode) -> Bool {
        if chromeElements.contains(node.name) { return true }
        if let role = node["role"]?.lowercased(), chromeRoles.contains(role) { return true }
        if node["hidden"] != nil || node["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = node["style"].map({ UTF8Scan.replacing(" ", with: "", in: $0.lowercased()) }),
           UTF8Scan.contains(style, "display:none") || UTF8Scan.contains(style, "visibility:hidden") {
            return true
        }
        return false
    }

    /// True when the class/id names page chrome (menu, share, comments…) and nothing redeems it.
    static func isUnlikely(_ node: HTMLNode) -> Bool {
        guard node.name != "body", node.name != "article", node.name != "main" else { return false }
        let hints = node.classAndID
        return unlikely.occurs(in: hints) && !maybe.occurs(in: hints)
    }

    /// Class/id words of the lines around a story: the headline's deck or standfirst (French
    /// "chapô") and kicker, and the byline or signature (as Readability's byline classes).
    private static let furnitureWords: Set<String> = [
        "dek", "deck", "standfirst", "chapo", "chapeau", "subtitle", "kicker", "surtitre", "eyebrow", "overline",
        "byline", "author", "signature", "dateline", "writtenby",
    ]

    /// True when a class or id names a deck, kicker, byline or signature (`article__chapo`,
    /// `c-dek`, `article__signature`), matched as whole words of the attribute.
    static func namesStoryFurniture(_ classAndID: String) -> Bool {
        classAndID.split(whereSeparator: { !$0.isLetter }).contains { furnitureWords.contains(String($0)) }
    }

    /// Comment threads stay out even when they hold most of a page's text.
    static func isDiscussion(_ classAndID: String) -> Bool {
        ["comment", "disqus", "replies", "respond", "discussion"].contains { UTF8Scan.contains(classAndID, $0) }
    }

    /// -25 per negative and +25 per positive class/id match (each side counted once per attribute).
    static func classWeight(_ classAndID: String) -> Double {
        guard !classAndID.trimmingSpaces().isEmpty else { return 0 }
        var weight = 0.0
        if negative.occurs(in: classAndID) { weight -= 25 }
        if positive.occurs(in: classAndID) { weight += 25 }
        return weight
    }

    /// Readability's starting score for a container by its tag.
    static func tagWeight(_ name: String) -> Double {
        switch name {
        case "div", "article", "main", "section": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }
}
