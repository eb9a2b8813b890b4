import BriefingCore
import Foundation

/// Story grouping scored against gold stories (ECB+: `gold.json` file → {cluster, topic}):
/// B-cubed precision, recall and F1 over articles, and how many pairs of gold stories of the
/// same topic (two events of the same kind) were merged into one story.
public struct StoryBenchmark: Sendable {
    /// The score of one grouping.
    public struct Result: Sendable {
        public var articles: Int
        public var goldStories: Int
        public var stories: Int
        public var precision: Double
        public var recall: Double
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        /// Same-topic pairs of gold stories that share a found story, and how many such pairs there are.
        public var mergedSameTopicPairs: Int
        public var sameTopicPairs: Int
        /// Seconds spent grouping (without ingest and extraction).
        public var seconds: Double
    }

    public let folder: URL
    /// File name → gold story and topic.
    public let gold: [String: (cluster: String, topic: String)]
    /// Briefs of the articles that have gold, in file-name order.
    public let briefs: [Brief]

    /// Reads `gold.json` and briefs every article of `folder/articles`.
    public init(folder: URL) throws {
        self.folder = folder
        let data = try Data(contentsOf: folder.appendingPathComponent("gold.json"))
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        var gold: [String: (String, String)] = [:]
        for (file, entry) in json {
            guard let cluster = entry["cluster"] as? String else { continue }
            gold[file] = (cluster, "\(entry["topic"] ?? cluster)")
        }
        self.gold = gold
        let root = folder.appendingPathComponent("articles")
        briefs = try gold.keys.sorted().compactMap { name in
            let bytes = try Data(contentsOf: root.appendingPathComponent(name))
            return BriefPipeline.process(SourceFile(path: name, bytes: [UInt8](bytes))).brief
        }
    }

    /// Groups the briefs with `grouper` and scores the groups.
    public func run(_ grouper: StoryGrouper) -> Result {
        let start = Date()
        let groups = grouper.groups(of: briefs)
        let seconds = Date().timeIntervalSince(start)
        let labels = briefs.map { gold[$0.article.source]! }
        return Self.score(groups: groups, gold: labels.map(\.cluster), topics: labels.map(\.topic), seconds: seconds)
    }

    /// B-cubed over items: for each item, the share of its found group that is in its gold
    /// group (precision) and the share of its gold group that is in its found group (recall).
    public static func score(groups: [[Int]], gold: [String], topics: [String], seconds: Double = 0) -> Result {
        var found = [Int](repeating: 0, count: gold.count)
        for (g, members) in groups.enumerated() { for i in members { found[i] = g } }
        var goldSize: [String: Int] = [:]
        var foundSize: [Int: Int] = [:]
        var both: [String: Int] = [:]
        for i in gold.indices {
            goldSize[gold[i], default: 0] += 1
            foundSize[found[i], default: 0] += 1
            both["\(found[i])|\(gold[i])", default: 0] += 1
        }
        var precision = 0.0, recall = 0.0
        for i in gold.indices {
            let overlap = Double(both["\(found[i])|\(gold[i])"]!)
            precision += overlap / Double(foundSize[found[i]]!)
            recall += overlap / Double(goldSize[gold[i]]!)
        }
        let n = Double(max(gold.count, 1))
        // Gold stories of one topic that share at least one found story.
        var storiesOfTopic: [String: Set<String>] = [:]
        var foundOf: [String: Set<Int>] = [:]
        for i in gold.indices {
            storiesOfTopic[topics[i], default: []].insert(gold[i])
            foundOf[gold[i], default: []].insert(found[i])
        }
        var pairs = 0, merged = 0
        for stories in storiesOfTopic.values {
            let list = stories.sorted()
            for a in list.indices {
                for b in list.indices where b > a {
                    pairs += 1
                    if !foundOf[list[a]]!.isDisjoint(with: foundOf[list[b]]!) { merged += 1 }
                }
            }
        }
        return Result(
            articles: gold.count, goldStories: goldSize.count, stories: groups.count,
            precision: precision / n, recall: recall / n, mergedSameTopicPairs: merged, sameTopicPairs: pairs,
            seconds: seconds)
    }
}
