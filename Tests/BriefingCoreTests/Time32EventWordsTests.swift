import Foundation
import Testing
@testable import BriefingCore

/// `EventText.description` tells, with the text it makes, how many words (runs between
/// spaces) its range holds: `describe` reads there whether a sentence is long, where it
/// counted them apart before (`hasWords`). The count against the runs between spaces of the
/// scalars, and the words of the text made (counted as its plain runs are kept, a space a
/// word) against the text's, over every sentence of the time and news fixtures from many starts.
@Suite("Event text: the words of a range told by its description")
struct Time32EventWordsTests {
    /// The runs between spaces (`isSpace`) of `scalars`, counted one by one.
    private static func runs(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var inWord = false
        for scalar in scalars {
            if scalar.isSpace { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    @Test func theWordsOfEveryRangeAreItsRunsBetweenSpaces() throws {
        var paragraphs = [
            "Two  spaces,\ta tab and\u{A0}a no-break space; \u{201C}curly quotes\u{201D} and ``typewriter'' ones \u{2014} a dash.",
            "(The discovery was made in 2004.) It was announced \u{2013} late \u{2013} on May 3, 2005 , after a vote .",
            "  Leading and trailing spaces  ", "\u{E9}t\u{E9} \u{2018}\u{E9}t\u{E9}\u{2019} caf\u{E9}  na\u{EF}ve", "word", " ", "",
        ]
        for text in try TimeRuleStartsTests.texts() { paragraphs += text.components(separatedBy: "\n") }
        var ranges = 0
        var long = 0
        for paragraph in paragraphs {
            let scalars = paragraph.unicodeScalarArray
            for sentence in SentenceSplitter.split(paragraph, scalars: scalars) {
                let text = EventText(scalars: scalars, sentence: sentence.start..<sentence.end, times: [])
                // From every fifth scalar to the end, and from the start to every fifth.
                for k in stride(from: sentence.start, through: sentence.end, by: 5) {
                    for range in [k..<sentence.end, sentence.start..<k] {
                        let (description, words) = text.description(range, [], pointsBack: false)
                        #expect(words == Self.runs(scalars[range]), "\(String(scalars: scalars[range]))")
                        // The words of the text made, told as its scalars are kept.
                        if let description { #expect(description.words == description.text.spaceSeparatedCount, "\(description.text)") }
                        if words > 40 { long += 1 }
                        ranges += 1
                    }
                }
            }
        }
        #expect(ranges > 10_000)
        #expect(long > 10)
    }
}
