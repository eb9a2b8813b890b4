import Testing
@testable import BriefingCore

/// Slugs are lower-case ASCII words joined by hyphens, cut at a word, never empty.
@Suite("Slugs")
struct SlugTests {
    @Test func titlesBecomeSlugs() {
        #expect(Slug.make("Norway debates energy plan after talks in Washington (0)") == "norway-debates-energy-plan-after-talks-in-washington-0")
        #expect(Slug.make("Trump’s “very bad” deal — isn't it?") == "trumps-very-bad-deal-isnt-it")
        #expect(Slug.make("Café owners in Zürich: prices rose 4 %") == "cafe-owners-in-zurich-prices-rose-4")
        #expect(Slug.make("") == "article")
        #expect(Slug.make("— ★ —") == "article")
        #expect(Slug.make("한국 정부") == "article")
    }

    @Test func slugsStopAtTheLastWholeWordThatFits() {
        #expect(Slug.make("alpha beta gamma", limit: 10) == "alpha-beta")
        #expect(Slug.make("alpha beta gamma", limit: 9) == "alpha")
        #expect(Slug.make("alpha beta gamma", limit: 16) == "alpha-beta-gamma")
        #expect(Slug.make("alpha beta gamma", limit: 15) == "alpha-beta")
        // A later word that would fit is not taken after one that does not.
        #expect(Slug.make("alpha extraordinarily be", limit: 12) == "alpha")
        // A first word longer than the limit is cut.
        #expect(Slug.make("Supercalifragilistic words", limit: 8) == "supercal")
        #expect(Slug.make("anything", limit: 0) == "article")
        #expect(Slug.make(String(repeating: "word ", count: 40)).utf8.count == 59)
    }
}
