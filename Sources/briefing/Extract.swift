import ArgumentParser
import BriefingCore
import Foundation

/// `briefing extract`: what ingest and extraction find in article files, as JSON or Markdown briefs.
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what Briefing extracts from article files.",
        discussion: """
            json prints one JSON array with one object per file, in input order, with the keys \
            source, slug, title, outlet, dateline, published, authors, summary, paragraphs, \
            captions, quotes, figures, times and events; a file that cannot be briefed gives \
            {"source": …, "error": …} in its place, and the command exits 1 after printing all. \
            markdown prints the brief of each file.
            """)

    @OptionGroup var input: ArticleFileOptions

    func run() async throws {
        let reference = input.referenceDate
        var records: [RecordValue] = []
        var failed = false
        for path in input.files {
            guard let data = FileManager.default.contents(atPath: path) else {
                StandardError.print("error: \(path): cannot read file [ingest]")
                records.append(Self.failure(path, "cannot read file"))
                failed = true
                continue
            }
            let item = BriefPipeline.process(SourceFile(path: path, bytes: [UInt8](data)), referenceDate: reference)
            for diagnostic in item.diagnostics { StandardError.print(diagnostic.description) }
            guard let brief = item.brief else {
                let reason = item.diagnostics.last?.message ?? "no brief could be made"
                records.append(Self.failure(path, reason))
                failed = true
                continue
            }
            switch input.format {
            case .json: records.append(ArticleRecord.make(brief))
            case .markdown: print(try BriefMarkdownWriter().markdown(brief))
            }
        }
        if input.format == .json { print(JSONWriter.string(.array(records))) }
        if failed { throw ExitCode.failure }
    }

    /// The JSON object standing for a file that could not be briefed, in its input position.
    static func failure(_ path: String, _ reason: String) -> RecordValue {
        .object([("source", .string(path)), ("error", .string(reason))])
    }
}
