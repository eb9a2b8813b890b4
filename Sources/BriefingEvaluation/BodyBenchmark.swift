import BriefingCore
import Foundation

/// The html-articles benchmark: saved pages (`html/<id>.html.gz`) and their gold article
/// bodies (`ground-truth.json`: `{ id: { "articleBody": …, "url": … } }`).
public struct BodyBenchmark: Sendable {
    /// One page's result.
    public struct Page: Sendable {
        public var id: String
        public var match: ShingleMatch
        /// Briefing skipped the page ("no article text found") and scored nothing.
        public var refused: Bool
    }

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Ingests every page as Briefing would and scores the body it finds against the gold.
    public func run() throws -> [Page] {
        let data = try Data(contentsOf: folder.appendingPathComponent("ground-truth.json"))
        guard let gold = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else {
            throw BriefingError(stage: .evaluation, file: "ground-truth.json", message: "not a JSON object of pages")
        }
        return try gold.keys.sorted().map { id in
            let bytes = try Self.gunzip(folder.appendingPathComponent("html/\(id).html.gz"))
            let predicted = Self.body(of: SourceFile(path: "\(id).html", bytes: bytes))
            return Page(id: id, match: ShingleMatch(gold: gold[id]?["articleBody"] as? String ?? "", predicted: predicted ?? ""),
                        refused: predicted == nil)
        }
    }

    /// The article text Briefing ingests from a page: dateline (kept as data) and paragraphs;
    /// `nil` when the page is refused.
    public static func body(of file: SourceFile) -> String? {
        guard case .article(let article, _) = ArticleIngestor().ingest(file) else { return nil }
        return ([article.dateline?.text].compactMap { $0 } + article.paragraphs.map(\.text)).joined(separator: "\n\n")
    }

    /// Decompresses a `.gz` file with `/usr/bin/gzip -dc`.
    public static func gunzip(_ url: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        process.arguments = ["-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BriefingError(stage: .evaluation, file: url.path, message: "gzip could not decompress the page")
        }
        return [UInt8](data)
    }
}
