import Testing
@testable import BriefingCore

/// Timeline events read as sentences, one entry per date, and only dates an article can have.
@Suite("Event sentences and plausible dates")
struct EventSentenceTests {
    private static let dct = CalendarDate(year: 2025, month: 4, day: 17)

    private func events(_ paragraphs: [String], dct: CalendarDate? = Self.dct) -> [Event] {
        let article = Article(source: "case.txt", slug: "case", title: "Case", published: dct,
                              paragraphs: paragraphs.map { Paragraph(text: $0) })
        return ArticleExtractor().extract(article).events
    }

    /// The checks a reader's eye makes: a capital, digit or quote first; closing punctuation
    /// last; five words or more; no pronoun or connective first.
    private func isReadable(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        let opener = first.properties.isUppercase || ("0"..."9").contains(first) || "\"\u{201C}\u{2018}".unicodeScalars.contains(first)
        let closer = ".!?\"\u{201D}\u{2019}".unicodeScalars.contains(last)
        let lead = text.split(separator: " ").first.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) } ?? ""
        let dangling: Set<String> = ["it", "he", "she", "they", "this", "those", "these", "but", "and", "however", "meanwhile"]
        return opener && closer && text.split(separator: " ").count >= 5 && !dangling.contains(lead)
    }

    // MARK: - Sentences

    @Test func aFirstPersonOpeningNobodyCanResolveIsNoEvent() {
        // A reader's letter: the "I" is never named, so the timeline cannot say who was pleased.
        let found = events(["I was pleased to note that your Oct. 23 item recognized the new museum wing in its first week."],
                           dct: CalendarDate(year: 1989, month: 10, day: 30))
        #expect(found.isEmpty, "\(found.map(\.text))")
        let named = events(["Mayor Ana Ruiz opened the new museum wing on Oct. 23 after two years of work."],
                           dct: CalendarDate(year: 1989, month: 10, day: 30))
        #expect(named.count == 1)
    }

    @Test func aSubjectStillPointingBackAfterItsContextIsNoEvent() {
        // An editorial: the sentences before say "it" too, so nothing tells what "it" is.
        let found = events([
            "It was the first time in American history that the question had to be asked of a serious contender.",
            "Hopefully, that will end this week, if Congress finally requires all candidates to release their returns.",
        ], dct: CalendarDate(year: 2016, month: 9, day: 30))
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func anEditorsNoteOfAnEmbeddedVideoIsNoEvent() {
        let found = events([
            "[Video: FULL SPEECH: President Obama Speech at Black Caucus Foundation in Washington DC (9/17/16) Watch on YouTube.]",
            "President Obama told the Congressional Black Caucus Foundation on Saturday that his legacy is on the ballot.",
        ], dct: CalendarDate(year: 2016, month: 9, day: 19))
        #expect(found.map(\.date) == ["2016-09-17"])
        #expect(found.first?.text.hasPrefix("President Obama told") == true)
    }

    @Test func leadingConnectiveAndDateAdverbialGo() {
        let found = events(["But on Monday, the ministry said the talks with the union had collapsed after three rounds."])
        #expect(found.map(\.text) == ["The ministry said the talks with the union had collapsed after three rounds."])
        let however = events(["However, the company said in March that it would close its plant in Ohio by the end of the year."])
        #expect(however.first?.text == "The company said in March that it would close its plant in Ohio by the end of the year.")
    }

    @Test func quoteMarksAndLettersPastASCIIAreKeptAsWritten() {
        // Typewriter quotes read as curly ones; curly quotes, accents and apostrophes stay; a
        // quote opening with "We" gets the sentences before it.
        let found = events([
            "The envoys will meet at ten o\u{2019}clock tonight, the ministry said on Monday.",
            "The bank lost money in the 2008 - 09 crisis, and again in the 2011\u{2013}12 slump.",
            "``We will sign the deal on June 20,'' the minister told reporters on Friday.",
            "\u{201C}We will open the new caf\u{E9} on July 4,\u{201D} said Zo\u{EB} M\u{FC}ller, the owner, last Tuesday.",
            "On May 3, the company\u{2019}s board approved the merger after a long debate about the plan's cost.",
        ], dct: CalendarDate(year: 2015, month: 6, day: 8))
        let slump = "The bank lost money in the 2008 - 09 crisis, and again in the 2011\u{2013}12 slump."
        let signing = slump + " \u{201C}We will sign the deal on June 20,\u{201D} the minister told reporters on Friday."
        let opening = signing + " \u{201C}We will open the new caf\u{E9} on July 4,\u{201D} said Zo\u{EB} M\u{FC}ller, the owner, last Tuesday."
        #expect(found.map(\.date) == ["2015-06-08", "2008", "2011", "2015-06-20", "2015-06-05", "2015-07-04", "2015-06-02", "2015-05-03"])
        #expect(found.map(\.text) == [
            "The envoys will meet at ten o\u{2019}clock tonight, the ministry said on Monday.", slump, slump, signing, signing, opening, opening,
            "The company\u{2019}s board approved the merger after a long debate about the plan's cost.",
        ])
    }

    @Test func sentenceAdverbGoesAndItsPronounGetsTheSentenceBefore() {
        let found = events([
            "Apple's new laptop has a keyboard with scissor switches instead of the butterfly design.",
            "Interestingly, it is actually thinner than the 2015 model, which had a far smaller screen.",
        ])
        #expect(found.map(\.text) == ["Apple's new laptop has a keyboard with scissor switches instead of the butterfly design. "
            + "It is actually thinner than the 2015 model, which had a far smaller screen."])
    }

    @Test func pronounSubjectGetsTheSentenceBefore() {
        let found = events([
            "Acme Corp. reported record sales for the holiday season, helped by demand for its new drones.",
            "It will open a second factory in Texas in June, the company said.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.text == "Acme Corp. reported record sales for the holiday season, helped by demand for its new drones. "
            + "It will open a second factory in Texas in June, the company said.")
        #expect(found.allSatisfy { isReadable($0.text) })
    }

    @Test func pronounSubjectAtParagraphStartGetsTheParagraphBefore() {
        let found = events([
            "Finance Minister Choi Sang-mok met bank chiefs in Seoul.",
            "He said on Tuesday that the won's slide would be met with \u{201C}all available tools.\u{201D}",
        ])
        #expect(found.first?.text.hasPrefix("Finance Minister Choi Sang-mok met bank chiefs in Seoul. He said") == true)
    }

    @Test func concernsSharpenedWhenGivesWhatHappened() {
        let found = events([
            "Those fears grew on Friday when the central bank raised its key interest rate to 3.5 percent, the highest in a decade.",
        ])
        #expect(found.map(\.text) == ["The central bank raised its key interest rate to 3.5 percent, the highest in a decade."])
    }

    @Test func lowerCaseStartAndMissingStopAreMended() {
        let found = events(["the exhibition opens to the public on March 3 at the city museum"])
        #expect(found.map(\.text) == ["The exhibition opens to the public on March 3 at the city museum."])
    }

    @Test func aReportedStatementStaysWhole() {
        let found = events(["The military said last month that the North had deployed troops to the border in January."])
        #expect(found.map(\.date) == ["2025-01"])
        #expect(found.first?.text == "The military said last month that the North had deployed troops to the border in January.")
    }

    @Test func longSentenceLosesItsTrailingAside() {
        let text = "The ministry said on Wednesday that it had approved the sale of 40 fighter jets, 12 transport helicopters and "
            + "a package of spare parts and training to the air force of its longtime regional ally over the next decade "
            + "\u{2014} a deal that analysts said would reshape the balance of power in the region for years."
        let found = events([text])
        #expect(found.first?.text.hasSuffix("over the next decade.") == true)
        #expect(found.allSatisfy { isReadable($0.text) })
    }

    @Test func tooShortSentencesMakeNoEvent() {
        #expect(events(["Closed Monday."]).isEmpty)
    }

    @Test func noEventIsCutMidSentence() {
        let found = events([
            "Shares of the carmaker fell 4 percent on Thursday after it cut its forecast for the year, citing weaker demand in "
                + "China and Europe and higher costs for batteries, steel and shipping, the company said in a statement.",
        ])
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { isReadable($0.text) && !$0.text.contains("\u{2026}") })
    }

    // MARK: - One entry per date

    @Test func twoMonthsJoinedByAndAreOneSpan() {
        let found = events(["North Korea sent around 3,000 additional troops to Russia in January and February, the military said."])
        #expect(found.count == 1)
        #expect(found.first?.date == "2025-01")
        #expect(found.first?.through == "2025-02")
    }

    @Test func sameDateAndTextOnce() {
        let found = events(["The storm hit on Monday, and on Monday night the power went out across the county."])
        let keys = found.map { $0.date + "|" + $0.text }
        #expect(Set(keys).count == keys.count)
    }

    @Test func sinceMakesAnOngoingSpan() {
        let found = events(["North Korea has dispatched roughly 15,000 troops to Russia since October of last year."],
                           dct: CalendarDate(year: 2025, month: 12, day: 29))
        #expect(found.map(\.date) == ["2024-10"])
        #expect(found.first?.ongoing == true)
        #expect(events(["The plant closed in October after a fire, officials said."]).first?.ongoing == false)
    }

    // MARK: - Plausible dates

    @Test func undatedArticleKeepsOnlyWrittenYears() {
        let found = events([
            "The festival returns on December 26 with a new stage for local bands.",
            "Last year, the organizers sold more than 40,000 tickets.",
            "The bridge opened in 1998 after six years of work on the river crossing.",
        ], dct: nil)
        #expect(found.map(\.date) == ["1998"])
        let times = TimeExpressionTagger().tag("The festival returns on December 26.", referenceDate: nil)
        #expect(times.first?.value.hasPrefix("XXXX") == true)
    }

    @Test func yearsFarFromPublicationAreNoEvents() {
        #expect(events(["The city's plan for new housing runs until 2099, the council said on Monday."]).allSatisfy { $0.date != "2099" })
        // A placeholder date of year 1 puts "December 26" in year 0, which the article never writes.
        #expect(events(["The festival returns on December 26 with a new stage for local bands."], dct: CalendarDate(year: 1, month: 1, day: 1)).isEmpty)
    }

    @Test func placeholderPublicationDatesAreNoDates() {
        #expect(PublicationDateResolver.plausible(CalendarDate(year: 1, month: 1, day: 1)) == nil)
        #expect(PublicationDateResolver.plausible(CalendarDate(year: 1899, month: 12, day: 31)) == nil)
        #expect(PublicationDateResolver.plausible(CalendarDate(year: 3024, month: 5, day: 2)) == nil)
        #expect(PublicationDateResolver.plausible(CalendarDate(year: 2024, month: 5, day: 2)) == CalendarDate(year: 2024, month: 5, day: 2))
        let page = """
            <html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z">
            <meta name="date" content="2024-05-02"><title>Council approves budget</title></head>
            <body><article><h1>Council approves budget</h1>
            <p>The city council approved a $2.1 billion budget on Tuesday after a six-hour meeting that ran past midnight.</p>
            <p>The plan adds 300 police officers and raises the hotel tax for the first time since 2015, officials said.</p>
            </article></body></html>
            """
        guard case .article(let article, _) = ArticleIngestor().ingest(SourceFile.text(page, path: "page.html")) else {
            Issue.record("page not ingested")
            return
        }
        #expect(article.published == CalendarDate(year: 2024, month: 5, day: 2))
    }

    @Test func numbersOutsideDateContextAreNotYears() {
        let tagger = TimeExpressionTagger()
        let pixels = tagger.tag("The camera records video at a resolution of 1080 pixels, the company said.", referenceDate: Self.dct)
        #expect(!pixels.contains { $0.text.contains("1080") })
        let address = tagger.tag("The shelter at 1119 Eighth St. opened in 2019 with 40 beds.", referenceDate: Self.dct)
        #expect(address.map(\.text) == ["2019"])
        let street = tagger.tag("Protesters gathered outside 1600 Pennsylvania Avenue on Sunday.", referenceDate: Self.dct)
        #expect(!street.contains { $0.text.contains("1600") })
        let speed = tagger.tag("We saw a write speed of 2890 megabytes per second in our tests.", referenceDate: Self.dct)
        #expect(!speed.contains { $0.text.contains("2890") })
        let early = tagger.tag("The port was founded in 1898 by traders from the coast.", referenceDate: Self.dct)
        #expect(early.map(\.value) == ["1898"])
    }

    // MARK: - Seeds

    @Test func seedWeek52EventIsTheSubmarineNews() throws {
        let events = try Repo.brief(Repo.seed000).extraction.events
        let week = try #require(events.first { $0.date == "2025-W52" })
        #expect(!week.text.hasPrefix("Those concerns"))
        #expect(week.text.hasPrefix("North Korean state media released photographs"))
        #expect(week.text.contains("8,700-ton nuclear-powered submarine"))
        #expect(week.text.hasSuffix("."))
        #expect(events.allSatisfy { isReadable($0.text) }, "\(events.map(\.text))")
    }

    @Test func seedJanuaryAndFebruaryIsOneEntry() throws {
        let events = try Repo.brief(Repo.seed002).extraction.events
        let troops = events.filter { $0.text.contains("3,000 additional troops") }
        #expect(troops.count == 1)
        #expect(troops.first?.date == "2025-01")
        #expect(troops.first?.through == "2025-02")
        let keys = events.map { $0.date + "|" + $0.text }
        #expect(Set(keys).count == keys.count)
        #expect(events.allSatisfy { isReadable($0.text) }, "\(events.map(\.text))")
    }

    @Test func seedSinceOctoberIsOngoing() throws {
        let events = try Repo.brief(Repo.seed000).extraction.events
        let troops = try #require(events.first { $0.date == "2024-10" })
        #expect(troops.ongoing)
        #expect(troops.text.contains("15,000 troops"))
    }

    @Test func recordCarriesOngoingAndThrough() throws {
        let record = ArticleRecord.event(Event(date: "2025-01", precision: .month, text: "Troops were sent.", paragraph: 0, through: "2025-02"))
        guard case .object(let pairs) = record else { Issue.record("not an object"); return }
        #expect(pairs.map(\.0) == ["date", "precision", "text", "paragraph", "ongoing", "through"])
        #expect(BriefText.eventDateLabel(Event(date: "2025-01", precision: .month, text: "", paragraph: 0, through: "2025-02"))
            == "January \u{2013} February 2025")
        #expect(BriefText.eventDateLabel(Event(date: "2024-10", precision: .month, text: "", paragraph: 0, ongoing: true))
            == "Since October 2024")
        #expect(BriefText.eventDateLabel(Event(date: "196", precision: .decade, text: "", paragraph: 0, through: "197"))
            == "The 1960s \u{2013} 1970s")
        #expect(BriefText.eventDateLabel(Event(date: "2019-Q1", precision: .quarter, text: "", paragraph: 0, through: "2019-Q3"))
            == "Q1 \u{2013} Q3 2019")
        // "against coal companies since 1970s": the decade opens the label in lower case.
        #expect(BriefText.eventDateLabel(Event(date: "197", precision: .decade, text: "", paragraph: 0, ongoing: true))
            == "Since the 1970s")
        #expect(BriefText.eventDateLabel(Event(date: "197", precision: .decade, text: "", paragraph: 0)) == "The 1970s")
    }
}
