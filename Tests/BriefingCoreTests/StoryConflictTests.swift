import Foundation
import Testing
@testable import BriefingCore

/// Conflicts between the sources of one story, on hand-written story sets modelled on wire copy.
@Suite("Story conflicts")
struct StoryConflictTests {
    private func conflicts(_ briefs: [Brief]) -> [Story.Conflict] {
        StoryConflicts().conflicts(briefs)
    }

    /// What a figure counts is told by the first word after it that is not an auxiliary, within
    /// four words, folded ("dead" → "killed") or stemmed.
    @Test func qualifiersAreTheFirstTellingWordWithinFourAfterTheFigure() {
        func qualifier(_ text: String, _ context: String) -> String? {
            StoryConflicts.qualifier(of: Figure(text: text, value: 1, kind: .count, paragraph: 0, context: context))
        }
        #expect(qualifier("12 people", "At least 12 people were killed, police said.") == "killed")
        #expect(qualifier("12", "Officials said 12 were reportedly dead on Monday.") == "killed")
        #expect(qualifier("40", "Rescuers found 40 additional protesters near the road.") == "protester")
        #expect(qualifier("7", "There were 7 who were at scenes of fires.") == "scene")
        #expect(qualifier("7", "There were 7, who, as of the time we went to print, were missing.") == nil)
        #expect(qualifier("9", "The count was 9.") == nil)
        #expect(qualifier("9", "No such figure here.") == nil)
        // Text past ASCII, before or after the words that count, reads as plain ASCII does.
        #expect(qualifier("12", "Officials said 12 were reportedly dead — on Monday.") == "killed")
        #expect(qualifier("12", "Officials said 12 were wounded, añadió.") == "injured")
        #expect(qualifier("3", "They saw 3 Zürich hotels.") == StoryTerms.terms("zürich").first)
        #expect(qualifier("3", "They saw 3 hotels in Zürich.") == "hotel")
    }

    @Test func seedsTroopsToRussiaAreAnUpdate() throws {
        let briefs = [try Repo.brief(Repo.seed000), try Repo.brief(Repo.seed002)]
        let found = conflicts(briefs)
        let troops = try #require(found.first { $0.what == "troops" })
        #expect(troops.kind == .update)
        #expect(troops.values.map(\.value) == [3000, 15000])
        #expect(troops.values.map(\.source) == ["002_e16b816cd6322626.txt", "000_1f1d99c7f6881882.txt"])
    }

    @Test func deathTollRisingOverTwoDaysIsAnUpdate() throws {
        let briefs = [
            try StoryFixture.brief("a.md", date: "2024-03-10", title: "Bus plunges into ravine in Peru", [
                "LIMA (AP) — A bus carrying farm workers plunged into a ravine in Peru's Andes on Sunday, and at least 12 people were killed, police said.",
            ]),
            try StoryFixture.brief("b.md", date: "2024-03-12", title: "Peru bus crash toll rises", [
                "LIMA (Reuters) — Rescuers recovered more bodies from a ravine in Peru's Andes, where 40 people were killed when a bus plunged off a mountain road, police said on Tuesday.",
            ]),
        ]
        let found = conflicts(briefs)
        #expect(found.count == 1)
        #expect(found.first?.what == "people killed")
        #expect(found.first?.kind == .update)
        #expect(found.first?.values.map(\.value) == [12, 40])
    }

    @Test func tollGrowingAcrossThreeSourcesIsOneUpdate() throws {
        let briefs = [
            try StoryFixture.brief("c.md", date: "2023-02-07", title: "Quake toll climbs", [
                "ANKARA (Reuters) — Rescue teams searched collapsed buildings in southern Turkey after 2,300 people were killed in the earthquake, officials said.",
            ]),
            try StoryFixture.brief("a.md", date: "2023-02-06", title: "Strong earthquake hits Turkey", [
                "ISTANBUL (AP) — A powerful earthquake struck southern Turkey before dawn, and 1,500 people were killed as buildings collapsed, officials said.",
            ]),
            try StoryFixture.brief("b.md", date: "2023-02-08", title: "Rescuers race against the cold", [
                "GAZIANTEP (AFP) — Freezing weather slowed rescuers in southern Turkey, where 5,800 people were killed in the earthquake, officials said.",
            ]),
        ]
        let found = conflicts(briefs)
        #expect(found.count == 1)
        #expect(found.first?.kind == .update)
        #expect(found.first?.values.map(\.value) == [1500, 2300, 5800])
        #expect(found.first?.values.map(\.source) == ["a.md", "c.md", "b.md"])
    }

