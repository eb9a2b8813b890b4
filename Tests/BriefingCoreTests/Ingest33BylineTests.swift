import Testing
@testable import BriefingCore

/// Byline rules whose look-ups are cut short: a word is compared with the role words only when
/// it opens with a letter one of them opens with, and a byline's parts, already found to name
/// no outlet, are not asked again.
@Suite("Ingest 33 bylines")
struct Ingest33BylineTests {
    /// Every role word, capitalized and not, is still found after a name ("Jane Doe Reporter").
    @Test(arguments: ["staff", "reporter", "writer", "correspondent", "editor", "contributor", "columnist", "bureau"])
    func everyRoleWordIsFoundAfterAName(role: String) {
        let capitalized = role.prefix(1).uppercased() + role.dropFirst()
        for word in [role, capitalized, role.uppercased()] {
            #expect(BylineParser.authors(in: "Jane Doe \(word)") == ["Jane Doe"], "\(word)")
            #expect(BylineParser.authors(in: "By Jane Doe, \(capitalized)") == ["Jane Doe"], "\(word)")
            #expect(BylineParser.isRoleLine("Senior \(capitalized)"), "\(word)")
        }
    }

    /// Words opening with the same letters as role words, but other words, stay in names.
    @Test func wordsSharingARoleWordsInitialStayNames() {
        #expect(BylineParser.authors(in: "Ed Stone") == ["Ed Stone"])
        #expect(BylineParser.authors(in: "By Rita Wren, Carl Edwards and Ben Nash") == ["Rita Wren", "Carl Edwards", "Ben Nash"])
    }

    /// A part naming an outlet is dropped from a byline, and a name that is an outlet is no
    /// person's, whether asked through a byline or alone.
    @Test func outletsAreNoAuthors() {
        #expect(BylineParser.authors(in: "Jane Doe, The Korea Herald") == ["Jane Doe"])
        #expect(BylineParser.authors(in: "By The Korea Herald") == nil)
        #expect(!BylineParser.isPersonName("The Korea Herald"))
        #expect(!BylineParser.isPersonName("Korea Bizwire"))
        #expect(BylineParser.isPersonName("Tom Becker"))
        // A month opening the text is no name either way.
        #expect(!BylineParser.isPersonName("March Becker"))
        #expect(BylineParser.authors(in: "By March Becker") == nil)
    }
}
