import Foundation
import Testing
@testable import BriefingCore

@Suite("Quotes: an organization run's capitals told from a word's first bytes")
struct Quotes39CapitalizedTests {
    /// Words opening with every scalar of U+2000–U+2FFF (punctuation, letterlike symbols such as
    /// "ℂ", roman numerals such as "Ⅰ", circled letters such as "Ⓐ"), alone and before a
    /// capital, a lower-case letter and a hyphenated part.
    static let generated: [String] = (UInt32(0x2000)...0x2FFF).compactMap { Unicode.Scalar($0) }.flatMap { scalar -> [String] in
        let s = String(scalar)
        return [s, s + "A", s + "bc", s + "Ab-Cd", s + "Ab-cd", "A" + s]
    }

    /// The words of the seeds and of the quote fixtures' articles (real news copy), and `generated`.
    static func words() throws -> [String] {
        let articles = try Repo.quoteFixtureTexts().map { try String(contentsOf: $0, encoding: .utf8) }
        let lines = try Repo.seedLines().map(String.init) + articles
        return lines.flatMap { Tokenizer.tokens($0).map(\.text) } + generated
    }

    /// `isCapitalized` as the Unicode properties tell it: the first scalar and that of the
    /// last hyphenated part are capitals, and the word is more than one character.
    static func plainCapitalized(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        if word.utf8.contains(0x2D) {
            guard word.split(separator: "-").last?.unicodeScalars.first?.properties.isUppercase == true else { return false }
        }
        return word.count > 1
    }

    @Test("every word past ASCII reads as the Unicode properties tell")
    func matchesProperties() throws {
        var compared = 0, marks = 0, mismatches: [String] = []
        for word in try Self.words() where !word.utf8.allSatisfy({ $0 < 0x80 }) {
            compared += 1
            if word.utf8.starts(with: [0xE2, 0x80]) { marks += 1 }
            if OrganizationDirectory.isCapitalized(word) != Self.plainCapitalized(word) { mismatches.append(word) }
        }
        #expect(mismatches.count == 0, "\(mismatches.prefix(20))")
        // Real copy holds many curly quotes and dashes, the words the bytes rule out.
        #expect(marks > 1000)
        #expect(compared > marks)
    }
}
