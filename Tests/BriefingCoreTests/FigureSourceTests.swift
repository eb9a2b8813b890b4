import Testing
@testable import BriefingCore

/// "By the numbers" a reader can trust: who a figure comes from, what it counts, the span of
/// time it covers, and numbers that are no figures. Sentences modelled on newswire copy.
@Suite("Figures: sources, labels and numbers that are no figures")
struct FigureSourceTests {
    private func source(_ sentence: String, _ text: String) -> String? {
        Figures.of(sentence).first { $0.text == text }?.source
    }

    @Test func aReportingSubjectBeforeTheVerbIsTheSource() {
        #expect(source("South Korea’s intelligence agency has estimated that North Korea has dispatched roughly 15,000 troops to Russia since October of last year.", "roughly 15,000 troops") == "South Korea’s intelligence agency")
        #expect(source("KIDA estimated that the war has generated 28.7 trillion won in revenue for North Korea.", "28.7 trillion won") == "KIDA")
        #expect(source("The Bureau of Labor Statistics said the economy added 358,000 jobs last month.", "358,000 jobs") == "the Bureau of Labor Statistics")
        #expect(source("South Korean intelligence estimates put the number of casualties at about 4,700.", "about 4,700") == "South Korean intelligence estimates")
    }

    @Test func accordingToNamesTheSourceWhereverItStands() {
        #expect(source("About 4,700 North Korean soldiers have been killed or wounded, according to the National Intelligence Service.", "About 4,700 North Korean soldiers") == "the National Intelligence Service")
        #expect(source("According to data released by the ministry in August, 1.64 GW of solar capacity was installed.", "1.64 GW") == "data released by the ministry in August")
    }

    @Test func anAdverbBeforeTheVerbIsNoSource() {
        // From a reader comment on a news site: "still" stood alone as the source.
        #expect(source("The central bank still estimates that the floods will cost the economy $1.3 billion this year.", "$1.3 billion") == "the central bank")
        #expect(source("An incredible amount of people that still believes that division can benefit this country has spent $5 million on ads.", "$5 million") == nil)
    }

    @Test func aPostposedSourceGovernsWhatCameBefore() {
        #expect(source("The carmaker will cut 1,200 jobs by the end of the year, the company said on Tuesday.", "1,200 jobs") == "the company")
        #expect(source("“We expect sales of $4 billion this year,” said Jane Doe, the company’s chief financial officer.", "$4 billion") == "Jane Doe")
        #expect(source("Since then, 427 fugitives have been taken into custody, the FBI said.", "427 fugitives") == "the FBI")
    }

    @Test func cuesAreFoundInAnyCaseAndOnlyAsWholeWords() {
        #expect(source("ACCORDING TO the ministry, 300 homes were destroyed.", "300 homes") == "the ministry")
        #expect(source("The ministry says 300 homes burned.", "300 homes") == "the ministry")
        // A verb in capitals is no lower-case report.
        #expect(source("The agency, the ministry SAYS, counted 300 homes.", "300 homes") == nil)
        // "says" inside "essays" and "put" inside "input" report nothing.
        #expect(source("The essays by the ministry cover 300 homes.", "300 homes") == nil)
        #expect(source("The input from the ministry covers 300 homes.", "300 homes") == nil)
    }

    @Test func aRelativePronounStandsForTheNounBeforeIt() {
        let sentence = "The report aligns with the concerns of the South Korean military, which said last month that the North had deployed around 3,000 additional troops to Russia."
        #expect(source(sentence, "around 3,000 additional troops") == "the South Korean military")
    }

    @Test func aPronounIsNoSourceUnlessTheSentenceNamesWhoItIs() {
        #expect(source("He said 30 people were killed in the blast.", "30 people") == nil)
        #expect(source("Dow Jones has said it believes the $18-a-share price is fair.", "$18-a-share") == "Dow Jones")
    }

    @Test func noSourceWithoutAReport() {
        #expect(source("An estimated 3,000 people attended the rally in Seoul.", "An estimated 3,000 people") == nil)
        #expect(source("The economy added 200,000 jobs in March.", "200,000 jobs") == nil)
        #expect(source("About 30 analysts said the shares would rise.", "About 30 analysts") == nil, "the figure is the subject")
        #expect(source("His earnings estimate for next year is $2 a share.", "$2") == nil)
        #expect(source("Those in favor of punishment have said that the two were fighting on the ground.", "two") == nil, "not 'punishment'")
    }

