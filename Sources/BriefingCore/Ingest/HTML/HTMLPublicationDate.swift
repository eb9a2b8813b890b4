import Foundation

/// The publication date of a saved web page: JSON-LD `datePublished`, the usual meta tags,
/// the first `<time datetime>`, or the text of a date/byline element.
enum HTMLPublicationDate {
    private static let metaKeys = [
        "article:published_time", "article:published", "og:published_time", "pdate", "datepublished",
        "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dc.date", "date",
    ]

    static func find(_ page: HTMLNode, meta: [String: String], jsonLD: JSONLDArticle?) -> CalendarDate? {
        let candidates = [jsonLD?.datePublished] + metaKeys.map { meta[$0] } + [page.elements { $0.name == "time" }.first?["datetime"]]
        // A placeholder ("0001-01-01") gives way to the next candidate.
        return candidates.lazy.compactMap { PublicationDateResolver.plausible($0.flatMap(date)) }.first
            ?? page.elements(where: isDateElement).lazy.compactMap { PublicationDateResolver.plausible(date($0.textContent)) }.first
    }

    /// An element whose class or id says it holds the publication date.
    private static func isDateElement(_ node: HTMLNode) -> Bool {
        let hints = node.classAndID
        return ["publish", "dateline", "timestamp", "post-date", "entry-date", "article-date", "byline"].contains { UTF8Scan.contains(hints, $0) }
    }

    /// "2025-04-17T09:12:00+09:00", "20250417", "April 17, 2025", "17 April 2025".
    static func date(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingSpaces()
        if let iso = DateText.isoDate(trimmed) { return iso }
        if trimmed.count == 8, trimmed.allSatisfy(\.isASCII), Int(trimmed) != nil {
            let digits = Array(trimmed)
            return CalendarDate(iso: String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8]))
        }
        guard text.count < 200, let found = DateText.dates(in: text).first, let year = found.year else { return nil }
        return CalendarDate(year: year, month: found.month, day: found.day)
    }
}
