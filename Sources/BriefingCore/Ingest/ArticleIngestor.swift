import Foundation

/// Turns one input file into a clean `Article`, or explains why it was skipped.
public struct ArticleIngestor: Sendable {
    /// The result of ingesting one file.
    public enum Outcome: Sendable {
        case article(Article, warnings: [Diagnostic])
        case skipped(Diagnostic)
    }

    /// File extensions the ingestor reads.
    public static let supportedExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml"]

    public init() {}

    /// Ingests `file`; the slug is provisional until the build makes slugs unique.
    public func ingest(_ file: SourceFile) -> Outcome {
        // Read once: Foundation's path parsing costs more than a short article's line checks.
        let fileExtension = file.fileExtension
        guard Self.supportedExtensions.contains(fileExtension) else {
            return .skipped(Diagnostic(.warning, stage: .ingest, file: file.path, message: "unsupported file type '.\(fileExtension)'; skipped"))
        }
        let decoded: SourceTextDecoder.Decoded
        do {
            decoded = try SourceTextDecoder.decode(file.bytes)
        } catch {
            return .skipped(Diagnostic(.warning, stage: .ingest, file: file.path, message: error.description))
        }
        if ["html", "htm", "xhtml"].contains(fileExtension) {
            return ingestPage(file, text: decoded.text, isValidUTF8: SourceTextDecoder.isValidUTF8(file.bytes, decoded: decoded))
        }
        var warnings: [Diagnostic] = []
        if decoded.repaired {
            warnings.append(Diagnostic(.warning, stage: .ingest, file: file.path, message: "invalid UTF-8 replaced with U+FFFD"))
        }
        var frontMatter = FrontMatter()
        var lines = SourceLine.lines(of: decoded.text)
        if fileExtension == "md" || fileExtension == "markdown" {
            let (yaml, bodyOffset) = FrontMatter.split(decoded.text)
            if let yaml {
                do {
                    frontMatter = try FrontMatter.parse(yaml, firstLine: 2)
                } catch {
                    return .skipped(Diagnostic(.error, stage: .ingest, file: file.path, line: error.line, message: error.message))
                }
                lines = lines.filter { $0.number > bodyOffset }
            }
            if frontMatter.draft {
                return .skipped(Diagnostic(.warning, stage: .ingest, file: file.path, message: "draft: true; skipped"))
            }
        }
        let parsed = ScrapedTextParser().parse(lines)
        guard !parsed.paragraphs.isEmpty || frontMatter.title != nil else {
            return .skipped(Diagnostic(.warning, stage: .ingest, file: file.path, message: "no article text found; skipped"))
        }
        return .article(assemble(file, decoded.text, parsed, frontMatter), warnings: warnings)
    }

    private func assemble(_ file: SourceFile, _ text: String, _ parsed: ScrapedTextParser.Result, _ fm: FrontMatter) -> Article {
        let lead = parsed.paragraphs.first?.text ?? ""
        let explicit = parsed.dateLine.flatMap { d in d.year.map { CalendarDate(year: $0, month: d.month, day: d.day) } }
        let published = PublicationDateResolver.plausible(fm.date) ?? PublicationDateResolver.resolve(
            explicit: explicit, partial: parsed.datelineDate ?? parsed.dateLine.map { ($0.month, $0.day, $0.year) },
            lead: lead, context: (parsed.captions.map(\.text) + parsed.paragraphs.map(\.text)).joined(separator: "\n")) ?? PathDate.fileName(file.path)
        let title = fm.title ?? parsed.title ?? TitleDeriver.title(fromLead: lead) ?? file.path
        let stem = { ((file.path as NSString).lastPathComponent as NSString).deletingPathExtension }
        return Article(
            source: file.path,
            slug: Slug.make(fm.slug ?? (title.isEmpty ? stem() : title)),
            title: title,
            outlet: fm.outlet ?? parsed.outlet,
            dateline: parsed.dateline,
            published: published,
            authors: fm.authors.isEmpty ? parsed.authors : fm.authors,
            summary: fm.summary ?? parsed.deck,
            paragraphs: parsed.paragraphs,
            captions: parsed.captions,
            sourceURL: fm.sourceURL,
            tags: fm.tags,
            text: text)
    }
}