    @Test func theSourceIsInTheJSONRecord() throws {
        let figure = try #require(Figures.of("The ministry said 120 people were evacuated.").first)
        guard case .object(let fields) = ArticleRecord.figure(figure) else { Issue.record("not an object"); return }
        #expect(fields.contains { $0.0 == "source" && $0.1 == .string("the ministry") })
    }

    // MARK: Labels and spans of time

    @Test func sinceAndAsOfAreKept() {
        #expect(FigureDisplay.timeSpan("North Korea has dispatched roughly 15,000 troops to Russia since October of last year to support Moscow’s war.") == ["since", "October", "of", "last", "year"])
        let figure = Figures.of("As of March, about 4,700 North Korean soldiers had been killed or wounded, the spy agency said.")
            .first { $0.unit == "North Korean soldiers" }
        #expect(figure.map(BriefText.figurePhrase)?.hasSuffix("as of March") == true)
        #expect(figure?.source == "the spy agency")
    }

    @Test func aSpanOfAnotherClauseOrHoldingTheFigureIsNotAdded() {
        let killed = Figures.of("Nearly 200 Israeli soldiers have been killed, and the army has been in the zone since 1985.").first
        #expect(killed.map(BriefText.figurePhrase)?.contains("since") == false)
        #expect(FigureDisplay.timeSpan("Police searched 12 homes since they obtained a warrant.", figure: "12 homes") == nil, "a clause of its own")
        #expect(FigureDisplay.timeSpan("The photographer has had more than 100 shoots since launching the service.", figure: "more than 100 shoots") == ["since", "launching", "the", "service"])
        let assets = Figures.of("As of Sept. 30, the bank had assets of $511 million, Security Pacific said.").first
        #expect(assets.map(BriefText.figurePhrase)?.hasSuffix("as of Sept. 30") == true)
    }

    @Test func spanWordsAreFoundInAnyCaseAndOnlyAsWholeWords() {
        #expect(FigureDisplay.timeSpan("Prices rose 12 percent SINCE October.") == ["since", "October"])
        #expect(FigureDisplay.timeSpan("AS Of March 31, about 4,700 soldiers had been killed.") == ["as", "of", "March", "31"])
        #expect(FigureDisplay.timeSpan("Prices rose 12 percent sinceOctober and ASOF March.") == nil)
        // "İ" lower-cases to "i" and a combining dot: not "since".
        #expect(FigureDisplay.timeSpan("Prices rose 12 percent S\u{0130}NCE October as of March.") == ["as", "of", "March"])
        #expect(FigureDisplay.timeSpan("Prices rose 12 percent since October.", figure: "12 percent") == ["since", "October"])
    }

    /// `spanWords` reads words only up to the span's end: the same first word and words as
    /// splitting the whole text and searching it, ASCII letters in any case.
    @Test func spanWordsAreThoseOfTheWholeText() {
        func isWord(_ word: Substring, _ lowercase: String) -> Bool {
            word.utf8.map { $0 &- 0x41 < 26 ? $0 + 0x20 : $0 } == Array(lowercase.utf8)
        }
        let texts = [
            "North Korea has dispatched roughly 15,000 troops since October of last year to support Moscow’s war.",
            "“As of March,” about 4,700 soldiers — the agency said — had been killed.",
            "Prices rose as  of  Sept. 30 and SINCE then, as of now.",
            "It has been as high as 5 percent, as Of late.",
            "as of", "since", "as", "Zürich’s café has grown 12\u{2009}% since 2002 – or so", "", "   ",
            "Prices rose 12 percent S\u{0130}NCE October as of March.", "a b c d e f g h since 1 2 3 4 5 6 7 8 9",
        ]
        for text in texts {
            let words = text.split(separator: " ")
            let at = words.indices.first { isWord(words[$0], "since") || (isWord(words[$0], "as") && $0 + 1 < words.count && isWord(words[$0 + 1], "of")) }
            let found = FigureDisplay.spanWords(text)
            #expect(found?.at == at, "\(text)")
            #expect(found?.words == at.map { Array(words[$0..<min(words.count, $0 + 7)]) }, "\(text)")
        }
    }

    @Test func aSpanHoldingTheFigureIsDroppedAndOtherSpansKept() {
        #expect(FigureDisplay.timeSpan("Sales have grown since 2002 began.", figure: "2002") == nil)
        #expect(FigureDisplay.timeSpan("Sales of 5 \u{20AC} rose since Café Rouge opened.", figure: "5 \u{20AC}") == ["since", "Café", "Rouge", "opened"])
    }

