import ArgumentParser
import BriefingEvaluation
import Foundation

/// `briefing-eval quotes`: quote F1 and speaker accuracy on PolNeAR.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score quote extraction and speaker attribution on PolNeAR (brat standoff).")

    @Option(help: "Folder with text/*.txt and attributions/*.ann.")
    var data = "../shared/eval/polnear-dev"

    @Flag(help: "Print missed and spurious quotes and wrong speakers.")
    var errors = false

    @Flag(help: "Print every matched quote as predicted, with its speaker and the gold source.")
    var matches = false

    func run() throws {
        let articles = try QuoteBenchmark(folder: URL(fileURLWithPath: data)).run()
        var total = Score()
        var speakersRight = 0
        for article in articles {
            total = total + article.result.quotes
            speakersRight += article.result.speakersRight
            if matches {
                for match in article.result.matches {
                    print("MATCH \(article.name): “\(match.predicted.text)” — \(match.predicted.speaker ?? "?") / gold \(match.gold.source)")
                }
            }
            guard errors else { continue }
            for miss in article.result.missed { print("MISS  \(article.name): “\(miss.text.prefix(80))” — \(miss.source)") }
            for extra in article.result.spurious { print("EXTRA \(article.name): “\(extra.text.prefix(80))” — \(extra.speaker ?? "?")") }
            for match in article.result.matches where !QuoteScorer.speakerMatches(match.predicted, match.gold.source) {
                print("WHO   \(article.name): “\(match.gold.text.prefix(60))” gold \(match.gold.source) / got \(match.predicted.speaker ?? "nil") (\(match.predicted.mention ?? "-"))")
            }
        }
        let accuracy = total.truePositives == 0 ? 0 : Double(speakersRight) / Double(total.truePositives)
        print("quotes: \(articles.count) articles, \(total)")
        print("speakers: \(Score.format(accuracy)) correct of \(total.truePositives) matched quotes")
        print("targets (unseen): precision ≥ 0.95, recall ≥ 0.95, speaker ≥ 0.90")
    }
}
