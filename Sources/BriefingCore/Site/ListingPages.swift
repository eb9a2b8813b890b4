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
        var outlets = Groups<String>(), tags = Groups<String>(), months = Groups<Month>()
        // The groups of one brief's tags so far: a tag spelled two ways lists the brief once.
        var tagged: [Int] = []
        for brief in briefs {
            if let outlet = brief.outlet {
                outlets.add(brief, named: outlet, to: outlets.group(outlet, path: SiteLinks.outlet))
            }
            tagged.removeAll(keepingCapacity: true)
            for tag in brief.tags {
                let group = tags.group(tag, path: SiteLinks.tag)
                guard !tagged.contains(group) else { continue }
                tagged.append(group)
                tags.add(brief, named: tag, to: group)
            }
            if let date = brief.published {
                // A month's name is the same for each of its briefs: made for the first.
                let group = months.group(
                    Month(year: date.year, month: date.month), path: { _ in SiteLinks.month(date) },
                    firstName: { _ in TimexValue(SiteLinks.monthKey(date)).label })
                months.add(brief, to: group)
            }
        }
        listings = outlets.listings(.outlets) + tags.listings(.tags) + months.listings(.months)
    }

    /// A publication month, as briefs are grouped by it.
    private struct Month: Hashable {
        let year: Int
        let month: Int
    }

    /// Briefs grouped by the path of the page that lists them, with the names they were listed
    /// under. A name's group is found by one look-up of the name; its path is made, and looked
    /// up among the groups' paths, only the first time the name comes.
    private struct Groups<Name: Hashable> {
        private var byName: [Name: Int] = [:]
        private var byPath: [String: Int] = [:]
        private var paths: [String] = []
        private var briefs: [[BriefDigest]] = []
        private var names: [[String]] = []

        /// The group of the page at `path(name)`, made when there is none, with `firstName`
        /// (when given) as the name of a group made.
        mutating func group(_ name: Name, path: (Name) -> String, firstName: ((Name) -> String)? = nil) -> Int {
            if let known = byName[name] { return known }
            let path = path(name)
            let group: Int
            if let known = byPath[path] {
                group = known
            } else {
                group = paths.count
                byPath[path] = group
                paths.append(path)
                briefs.append([])
                names.append(firstName.map { [$0(name)] } ?? [])
            }
            byName[name] = group
            return group
        }

        /// Lists `brief` in `group`, under `name` when given.
        mutating func add(_ brief: BriefDigest, named name: String? = nil, to group: Int) {
            briefs[group].append(brief)
            if let name { names[group].append(name) }
        }

        /// The listings of the groups, by path; each titled with the best spelling of its names.
        func listings(_ kind: BrowseKind) -> [Listing] {
            paths.indices.sorted { paths[$0] < paths[$1] }.map { group in
                Listing(path: paths[group], title: TagCleaner.preferredSpelling(names[group])!, kind: kind, briefs: briefs[group])
            }
        }
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
