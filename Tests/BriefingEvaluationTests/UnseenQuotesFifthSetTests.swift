import Foundation
import Testing
@testable import BriefingEvaluation

/// The fifth unseen-style quote set (`Tests/BriefingCoreTests/Fixtures/quotes-unseen-5`): 7
/// Multi-News articles (a declassified history, reactions to a pope's speech, a doxxing, a
/// rock-star interview, a first-person feature, a street performance, North Korean statements
/// carried by agencies) annotated by hand in PolNeAR's brat standoff after the fourth set's rules
/// were written and before the extractor was run on them.
@Suite struct UnseenQuotesFifthSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../BriefingCoreTests/Fixtures/quotes-unseen-5").standardizedFileURL

    /// Scored blind: P 0.941 R 0.991 speaker 0.866 (112 of 113 gold quotes found, 119 predicted);
    /// the floors hold the figures after the rules it taught.
    @Test func precisionRecallAndSpeakersMeetTheTargets() throws {
        let articles = try QuoteBenchmark(folder: Self.folder).run()
        #expect(articles.count == 7)
        let total = articles.reduce(Score()) { $0 + $1.result.quotes }
        let right = articles.reduce(0) { $0 + $1.result.speakersRight }
        #expect(total.gold == 113)
        #expect(total.precision >= 0.95, "\(total)")
        #expect(total.recall >= 0.95, "\(total)")
        #expect(Double(right) / Double(max(total.truePositives, 1)) >= 0.90, "\(right) of \(total.truePositives)")
    }
}
