import Foundation
import Testing
@testable import BriefingCore

/// A brief page's JSON-LD is written straight to bytes (`BriefPage.jsonLD`): it must be the
/// text `JSONWriter` makes of the same record built as `RecordValue`s, with "<" escaped,
/// whichever of the optional fields the article has and whatever its texts hold.
struct Pages39JSONLDTests {
    /// The record as the page built it before: a tree of values, then `JSONWriter`.
    static func plain(_ brief: Brief, url: String?, siteName: String) -> String {
        let article = brief.article
        func organization(_ name: String) -> RecordValue { .object([("@type", .string("Organization")), ("name", .string(name))]) }
        func people(_ names: [String]) -> RecordValue { .array(names.map { .object([("@type", .string("Person")), ("name", .string($0))]) }) }
        var original: [(String, RecordValue)] = [("@type", .string("NewsArticle")), ("headline", .string(article.title))]
        if let source = BriefPage.safeURL(article.sourceURL) { original.append(("url", .string(source))) }
        if let date = article.published { original.append(("datePublished", .string(date.description))) }
        if !article.authors.isEmpty { original.append(("author", people(article.authors))) }
        if let outlet = article.outlet { original.append(("publisher", organization(outlet))) }
        var pairs: [(String, RecordValue)] = [
            ("@context", .string("https://schema.org")), ("@type", .string("NewsArticle")),
            ("headline", .string(article.title)), ("description", .string(PageMeta.shortened(brief.summary))),
        ]
        if let url { pairs.append(("url", .string(url))) }
        pairs.append(("publisher", organization(siteName)))
        pairs.append(("isBasedOn", .object(original)))
        var speakers: [String] = []
        for quote in brief.extraction.quotes { if let s = quote.speaker, !speakers.contains(s) { speakers.append(s) } }
        if !speakers.isEmpty { pairs.append(("mentions", people(speakers))) }
        return JSONWriter.string(.object(pairs), pretty: false).replacingOccurrences(of: "<", with: "\\u003c")
    }

    static let texts = ["", "Plain title", "AT&T's \"bid\" </script><b>", "tab\there\nline \\ back", "“curly” — café 👍🏽", "\u{2028}sep\u{2029}"]

    @Test func writesWhatTheRecordGives() throws {
        var generator = SystemRandomNumberGenerator()
        for seed in [Repo.seed000, Repo.seed002] {
            let base = try Repo.brief(seed)
            #expect(BriefPage.jsonLD(base, url: nil, siteName: "Site") == Self.plain(base, url: nil, siteName: "Site"))
            for _ in 0..<200 {
                var brief = base
                func text() -> String { Self.texts.randomElement(using: &generator)! }
                brief.article.title = text()
                brief.summary = text() + text()
                brief.article.outlet = Bool.random(using: &generator) ? text() : nil
                brief.article.published = Bool.random(using: &generator) ? CalendarDate(year: 2025, month: 4, day: 17) : nil
                brief.article.authors = (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() }
                brief.article.sourceURL = ["https://example.com/a?b=<c>", "javascript:alert(1)", nil].randomElement(using: &generator)!
                if Bool.random(using: &generator) { brief.extraction.quotes = brief.extraction.quotes.map { var quote = $0; quote.speaker = quote.speaker.map { _ in text() }; return quote } }
                let url = Bool.random(using: &generator) ? "https://site.example/briefs/" + text() : nil
                let site = text()
                #expect(BriefPage.jsonLD(brief, url: url, siteName: site) == Self.plain(brief, url: url, siteName: site))
            }
        }
    }
}
