import Testing
@testable import BriefingCore

/// Hand-written quote cases: each short article lists every quote the extractor must find,
/// in order, with its exact text and speaker (and role where the article gives one).
@Suite("Quote extraction cases")
struct QuoteCaseTests {
    struct Expected: Sendable, CustomStringConvertible {
        var text: String
        var speaker: String?
        var role: String?
        /// The words naming an unnamed source ("the report"), checked when given.
        var mention: String?
        var description: String { "“\(text)” — \(speaker ?? "nobody")\(role.map { " (\($0))" } ?? "")" }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Paragraphs separated by blank lines.
        var text: String
        var quotes: [Expected]
        var testDescription: String { name }
    }

    static func q(_ text: String, _ speaker: String?, role: String? = nil, mention: String? = nil) -> Expected {
        Expected(text: text, speaker: speaker, role: role, mention: mention)
    }

    static let cases: [Case] = [
        // A sentence a line (scraped wire text): a quote broken over lines is one quote.
        Case(name: "a quote broken over lines without marks is one quote",
             text: "Bob Graham, a former senator, spoke in Washington.\n\n\"It is not going to be cheap.\n\nIt will take some sacrifices.\n\nBut our safety depends on doing so,\" he added.",
             quotes: [q("It is not going to be cheap. It will take some sacrifices. But our safety depends on doing so,", "Bob Graham")]),
        Case(name: "a quote left open that no later line closes takes no unmarked line",
             text: "Pat McQuaid said the tests were thorough.\n\n\"I think he was tested 15 times.\n\nThe samples came back negative.\n\nThe agency said it would review the case.",
             quotes: [q("I think he was tested 15 times.", "Pat McQuaid")]),
        Case(name: "paragraphs that each reopen the quote stay one quote a paragraph",
             text: "“We will rebuild the port,” Mayor Ana Ruiz said.\n\n“It will take years.\n\n“But we will not leave,” she said.",
             quotes: [q("We will rebuild the port,", "Ana Ruiz"), q("It will take years.", "Ana Ruiz"), q("But we will not leave,", "Ana Ruiz")]),
        Case(name: "a role's modifier opening the sentence is no speaker",
             text: "Former senator Bob Graham warned that the measures would be costly.\n\n\"It is not going to be cheap,\" he said.",
             quotes: [q("It is not going to be cheap,", "Bob Graham")]),
        // Marks
        Case(name: "curly quote before an inverted cue", text: "“We are close,” said envoy Jane Doe.",
             quotes: [q("We are close,", "Jane Doe")]),
        Case(name: "straight quote after the cue", text: "Jane Doe said: \"The talks will resume on Monday.\"",
             quotes: [q("The talks will resume on Monday.", "Jane Doe")]),
        Case(name: "TeX marks", text: "Kim Min-jae, the party leader, spoke on Monday.\n\n``We will not back down,'' Mr. Kim said.",
             quotes: [q("We will not back down,", "Kim Min-jae")]),
        Case(name: "single curly marks", text: "‘The vote was never in doubt,’ said Sarah Lee.",
             quotes: [q("The vote was never in doubt,", "Sarah Lee")]),
        Case(name: "a single quote inside a double one is not reported twice",
             text: "“When he told me ‘never again,’ I believed him,” said Ruth Adams.",
             quotes: [q("When he told me ‘never again,’ I believed him,", "Ruth Adams")]),
        Case(name: "apostrophes are not single quotes", text: "Tom Reyes said the voters’ choice was clear and ‘nobody’s fooled.’",
             quotes: []),

        // Cue verbs
        Case(name: "added, with a pronoun", text: "Sarah Lee spoke first.\n\n“It is a good day,” she added.",
             quotes: [q("It is a good day,", "Sarah Lee")]),
        Case(name: "warned, with a role before the name",
             text: "Finance Minister Choi Sang-mok warned that “the risks are rising fast.”",
             quotes: [q("the risks are rising fast.", "Choi Sang-mok", role: "Finance Minister")]),
        Case(name: "told Reuters", text: "“We are ready,” Ahmed Khan told Reuters.",
             quotes: [q("We are ready,", "Ahmed Khan")]),
        Case(name: "noted, inverted with a description", text: "“Prices have doubled since spring,” noted economist Laura Chen.",
             quotes: [q("Prices have doubled since spring,", "Laura Chen")]),
        Case(name: "stressed, before the quote", text: "Park Ji-won met the press.\n\nMr. Park stressed: “There will be no delay.”",
             quotes: [q("There will be no delay.", "Park Ji-won")]),
        Case(name: "according to an organization",
             text: "The plan will cost “at least $2 billion,” according to the Congressional Budget Office.",
             quotes: [q("at least $2 billion,", "Congressional Budget Office")]),
        Case(name: "wrote, with a capitalized title", text: "“The law is clear,” Judge Maria Lopez wrote in her ruling.",
             quotes: [q("The law is clear,", "Maria Lopez", role: "Judge")]),
        Case(name: "asked, inverted", text: "“Who pays for this?” asked Senator Tom Reed.",
             quotes: [q("Who pays for this?", "Tom Reed", role: "Senator")]),
        Case(name: "tweeted in the next sentence", text: "Donald Trump spent the night online.\n\n“Sad!” Trump tweeted.",
             quotes: [q("Sad!", "Donald Trump")]),
        Case(name: "a participle cue belongs to the subject",
             text: "Mayor Ana Ruiz spoke on Friday, saying the city “will rebuild every home.”",
             quotes: [q("will rebuild every home.", "Ana Ruiz", role: "Mayor")]),
        Case(name: "said, adding that", text: "Helen Grant met the board.\n\n“We will appeal,” Grant said, adding that the ruling was “deeply flawed.”",
             quotes: [q("We will appeal,", "Helen Grant"), q("deeply flawed.", "Helen Grant")]),

        // Position and splitting
        Case(name: "split by the attribution", text: "Mayor Ana Ruiz visited the site on Tuesday.\n\n“We will rebuild,” she said, “and we will do it together.”",
             quotes: [q("We will rebuild,", "Ana Ruiz"), q("and we will do it together.", "Ana Ruiz")]),
        Case(name: "two sentences after one cue", text: "“Tom is a real visionary,” said Robert McAtee. “He stepped in when no one else would.”",
             quotes: [q("Tom is a real visionary,", "Robert McAtee"), q("He stepped in when no one else would.", "Robert McAtee")]),
        Case(name: "a quote running over two paragraphs",
             text: "“The first part of the plan is simple,” said Omar Farouk. “We train more nurses.\n\n“The second part is harder. We keep them.”",
             quotes: [q("The first part of the plan is simple,", "Omar Farouk"), q("We train more nurses.", "Omar Farouk"),
                      q("The second part is harder. We keep them.", "Omar Farouk")]),
        Case(name: "a bare follow-on paragraph keeps the speaker",
             text: "“We have done our part,” said Governor Lisa Hart.\n\n“Now Washington must do its part.”",
             quotes: [q("We have done our part,", "Lisa Hart", role: "Governor"), q("Now Washington must do its part.", "Lisa Hart", role: "Governor")]),
        Case(name: "reported speech introduces the next paragraph's quote",
             text: "Mayor Ana Ruiz said the city would rebuild.\n\n“Every home will be replaced.”",
             quotes: [q("Every home will be replaced.", "Ana Ruiz")]),
        Case(name: "a sentence introduces the quote after it",
             text: "On Sunday, Sen. Bernie Sanders (Vt.) praised young voters. “They are sick and tired of discrimination.”",
             quotes: [q("They are sick and tired of discrimination.", "Bernie Sanders")]),
        Case(name: "pull-quote credit after a dash", text: "“Trump must stop portraying Latinos as criminals.” ― Carla Sanchez",
             quotes: [q("Trump must stop portraying Latinos as criminals.", "Carla Sanchez")]),

        // Partial quotes in reported speech
        Case(name: "partial quote after said", text: "Senator Mark Diaz said the bill was “a step backwards” for workers.",
             quotes: [q("a step backwards", "Mark Diaz", role: "Senator")]),
        Case(name: "partial quote after called", text: "Mark Diaz spoke on Monday.\n\nDiaz called the bill “a disgrace.”",
             quotes: [q("a disgrace.", "Mark Diaz")]),
        Case(name: "partial quote with the subject and no cue",
             text: "In recent weeks, Harry Reid has gone after Trump as a “human leech” and a “spoiled brat.”",
             quotes: [q("human leech", "Harry Reid"), q("spoiled brat.", "Harry Reid")]),
        Case(name: "a partial quote in a subordinate clause belongs to that clause's subject",
             text: "Senator Ann Cole toured the flooded towns on Monday.\n\nGov. Tom Reyes criticized the senator as “reckless” after she blamed the flooding on “years of neglect.”",
             quotes: [q("reckless", "Tom Reyes"), q("years of neglect.", "Ann Cole")]),
        Case(name: "two verbs share the subject before the cue",
             text: "Sen. Ann Cole met Gov. Tom Reyes on Monday.\n\nCole described the plan as “dead,” and Reyes paused and said, “We have the votes.”",
             quotes: [q("dead,", "Ann Cole"), q("We have the votes.", "Tom Reyes")]),
        Case(name: "two verbs share a first-person subject",
             text: "When my mother asked about the election, I laughed and said, “Nobody knows.” She was not amused.",
             quotes: [q("Nobody knows.", nil, mention: "I")]),
        Case(name: "an adverb between the pronoun and the cue",
             text: "Ann Cole, a former mayor, has softened with age, but she still says, “Nobody gets a free ride.”",
             quotes: [q("Nobody gets a free ride.", "Ann Cole", mention: "she")]),
        Case(name: "a pronoun after said that opens what was said is no speaker",
             text: "Senator Ann Cole toured the plant.\n\nCole, asked about the plan, said it was “a good start.”",
             quotes: [q("a good start.", "Ann Cole", mention: "Cole")]),
        Case(name: "a pronoun after said that ends the clause is the speaker",
             text: "Senator Ann Cole toured the plant.\n\n“No comment,” said she, and left.",
             quotes: [q("No comment,", "Ann Cole", mention: "she")]),
        Case(name: "a subordinate clause after an earlier clause's cue keeps its quote over the cue after it",
             text: "“Are we done?” Ann Cole asked, but the hall was loud, and as Gov. Tom Reyes went on about “record growth,” Cole said no.",
             quotes: [q("Are we done?", "Ann Cole"), q("record growth,", "Tom Reyes")]),
        Case(name: "a subordinate clause inside reported speech stays the speaker's",
             text: "Mayor Ruth Diaz said the city would sign the deal as long as Albany kept its “firm guarantees.”",
             quotes: [q("firm guarantees.", "Ruth Diaz")]),
        Case(name: "a subordinate clause closed by a comma leaves the quote to the main subject",
             text: "When the results came in, Mayor Ruth Diaz was “thrilled.”",
             quotes: [q("thrilled.", "Ruth Diaz")]),
        Case(name: "after as a preposition opens no clause",
             text: "Mayor Ruth Diaz went after Tom Reyes as a “career politician.”",
             quotes: [q("career politician.", "Ruth Diaz")]),
        Case(name: "a partial quote held by someone's claim is theirs",
             text: "The fact-checkers looked at Sen. Ann Cole’s claim that crime had risen “by half since spring.”",
             quotes: [q("by half since spring.", "Ann Cole")]),
        Case(name: "a quote after someone's answer and a colon is theirs",
             text: "My mother became so upset that I had to change my answer: “Of course I believe you.”",
             quotes: [q("Of course I believe you.", nil, mention: "I")]),
        Case(name: "an answer that holds no quote does not take it",
             text: "Gov. Tom Reyes gave his answer to the board, and Sen. Ann Cole called it “weak.”",
             quotes: [q("weak.", "Ann Cole")]),
        Case(name: "a claim that holds no quote does not take it",
             text: "Mayor Ruth Diaz announced that Ann Cole’s statement was “mostly true.”",
             quotes: [q("mostly true.", "Ruth Diaz")]),
        Case(name: "a participle of speech opening the sentence takes the subject after the quote",
             text: "Senator Ann Cole met Gov. Tom Reyes on Monday.\n\nAfter calling the plan “dead on arrival,” Reyes left the chamber.",
             quotes: [q("dead on arrival,", "Tom Reyes")]),
        Case(name: "a participle that is no speech leaves the quote unattributed",
             text: "After hearing the “final offer,” Mayor Ruth Diaz walked out.",
             quotes: [q("final offer,", nil)]),
        Case(name: "the cue nearest the quote wins",
             text: "When Hillary Clinton noted that he paid no tax, Donald Trump boasted, “That makes me smart.”",
             quotes: [q("That makes me smart.", "Donald Trump")]),

        // Names of things, not speech
        Case(name: "so-called", text: "The so-called “peace dividend” never arrived, Ana Ruiz said.", quotes: []),
        Case(name: "title of a show", text: "Speaking on CBS’s “Face the Nation,” Paul Ryan defended the bill.", quotes: []),
        Case(name: "title of a book", text: "Her book “A Long Road Home” sold well.", quotes: []),
        Case(name: "dubbed", text: "The press dubbed him “the Iron Chancellor.”", quotes: []),
        Case(name: "titled", text: "The report, titled “Safer Streets,” came out on Monday.", quotes: []),
        Case(name: "a show owned by a broadcaster's acronym",
             text: "Sen. Ruth Moss told MSNBC’s “Morning Joe” on Friday that the vote would be close.", quotes: []),
        Case(name: "a title before the noun of its kind",
             text: "By 9 a.m., listeners were calling in to his \"Talk of the Town\" radio program to complain.", quotes: []),
        Case(name: "an episode of a show",
             text: "On Tuesday’s episode of “The Late Show,” the governor said she would sign the bill.", quotes: []),
        Case(name: "a title-case quote after a person's possessive is still speech",
             text: "Sen. Maria Lopez said Trump’s “Big Beautiful Wall” would never be built.",
             quotes: [q("Big Beautiful Wall", "Maria Lopez")]),
        Case(name: "a chanted slogan before a noun that names no work stays a quote, of no one named",
             text: "“Lock Her Up” chants broke out as Gov. Mike Lane spoke.",
             quotes: [q("Lock Her Up", nil)]),
        Case(name: "markup values are no quotes",
             text: "<blockquote class=\"twitter-tweet\" data-lang=\"en\">Jobs numbers are out, and they are strong.</blockquote>", quotes: []),

        // Organizations and documents
        Case(name: "an organization with a determiner", text: "“The economy remains resilient,” the International Monetary Fund said.",
             quotes: [q("The economy remains resilient,", "International Monetary Fund")]),
        Case(name: "a document", text: "“Inflation will ease by spring,” the report said.",
             quotes: [q("Inflation will ease by spring,", nil, mention: "the report")]),
        Case(name: "a document with an organization", text: "“Growth will slow,” the IMF report stated.",
             quotes: [q("Growth will slow,", "IMF", mention: "the IMF report")]),
        Case(name: "the White House", text: "“The president has full confidence in her,” the White House said.",
             quotes: [q("The president has full confidence in her,", "White House")]),
        Case(name: "according to the organizers",
             text: "More than 5,000 people joined a nationwide “sit-in” on Friday, according to the march organizers.",
             quotes: [q("sit-in", nil, mention: "the march organizers")]),
        Case(name: "a letter reads", text: "“We see charter schools offering hope,” the letter reads.",
             quotes: [q("We see charter schools offering hope,", nil, mention: "the letter")]),

        // Resolution
        Case(name: "pronoun to the role and name introduced before",
             text: "Health Minister Sofia Reyes announced the plan on Monday.\n\n“Every clinic will be open on weekends,” she said.",
             quotes: [q("Every clinic will be open on weekends,", "Sofia Reyes", role: "Health Minister")]),
        Case(name: "pronoun to the latest person in the paragraph",
             text: "Tom Baker criticized the plan. Later, Anna Ford defended it. “It is the right thing to do,” she said.",
             quotes: [q("It is the right thing to do,", "Anna Ford")]),
        Case(name: "pronoun to the subject of its own sentence",
             text: "Claire McCaskill spoke first.\n\nDemocratic Sen. Amy Klobuchar scolded him: “You called them miracles,” she said.",
             quotes: [q("You called them miracles,", "Amy Klobuchar")]),
        Case(name: "surname", text: "Elena Petrova, an analyst at the bank, warned of a slowdown.\n\n“Growth will stall,” Petrova said.",
             quotes: [q("Growth will stall,", "Elena Petrova")]),
        Case(name: "honorific", text: "Lawyer Helen Grant filed the motion.\n\n“We will appeal,” Ms. Grant said.",
             quotes: [q("We will appeal,", "Helen Grant")]),
        Case(name: "Korean name, family name first",
             text: "Defense Minister Ahn Gyu-back spoke in Seoul.\n\n“The situation is unstable,” Mr. Ahn said.",
             quotes: [q("The situation is unstable,", "Ahn Gyu-back", role: "Defense Minister")]),
        Case(name: "Korean name with a lower-case role",
             text: "The report was written by senior KIDA researcher Park Yong-han.\n\n“Seoul must act now,” Park said.",
             quotes: [q("Seoul must act now,", "Park Yong-han", role: "senior KIDA researcher")]),
        Case(name: "Chinese name, family name first",
             text: "Foreign Ministry spokesperson Mao Ning spoke to reporters.\n\n“China firmly opposes this,” Mao said.",
             quotes: [q("China firmly opposes this,", "Mao Ning")]),

        // Attribution shapes
        Case(name: "long appositive between name and cue",
             text: "“We expected more,” Robert Hale, a former aide to the senator who now runs a consulting firm in Ohio, said on Friday.",
             quotes: [q("We expected more,", "Robert Hale")]),
        Case(name: "age between name and cue", text: "“We are not going to stop,” Quina Jones, 25, said.",
             quotes: [q("We are not going to stop,", "Quina Jones")]),
        Case(name: "inverted with an appositive", text: "“It is too early to tell,” said Maria Gomez, a spokeswoman for the city.",
             quotes: [q("It is too early to tell,", "Maria Gomez")]),
        Case(name: "inverted with a description before the name", text: "“They are 100 percent wrong,” said 9/11 widow Terry Strada.",
             quotes: [q("They are 100 percent wrong,", "Terry Strada")]),
        Case(name: "name with a party and state", text: "“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
             quotes: [q("The veto will be overridden,", "Mitch McConnell")]),
        Case(name: "a capitalized sentence opener is no speaker",
             text: "Governor Ray Nolan spoke to voters in Ohio.\n\nOnly European leaders were “truly surprised,” Nolan said.",
             quotes: [q("truly surprised,", "Ray Nolan", role: "Governor")]),
        Case(name: "United States is no cue",
             text: "Ambassador Linda Park met the press.\n\n“We stand with the United States,” Park said.",
             quotes: [q("We stand with the United States,", "Linda Park", role: "Ambassador")]),
        Case(name: "an unattributed quote stays unattributed", text: "The sign on the door read “closed for repairs.”",
             quotes: [q("closed for repairs.", nil)]),
    ]

    @Test(arguments: cases)
    func quotesAndSpeakers(_ item: Case) {
        let article = Article(
            source: "case.txt", slug: "case", title: "Case",
            paragraphs: item.text.components(separatedBy: "\n\n").map { Paragraph(text: $0) })
        let found = QuoteExtractor().extract(article)
        let got = found.map { Expected(text: $0.text, speaker: $0.speaker, role: $0.role, mention: $0.mention) }
        #expect(got.map(\.text) == item.quotes.map(\.text), "quotes: \(got)")
        #expect(got.map(\.speaker) == item.quotes.map(\.speaker), "speakers: \(got)")
        for (expected, actual) in zip(item.quotes, got) where expected.role != nil {
            #expect(actual.role == expected.role, "role of “\(expected.text)”")
        }
        for (expected, actual) in zip(item.quotes, got) where expected.mention != nil {
            #expect(actual.mention == expected.mention, "mention of “\(expected.text)”")
        }
    }

    @Test func thereAreAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }
}
