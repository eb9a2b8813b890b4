import Foundation

extension ArticleIngestor {
    /// Ingests a saved web page; `text` is the decoded page source, `isValidUTF8` whether the
    /// decoding found its bytes valid UTF-8.
    func ingestPage(_ file: SourceFile, text: String, isValidUTF8: Bool) -> Outcome {
        guard let page = HTMLArticleReader().read(file.bytes, isValidUTF8: isValidUTF8), !page.paragraphs.isEmpty else {
            return .skipped(Diagnostic(.warning, stage: .ingest, file: file.path, message: "no article text found in the page; skipped"))
        }
        let warnings = page.fallback.map {
            [Diagnostic(.warning, stage: .ingest, file: file.path, message: "main text not found; used \($0.rawValue)")]
        } ?? []
        let meta = page.metadata
        let lead = page.paragraphs.first ?? ""
        let published = meta.published ?? PublicationDateResolver.resolve(
            explicit: nil, partial: page.datelineDate, lead: lead, context: (meta.captions.map(\.text) + page.paragraphs).joined(separator: "\n"))
            ?? meta.sourceURL.flatMap(PathDate.url) ?? PathDate.fileName(file.path)
        let title = meta.title ?? TitleDeriver.title(fromLead: lead) ?? file.path
        let article = Article(
            source: file.path,
            slug: Slug.make(title),
            title: title,
            // A page that names no outlet is shown by its site's host ("sputniknews.com").
            outlet: meta.outlet ?? page.datelineOutlet ?? meta.sourceURL.flatMap(OutletNames.host(of:)),
            dateline: page.dateline,
            published: published,
            authors: meta.authors,
            summary: meta.summary,
            paragraphs: page.paragraphs.map { Paragraph(text: $0) },
            captions: meta.captions,
            sourceURL: meta.sourceURL,
            tags: meta.tags,
            text: text)
        return .article(article, warnings: warnings)
    }
}
