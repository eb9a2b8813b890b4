import Testing
@testable import BriefingCore

/// Quote kinds the eleventh unseen-style set (a Gaza war story, an emergency patch, a football
/// game, an opinion column, a chip merger, a feature on Greek riots, a murder trial, a DUI
/// arrest, an earthquake, wire politics) showed the extractor getting wrong: roles of several
/// lower-case words before a name, a person before the bodies and places they belong to, an
/// aside between a subject and its cue, a description before a participle of speech, a group
/// opening a sentence, a banner's words.
/// Each case is written after a real sentence, with a look-alike that must keep its reading.
@Suite("Quotes in the eleventh unseen-style set")
struct QuoteUnseenEleventhSetTests {
    private func pairs(_ text: String, title: String = "Case") -> [String] { QuoteCase.pairs(text, title: title) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    // MARK: - Quote spans

    @Test func aQuoteBrokenOverSixLinesIsOneQuote() {
        let lines = ["“Suddenly we heard a bomb that shook the school.", "Windows smashed.", "Children started to scream.",
                     "A relative came and told me one of my sons was killed.", "I found my son's body with his two cousins.",
                     "They were cut into pieces by the shell.”"]
        let quotes = QuoteCase.quotes(lines.joined(separator: "\n\n"))
        #expect(quotes.count == 1)
        #expect(quotes.first?.text.hasSuffix("Windows smashed. Children started to scream. A relative came and told me one of my sons was killed. I found my son's body with his two cousins. They were cut into pieces by the shell.") == true)
        // A line reopening a quote four lines on does not make the lines between it quote.
        let narrative = ["Windows were blown out.", "Hours before, three men died.", "They had sought shelter there.", "“We came to the school,” he said."]
        #expect(!QuoteSpanScanner.continuesUnmarked(Array("Windows smashed.".unicodeScalars), following: narrative.map { Array($0.unicodeScalars) }[...]))
        #expect(QuoteSpanScanner.continuesUnmarked(Array("Windows smashed.".unicodeScalars), following: lines.dropFirst(2).map { Array($0.unicodeScalars) }[...]))
    }

    // MARK: - Names of things

    @Test func aThingsNameGivenBeforeIsThatNameAgain() {
        let text = "A former Chargers fullback, Lorenzo Neal, was among the co-founders of the “Safe Ride Solutions” program.\n\nIt was that case that prompted Gary Lawrence, a detective, to ally with the Chargers in a program in which players who've been drinking would call “Safe Ride Solutions” and be driven home."
        #expect(pairs(text).isEmpty)
        // Said by someone a cue names, the words are theirs.
        let said = "Fans bought the “Safe Ride Solutions” shirts.\n\n“Safe Ride Solutions,” said Gary Lawrence, “is what we do.”"
        #expect(pairs(said).contains("Safe Ride Solutions, — Gary Lawrence"))
    }

    @Test func aThingAgreedToIsATerm() {
        #expect(pairs("Israel has agreed a \"humanitarian corridor\" to allow Palestinians to get essential goods.").isEmpty)
        // Agreeing that something is so, or agreeing in words, is saying it.
        #expect(mentions("Clark agreed that the rules were \"a disaster.\"") == ["a disaster. — Clark"])
        #expect(mentions("Clark agreed, \"The rules are a disaster.\"") == ["The rules are a disaster. — Clark"])
    }

    @Test func aListOfTitlesCountsTheTitlesSetAsideAsNames() {
        let text = "Asking to respect her and her family's privacy, Ketsoyan did not reveal what the star of \"American Pie\", \"Van Wilder\" and \"The Big Lebowski\" was being treated for."
        #expect(pairs(text).isEmpty)
    }

    // MARK: - Speakers

    @Test func aParticiplePhraseOpeningTheSentenceIsNoSubject() {
        let text = "Explaining its attack on al-Fahora school, the Israeli military claimed that a mortar was fired from the playground, and it responded with a single shell which killed known Hamas fighters; the resulting explosion was compounded because Hamas \"booby-trapped the school\"."
        #expect(QuoteCase.quotes(text).map { $0.speaker ?? "" }.allSatisfy { $0.contains("Israeli") })
        let heading = "Kimmel hustles back to his dressing room.\n\nHeading into the green room, Teigen points out to her husband, \"Your best friend is behind you, John.\""
        #expect(pairs(heading) == ["Your best friend is behind you, John. — Teigen"])
        // The subject after the participle phrase is the sentence's.
        #expect(QuoteAttribution.subject(in: ["Explaining", "its", "attack", ",", "the", "military", "claimed"], common: TokenWordSet()) == "the military")
    }

    @Test func aRoleOfSeveralLowerCaseWordsBeforeANameGivesTheName() {
        let text = "\"People should run, not walk, to get it installed,\" said Trend Micro advanced threat researcher Paul Ferguson."
        #expect(mentions(text) == ["People should run, not walk, to get it installed, — Paul Ferguson"])
        let head = "\"Microsoft encourages all IE customers to test and deploy this update as soon as possible,\" said Microsoft security response communications head Christopher Budd."
        #expect(pairs(head).map { $0.hasSuffix("— Christopher Budd") } == [true])
        // Words that are no role leave the body's name as it was: "said Microsoft would …".
        #expect(QuoteAttribution.roleWordsEnd(from: 1, in: ["Microsoft", "would", "release", "patches", "soon"]) == nil)
        #expect(QuoteAttribution.roleWordsEnd(from: 1, in: ["Microsoft", "security", "response", "communications", "head", "Christopher"]) == 5)
    }

    @Test func aPersonBeforeTheBodiesAndPlacesTheyBelongToSpeaks() {
        let text = "Analyst Rob Enderle of Enderle Group in Silicon Valley said it was \"amazing\" that Microsoft was able to turn out a complex critical fix in a week."
        #expect(pairs(text) == ["amazing — Rob Enderle"])
        #expect(pairs("Kassie Siegel of the Center for Biological Diversity said the rule was \"a gift.\"") == ["a gift. — Kassie Siegel"])
        // A body's own name keeps its reading, and an office before a person's name is no person.
        #expect(pairs("The Bank of America said it was \"cautious.\"") == ["cautious. — Bank of America"])
        #expect(!pairs("The National Academy of Sciences has warned that the petition is printed in “a format that is nearly identical to that of scientific articles.”")
            .contains { $0.hasSuffix("— National Academy") })
        #expect(pairs("\"We have no idea what caused it,\" the Rev. Larry Kroon of the Wasilla Bible Church said Saturday.") == ["We have no idea what caused it, — Larry Kroon"])
        #expect(pairs("Gallup Editor in Chief Frank Newport said on Sunday the polling company’s methodology is “extremely solid.”") == ["extremely solid. — Frank Newport"])
        #expect(pairs("Brand Manager at KFC Jocelyn Bynoe said: “we have been experimenting with edible packaging.”") == ["we have been experimenting with edible packaging. — Jocelyn Bynoe"])
    }

