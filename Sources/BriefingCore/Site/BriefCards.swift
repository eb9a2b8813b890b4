import Synchronization

/// The cards of index and listing pages: each brief's card is made once, with its title and
/// summary escaped once (`titleHTML`, `summaryHTML`), and shown on every page that lists it.
///
/// A card is made the first time a page shows it and kept for the others (the index, its
/// outlet, month and tags): a rebuild renders few listing pages, so most cards are never made.
final class BriefCards: Sendable {
    /// Longest summary on a card, in characters (about 50 words).
    static let cardSummaryLimit = 320

    /// "1 quote", "3 quotes".
    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The cards made so far, by slug (unique across the site).
    private let made = Mutex<[String: BriefCard]>([:])

    init() {}

    /// The cards of `briefs` on a page `root` away from the site root.
    func cards(_ briefs: some Sequence<BriefDigest>, root: String) -> [BriefCard.OnPage] {
        briefs.map { BriefCard.OnPage(card: card($0), root: root) }
    }

    /// The card of `brief`: made before, or made now.
    private func card(_ brief: BriefDigest) -> BriefCard {
        if let known = made.withLock({ $0[brief.slug] }) { return known }
        let card = BriefCard(brief)
        made.withLock { $0[brief.slug] = card }
        return card
    }
}

/// A brief's card: title, date, outlet, authors, the start of its summary and its counts.
struct BriefCard: Sendable {
    let slug: String
    let title: String
    let titleHTML: String
    let published: CalendarDate?
    let publishedLabel: String
    let outlet: String?
    let authors: String
    let hasAuthors: Bool
    /// A card shows the start of a long summary; the brief shows it all.
    let summary: String
    let summaryHTML: String
    /// What the brief page shows under "Key quotes" and "By the numbers".
    let quoteCount: Int
    let figureCount: Int

    init(_ brief: BriefDigest) {
        slug = brief.slug
        title = brief.title
        titleHTML = HTMLEscaper.escape(brief.title)
        published = brief.published
        publishedLabel = brief.published.map(BriefText.longDate) ?? "Undated"
        outlet = brief.outlet
        authors = brief.authors.joined(separator: ", ")
        hasAuthors = !brief.authors.isEmpty
        summary = PageMeta.shortened(brief.summary, limit: BriefCards.cardSummaryLimit)
        summaryHTML = HTMLEscaper.escape(summary)
        quoteCount = brief.keyQuoteCount
        figureCount = brief.keyFigureCount
    }

    /// The card on a page `root` away from the site root, where its links start.
    struct OnPage: TemplateContext {
        let card: BriefCard
        let root: String

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .title: .text(card.title)
            case .titleHTML: .text(card.titleHTML)
            case .url: .text(root + SiteLinks.brief(card.slug))
            case .published: .text(card.published?.description ?? "")
            case .publishedLabel: .text(card.publishedLabel)
            case .hasPublished: .flag(card.published != nil)
            case .outlet: .text(card.outlet ?? "")
            case .hasOutlet: .flag(card.outlet != nil)
            case .outletURL: .text(card.outlet.map { root + SiteLinks.outlet($0) } ?? "")
            case .authors: .text(card.authors)
            case .hasAuthors: .flag(card.hasAuthors)
            case .summary: .text(card.summary)
            case .summaryHTML: .text(card.summaryHTML)
            case .quoteCount: .number(card.quoteCount)
            case .figureCount: .number(card.figureCount)
            case .quoteLabel: .text(BriefCards.counted(card.quoteCount, "quote"))
            case .figureLabel: .text(BriefCards.counted(card.figureCount, "figure"))
            default: nil
            }
        }
    }
}
