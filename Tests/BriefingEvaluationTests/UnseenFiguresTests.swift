import Foundation
import Testing
@testable import BriefingEvaluation

/// The unseen-style money and percent cases (`Tests/BriefingCoreTests/Fixtures/figures-unseen`),
/// written from newswire sentences: prefixed dollars, ISO codes before and after the number,
/// minor units, hyphenated amounts, old and minor currencies, crypto units, tokenized text,
/// abbreviated scales, percent words and signs, and URL-encoded text that holds no percent.
@Suite struct UnseenFiguresTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../BriefingCoreTests/Fixtures/figures-unseen").standardizedFileURL

    /// Before the CLDR currency table: money 107/202 (0.530), percent 39/48 (0.813). The
    /// `heldout` and `batch3` files were written after the table and scored once before any
    /// fix they led to: money 45/45 and 34/36, percent 11/12 and 13/13. `batch4` (tokenized and
    /// lower-cased copy, signs of smaller economies, minor units, weights that are money) scored
    /// money 102/117 and percent 32/36 before the fixes it led to. `batch5` (sentences taken
    /// from the dev corpora: WSJ, AP, CNN/DailyMail, Multi-News, ECB+, PolNeAR, saved pages)
    /// scored money 136/148 and percent 55/55 blind; its misses were hyphen-joined scales
    /// ("two-million-dollar"), "dlrs", "cr", a "--" dash read as minus and pre-euro francs.
    /// `batch6`, written the same way after those rules, scored money 47/47 and percent 18/18 blind.
    /// `batch7` (Multi-News, ECB+ and CNN/DailyMail sentences no batch had used) scored money
    /// 51/62 and percent 29/30 blind; its misses were a currency named twice ("£350 pounds"),
    /// thousands split by tokenizing ("$600, 000"), digits after a scale ("$600 billion 10
    /// years"), "$A", "BD" for Bahraini dinars, "£4money", "my two cents" and "+0.26%".
    /// `batch8` (half dev-corpus sentences no batch had used, half Recognizers-style over CLDR
    /// currencies earlier batches left out) scored money 72/72 and percent 25/25 blind; the
    /// harder `batch8b` written after it 38/39 and 14/14, its miss a place's name before its
    /// currency ("3 billion Kenya shillings"); `batch8c` (tokenized lower-case copy, spelled
    /// amounts, signs after the amount) 26/31 and 10/10, its misses "2 , 500 dollars", "50
    /// bucks", "E£3bn" (a CLDR narrow sign) and "TL 25"; `batch8d` 25/32 and 9/9, its misses
    /// dollars of smaller economies ("TT$50", "J$2,500", "N$200"), "Php 55" and "Finnish marks";
    /// `batch8e` (half real sentences) 27/29 and 9/10, its misses "$19 and one-eighth QVC share",
    /// constant dollars ("in 2006 dollars"; "The 2006 dollars were worth more" is still read as
    /// money) and "0.5pp"; `batch8f` (real sentences) 14/14 and 11/11; `batch8g` 16/19 and 6/6,
    /// its misses "Rs" in a Pakistani sentence, "Ush 5,000" and "GH¢ 2 billion"; `batch8h` 16/26
    /// and 4/5, its misses names of currencies whose codes are words ("30 soles", "10 lari"),
    /// "ecus" and "50.5%-49.5%" read with a minus.
    @Test func unseenStyleMoneyAndPercentPassTheTarget() throws {
        let files = try RecognizerCases(folder: Self.folder).run()
        let money = files.filter { $0.name.contains("CurrencyModel") }
        let percent = files.filter { $0.name.contains("PercentModel") }
        #expect(money.reduce(0) { $0 + $1.total } >= 450)
        #expect(percent.reduce(0) { $0 + $1.total } >= 130)
        for file in files {
            #expect(file.accuracy >= 0.95, "\(file.name): \(file.failures)")
        }
    }
}
