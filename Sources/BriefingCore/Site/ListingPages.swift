/// Listing pages of briefs sharing an outlet, a tag or a publication month, each with its feed.
struct ListingPages {
    struct Listing {
        var path: String
        var title: String
        var kind: BrowseKind
        var briefs: [BriefDigest]
    }

    let listings: [Listing]

    init(_ briefs: [BriefDigest]) {
        var outlets: [String: [BriefDigest]] = [:], tags: [String: [BriefDigest]] = [:], months: [String: [BriefDigest]] = [:]
        var outletNames: [String: [String]] = [:], tagNames: [String: [String]] = [:], monthNames: [String: [String]] = [:]
        // Each name's page path, made once however many briefs share the name.
        var outletPaths: [String: String] = [:], tagPaths: [String: String] = [:]
        func path(_ name: String, _ known: inout [String: String], _ make: (String) -> String) -> String {
            if let path = known[name] { return path }
            let path = make(name)
            known[name] = path
            return path
        }
        for brief in briefs {
            if let outlet = brief.outlet {
                let path = path(outlet, &outletPaths, SiteLinks.outlet)
                outlets[path, default: []].append(brief)
                outletNames[path, default: []].append(outlet)
            }
            var seen: Set<String> = []
            for tag in brief.tags {
                let path = path(tag, &tagPaths, SiteLinks.tag)
                guard seen.insert(path).inserted else { continue }
                tags[path, default: []].append(brief)
                tagNames[path, default: []].append(tag)
            }
            if let date = brief.published {
                let path = SiteLinks.month(date)
                months[path, default: []].append(brief)
                // A month's name is the same for each of its briefs: made for the first.
                if monthNames[path] == nil { monthNames[path] = [TimexValue(SiteLinks.monthKey(date)).label] }
            }
        }
        // One page per name however it is spelled ("NASA", "nasa"); the page shows the best spelling.
        func make(_ groups: [String: [BriefDigest]], _ names: [String: [String]], _ kind: BrowseKind) -> [Listing] {
            groups.keys.sorted().map { Listing(path: $0, title: TagCleaner.preferredSpelling(names[$0]!)!, kind: kind, briefs: groups[$0]!) }
        }
        listings = make(outlets, outletNames, .outlets) + make(tags, tagNames, .tags) + make(months, monthNames, .months)
    }

    /// Feed path of a listing ("outlets/ap.xml").
    static func feedPath(_ listing: Listing) -> String { String(listing.path.dropLast(5)) + ".xml" }

    /// Path of page `number` of a listing: the listing's own path, then "outlets/ap/page/2.html"….
    static func pagePath(_ listing: Listing, _ number: Int) -> String {
        number <= 1 ? listing.path : "\(listing.path.dropLast(5))/page/\(number).html"
    }

    /// The pages of a listing, `itemsPerPage` briefs each.
    func pages(_ listing: Listing, cards: BriefCards, itemsPerPage: Int) -> [Pagination.Page] {
        Pagination.pages(listing.briefs, cards: cards, itemsPerPage: itemsPerPage) { Self.pagePath(listing, $0) }.map { page in
            var page = page
            let base = page.context
            page.context = {
                var context = base()
                let root = SiteLinks.root(for: page.path)
                context["title"] = .text(listing.title)
                context["kind"] = .text(listing.kind.singular)
                context["count"] = .number(listing.briefs.count)
                context["feedURL"] = .text(root + Self.feedPath(listing))
                return context
            }
            return page
        }
    }

    /// Outlets and tags the index page links to (the most briefs first), and months (newest first).
    static let browseLimit = 20

    /// Links for the index page's "Browse" section: the `browseLimit` outlets and tags with the
    /// most briefs (only those of several briefs when not all fit) and the newest months, each
    /// with a link to the page listing all of them.
    func browse(root: String) -> TemplateValues {
        var context: TemplateValues = [:]
        for kind in BrowseKind.allCases {
            var all = listings.filter { $0.kind == kind }
            if kind == .months { all.reverse() } else { all.sort { ($0.briefs.count, $1.title.lowercased()) > ($1.briefs.count, $0.title.lowercased()) } }
            // When not all fit, the index names only what more than one brief shares.
            let top = all.count <= Self.browseLimit || kind == .months ? all : all.filter { $0.briefs.count > 1 }
            let shown = top.prefix(Self.browseLimit).map { listing -> TemplateValues in
                ["name": .text(listing.title), "url": .text(root + listing.path), "count": .number(listing.briefs.count)]
            }
            context[kind.rawValue] = .items(shown)
            context["has" + kind.title] = .flag(!shown.isEmpty)
            context[kind.rawValue + "Total"] = .number(all.count)
            context[kind.rawValue + "More"] = .flag(all.count > shown.count)
            context[kind.rawValue + "URL"] = .text(root + kind.path)
        }
        return context
    }

    /// The outlets, tags and months pages, each listing every one of its kind.
    enum BrowseKind: String, CaseIterable {
        case outlets, tags, months
        /// What one listing of the kind is called on its page ("Outlet: AP").
        var singular: String {
            switch self {
            case .outlets: "Outlet"
            case .tags: "Tag"
            case .months: "Month"
            }
        }
        var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
        /// "outlets.html": beside the folder of outlet pages, where no outlet's page can take its name.
        var path: String { rawValue + ".html" }
    }

    /// The context of the page listing every outlet, tag or month: alphabetical (months newest
    /// first), each with its number of briefs.
    func overview(_ kind: BrowseKind) -> TemplateValues {
        var all = listings.filter { $0.kind == kind }
        if kind == .months { all.reverse() } else { all.sort { ($0.title.lowercased(), $0.path) < ($1.title.lowercased(), $1.path) } }
        return [
            "title": .text(kind.title), "count": .number(all.count),
            "links": .items(all.map { listing -> TemplateValues in ["name": .text(listing.title), "url": .text(listing.path), "count": .number(listing.briefs.count)] }),
        ]
    }
}
