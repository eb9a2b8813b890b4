@testable import BriefingCore

/// Quotes extracted from a test case's text, its paragraphs separated by blank lines; shared by
/// the quote suites written from the unseen-style sets.
enum QuoteCase {
    static func quotes(_ text: String, title: String = "Case") -> [Quote] {
        QuoteExtractor().extract(Article(
            source: "case.txt", slug: "case", title: title, paragraphs: text.components(separatedBy: "\n\n").map { Paragraph(text: $0) }))
    }

    /// Each quote as "text — speaker" ("nobody" when it has none).
    static func pairs(_ text: String, title: String = "Case") -> [String] {
        quotes(text, title: title).map { "\($0.text) — \($0.speaker ?? "nobody")" }
    }

    /// Each quote as "text — mention" ("nobody" when it has none).
    static func mentions(_ text: String) -> [String] {
        quotes(text).map { "\($0.text) — \($0.mention ?? "nobody")" }
    }
}
