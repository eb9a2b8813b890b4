import Foundation
import Testing
@testable import BriefingCore

/// The quote attribution's quicker readings of session 38 agree with the plain way on the words
/// of every line of the seed articles and of the quote fixtures, and on lines made to hit each
/// rule: mentions joined by writing their bytes once, asides told by each word's mark, and the
/// words that may start a cue rule told by one look-up of their lower case.
@Suite("Attribution 38: joins, asides and cue triggers")
struct Attrib38AttributionTests {
    /// The words of every line of the seeds and of the quote fixtures, and of lines made to hit the rules.
    private static let sentences: [[String]] = {
        let fixtures = Repo.quoteFixtureTexts()
        let fixtureLines = fixtures.flatMap { ((try? String(contentsOf: $0, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }
        let made = [
            "Police say that Alcorn's texts \u{2014} 2,400 of them, according to the girl's mother \u{2014} showed a deep love, she said.",
            "Police say that Alcorn's texts -- 2,400 of them, according to the mother -- showed love, he said.",
            "The mayor (who said it twice) left \u{2013} and the aide (he added) stayed; she said . Then ( he said ) it.",
            "Rep. Jason Chaffetz (R-Utah) said \u{037E} the aide \u{2014} who said no \u{2013} left, Mr. Ahn Jr. said.",
            "The aide ( who left \u{037E} he said ) stayed \u{2014} and \u{037E} she said \u{2014} then.", "\u{2014} said the director \u{2014}", "( said )", "said", "-- said --", ". said ;", "a \u{2014}\u{0301} said \u{2014} b",
            "Gov. Chris Christie of New Jersey and Prof. Dr. Maria-Luisa de la Cruz y Fern\u{00E1}ndez said . .",
            "SAID Smith, ACCORDING to Jones; Points out, Defined as, CASE that, \u{212A}ase, Sa\u{00EF}d, S\u{0041}\u{030A}ID.",
        ]
        let lines = ((try? Repo.seedLines().map(String.init)) ?? []) + fixtureLines + made
        return lines.map { Tokenizer.tokens($0).map(\.text) }
    }()

    /// `QuoteAttribution.join` as it was: each word appended to a growing string.
    private static func plainJoin(_ words: ArraySlice<String>) -> String {
        var out = ""
        for w in words {
            if w == "." { out += "."; continue }
            if !out.isEmpty { out += " " }
            out += w
        }
        return out
    }

    @Test func mentionsJoinAsTheyWereAppended() {
        var joins = 0, long = 0, failures: [String] = []
        let made: [[String]] = [["", "a"], ["a", ""], ["", "", "."], [".", "Ahn"], ["Mr", ".", "Ahn"], ["caf\u{00E9}", "\u{1F600}", "."],
                                ["\u{212A}elvin", "\u{037E}"], ["a\u{0301}", "b"], ["Abdel", "Aziz", "al-Hilu", "of", "the", "Sudan", "People\u{2019}s"]]
        for words in Self.sentences + made {
            for start in words.indices {
                for end in start..<min(words.count, start + 8) {
                    let slice = words[start...end]
                    let fast = QuoteAttribution.join(slice)
                    joins += 1
                    if fast.utf8.count > 15 { long += 1 }
                    // Equal bytes, not only equal strings.
                    if !fast.utf8.elementsEqual(Self.plainJoin(slice).utf8) { failures.append(slice.joined(separator: "|")) }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(joins) joins differ: \(failures.prefix(5))")
        #expect(long > 10_000)
    }

    /// `QuoteAttribution.isSetOff` as it was: each word compared as a string to each mark.
    private static func plainIsSetOff(_ index: Int, awayFrom near: Int, in words: [String]) -> Bool {
        let dash: (String) -> Bool = { $0 == "\u{2014}" || $0 == "\u{2013}" || $0 == "--" }
        var open = index - 1
        while open >= 0, !dash(words[open]), words[open] != "(" {
            if words[open] == "." || words[open] == ";" { return false }
            open -= 1
        }
        guard open >= 0 else { return false }
        let closing: (String) -> Bool = words[open] == "(" ? { $0 == ")" } : dash
        var close = index + 1
        while close < words.count, !closing(words[close]) {
            if words[close] == "." || words[close] == ";" { return false }
            close += 1
        }
        guard close < words.count else { return false }
        return !(open < near && near <= close)
    }

    @Test func asidesAreSetOffAsTheyWere() {
        var setOff = 0, failures: [String] = []
        for words in Self.sentences {
            for index in words.indices {
                for near in Set([0, index / 2, index, index + 1, words.count - 1, words.count]) {
                    let fast = QuoteAttribution.isSetOff(index, awayFrom: near, in: words)
                    if fast { setOff += 1 }
                    if fast != Self.plainIsSetOff(index, awayFrom: near, in: words) { failures.append("\(index) \(near): \(words.joined(separator: " "))") }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) readings differ: \(failures.prefix(3))")
        #expect(setOff > 1_000)
    }

    @Test func marksAreToldAsTheirStrings() {
        let marks: [(String, QuoteAttribution.Mark)] = [
            (",", .comma), (".", .period), (";", .semicolon), ("\u{037E}", .semicolon), ("(", .openParenthesis), (")", .closeParenthesis),
            (":", .colon), ("\u{2014}", .dash), ("\u{2013}", .dash), ("--", .doubleHyphen),
        ]
        var failures: [String] = []
        // (A list, not a set, which would keep one of ";" and "\u{037E}", equal strings.)
        for word in Array(Self.sentences.joined()) + ["\u{037E}", "\u{2014}\u{0301}", ",\u{0301}", "-", "---", "\u{2012}", "\u{037E}\u{0301}", ""] {
            let plain = marks.first { $0.0 == word }?.1
            if QuoteAttribution.mark(word) != plain { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) words told otherwise: \(failures.prefix(5))")
    }

    @Test func aWordMayStartACueRuleExactlyWhenItsLowerCaseIsATrigger() {
        let triggers = Set(QuoteAttribution.cueTriggers)
        var passed = 0, failures: [String] = []
        let words = Set(Self.sentences.joined()).union(triggers.flatMap { [$0, $0.uppercased(), $0.capitalized] })
        for word in words {
            let fast = QuoteAttribution.cueTriggerWords.containsLowercased(word)
            if fast { passed += 1 }
            if fast != triggers.contains(word.lowercased()) { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) words told otherwise: \(failures.prefix(5))")
        #expect(passed > 400)
    }

    @Test func marksEndClausesAsTheListsOfThemDid() {
        var failures: [String] = []
        for word in Array(Self.sentences.joined()) + ["\u{037E}", ":", ":\u{0301}", "(", ")"] {
            let mark = QuoteAttribution.mark(word)
            if (mark?.endsClause == true) != [",", ";", ":", "."].contains(word) { failures.append("clause " + word) }
            if (mark?.endsSentencePart == true) != [".", ";", ":"].contains(word) { failures.append("sentence " + word) }
            if (mark.map { $0.endsSentencePart || $0 == .openParenthesis || $0 == .closeParenthesis } == true) != [".", ";", ":", "(", ")"].contains(word) {
                failures.append("aside " + word)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) words told otherwise: \(failures.prefix(5))")
    }

    @Test func anAppositiveNameIsKeptOrDroppedAsBefore() {
        var names = 0, failures: [String] = []
        let made = ["The actress , Jane Doe , said", "His mother , Fatima Johnson , said", "The congresswoman , Gwen Moore , said", "Mr . Smith , Bob Jones , left"]
        for words in Self.sentences + made.map({ $0.split(separator: " ").map(String.init) }) {
            for start in words.indices {
                for end in start..<min(words.count, start + 4) {
                    let description = words[start..<end]
                    let fast = QuoteAttribution.appositiveName(words, after: end, describedBy: description, common: TokenWordSet())
                    let gendered = description.contains { SpeakerGender.of(words: $0) != nil }
                    if fast != nil { names += 1 }
                    if fast != (gendered ? nil : QuoteAttribution.appositiveName(words, after: end, common: TokenWordSet())) {
                        failures.append("\(start) \(end): \(words.joined(separator: " "))")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) readings differ: \(failures.prefix(3))")
        #expect(names > 100)
    }

    @Test func contractionsArePronounsAsBefore() {
        var pronouns = 0, failures: [String] = []
        let suffixes = ["'s", "\u{2019}s", "'re", "\u{2019}re", "'ll", "\u{2019}ll", "'d", "\u{2019}d", "'m", "\u{2019}m", "'ve", "\u{2019}ve"]
        let made = ["He\u{2019}s", "they're", "I\u{2019}m", "We've", "She\u{2019}ll", "it'd", "he\u{2019}", "x\u{0099}", "He\u{2019}\u{0301}s", "\u{2019}s"]
        for word in Array(Set(Self.sentences.joined())) + made {
            // As it was: any byte 0x27 or 0x99 let the suffixes be tried.
            var plain: String?
            if word.utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }), let suffix = suffixes.first(where: { word.hasSuffix($0) }) {
                let bare = String(word.dropLast(suffix.count))
                plain = QuoteAttribution.isPronoun(bare) ? bare : nil
            }
            let fast = QuoteAttribution.contractedPronoun(word)
            if fast != nil { pronouns += 1 }
            if fast != plain { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) words told otherwise: \(failures.prefix(5))")
        #expect(pronouns > 10)
    }

    @Test func onlyWordsOpeningWithWAreSetOffRelatives() {
        let words = Array(Set(Self.sentences.joined())) + ["WHICH", "Whose", "whom", "\u{0057}\u{0301}hich"]
        let missed = words.filter { QuoteAttribution.setOffRelatives.containsLowercased($0) && !$0.opensWithW }
        #expect(missed.isEmpty, "\(missed.count) relatives passed over: \(missed.prefix(5))")
        #expect(words.contains { QuoteAttribution.setOffRelatives.containsLowercased($0) })
    }

    /// `roleWordsEnd` as it was: a word's case, letters, ending and lists each read on their own.
    private static func plainRoleWordsEnd(from start: Int, in words: [String]) -> Int? {
        var end: Int?
        var k = start
        while k < words.count, k - start < 5 {
            let word = words[k]
            guard word.first?.isLowercase == true, word.allSatisfy({ $0.isLetter || $0 == "-" }), !word.hasSuffix("ly") else { break }
            let classes = QuoteWordClass.of(word)
            guard classes.isDisjoint(with: [.clauseWord, .preposition, .determiner, .functionWord, .cue, .adverb, .finiteAuxiliary]) else { break }
            if !classes.isDisjoint(with: [.roleNoun, .sourceNoun]) { end = k + 1 }
            k += 1
        }
        return end
    }

    @Test func roleWordsEndWhereTheyEnded() {
        var roles = 0, failures: [String] = []
        let made = ["chief executive spokes-person co-founder said", "r\u{00F4}le spokesman said", "newly elected official said", "senior\r official said",
                    "x1 official", "e\u{0301}lu official said", "press secretary SPOKESMAN said", "advanced threat researcher Paul", "- official"]
        for words in Self.sentences + made.map({ $0.split(separator: " ").map(String.init) }) {
            for start in words.indices {
                let fast = QuoteAttribution.roleWordsEnd(from: start, in: words)
                if fast != nil { roles += 1 }
                if fast != Self.plainRoleWordsEnd(from: start, in: words) { failures.append("\(start): \(words.joined(separator: " "))") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) readings differ: \(failures.prefix(3))")
        #expect(roles > 1_000)
    }
}