    @Test func differentCrowdSizesOnTheSameDayAreADisagreement() throws {
        let briefs = [
            try StoryFixture.brief("police.md", date: "2024-05-01", title: "May Day march in Paris", [
                "PARIS (AP) — About 12,000 protesters marched through central Paris on Wednesday against the pension law, police said.",
            ]),
            try StoryFixture.brief("union.md", date: "2024-05-01", title: "Unions fill Paris streets", [
                "PARIS (AFP) — Some 50,000 protesters marched through central Paris on Wednesday against the pension law, the CGT union said.",
            ]),
        ]
        let found = conflicts(briefs)
        #expect(found.count == 1)
        #expect(found.first?.what == "protesters")
        #expect(found.first?.kind == .disagreement)
        #expect(found.first?.values.map(\.value) == [12000, 50000])
    }

    @Test func aCountRevisedDownLaterIsADisagreement() throws {
        let briefs = [
            try StoryFixture.brief("a.md", date: "2024-07-02", title: "Floods in Bavaria", [
                "MUNICH (Reuters) — Flash floods swept through villages in Bavaria overnight and 30 people were missing, the state interior ministry said on Tuesday.",
            ]),
            try StoryFixture.brief("b.md", date: "2024-07-03", title: "Bavaria floods recede", [
                "MUNICH (AP) — Water levels fell in Bavaria on Wednesday and 18 people were missing after the flash floods, the state interior ministry said.",
            ]),
        ]
        let found = conflicts(briefs)
        #expect(found.count == 1)
        #expect(found.first?.kind == .disagreement)
        #expect(found.first?.values.map(\.value) == [30, 18])
    }

    @Test func aRoundingDifferenceIsNoConflict() throws {
        let briefs = [
            try StoryFixture.brief("a.md", date: "2024-08-20", title: "Wildfire near Athens", [
                "ATHENS (Reuters) — A wildfire burned toward the suburbs of Athens on Monday and about 2,000 people were evacuated from their homes, the fire service said.",
            ]),
            try StoryFixture.brief("b.md", date: "2024-08-20", title: "Greek fire forces evacuations", [
                "ATHENS (AP) — Firefighters battled a blaze north of Athens on Monday after 2,050 people were evacuated from villages in its path, officials said.",
            ]),
        ]
        #expect(conflicts(briefs).isEmpty)
    }

    @Test func killedAndInjuredAreDifferentQuantities() throws {
        let briefs = [
            try StoryFixture.brief("a.md", date: "2024-09-14", title: "Train derails in India", [
                "NEW DELHI (AP) — A passenger train derailed in eastern India on Saturday and 12 people were killed, railway officials said.",
            ]),
            try StoryFixture.brief("b.md", date: "2024-09-14", title: "Dozens hurt in Indian train crash", [
                "NEW DELHI (Reuters) — A passenger train left the tracks in eastern India on Saturday and 60 people were injured, railway officials said.",
            ]),
        ]
        #expect(conflicts(briefs).isEmpty)
    }

    @Test func differentThingsCountedAreNoConflict() throws {
        let briefs = [
            try StoryFixture.brief("a.md", date: "2024-10-02", title: "Aid convoy reaches Gaza", [
                "CAIRO (Reuters) — A convoy of 80 trucks carrying food and medicine crossed into Gaza on Wednesday, the Egyptian Red Crescent said.",
            ]),
            try StoryFixture.brief("b.md", date: "2024-10-02", title: "Food aid crosses into Gaza", [
                "CAIRO (AP) — About 300 tons of food and medicine crossed into Gaza on Wednesday, the Egyptian Red Crescent said.",
            ]),
        ]
        #expect(conflicts(briefs).isEmpty)
    }

    @Test func theSameValueInTwoSourcesIsNoConflict() throws {
        let briefs = [
            try StoryFixture.brief("a.md", date: "2024-11-05", title: "Mine collapse in Chile", [
                "SANTIAGO (AP) — A tunnel collapsed at a copper mine in northern Chile on Tuesday and 33 miners were trapped underground, officials said.",
            ]),
            try StoryFixture.brief("b.md", date: "2024-11-06", title: "Chile miners trapped", [
                "SANTIAGO (Reuters) — Rescuers drilled toward 33 miners trapped in a copper mine in northern Chile, the mining minister said on Wednesday.",
            ]),
        ]
        #expect(conflicts(briefs).isEmpty)
    }

