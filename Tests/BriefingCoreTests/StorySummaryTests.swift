import Testing
@testable import BriefingCore

/// What a story's summary is made of: sentences that read as news.
@Suite("Story summaries")
struct StorySummaryTests {
    /// A saved page's photo caption left among the paragraphs has no full stop; joined to the
    /// next sentence it read as one run-on sentence ("… keyboard via iFixit The new …").
    /// A line in capitals is found from its bytes when they are ASCII, as `uppercased()` finds it.
    @Test func linesInCapitalsAreFoundAsUppercasingFindsThem() {
        for text in ["PHOTO: AP", "BREAKING NEWS 24/7.", "Seoul said.", "", "ÉTÉ EN FRANCE", "Été", "STRASSE ß", "12 + 3"] {
            #expect(StorySentences.isAllCapitals(text) == (text == text.uppercased()), "\(text)")
        }
    }

    @Test func aCaptionLeftAmongTheParagraphsIsNotSummarized() throws {
        let caption = "16-inch MacBook Pro's new scissor switch keyboard via iFixit"
        let first = try StoryFixture.brief("a.md", date: "2019-11-18", title: "New MacBook Pro keyboard expected in 2020", [
            "Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard in the first half of 2020, according to industry sources.",
            caption,
            "The new 16-inch MacBook Pro features a redesigned scissor switch keyboard, largely based on the standalone Magic Keyboard.",
        ])
        let second = try StoryFixture.brief("b.md", date: "2019-11-19", title: "Apple to bring scissor keyboard to 13-inch MacBook Pro", [
            "Apple will bring the scissor switch keyboard of the 16-inch MacBook Pro to a new 13-inch model in the first half of 2020.",
            "\(caption) (Image: iFixit)",
            "The 16-inch MacBook Pro also features a physical Esc key and an inverted-T arrow key layout.",
        ])
        let summary = StorySummarizer().summary(of: [first, second])
        #expect(summary.contains("Magic Keyboard"))
        #expect(!summary.contains("via iFixit"))
    }

    @Test(arguments: [
        ("The talks resumed in Geneva on Monday.", true),
        ("“We are close,” the envoy said.", true),
        ("Officials said the deal was “done.”", true),
        ("The minister resigned (effective immediately).", true),
        ("Troops were seen near the border!", true),
        ("And then the lights went out…", true),
        ("16-inch MacBook Pro's new scissor switch keyboard via iFixit", false),
        ("Photo by Jane Doe for The Daily News", false),
        ("What the new rules mean for renters in the city", false),
    ])
    func aSentenceEndsWithAFullStop(_ text: String, _ ends: Bool) {
        #expect(StorySentences.endsLikeASentence(text) == ends)
    }

    @Test(arguments: [
        ("“We are close,” the envoy said.", "“We are close,” the envoy said."),
        ("Officials said the deal was “done” and “final.”", "Officials said the deal was “done” and “final.”"),
        ("“Hillary Clinton’s campaign is in panic mode.", "“Hillary Clinton’s campaign is in panic mode.”"),
        ("It is a problem because, “In the end, we don’t vote against somebody.", "It is a problem because, “In the end, we don’t vote against somebody.”"),
        ("That is what we want,” she said.", "“That is what we want,” she said."),
        ("He said \"the plan works.", "He said \"the plan works.\""),
        ("the plan works,\" he said.", "\"the plan works,\" he said."),
    ])
    func aSentenceCutFromALongQuoteGetsTheMarksItLacks(_ text: String, _ balanced: String) {
        #expect(StorySentences.balancingQuotes(text) == balanced)
    }

    /// `balancingQuotes` and `endsLikeASentence` read bytes; the scalar-by-scalar rules they
    /// stand for give the same on texts of quote marks, closing marks, spaces (ASCII and not),
    /// line breaks, letters, combining marks and emoji.
    @Test func quotesAndSentenceEndsReadOnBytesAsOnScalars() {
        let pieces = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", " ", "\u{00A0}", "\u{2003}", "\n", ")", "]", "\u{00BB}",
                      ".", "!", "\u{2026}", "?", "word", "\u{00E9}", "\u{65E5}\u{672C}", "\u{1F44D}\u{1F3FD}", "e\u{301}", "\u{2022}"]
        var generator = SeededGenerator(state: 11)
        var changed = 0
        for _ in 0..<4000 {
            let text = (0..<Int.random(in: 0..<12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let balanced = StorySentences.balancingQuotes(text)
            #expect(balanced == Self.balancedByScalars(text), "\(text.debugDescription)")
            #expect(StorySentences.endsLikeASentence(text) == Self.endsByScalars(text), "\(text.debugDescription)")
            if balanced != text { changed += 1 }
        }
        #expect(changed > 1000)
    }

    /// `StorySentences.balancingQuotes` as it read the text's scalars.
    private static func balancedByScalars(_ text: String) -> String {
        var open = 0, unopened = 0
        var straight: [String.Index] = []
        for index in text.unicodeScalars.indices {
            switch text.unicodeScalars[index] {
            case "\u{201C}": open += 1
            case "\u{201D}": if open > 0 { open -= 1 } else { unopened += 1 }
            case "\"": straight.append(index)
            default: break
            }
        }
        var balanced = String(repeating: "\u{201C}", count: unopened) + text + String(repeating: "\u{201D}", count: open)
        if straight.count % 2 == 1, let last = straight.last {
            let opens = last == text.startIndex || text.unicodeScalars[text.unicodeScalars.index(before: last)].properties.isWhitespace
            balanced = opens ? balanced + "\"" : "\"" + balanced
        }
        return balanced
    }

    /// `StorySentences.endsLikeASentence` as it read the text's scalars from the end.
    private static func endsByScalars(_ text: String) -> Bool {
        let closing: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}"]
        guard let last = text.unicodeScalars.reversed().first(where: { !closing.contains($0) && !$0.properties.isWhitespace }) else { return false }
        return last == "." || last == "!" || last == "\u{2026}"
    }
}
