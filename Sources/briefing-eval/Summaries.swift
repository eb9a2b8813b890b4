import ArgumentParser
import BriefingEvaluation
import Foundation

/// `briefing-eval summaries`: the brief summaries of cnndm-dev and their lead baselines as
/// JSON Lines, for `Benchmarks/rouge.py` to score against the reference highlights.
struct Summaries: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write each article's summary, first 60 words and first three sentences as JSON Lines.",
        discussion: """
            Each line is {"file", "summary", "lead60", "lead3"}. Score them with \
            python3 Benchmarks/rouge.py FILE.jsonl DATA/gold.json (needs PyPI rouge-score).
            """)

    @Option(help: "Folder of plain-text articles (articles/*.txt, or *.txt directly).")
    var data = "../shared/eval/cnndm-dev"

    @Option(help: "Write the JSON Lines to this file instead of standard output.")
    var output: String?

    func run() throws {
        let text = SummaryBenchmark.jsonLines(try SummaryBenchmark(folder: URL(fileURLWithPath: data)).run())
        if let output {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } else {
            print(text, terminator: "")
        }
    }
}
