import BriefingCore
import Foundation

/// Runs Briefing's quote extraction over the PolNeAR dev articles and scores it.
public struct QuoteBenchmark: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// One article's result.
    public struct Article: Sendable {
        public var name: String
        public var result: QuoteScorer.Result
    }

    /// Scores every article that has both a text and an annotation file (the first annotation
    /// file in name order when an article has several).
    public func run() throws -> [Article] {
        let fm = FileManager.default
        let annotationFolder = folder.appendingPathComponent("attributions"), textFolder = folder.appendingPathComponent("text")
        var seen: Set<String> = []
        var articles: [Article] = []
        for name in try fm.contentsOfDirectory(atPath: annotationFolder.path).sorted() where name.hasSuffix(".ann") {
            // "x_ef2d.ann" annotates "x.txt".
            let stem = String(name.dropLast(4))
            let textName = (stem.range(of: "_", options: .backwards).map { String(stem[..<$0.lowerBound]) } ?? stem) + ".txt"
            guard !seen.contains(textName), let textData = fm.contents(atPath: textFolder.appendingPathComponent(textName).path),
                  let annData = fm.contents(atPath: annotationFolder.appendingPathComponent(name).path) else { continue }
            seen.insert(textName)
            let text = String(decoding: textData, as: UTF8.self)
            let gold = QuoteGold.quotes(text: text, annotations: BratAnnotations(String(decoding: annData, as: UTF8.self)))
            let item = BriefPipeline.process(SourceFile(path: textName, bytes: [UInt8](textData)))
            let predicted = (item.brief?.extraction.quotes ?? []).map { QuoteScorer.Prediction(text: $0.text, speaker: $0.speaker, mention: $0.mention) }
            articles.append(Article(name: textName, result: QuoteScorer.score(predicted: predicted, gold: gold)))
        }
        return articles
    }
}
