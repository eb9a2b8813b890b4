import Foundation
import Testing
@testable import BriefingCore

/// `TimeExpressionTagger.sourceOffsets`, which writes every paragraph's expressions into one
/// array, against a mapped array for each paragraph joined (as it was made before), on the
/// seeds and the articles of the quote fixtures.
@Suite("Time source offsets")
struct Time39SourceOffsetsTests {
    private static func mappedApart(_ paragraphTimes: [[TimeExpression]], in article: Article) -> [TimeExpression] {
        paragraphTimes.flatMap { times in
            times.map { time in
                var time = time
                let paragraph = article.paragraphs[time.paragraph]
                time.start = time.start.flatMap { paragraph.sourceOffset(ofScalar: $0) }
                time.end = time.end.flatMap { paragraph.sourceOffset(ofScalar: $0) }
                return time
            }
        }
    }

    @Test func seedsAndArticlesMapTheirOffsetsAsEachParagraphApart() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Repo.seeds, includingPropertiesForKeys: nil)
            + Repo.quoteFixtureTexts().prefix(40)
        let tagger = TimeExpressionTagger()
        var compared = 0
        var differing: [String] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let source = SourceFile(path: file.lastPathComponent, bytes: Array(try Data(contentsOf: file)))
            guard case .article(let article, _) = ArticleIngestor().ingest(source) else { continue }
            let paragraphTimes = tagger.tagParagraphs(article, referenceDate: article.published)
            let mapped = tagger.sourceOffsets(paragraphTimes, in: article)
            if mapped != Self.mappedApart(paragraphTimes, in: article) { differing.append(file.lastPathComponent) }
            compared += mapped.count
        }
        #expect(compared > 200)
        #expect(differing.count == 0, "\(differing.prefix(5))")
    }
}
