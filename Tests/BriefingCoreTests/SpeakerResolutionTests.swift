import Foundation
import Testing
@testable import BriefingCore

/// Who a quote is credited to when the article says "the newspaper", "his team", "the US" or
/// "she"; which quotes a brief shows as key quotes; and that the counts on index cards and
/// people pages are what the pages show. Cases are modelled on newswire sentences.
@Suite("Speaker resolution and key quotes")
struct SpeakerResolutionTests {
    private func article(_ text: String) -> Article {
        Article(source: "case.txt", slug: "case", title: "Case", paragraphs: text.components(separatedBy: "\n\n").map { Paragraph(text: $0) })
    }

    private func quotes(_ text: String) -> [Quote] { QuoteExtractor().extract(article(text)) }

    private func brief(_ text: String) -> Brief {
        let article = article(text)
        return BriefComposer().compose(article, ArticleExtractor().extract(article))
    }

    // MARK: - Nominal mentions

    @Test func theNewspaperIsTheNewspaperTheArticleNamed() throws {
        let found = quotes("""
            The Washington Post reported on Tuesday that the Pentagon had paused shipments of air-defense interceptors to Kyiv.

            “The decision was made without consulting the State Department,” the newspaper said, citing three officials.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker == "The Washington Post")
        #expect(quote.mention == "the newspaper")
    }

    /// A police or court title before a name is the speaker's role, not part of the name.
    @Test func aProsecutorIsNamedWithoutTheTitle() throws {
        let found = quotes("""
            Prosecutor Trina Little had earlier told the judge how Glancy worked at the golf club from January 2012 as its events sales manager.

            She said: “She was tasked to arrange wedding receptions for people getting married at the club.”

            Detective Inspector Mark Hale said: “This was a calculated fraud.”
            """)
        #expect(found.map(\.speaker) == ["Trina Little", "Mark Hale"])
        #expect(found.first?.role == "Prosecutor")
    }

    /// A title that opens a paragraph with a capitalized word ("Love It Or Hate It, the title of
    /// which …, is a game") is no person a later "he" may mean.
    @Test func aTitleOpeningAParagraphIsNoOneForHe() throws {
        let found = quotes("""
            Father of two Richard McLuckie, 48, dreamt up a series of board games including Love It Or Hate It, over long evenings spent playing games.

            Mr McLuckie said: “We told them we couldn't say the name.”

            Love It Or Hate It, the title of which is based on the idea that the spread provokes strong reactions, is a game in which couples find out how much they know about each other.

            “It occurred to me it would be a great name for a board game,” he said.
            """)
        #expect(found.map(\.speaker) == ["Richard McLuckie", "Richard McLuckie"])
    }

    @Test func theDailyIsTheDailyTheArticleNamed() throws {
        let found = quotes("""
            South Korea’s JoongAng Ilbo first reported the plan on Monday, citing a government official.

            “The troops will be rotated out by the end of the year,” the daily said.
            """)
        #expect(found.first?.speaker == "JoongAng Ilbo")
    }

    @Test func theMinistryIsTheCountrysMinistryNotTheCountry() throws {
        let found = quotes("""
            North Korea’s Foreign Ministry issued a statement late Sunday condemning the joint drills.

            “The drills are an open rehearsal for invasion,” the ministry said.
            """)
        #expect(found.first?.speaker == "North Korea’s Foreign Ministry")
    }

    @Test func theWebsiteNamedInContext() throws {
        let found = quotes("""
            The talks were first reported by the news website Axios, which cited two people familiar with them.

            “Negotiations are at a standstill over the border question,” the website said.
            """)
        #expect(found.first?.speaker == "Axios")
    }

    @Test func theMinisterIsThePersonIntroducedWithThatRole() throws {
        let found = quotes("""
            Defense Minister Ahn Gyu-back told lawmakers on Thursday that the deployment would go ahead.

            “We have no reason to delay it any further,” the minister said.
            """)
        #expect(found.first?.speaker == "Ahn Gyu-back")
    }

    @Test func theStatementSpeaksForWhoeverIssuedIt() throws {
        let found = quotes("""
            After a late-afternoon meeting, the Security Council issued a statement on the overnight nuclear test.

            “The test is a clear violation of five previous resolutions,” the statement said.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker == "Security Council")
        #expect(quote.mention == "the statement")
    }