    @Test func aSpanLosesTheMarksAtItsEnds() {
        #expect(FigureDisplay.timeSpan("Prices rose 12 percent since October.\u{201D}") == ["since", "October"])
        #expect(FigureDisplay.timeSpan("Prices rose 12 percent since March 31, 2024, the bank said.") == ["since", "March", "31"])
        // A mark joined by a combining accent is no longer the word's last scalar.
        #expect(FigureDisplay.timeSpan("Prices rose 12 percent since October.\u{0301} Then they fell.") == ["since", "October.\u{0301}", "Then", "they", "fell"])
    }

    @Test func theCountedNounIsCompleteAndNoPossessive() {
        #expect(Figures.first("About 4,700 North Korean soldiers were killed.", text: "About 4,700 North Korean soldiers")?.unit == "North Korean soldiers")
        #expect(Figures.of("The shareholders elected three Rally’s directors on Friday.").first?.unit == "directors")
        #expect(Figures.of("One such plume’s water vapor was detected.").first?.unit == "plume")
        #expect(Figures.of("She visited the first lady’s office.").allSatisfy { $0.unit.map { !$0.contains("\u{2019}") } ?? true })
    }

    @Test func functionWordContractionsAreNoUnits() {
        for sentence in [
            "It is one that’s hard to beat.", "At least one Democrat wasn’t quite on board.",
            "This is one reason he’s hurting with young voters.", "It was the first time that’s happened since 1905.",
        ] {
            for figure in Figures.of(sentence) {
                #expect(!(figure.unit ?? "").contains { $0 == "\u{2019}" || $0 == "'" }, "\(sentence): \(figure.unit ?? "")")
            }
        }
        #expect(Figures.of("At least one Democrat wasn’t quite on board.").first?.unit == "Democrat")
    }

    // MARK: Numbers that are no figures

    @Test(arguments: [
        "Read more at https://www.koreaherald.com/view.php?ud=20250417000512 and on example.com/news/2024/10/story-12345.",
        "The page id=4521 was removed.",
        "Search for north%20korea%2015%20troops returned nothing.",
        "DOI: 10.1007/978-3-319-09575-2_199-1",
        "<tweet tweet-id=\"783499116076687360\"><tweet/>.",
        "The men appeared in the store at 469 Vermont St. in Brownsville.",
        "The office at 1119 Eighth St. was closed.",
        "The parade turned onto Fifth Avenue.",
        "Call the embassy at (202) 555-0143 for details.",
        "Samsung’s Galaxy S24 and Apple’s iPhone 15 Pro sold well.",
    ])
    func noFigureIn(_ sentence: String) {
        #expect(Figures.of(sentence).isEmpty, "found: \(Figures.of(sentence).map(\.text))")
    }

    @Test func aModelNumberAfterACamelCaseProductIsNoFigure() {
        let figures = Figures.of("You’ll also find AirPods 2 with wireless charging case for $150 and the iPhone 11 from $599.")
        #expect(figures.map(\.text) == ["$150", "$599"])
    }

    @Test func aPercentSignBeforeDigitsInAWordIsNoPercent() {
        #expect(!Figures.of("The file Annual%20Report was shared, and sales rose 20% in May.").contains { $0.kind == .percent && $0.text != "20%" })
    }

    @Test func ordinalsInsideNamesAreNoKeyFigures() {
        let figures = Figures.of("Ahn spoke after the 57th Security Consultative Meeting, where the 2nd Infantry Division and the first lady were honored, and 3,000 troops marched.")
        let key = KeyFigures.pick(figures, max: 5)
        #expect(key.map(\.text) == ["3,000 troops"])
    }

    // MARK: The seeds

    @Test func seedTroopsCarryTheirSourceAndSpan() throws {
        let brief = try Repo.brief(Repo.seed000)
        let troops = try #require(brief.keyFigures.first { $0.text == "roughly 15,000 troops" })
        #expect(troops.source == "South Korea’s intelligence agency")
        #expect(BriefText.figurePhrase(troops).contains("since October of last year"))
        #expect(!brief.keyFigures.contains { $0.kind == .ordinal || $0.paragraph < 0 }, "the caption’s 57th")
        let markdown = BriefMarkdownWriter().body(brief)
        #expect(markdown.contains("(according to South Korea’s intelligence agency)"))
    }

    @Test func seedHeraldFiguresNameTheirReport() throws {
        let brief = try Repo.brief(Repo.seed002)
        #expect(!brief.keyFigures.contains { $0.text == "two countries" })
        #expect(brief.keyFigures.first { $0.currency == "KRW" }?.source == "the report")
        #expect(brief.keyFigures.first { $0.text.contains("3,000") }?.source == "the South Korean military")
    }
}