    @Test func twoDatesForTheSameEventAreADisagreement() throws {
        let briefs = [
            try StoryFixture.brief("a.md", date: "2024-03-06", title: "Cargo plane crash in Alaska", [
                "ANCHORAGE (AP) — A cargo plane crashed near the Fairbanks airport on March 3, killing both pilots, the Federal Aviation Administration said.",
            ]),
            try StoryFixture.brief("b.md", date: "2024-03-07", title: "Investigators reach Alaska crash site", [
                "ANCHORAGE (Reuters) — A cargo plane crashed near the Fairbanks airport on March 5, killing both pilots, the Federal Aviation Administration said.",
            ]),
        ]
        let found = conflicts(briefs)
        #expect(found.count == 1)
        #expect(found.first?.kind == .disagreement)
        #expect(found.first?.what.hasPrefix("date of:") == true)
        #expect(found.first?.values.map { CalendarDate(dayNumber: Int($0.value)).description } == ["2024-03-03", "2024-03-05"])
    }

    @Test func theSameDateInTwoSourcesIsNoConflict() throws {
        let briefs = [
            try StoryFixture.brief("a.md", date: "2024-03-06", title: "Cargo plane crash in Alaska", [
                "ANCHORAGE (AP) — A cargo plane crashed near the Fairbanks airport on March 3, killing both pilots, the Federal Aviation Administration said.",
            ]),
            try StoryFixture.brief("b.md", date: "2024-03-07", title: "Investigators reach Alaska crash site", [
                "ANCHORAGE (Reuters) — Investigators reached the wreck of a cargo plane that crashed near the Fairbanks airport on March 3, the Federal Aviation Administration said.",
            ]),
        ]
        #expect(conflicts(briefs).isEmpty)
    }

    @Test func undatedSourcesThatDifferDisagree() throws {
        let briefs = [
            try StoryFixture.brief("a.md", date: nil, title: "Strike at Ford plants", [
                "DETROIT — About 9,000 workers walked off the job at three Ford plants, the union said.",
            ]),
            try StoryFixture.brief("b.md", date: nil, title: "Ford workers strike", [
                "DETROIT — Nearly 13,000 workers walked off the job at three Ford plants, the union said.",
            ]),
        ]
        let found = conflicts(briefs)
        #expect(found.count == 1)
        #expect(found.first?.kind == .disagreement)
    }

    @Test func countsToldInUnlikeSentencesAreDifferentQuantities() throws {
        let briefs = [
            try StoryFixture.brief("a.md", date: "2008-12-16", title: "Hansbrough leads Tar Heels", [
                "CHAPEL HILL, N.C. (AP) — Tyler Hansbrough scored 20 points as North Carolina beat Evansville on Tuesday night.",
            ]),
            try StoryFixture.brief("b.md", date: "2008-12-17", title: "Hansbrough breaks scoring record", [
                "CHAPEL HILL, N.C. (Reuters) — Hansbrough now has 2,290 points in his career, the most in the school's history, the university said.",
            ]),
        ]
        #expect(conflicts(briefs).isEmpty)
    }

    /// The last words before a time are read back from the end, as splitting the whole text
    /// at whitespace would give them.
    @Test(arguments: [
        "Police said on", "  police   said  ", "said", "", "   ", "a b c d e", "told\r\nreporters on\u{00A0}",
        "the minister\u{2003}announced\tlate", "Ἀθῆναι λέγει",
    ])
    func lastWordsAreTheLastOfTheWhitespaceSplit(_ text: String) {
        for count in 1...3 {
            let expected = text[...].split(whereSeparator: \.isWhitespace).suffix(count).map(String.init)
            #expect(StoryConflicts.lastWords(text[...], count).map(String.init) == expected)
        }
    }

    /// The same on seeded texts of ASCII words, every ASCII whitespace byte (a return and a
    /// line feed together are one character) and words past ASCII; and speech verbs told on an
    /// ASCII word's bytes as Foundation's lower-casing and trimming of punctuation tell them.
    @Test func lastWordsAndSpeechVerbsOnBytesAreTheCharacterwiseOnes() {
        let pieces = [" ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "said", "Said,", "(told", "TOLD:", "\"wrote\"", "reported.", "x", "é", "\u{00A0}", "says'", "—", "ADDED!?"]
        var generator = SeededGenerator(state: 3)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0..<9, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for count in 1...3 {
                let expected = text[...].split(whereSeparator: \.isWhitespace).suffix(count).map(String.init)
                #expect(StoryConflicts.lastWords(text[...], count).map(String.init) == expected, "\(text.debugDescription)")
            }
            for word in text.split(whereSeparator: \.isWhitespace) {
                let plain = StoryConflicts.speechVerbs.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
                #expect(StoryConflicts.isSpeechVerb(word) == plain, "\(word.debugDescription)")
            }
        }
        for byte in UInt8(0)..<0x80 {
            #expect(StoryConflicts.isASCIIPunctuation(byte) == CharacterSet.punctuationCharacters.contains(Unicode.Scalar(byte)), "\(byte)")
        }
    }
}
