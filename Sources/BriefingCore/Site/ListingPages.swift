/// Listing pages of briefs sharing an outlet, a tag or a publication month, each with its feed.
struct ListingPages {
    struct Listing {
        var path: String
        var title: String
        var kind: String
        var briefs: [Brief]
    }

    let listings: [Listing]

    init(_ briefs: [Brief]) {
        var outlets: [String: [Brief]] = [:], tags: [String: [Brief]] = [:], months: [String: [Brief]] = [:]
        var outletNames: [String: String] = [:], tagNames: [String: String] = [:], monthNames: [String: String] = [:]
        for brief in briefs {
            if let outlet = brief.article.outlet {
                outlets[SiteLinks.outlet(outlet), default: []].append(brief)
                outletNames[SiteLinks.outlet(outlet)] = outletNames[SiteLinks.outlet(outlet)] ?? outlet
            }
            for tag in Set(brief.article.tags) {
                tags[SiteLinks.tag(tag), default: []].append(brief)
                tagNames[SiteLinks.tag(tag)] = tagNames[SiteLinks.tag(tag)] ?? tag
            }
            if let date = brief.article.published {
                months[SiteLinks.month(date), default: []].append(brief)
                monthNames[SiteLinks.month(date)] = BriefText.dateLabel(SiteLinks.monthKey(date))
            }
        }
        func make(_ groups: [String: [Brief]], _ names: [String: String], _ kind: String) -> [Listing] {
            groups.keys.sorted().map { Listing(path: $0, title: names[$0]!, kind: kind, briefs: groups[$0]!) }
        }
        listings = make(outlets, outletNames, "Outlet") + make(tags, tagNames, "Tag") + make(months, monthNames, "Month")
    }

    /// Feed path of a listing ("outlets/ap.xml").
    static func feedPath(_ listing: Listing) -> String { String(listing.path.dropLast(5)) + ".xml" }

    /// Path of page `number` of a listing: the listing's own path, then "outlets/ap/page/2.html"….
    static func pagePath(_ listing: Listing, _ number: Int) -> String {
        number <= 1 ? listing.path : "\(listing.path.dropLast(5))/page/\(number).html"
    }

    /// The pages of a listing, `itemsPerPage` briefs each.
    func pages(_ listing: Listing, itemsPerPage: Int) -> [Pagination.Page] {
        Pagination.pages(listing.briefs, itemsPerPage: itemsPerPage) { Self.pagePath(listing, $0) }.map { page in
            var page = page
            let base = page.context
            page.context = {
                var context = base()
                let root = SiteLinks.root(for: page.path)
                context["title"] = listing.title
                context["kind"] = listing.kind
                context["count"] = listing.briefs.count
                context["feedURL"] = root + Self.feedPath(listing)
                return context
            }
            return page
        }
    }

    /// Links for the index page's "Browse" section, newest month first.
    func browse(root: String) -> [String: Any] {
        func links(_ kind: String) -> [[String: Any]] {
            listings.filter { $0.kind == kind }.map { ["name": $0.title, "url": root + $0.path, "count": $0.briefs.count] }
        }
        let outlets = links("Outlet"), tags = links("Tag"), months = Array(links("Month").reversed())
        return [
            "outlets": outlets, "hasOutlets": !outlets.isEmpty, "tags": tags, "hasTags": !tags.isEmpty,
            "months": months, "hasMonths": !months.isEmpty,
        ]
    }
}
