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
    }

    /// `nil` when the bytes hold no HTML document.
    func read(_ bytes: [UInt8]) -> Result? {
        guard let page = HTMLDocumentParser.parse(bytes) else { return nil }
        let metadata = HTMLPageMetadata(page)
        var paragraphs = MainContentExtractor().paragraphs(in: page)
        if let body = metadata.articleBody, body.count > paragraphs.reduce(0, { $0 + $1.count }) * 2 {
            // Pages that render their text with scripts still carry it in JSON-LD.
            paragraphs = body.components(separatedBy: .newlines).map(HTMLText.collapsingWhitespace).filter { !$0.isEmpty }
        }
        paragraphs = paragraphs.map(\.precomposedStringWithCanonicalMapping)
        paragraphs = withoutHeaderLines(paragraphs, title: metadata.title)
        var result = Result(metadata: metadata, paragraphs: paragraphs)
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

    /// Drops the headline, bylines and date lines the body may open with.
    private func withoutHeaderLines(_ paragraphs: [String], title: String?) -> [String] {
        let titleKey = title.map(ScrapedTextParser.comparisonKey)
        var lead = 0
        while lead < min(paragraphs.count, 4) {
            let text = paragraphs[lead]
            let isHeader = ScrapedTextParser.comparisonKey(text) == titleKey
                || (text.count < 80 && BylineParser.authors(in: text) != nil && text.hasPrefix("By"))
                || LineClassifier.standaloneDate(text) != nil
            guard isHeader else { break }
            lead += 1
        }
        return Array(paragraphs.dropFirst(lead))
    }
}
