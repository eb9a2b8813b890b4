/// `sitemap.xml` and `robots.txt`. Sitemaps need absolute URLs: without `--base-url` the
/// sitemap lists paths relative to the site root.
enum SitemapWriter {
    static func sitemap(_ entries: [(path: String, date: CalendarDate?)], baseURL: String?) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            let loc = baseURL.map { SiteLinks.absolute(entry.path, baseURL: $0) } ?? entry.path
            xml += "<url><loc>\(XMLText.escape(loc))</loc>"
            if let date = entry.date { xml += "<lastmod>\(date)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(baseURL: String?) -> String {
        "User-agent: *\nAllow: /\n" + (baseURL.map { "Sitemap: \(SiteLinks.absolute("sitemap.xml", baseURL: $0))\n" } ?? "")
    }
}
