import Testing
@testable import BriefingCore

/// Each sentence's text is copied from its paragraph's bytes, at byte offsets carried from one
/// sentence to the next: it must be the text of the sentence's scalars, in ASCII paragraphs
/// and in paragraphs with scalars of every UTF-8 width.
struct SentenceTextTests {
    private static func check(_ paragraph: String) {
        let scalars = paragraph.unicodeScalarArray
        for sentence in SentenceSplitter.split(paragraph, scalars: scalars) {
            #expect(sentence.text == String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])), "\(paragraph)")
        }
    }

    @Test func isTheTextOfItsScalars() {
        Self.check("  Mr. Ahn left. “We’re done,” he said — and went. Prices rose 5%!  Then?  ")
        Self.check("Café naïve. Ünïcödé 🎉 party! 中文句子。 Done. 😀😀. Ω.")
        Self.check("No full stop at all")
        Self.check("")
    }

    @Test func isTheTextOfItsScalarsInTheSeeds() throws {
        for line in try Repo.seedLines() { Self.check(String(line)) }
    }
}
