import Foundation
import Testing
@testable import BriefingEvaluation

/// The fourth unseen-style quote set (`Tests/BriefingCoreTests/Fixtures/quotes-unseen-4`): 12
/// Multi-News and ECB+ news articles (chart and box-office stories with lists of titles, court
/// reports, leaked documents, a talk-show recap, a first-person dialogue) annotated by hand in
/// PolNeAR's brat standoff before the extractor was run on them
/// (`Benchmarks/quotes-unseen/annotate.py build quotes-unseen-4`).
@Suite struct UnseenQuotesFourthSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../BriefingCoreTests/Fixtures/quotes-unseen-4").standardizedFileURL

    /// Scored blind: P 0.828 R 0.977 speaker 0.775 (169 of 173 gold quotes found, 204 predicted);
    /// the floors hold the figures after the rules it taught, precision and recall at the targets.
    /// Speakers stay below the target for the first-person dialogue, whose turns name no one.
    @Test func precisionAndRecallMeetTheTargets() throws {
        let articles = try QuoteBenchmark(folder: Self.folder).run()
        #expect(articles.count == 12)
        let total = articles.reduce(Score()) { $0 + $1.result.quotes }
        let right = articles.reduce(0) { $0 + $1.result.speakersRight }
        #expect(total.gold == 173)
        #expect(total.precision >= 0.95, "\(total)")
        #expect(total.recall >= 0.95, "\(total)")
        #expect(Double(right) / Double(max(total.truePositives, 1)) >= 0.87, "\(right) of \(total.truePositives)")
    }
}
