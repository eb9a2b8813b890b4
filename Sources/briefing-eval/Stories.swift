import ArgumentParser
import BriefingCore
import BriefingEvaluation
import Foundation

/// `briefing-eval stories`: story grouping against ECB+ gold stories (B-cubed), or, with
/// `--summaries`, Multi-News stories given one at a time, their summaries written for ROUGE.
struct Stories: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score story grouping (B-cubed) or write story summaries for ROUGE.",
        discussion: """
            Without --summaries: DATA/gold.json maps each file to {cluster, topic}; prints B-cubed \
            precision, recall and F1 and how many same-topic story pairs were merged. With \
            --summaries FILE: DATA/gold.json has {clusters: {id: {articles, summary}}}; each \
            cluster's articles are grouped on their own, the command reports how many came back \
            as one story, and writes {"file", "one_story", "summary" (of the largest story), "whole" \
            (all articles summarized as one story), "lexrank", "lead3"} a line for \
            python3 Benchmarks/rouge.py FILE DATA/gold.json.
            """)

    @Option(help: "Evaluation folder with articles/ and gold.json.")
    var data = "../shared/eval/stories-ecbplus"

    @Option(help: "Write Multi-News story summaries as JSON Lines to this file.")
    var summaries: String?

    @Option(help: "The merge threshold to group by instead of the tuned one.")
    var threshold: Double?

    @Flag(help: "With --summaries, print each story that came back split: its groups, word counts and pair similarities.")
    var splits = false

    @Option(help: "Also print the scores at these merge thresholds (comma-separated), for tuning.")
    var sweep: String?

    func run() throws {
        let folder = URL(fileURLWithPath: data)
        if let summaries {
            var options = StoryGrouper.Options()
            if let threshold { options.threshold = threshold }
            let rows = try StorySummaryBenchmark(folder: folder, grouper: StoryGrouper(options: options)).run()
            try StorySummaryBenchmark.jsonLines(rows).write(toFile: summaries, atomically: true, encoding: .utf8)
            let whole = rows.filter(\.oneStory).count
            let words = rows.map { Double($0.summary.split(whereSeparator: \.isWhitespace).count) }
            if splits {
                for row in rows where !row.oneStory {
                    print(row.file, row.groups.map { $0.map { "\($0.file)(\($0.words))" }.joined(separator: " ") }.joined(separator: " | "))
                    for (a, b, s) in row.similarities { print(String(format: "    %@ ~ %@ %.3f", a, b, s)) }
                }
            }
            print("stories given: \(rows.count), came back as one story: \(whole)")
            print(String(format: "mean summary length: %.1f words; wrote %@", words.reduce(0, +) / Double(max(rows.count, 1)), summaries))
            return
        }
        let benchmark = try StoryBenchmark(folder: folder)
        let grouper = StoryGrouper()
        print(Self.line(benchmark.run(grouper), threshold: grouper.options.threshold))
        for value in (sweep ?? "").split(separator: ",").compactMap({ Double($0) }) {
            var options = StoryGrouper.Options()
            options.threshold = value
            print(Self.line(benchmark.run(StoryGrouper(options: options)), threshold: value))
        }
    }

    static func line(_ r: StoryBenchmark.Result, threshold: Double) -> String {
        String(
            format: "threshold %.3f: %d articles, %d gold stories, %d found; B-cubed P %.3f R %.3f F1 %.3f; same-topic story pairs merged %d of %d; grouping %.2f s",
            threshold, r.articles, r.goldStories, r.stories, r.precision, r.recall, r.f1, r.mergedSameTopicPairs,
            r.sameTopicPairs, r.seconds)
    }
}