    @Test func anAsideBetweenTheSubjectAndItsCueIsReadPast() {
        let text = "What's needed now is political savvy, plus what George W. Bush, in his 2000 campaign, described as \"sound science.\""
        #expect(pairs(text) == ["sound science. — George W. Bush"])
        #expect(mentions("The president, in his speech on Monday, said it was \"a disgrace.\"") == ["a disgrace. — The president"])
    }

    @Test func aDescriptionBeforeAParticipleOfSpeechSpeaks() {
        let text = "Kathina Thomas' mother Shondell McAllister was the first prosecution witness, emotionally describing the shooting scene, and her daughter screaming, \"Mommy, mommy, I got hit.\""
        #expect(mentions(text) == ["Mommy, mommy, I got hit. — her daughter"])
        // A record is no one speaking: the body that issued it is.
        let statement = "The Starrett Corporation, which owns the building, issued a statement saying: “We are saddened by today’s tragic incident.”"
        #expect(pairs(statement) == ["We are saddened by today’s tragic incident. — Starrett Corporation"])
    }

    @Test func aGroupOpeningASentenceIntroducesTheQuoteAfterItsColon() {
        let text = "Groups of young people roamed the streets across central Athens, shouting:\n\n\"This night is for Alexi!\""
        #expect(mentions(text) == ["This night is for Alexi! — Groups of young people"])
        #expect(QuoteAttribution.groupDescription(from: 0, in: ["Dozens", "of", "residents", "gathered"]) == "Dozens of residents")
        // A group of things is no one: "Terms of the deal were not disclosed."
        #expect(QuoteAttribution.groupDescription(from: 0, in: ["Terms", "of", "the", "deal", "were", "not", "disclosed"]) == nil)
    }

    @Test func aNameWithInitialsIsReadWhole() {
        let text = "“It's disappointing to hear about the issue involving Jamal Williams,” said General Manager A. J. Smith in a news release issued by the team yesterday."
        #expect(pairs(text) == ["It's disappointing to hear about the issue involving Jamal Williams, — A. J. Smith"])
        // Six words stay the most a run holds.
        #expect(QuoteAttribution.nameRun(startingAt: 0, in: ["General", "Manager", "A", ".", "J", ".", "Smith"], common: TokenWordSet()) == 0..<7)
    }

    @Test func aRoleOfSeveralWordsAfterABodysNameIntroducesTheNameSetOffAfterIt() {
        let text = "The de facto Hamas prime minister in Gaza, Ismail Haniyeh, issued a statement from hiding, saying that the Gazans would defeat Israel.\n\n\"[Israel] has failed to force the population to surrender,\" he said."
        #expect(pairs(text) == ["[Israel] has failed to force the population to surrender, — Ismail Haniyeh"])
        // A body's name with no role after it stays the subject.
        #expect(QuoteAttribution.subject(in: ["Hamas", "fired", "more", "than", "30", "rockets"], common: TokenWordSet()) == "Hamas")
    }

    @Test func aLeagueIsASource() {
        let text = "In recognition of the program, the league gave the Chargers its Winston-Shell Award in 2007 for “demonstrating commitment and dedication to developing unique and innovative ideas and solutions.”"
        #expect(mentions(text) == ["demonstrating commitment and dedication to developing unique and innovative ideas and solutions. — the league"])
    }

    @Test func aBannerProclaimsItsWords() {
        let text = "Nearby streets are barricaded with the carcasses of burnt cars, and a huge black banner proclaims \"MURDERERS\" - the rallying cry that has brought Greece's youths to the streets."
        #expect(mentions(text) == ["MURDERERS — a huge black banner"])
    }
}
