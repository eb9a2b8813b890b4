import BriefingCore
import Foundation

/// Multi-News stories given to the story grouping one at a time (`gold.json`: clusters → {articles,
/// summary}): whether each comes back as one story, and its story summary next to a plain
/// LexRank and a Lead-3 of every article, for `Benchmarks/rouge.py`.
public struct StorySummaryBenchmark: Sendable {
    public struct Row: Sendable {
        /// The gold cluster id (the key under `clusters` in `gold.json`).
        public var file: String
        /// Whether the grouping kept all the cluster's articles in one story.
        public var oneStory: Bool
        /// The summary of the story (of the largest story when the articles were split).
        public var summary: String
        /// The story summary of all the cluster's articles taken as one story.
        public var whole: String
        public var lexrank: String
        /// The first three sentences of every article, joined.
        public var lead3: String
        /// The article files as the grouping split them, each with its word count.
        public var groups: [[(file: String, words: Int)]]
        /// The similarity of every compared pair of articles, by file, for a story that came back
        /// split (empty for one that came back whole: only split stories are explained).
        public var similarities: [(String, String, Double)]
    }

    public let folder: URL
    public let grouper: StoryGrouper

    public init(folder: URL, grouper: StoryGrouper = StoryGrouper()) {
        self.folder = folder
        self.grouper = grouper
    }

    public func run() throws -> [Row] {
        let data = try Data(contentsOf: folder.appendingPathComponent("gold.json"))
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let clusters = json["clusters"] as? [String: [String: Any]] else { throw CocoaError(.fileReadCorruptFile) }
        let root = folder.appendingPathComponent("articles")
        return try clusters.keys.sorted().map { id in
            let names = (clusters[id]?["articles"] as? [String]) ?? []
            let briefs = try names.compactMap { name -> Brief? in
                let bytes = try Data(contentsOf: root.appendingPathComponent(name))
                return BriefPipeline.process(SourceFile(path: name, bytes: [UInt8](bytes))).brief
            }
            return row(id, briefs)
        }
    }

    func row(_ id: String, _ briefs: [Brief]) -> Row {
        let groups = grouper.groups(of: briefs)
        let words = briefs.map { brief in brief.article.paragraphs.reduce(0) { $0 + $1.text.split(separator: " ").count } }
        let largest = groups.max { $0.count != $1.count ? $0.count < $1.count : $0[0] > $1[0] } ?? []
        let lead3 = briefs.map { brief in
            brief.article.paragraphs.lazy.flatMap { SentenceSplitter.split($0.text).map(\.text) }.prefix(3).joined(separator: " ")
        }
        return Row(
            file: id, oneStory: groups.count <= 1, summary: StorySummarizer().summary(of: largest.map { briefs[$0] }),
            whole: StorySummarizer().summary(of: briefs),
            lexrank: StorySummarizer.lexRank.summary(of: briefs), lead3: lead3.joined(separator: " "),
            groups: groups.map { $0.map { (briefs[$0].article.source, words[$0]) } },
            similarities: groups.count <= 1 ? []
                : grouper.similarities(of: briefs).map { (briefs[$0.0].article.source, briefs[$0.1].article.source, $0.2) })
    }

    /// One JSON object per line: `{"file", "one_story", "summary", "whole", "lexrank", "lead3"}`.
    public static func jsonLines(_ rows: [Row]) -> String {
        rows.map { row in
            JSONWriter.string(.object([
                ("file", .string(row.file)), ("one_story", .bool(row.oneStory)), ("summary", .string(row.summary)),
                ("whole", .string(row.whole)), ("lexrank", .string(row.lexrank)), ("lead3", .string(row.lead3)),
            ]), pretty: false)
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
    }
}
