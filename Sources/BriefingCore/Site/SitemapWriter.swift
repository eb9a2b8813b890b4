/// `sitemap.xml` and `robots.txt`. Sitemaps need absolute URLs, so a site without
/// `--base-url` has none.
enum SitemapWriter {
    static func sitemap(_ entries: [(path: String, date: CalendarDate?)], baseURL: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            let loc = SiteLinks.absolute(entry.path, baseURL: baseURL)
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
