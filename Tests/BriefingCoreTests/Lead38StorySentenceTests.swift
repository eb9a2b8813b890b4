import Testing
@testable import BriefingCore

/// A story's candidate sentences turn away an opening sentence that only repeats its article's
/// headline (the headline's words are read once per article, not once per sentence), and keep
/// the same sentence further down, where the headline is no longer compared.
struct Lead38StorySentenceTests {
    @Test func anOpeningThatRepeatsTheHeadlineIsNotACandidate() throws {
        let title = "Flooding closes the main bridge across the river in Dresden"
        let repeated = "Flooding closes the main bridge across the river in Dresden today."
        let brief = try StoryFixture.brief("a.md", date: "2024-09-16", title: title, [
            repeated,
            "City officials said the water level rose by two metres overnight and was still climbing.",
            "Trams were diverted to the southern bridges, and schools near the banks stayed shut.",
            "Engineers will inspect the bridge piers once the water falls below the warning mark.",
            repeated,
        ])
        let texts = StorySentences.sentences(of: [brief]).map(\.text)
        #expect(texts.count == 4)
        #expect(texts.first?.hasPrefix("City officials") == true)
        #expect(texts.last == repeated)
    }
}
