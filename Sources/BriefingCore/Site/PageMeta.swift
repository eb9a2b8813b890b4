/// What the layout needs to know about a page besides its content.
struct PageMeta {
    /// Path relative to the site root ("briefs/a.html").
    var path: String
    var title: String
    var description: String
    /// OpenGraph type: "website" or "article".
    var type = "website"
    /// Schema.org JSON-LD for the page, if any.
    var jsonLD: RecordValue?
    /// Atom feed specific to this page (listing pages), relative to the site root.
    var feed: String?

    /// The JSON-LD as text safe inside a `<script>` element.
    var jsonLDText: String? {
        jsonLD.map { JSONWriter.string($0, pretty: false).replacingOccurrences(of: "<", with: "\\u003c") }
    }
}
