import Foundation

/// Validates a project's inputs without writing anything (`briefing check`): every file is
/// ingested and extracted, and what a careful editor would want fixed is reported.
public struct ProjectChecker: Sendable {
    public init() {}

    public func check(input: URL) async throws -> [Diagnostic] {
        let paths = try SourceLoader().paths(in: input)
        let items = await BriefPipeline().run(paths: paths, in: input)
        var diagnostics: [Diagnostic] = []
        var titles: [String: String] = [:]
        for item in items {
            diagnostics += item.diagnostics
            guard let brief = item.brief else { continue }
            let article = brief.article
            func warn(_ message: String, line: Int? = nil) {
                diagnostics.append(Diagnostic(.warning, stage: .check, file: item.path, line: line, message: message))
            }
            if article.published == nil { warn("no publication date found; add a date line or front matter 'date'") }
            if article.authors.isEmpty { warn("no author found") }
            // A quote credited to a description ("the website") has a source, if no named one.
            let unattributed = brief.extraction.quotes.filter { !KeyQuotes.hasSource($0) }
            for quote in unattributed {
                warn("quote without a speaker: \u{201C}\(quote.text.prefix(60))\u{201D}", line: line(of: quote.paragraph, in: article))
            }
            let key = article.title.lowercased()
            if let other = titles[key] {
                warn("same headline as \(other); one of them may be a duplicate")
            } else {
                titles[key] = item.path
            }
        }
        return diagnostics
    }

    /// The 1-based line of a paragraph in the source text, when it is known.
    private func line(of paragraph: Int, in article: Article) -> Int? {
        guard article.paragraphs.indices.contains(paragraph),
              let offset = article.paragraphs[paragraph].sourceOffset(ofScalar: 0) else { return nil }
        var line = 1
        for scalar in article.text.unicodeScalars.prefix(offset) where scalar == "\n" { line += 1 }
        return line
    }
}
