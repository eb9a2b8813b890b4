import ArgumentParser
import BriefingCore
import BriefingEvaluation
import Foundation

/// `briefing-eval times`: TempEval-3 scores of the time tagger on TimeML documents.
struct Times: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score time-expression tagging on TimeML files (strict/relaxed span F1, value F1, type accuracy).")

    @Option(help: "Folder of .tml files (TIMEX3 in TEXT, DCT in DCT).")
    var data = "../shared/eval/timebank"

    @Flag(help: "Print every missed, spurious, wrongly spanned and wrongly valued expression.")
    var errors = false

    @Option(help: "Tag each document this many times, for timing and profiling the tagger.")
    var `repeat` = 1

    func run() throws {
        let folder = URL(fileURLWithPath: data)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tml") }.sorted()
        var score = TimeScore()
        let tagger = TimeExpressionTagger()
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        var bytes = 0
        for file in files {
            let document = TimeMLDocument(xml: try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            var predicted: [TimeExpression] = []
            elapsed += clock.measure {
                for _ in 0..<max(`repeat`, 1) { predicted = tagger.tag(document.text, referenceDate: document.dct) }
            }
            bytes += document.text.utf8.count * max(`repeat`, 1)
            let result = score.add(gold: document.timexes, predicted: predicted)
            guard errors else { continue }
            let dct = document.dct?.description ?? "-"
            for g in result.missed { print("MISS\t\(file)\t\(dct)\t\(g.text)\t\(g.type)\t\(g.value)") }
            for p in result.spurious { print("SPUR\t\(file)\t\(dct)\t\(p.text)\t\(p.type.rawValue)\t\(p.value)") }
            for pair in result.pairs where pair.gold.text != pair.predicted.text {
                print("SPAN\t\(file)\t\(dct)\t\(pair.gold.text)\t|\t\(pair.predicted.text)")
            }
            for pair in result.pairs where pair.gold.value != pair.predicted.value || pair.gold.type != pair.predicted.type.rawValue {
                print("VAL\t\(file)\t\(dct)\t\(pair.gold.text)\t\(pair.gold.type)\t\(pair.gold.value)\t|\t\(pair.predicted.text)\t\(pair.predicted.type.rawValue)\t\(pair.predicted.value)")
            }
        }
        let ms = elapsed.inSeconds * 1000
        print("times: \(files.count) documents, \(bytes / 1024) kB tagged in \(Score.format(ms)) ms (\(Score.format(ms * 4096 / Double(max(bytes, 1)))) ms per 4 kB)")
        print(score)
        print("targets (unseen TE3-style): value F1 \u{2265} 0.82, relaxed F1 \u{2265} 0.91 (issue 16; HeidelTime 0.781 / 0.907)")
    }
}
