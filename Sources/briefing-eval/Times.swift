import ArgumentParser
import BriefingCore
import BriefingEvaluation
import Foundation

/// `briefing-eval times`: TempEval-3 scores of the time-expression tagger on TimeBank.
struct Times: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score time expressions on TimeML files (strict/relaxed span F1, value F1, type accuracy).")

    @Option(help: "Folder of .tml files.")
    var data = "../shared/eval/timebank"

    @Flag(help: "Print wrong values, misses and spurious expressions.")
    var errors = false

    func run() throws {
        let folder = URL(fileURLWithPath: data)
        var scorer = TimexScorer()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tml") }.sorted()
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            let document = TimeMLDocument(xml: String(decoding: data, as: UTF8.self))
            let dct = CalendarDate(iso: String(document.dct.prefix(10)))
            let predicted = TimeExpressionTagger().tag(text: document.text, referenceDate: dct).map {
                TimexScorer.Prediction(range: $0.start..<$0.end, type: $0.type.rawValue, value: $0.value)
            }
            scorer.add(gold: document.timexes, predicted: predicted, text: document.text)
        }
        if errors {
            for w in scorer.wrongValues { print("VALUE \(w.text) gold \(w.gold) got \(w.predicted)") }
            for m in scorer.missed { print("MISS  \(m)") }
            for s in scorer.spurious { print("EXTRA \(s)") }
        }
        print("times: \(names.count) documents")
        print("strict:  \(scorer.strict)")
        print("relaxed: \(scorer.relaxed)")
        print("value:   \(scorer.value)")
        print("type accuracy: \(Score.format(scorer.typeAccuracy))")
    }
}
