import ArgumentParser
import BriefingEvaluation
import Foundation

/// `briefing-eval bodies`: shingle F1 of HTML main-text extraction on html-articles (or any
/// folder laid out like it, such as the unseen-style pages in
/// `Tests/BriefingCoreTests/Fixtures/html-unseen`), the pages refused, and the target.
struct Bodies: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score article-body extraction from saved web pages (benchmark shingle F1).")

    @Option(help: "Folder of the html-articles benchmark (ground-truth.json, html/*.html.gz).")
    var data = "../shared/eval/html-articles"

    @Flag(help: "Print one line per page: id, precision, recall.")
    var pages = false

    func run() throws {
        let results = try BodyBenchmark(folder: URL(fileURLWithPath: data)).run()
        if pages {
            for page in results {
                print("\(page.id.prefix(12))  P \(Score.format(page.match.precision))  R \(Score.format(page.match.recall))"
                      + (page.refused ? "  refused" : ""))
            }
        }
        print("bodies: \(BodyScore(results.map(\.match)))")
        print("refused: \(results.filter(\.refused).count) of \(results.count) pages")
        print("target (unseen): F1 ≥ 0.965, no refusals")
    }
}
