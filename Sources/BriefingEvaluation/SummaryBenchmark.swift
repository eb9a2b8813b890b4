import BriefingCore
import Foundation

/// Summaries of a folder of plain-text articles (cnndm-dev: `articles/*.txt`) as Briefing
/// writes them, next to the two lead baselines they are scored against.
public struct SummaryBenchmark: Sendable {
    /// One article's summary and baselines.
    public struct Row: Sendable {
        /// File name of the article (the key in `gold.json`).
        public var file: String
        /// The brief's summary.
        public var summary: String
        /// The first 60 words of the article body.
        public var lead60: String
        /// The first three sentences of the article body.
        public var lead3: String
    }

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Runs every `.txt` article below `folder/articles` (or `folder` itself) through the
    /// pipeline, in file-name order.
    public func run() throws -> [Row] {
        let articles = folder.appendingPathComponent("articles")
        let root = FileManager.default.fileExists(atPath: articles.path) ? articles : folder
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let bytes = try Data(contentsOf: root.appendingPathComponent(name))
            return Self.row(SourceFile(path: name, bytes: [UInt8](bytes)))
        }
    }

    /// The summary and baselines of one file, ingested and composed as `briefing extract` does.
    public static func row(_ file: SourceFile) -> Row {
        let brief = BriefPipeline.process(file).brief
        let body = brief?.article.paragraphs.map(\.text) ?? []
        let words = body.joined(separator: " ").split(whereSeparator: \.isWhitespace)
        let sentences = body.lazy.flatMap { SentenceSplitter.split($0).map(\.text) }
        return Row(
            file: file.path, summary: brief?.summary ?? "",
            lead60: words.prefix(60).joined(separator: " "),
            lead3: sentences.prefix(3).joined(separator: " "))
    }

    /// One JSON object per line: `{"file", "summary", "lead60", "lead3"}`.
    public static func jsonLines(_ rows: [Row]) -> String {
        rows.map { row in
            JSONWriter.string(.object([
                ("file", .string(row.file)), ("summary", .string(row.summary)),
                ("lead60", .string(row.lead60)), ("lead3", .string(row.lead3)),
            ]), pretty: false)
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
    }
}
