import Testing
@testable import BriefingCore

/// A period after a word of ASCII letters ends no sentence when the word is a listed
/// abbreviation in any case: the splitter looks the word up from its lower-cased bytes on the
/// stack. It must decide as `isAbbreviation(_: Substring)` (lower-cased string, `Set` look-up)
/// does, for every abbreviation in every case and for every short word of the seeds.
struct Lead36SentenceSplitterTests {
    /// The words tried: the abbreviations lower-cased, capitalized and upper-cased, and each
    /// word of one to ten ASCII letters in the seed articles.
    private static func words() throws -> [String] {
        var words = Set<String>()
        for abbreviation in SentenceSplitter.abbreviations {
            words.insert(abbreviation)
            words.insert(abbreviation.prefix(1).uppercased() + abbreviation.dropFirst())
            words.insert(abbreviation.uppercased())
        }
        for line in try Repo.seedLines() {
            for word in line.split(whereSeparator: { !$0.isASCII || !$0.isLetter }) where word.count <= 10 {
                words.insert(String(word))
            }
        }
        return words.sorted()
    }

    @Test func periodAfterAWordEndsASentenceUnlessTheWordIsAnAbbreviation() throws {
        let words = try Self.words()
        #expect(words.count > 400)
        var abbreviations = 0
        for word in words {
            let expected = SentenceSplitter.isAbbreviation(Substring(word))
            if expected { abbreviations += 1 }
            let sentences = SentenceSplitter.split("Talks were held with \(word). Then they left.")
            #expect(sentences.count == (expected ? 1 : 2), "\(word)")
        }
        // Every listed abbreviation in three cases, the single capitals of the seeds, and no other word.
        #expect(abbreviations >= 3 * SentenceSplitter.abbreviations.count)
    }

    /// Closing marks after the full stop stay with the sentence they close.
    @Test func closingMarksStayWithTheirSentence() {
        for closer in ["\"", "\u{201D}", "\u{2019}", "'", ")"] {
            let sentences = SentenceSplitter.split("He said it was over.\(closer) Then they left.")
            #expect(sentences.map(\.text) == ["He said it was over.\(closer)", "Then they left."], "\(closer)")
        }
    }
}