    @Test func anIndefiniteDescriptionIsNotResolved() throws {
        // "a newspaper" is a new one, not The Washington Post.
        let found = quotes("""
            The Washington Post reported the figures on Monday.

            “The numbers do not add up,” a newspaper said in an editorial on Tuesday.
            """)
        #expect(found.first?.speaker == nil)
    }

    // MARK: - His team, countries, pronouns, descriptions

    @Test func hisTeamIsThePersonsTeamNotThePerson() throws {
        let found = quotes("""
            Donald Trump spent the weekend at his golf club in New Jersey, where he met with donors.

            “He is looking forward to the debate and is well prepared,” his team said in a statement.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker == nil, "his team is no person")
        #expect(quote.mention == "his team")
        #expect(quote.role == "Donald Trump\u{2019}s team")
        #expect(BriefText.attribution(quote) == "Donald Trump\u{2019}s team")
    }

    @Test(arguments: [
        "“We will respond firmly to any provocation,” the US said in a statement.",
        "“We will respond firmly to any provocation,” the U.S. said in a statement.",
        "“We will respond firmly to any provocation,” South Korea said in a statement.",
    ])
    func aCountryIsNeverASpeaker(_ text: String) throws {
        let quote = try #require(quotes(text).first)
        #expect(quote.speaker == nil)
        #expect(quote.mention != nil, "the words stay as the mention")
        #expect(KeyQuotes.rank(quote) == nil, "a quote credited to a country is no key quote")
    }

    @Test func anUnresolvedPronounIsNeverADisplayedSpeaker() throws {
        let brief = brief("“It is far too early to say what caused the crash,” she said on Friday.")
        let quote = try #require(brief.extraction.quotes.first)
        #expect(quote.speaker == nil)
        #expect(quote.mention == "she")
        #expect(brief.keyQuotes.isEmpty)
        #expect(BriefText.attribution(quote) == "")
    }

    @Test func anUnresolvedDescriptionKeepsItsWordsAndGetsNoPeoplePage() throws {
        let brief = brief("“The photographs were taken weeks before the storm hit the coast,” the website said.")
        let quote = try #require(brief.extraction.quotes.first)
        #expect(quote.speaker == nil)
        #expect(quote.mention == "the website")
        #expect(brief.keyQuotes.count == 1, "a description may still credit a key quote")
        #expect(BriefText.attribution(quote) == "the website")
        #expect(PeopleDirectory([BriefDigest(brief)]).people.isEmpty, "no people page for “the website”")
    }

    @Test func aSentenceInitialDescriptionIsShownInLowerCase() throws {
        let quote = try #require(quotes("The statement said: “Recording artists do not need label approval to perform.”").first)
        #expect(quote.speaker == nil)
        #expect(BriefText.attribution(quote) == "the statement")
    }

    // MARK: - Key quotes

    @Test func keyQuotesRankNamedSpeakersFirstAndSkipPartialQuotes() {
        let quotes = [
            Quote(text: "Grave challenge", speaker: "Ahn Gyu-back", cue: "said", paragraph: 0),
            Quote(text: "The ministry will review every contract signed since 2019 in full.", mention: "the ministry", cue: "said", paragraph: 1),
            Quote(text: "We are ready now.", speaker: "Ahn Gyu-back", cue: "said", paragraph: 2),
            Quote(text: "We will not send troops to Ukraine under any circumstances,", speaker: "Ahn Gyu-back", cue: "said", paragraph: 3),
            Quote(text: "hundreds of thousands of shells and rockets to Russia", speaker: "Park Yong-han", cue: "said", paragraph: 4),
            Quote(text: "Nobody knows how long the ceasefire will hold in the east.", paragraph: 5),
            Quote(text: "It will take years to rebuild what the war destroyed here,", mention: "he", cue: "said", paragraph: 6),
            Quote(text: "The alliance remains the linchpin of peace on the peninsula.", speaker: "Samuel Paparo", cue: "said", paragraph: 7),
        ]
        let key = KeyQuotes.select(quotes, limit: 3)
        #expect(key.map(\.paragraph) == [3, 7, 1], "named first, longer first, then a description; partial, short, fragment and unattributed left out")
        #expect(KeyQuotes.isPartial(quotes[0]))
        #expect(!KeyQuotes.isPartial(quotes[2]))
    }

    @Test func aQuoteOverSixtyWordsIsNoKeyQuote() {
        let long = "We " + Array(repeating: "will keep working", count: 20).joined(separator: " ") + "."
        #expect(KeyQuotes.rank(Quote(text: long, speaker: "Jane Doe", paragraph: 0)) == nil)
    }

    @Test func partialQuotesStayInTheJSONButAreNotKeyAndNotOnPeoplePages() throws {
        let brief = brief("""
            Defense Minister Ahn Gyu-back called the deployment a “grave challenge” to regional security.

            “We will watch every movement across the border and answer any provocation,” Ahn said.
            """)
        #expect(brief.extraction.quotes.map(\.text) == ["grave challenge", "We will watch every movement across the border and answer any provocation,"])
        let json = JSONWriter.string(ArticleRecord.make(brief))
        #expect(json.contains("\"key\": false") || json.contains("\"key\":false"))
        #expect(json.contains("\"key\": true") || json.contains("\"key\":true"))
        #expect(brief.keyQuotes.map(\.text) == ["We will watch every movement across the border and answer any provocation,"])
        let people = PeopleDirectory([BriefDigest(brief)]).people
        #expect(people.map(\.name) == ["Ahn Gyu-back"])
        #expect(people.first?.quotes.count == 1, "the partial quote is not the person's quote")
    }

    // MARK: - One person, one page across articles

    @Test func aSurnameAloneGoesByTheOneFullNameTheSiteHasForIt() {
        let names = PersonNames(names: [
            "Barack Obama", "Obama", "Bush", "George W. Bush", "Laura Bush", "Sanders", "Kim", "Martin Luther King Jr.", "Jr.", "New York Post", "Post",
        ])
        #expect(names.name(for: "Post") == "Post", "an organization is no one's surname")
        #expect(names.name(for: "Obama") == "Barack Obama")
        #expect(names.name(for: "Bush") == "Bush", "two Bushes: the surname alone names neither")
        #expect(names.name(for: "Sanders") == "Sanders", "no full name on the site")
        #expect(names.name(for: "Laura Bush") == "Laura Bush")
        #expect(names.name(for: "Jr.") == "Jr.")
    }

    /// The surname a name may go by, read from the bytes of an ASCII name, is the one its
    /// Characters give: the word after the last space, of more than one character, capitalized,
    /// not ending in a period, no organization's head word.
    @Test func aSurnameReadFromBytesIsTheOneCharactersGive() {
        func byCharacters(_ name: String) -> String? {
            guard let space = name.lastIndex(of: " ") else { return nil }
            let surname = String(name[name.index(after: space)...])
            guard surname.count > 1, surname.first?.isUppercase == true, !surname.hasSuffix("."),
                  !(OrganizationDirectory.headFilter.mayContain(surname) && OrganizationDirectory.headKinds[surname] != nil) else { return nil }
            return surname
        }
        let names = [
            "Barack Obama", "Obama", "George W. Bush", "Martin Luther King Jr.", "Henry VIII", "New York Post", "Ed X", "Ed x",
            "Ed Xi", "al-Assad", "Bashar al-Assad", "Tom ", " Tom", "A B\r\nC", "Mary O'Brien", "Jos\u{E9} Mart\u{ED}",
            "Kim\u{00A0}Jong", "a \u{301}Bb", "Ahn Gyu-back", "Zo\u{EB} \u{C9}mile", "Ann 2Cool", "Ann Z.", "",
        ]
        for name in names {
            #expect(PersonNames.surname(of: name) == byCharacters(name), "\(name)")
        }
        #expect(PersonNames.surname(of: "Barack Obama") == "Obama")
        #expect(PersonNames.surname(of: "Jos\u{E9} Mart\u{ED}") == "Mart\u{ED}")
        #expect(PersonNames.surname(of: "Martin Luther King Jr.") == nil)
    }

    /// A name holds a space as `init` reads one, a Character of its own: told from the bytes in
    /// ASCII, by Characters past it, where a space with a combining mark is another Character.
    @Test func aSpaceIsFoundAsACharacterOfItsOwn() {
        for name in ["Obama", "Barack Obama", " ", "Ahn Gyu-back", "São Paulo", "Zoë", "Kim\u{00A0}Jong", "a \u{301}b", "Jos\u{E9} Martí", "", "Tom "] {
            #expect(PersonNames.holdsSpace(name) == name.contains(" " as Character), "\(name)")
        }
        #expect(!PersonNames.holdsSpace("a \u{301}b"), "a space with a combining mark is no space of its own")
    }

    @Test func aPersonCalledBySurnameInOneArticleHasOnePeoplePage() throws {
        let named = article("""
            President Barack Obama said on Tuesday that the agreement would hold.

            “This deal will prevent Iran from obtaining a nuclear weapon,” Obama said in the East Room.
            """)
        var bySurname = article("""
            The White House defended the agreement on Wednesday.

            “We have cut off every pathway to a bomb,” President Obama told reporters aboard Air Force One.
            """)
        bySurname.slug = "surname"
        let briefs = [named, bySurname].map { BriefComposer().compose($0, ArticleExtractor().extract($0)) }
        #expect(briefs.map { $0.extraction.quotes.compactMap(\.speaker) } == [["Barack Obama"], ["Obama"]])
        let digests = briefs.map { BriefDigest($0) }
        let people = PeopleDirectory(digests).people
        #expect(people.map(\.name) == ["Barack Obama"])
        #expect(people.first?.quotes.count == 2)
        // The brief that says only "Obama" links to the same page.
        let context = BriefPage.context(briefs[1], previous: nil, next: nil, sections: BriefSection.allCases, people: PersonNames(digests))
        guard case .list(let quotes)? = context.child(.quotes), case .reference(let first)? = quotes.first else {
            Issue.record("the page lists no quotes")
            return
        }
        let quote = try #require((first as? TemplateContextBox<BriefPage.Quote>)?.context)
        #expect(quote.speakerURL == "../people/barack-obama.html")
        #expect(quote.speaker == "Obama", "the brief shows its own article's name")
    }

    // MARK: - Seeds: what cards and people pages count is what the pages show

    @Test func seedCardCountsEqualWhatTheBriefPagesShow() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        _ = try await SiteBuilder().build(BuildOptions(input: Repo.seeds, output: tmp, defaultTemplates: Repo.templates))
        let index = try String(contentsOf: tmp.appendingPathComponent("index.html"), encoding: .utf8)
        let cards = index.components(separatedBy: "<li class=\"card\">").dropFirst()
        #expect(cards.count == 2)
        for card in cards {
            let href = try #require(Self.capture(card, after: "<h2><a href=\"", until: "\""))
            let quotes = try #require(Self.capture(card, after: "<p class=\"counts\">", until: " quotes").flatMap { Int($0) })
            let figures = try #require(Self.capture(card, after: " quotes · ", until: " figures").flatMap { Int($0) })
            let page = try String(contentsOf: tmp.appendingPathComponent(href), encoding: .utf8)
            #expect(quotes == page.components(separatedBy: "<figure class=\"quote\">").count - 1, "\(href): quote count")
            let numbers = Self.capture(page, after: "<ul class=\"numbers key-figures\">", until: "</ul>") ?? ""
            #expect(figures == numbers.components(separatedBy: "<li>").count - 1, "\(href): figure count")
        }
    }

    @Test func seedPeoplePagesCountWhatTheyShowAndHoldNoPartialQuotes() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        _ = try await SiteBuilder().build(BuildOptions(input: Repo.seeds, output: tmp, defaultTemplates: Repo.templates))
        let people = try FileManager.default.contentsOfDirectory(atPath: tmp.appendingPathComponent("people").path).filter { $0 != "index.html" && $0.hasSuffix(".html") }
        #expect(!people.isEmpty)
        var shown: [String] = []
        for file in people {
            let page = try String(contentsOf: tmp.appendingPathComponent("people/\(file)"), encoding: .utf8)
            let count = try #require(Self.capture(page, after: "<p class=\"meta\">", until: " quotes").flatMap { Int($0) })
            let texts = page.components(separatedBy: "<blockquote><p>“").dropFirst().compactMap { $0.components(separatedBy: "”</p>").first }
            #expect(count == texts.count, "\(file)")
            shown += texts
        }
        #expect(shown.allSatisfy { KeyQuotes.words($0) >= KeyQuotes.minimumWords }, "partial quotes on people pages: \(shown)")
        #expect(!shown.contains("grave challenge") && !shown.contains { $0.hasPrefix("hundreds of thousands") || $0 == "hundreds of thousands" })
    }

    private static func capture(_ text: String, after start: String, until end: String) -> String? {
        guard let open = text.range(of: start), let close = text[open.upperBound...].range(of: end) else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }
}
