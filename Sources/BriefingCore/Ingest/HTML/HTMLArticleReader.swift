import Foundation

/// Reads a saved web page into the parts of an article: metadata from the page head and
/// markup, body paragraphs from the main-content extractor, the wire dateline from the lead.
struct HTMLArticleReader {
    struct Result {
        var metadata: HTMLPageMetadata
        var dateline: Dateline?
        var datelineDate: (month: Int, day: Int, year: Int?)?
        var datelineOutlet: String?
        var paragraphs: [String]
        /// Set when the main-content search found nothing and the text came from a fallback.
        var fallback: HTMLFallbackText.Source?
    }

    /// `nil` when the bytes hold no HTML document. `isValidUTF8` says whether the bytes are
    /// valid UTF-8, when the caller knows; otherwise the parser checks.
    func read(_ bytes: [UInt8], isValidUTF8: Bool? = nil) -> Result? {
        guard let page = HTMLDocumentParser.parse(bytes, isValidUTF8: isValidUTF8) else { return nil }
        let metadata = HTMLPageMetadata(page)
        var paragraphs = MainContentExtractor().paragraphs(in: page)
        if let body = metadata.articleBody, body.count > paragraphs.reduce(0, { $0 + $1.count }) * 2 {
            // Pages that render their text with scripts still carry it in JSON-LD.
            paragraphs = body.components(separatedBy: .newlines).map(HTMLText.collapsingWhitespace).filter { !$0.isEmpty }
        }
        var fallback: HTMLFallbackText.Source?
        if paragraphs.isEmpty, let found = HTMLFallbackText.paragraphs(in: page, metadata: metadata) {
            (paragraphs, fallback) = (found.paragraphs, found.source)
        }
        paragraphs = paragraphs.map(CanonicalText.precomposed)
        paragraphs = withoutHeaderLines(paragraphs, title: metadata.title, authors: metadata.authors)
        var result = Result(metadata: metadata, paragraphs: paragraphs, fallback: fallback)
        if let first = paragraphs.first, let match = DatelineParser.parse(first) {
            result.dateline = match.dateline
            result.datelineOutlet = match.outlet
            if let month = match.month, let day = match.day { result.datelineDate = (month, day, match.year) }
            let rest = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(match.length)))
            result.paragraphs[0] = rest
            if rest.isEmpty { result.paragraphs.removeFirst() }
        }
        return result
    }

    /// Drops the headline, bylines and date lines among the first paragraphs.
    private func withoutHeaderLines(_ paragraphs: [String], title: String?, authors: [String]) -> [String] {
        let titleKey = title.map(ScrapedTextParser.comparisonKey)
        // "Island Gazette - Minimum wage to rise": a part of a title that still names the site.
        let titleParts = Set([" - ", " | ", " – ", " — "].reduce([title ?? ""]) { parts, separator in parts.flatMap { $0.components(separatedBy: separator) } }
            .filter { $0.split(separator: " ").count >= 3 }.map(ScrapedTextParser.comparisonKey))
        func isHeader(_ text: String) -> Bool {
            // "November 20, 2019 Emiliano Bellini", "By Jane Doe | Updated 10:03 a.m."
            let namesAnAuthor = text.count < 100 && authors.contains { text.range(of: $0, options: .caseInsensitive) != nil }
                && (text.hasPrefix("By") || !DateText.dates(in: text).isEmpty || text.count < 40)
            let key = ScrapedTextParser.comparisonKey(text)
            return key == titleKey || titleParts.contains(key) || namesAnAuthor
                || (text.count < 80 && BylineParser.authors(in: text) != nil && text.hasPrefix("By"))
                // "By Staff Reporter | Published Mar 18, 2024 at 8:00 am"
                || (text.count < 100 && text.hasPrefix("By ") && !DateText.dates(in: text).isEmpty)
                || LineClassifier.standaloneDate(text) != nil
        }
        return paragraphs.enumerated().filter { $0.offset >= 4 || !isHeader($0.element) }.map(\.element)
    }
}
