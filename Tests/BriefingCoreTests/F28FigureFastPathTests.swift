import Foundation
import Testing
@testable import BriefingCore

@Suite("Figures: the lexer's plain integers and the cues' first scalars give what the plain paths give")
struct F28FigureFastPathTests {
    /// News copy with plain integers of every length (past the 15 digits a Double holds
    /// exactly), grouped and decimal numbers, exponents, addresses and numbers glued to words.
    static let sentences = FigureFastPathTests.sentences + [
        "The 3 firms paid 45, 678 and 1234567 dollars; 123456789012345 and 1234567890123456 are IDs, 007 a code.",
        "Exports rose 1,234,567.89 yuan (12,34,567 rupees, 1.234,5 euros), 1e10 and 12.32e+14 units, .5 percent.",
        "The server at 192.168.1.2 logged 20240131 hits, 98765432109876543210 bytes and 10km, R20, 3m USD, 5bn.",
        "Only 0 of 00 and 000000000000000 were 999999999999999 or 9999999999999999 in the 2024-25 season.",
    ]

    @Test("number lexemes read as `readDigits` reads their text", arguments: sentences)
    func numbersAsReadDigits(_ sentence: String) {
        for l in FigureLexer.lex(sentence) where l.isNumber && l.text.utf8.allSatisfy({ $0 &- 0x30 < 10 }) {
            let read = FigureLexer.readDigits(l.text)
            #expect(read?.0 == l.value, "\(l.text)")
            #expect(read?.1 == l.isDecimal, "\(l.text)")
            #expect(l.lower == l.text.lowercased(), "\(l.text)")
            #expect(l.isPlainInteger, "\(l.text)")
        }
    }

    @Test func plainIntegersKeepTheirValue() {
        let lx = FigureLexer.lex("Paid 123456789012345 and 42, then 1234567890123456.")
        let numbers = lx.filter(\.isNumber)
        #expect(numbers.map(\.value) == [123_456_789_012_345, 42, 1_234_567_890_123_456])
        #expect(numbers.map(\.text) == ["123456789012345", "42", "1234567890123456"])
        #expect(numbers.allSatisfy { $0.isPlainInteger && !$0.isDecimal })
    }

    /// Tokens in every case, with digits, punctuation, curly quotes and letters past ASCII
    /// first, and those of `FigureFastPathTests`.
    static let tokens = FigureFastPathTests.words + [
        "Said", "SAYS", "Estimated", "Reported", "According", "ACCORDING", "AccordinG", "Accordingly", "accord",
        "2011", "3said", "\u{201C}said", "'said", ",", ".", "-", "\u{212A}", "\u{212A}elvin", "\u{00C9}tait", "\u{00E9}tait",
        "showed", "Showed", "put", "Put", "tallied", "cited", "Cited", "according", "acknowledges", "according-to",
    ]

    /// Whether the loop of `FigureSource.attributions` takes the token as a cue: "according"
    /// in any case, or a verb starting with a small letter.
    private static func opens(_ token: String) -> Bool {
        let lower = token.lowercasedIfNeeded
        return lower == "according" || FigureSource.verbs.contains(lower) && token.startsWithLowercase
    }

    private static func mayOpen(_ token: String) -> Bool {
        token.unicodeScalarArray.withUnsafeBufferPointer { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { FigureSource.mayOpen(scalars, 0..<scalars.count, $0) }
        }
    }

    @Test("every cue the attributions take may open one", arguments: tokens)
    func cuesMayOpen(_ token: String) {
        if Self.opens(token) { #expect(Self.mayOpen(token), "\(token)") }
    }

    @Test func capitalsAndMarksOpenNoVerb() {
        for token in ["Said", "Reported", "2011", ",", "-", "SAYS", "Accordingly"] { #expect(!Self.mayOpen(token), "\(token)") }
        for token in ["said", "According", "ACCORDING", "according", "\u{00E9}tait", "\u{212A}"] { #expect(Self.mayOpen(token), "\(token)") }
    }

    @Test func cuesHaveThreeToTwelveLetters() {
        for cue in FigureSource.cues { #expect((3...12).contains(cue.utf8.count) && cue.utf8.allSatisfy { $0 &- 0x61 < 26 }, "\(cue)") }
    }

    @Test("the number grammar reads nothing where `NumberParser.mayStart` turns a lexeme away", arguments: sentences + FigureFastPathTests.sentences + valued.map(\.0))
    func numbersStartWhereAllowed(_ sentence: String) {
        Self.expectNoNumberWhereNoneMayStart(sentence)
    }

    /// The same over every paragraph of the seed articles: real news copy.
    @Test func seedNumbersStartWhereAllowed() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Repo.seeds, includingPropertiesForKeys: nil)
        #expect(!files.isEmpty)
        for file in files {
            for paragraph in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                Self.expectNoNumberWhereNoneMayStart(String(paragraph))
            }
        }
    }

    /// At each lexeme of `text` that `mayStart` turns away, the grammar without that test
    /// (`NumberParser.read`) finds no number either, with a currency before it or not.
    static func expectNoNumberWhereNoneMayStart(_ text: String) {
        let lx = FigureLexer.lex(text)
        for i in lx.indices where !NumberParser.mayStart(lx[i]) {
            #expect(NumberParser.read(lx, at: i, money: false) == nil, "\(lx[i].text) in \(text)")
            #expect(NumberParser.read(lx, at: i, money: true) == nil, "\(lx[i].text) in \(text)")
        }
    }

    @Test func wordsOfNumbersMayStartOne() {
        for word in NumberParser.starts.words {
            for written in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
                #expect(FigureLexer.lex("was " + written + " more").contains { $0.text == written && NumberParser.mayStart($0) }, "\(written)")
            }
        }
        let lx = FigureLexer.lex("In the end , they said - 5 + 3 \u{2212} 2 .")
        #expect(lx.filter { NumberParser.mayStart($0) }.map(\.text) == ["-", "5", "+", "3", "\u{2212}", "2"])
    }

    /// Sentences of signs, rough counts, spelled and bounded numbers, with the value of the first figure.
    static let valued: [(String, Double)] = [
        ("It fell to minus five.", -5.0), ("Several hundred came.", 100), ("A few thousand came.", 1000),
        ("Hundreds of thousands came.", 100_000), ("Half a million came.", 500_000), ("A dozen came.", 12),
        ("It rose 4 percent or more.", 4), ("He paid $3 and 50 cents.", 3.5), ("The 3 in the photo smiled.", 3),
    ]

    @Test("figures of signs, rough counts, spelled and bounded numbers", arguments: valued)
    func numbersRead(_ sentence: String, _ value: Double) {
        #expect(Figures.of(sentence).first?.value == value, "\(sentence)")
    }

    @Test("sentences keep their sources", arguments: [
        ("According to the ministry, 3,000 troops left.", "the ministry"),
        ("The economy grew 3 percent, the Bank of Korea said.", "the Bank of Korea"),
        ("Analysts Said the fund lost $5 billion, Reuters reported.", "Reuters"),
    ])
    func sourcesKept(_ sentence: String, _ source: String) {
        #expect(Figures.of(sentence).first?.source == source, "\(sentence)")
    }
}
