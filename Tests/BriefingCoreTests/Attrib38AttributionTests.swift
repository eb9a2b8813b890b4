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
            ("\u{2014}", .dash), ("\u{2013}", .dash), ("--", .doubleHyphen),
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
}
