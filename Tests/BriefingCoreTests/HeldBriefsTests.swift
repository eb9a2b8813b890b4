import Foundation
import Testing
@testable import BriefingCore

/// Briefs made in a build are held for their pages while the memory budget lasts.
@Suite("Held briefs")
struct HeldBriefsTests {
    private func input(_ name: String, brief: Brief?) -> SiteInput {
        var input = SiteInput(path: name, key: nil, digest: nil, diagnostics: [], fromCache: false)
        input.brief = brief
        return input
    }

    @Test func briefsAreHeldInTurnUntilOneDoesNotFit() throws {
        let brief = try #require(BriefPipeline.process(Repo.seed000, in: Repo.seeds).brief)
        let size = HeldBriefs.estimatedSize(of: brief)
        // The estimate grows with the text: 16 bytes a byte of paragraph, and 4 kB.
        #expect(size == 4096 + 16 * brief.article.paragraphs.reduce(0) { $0 + $1.text.utf8.count })
        let held = HeldBriefs(bytes: 2 * size + size / 2)
        let admitted = ["a", "b", "c"].map { held.admit(input($0, brief: brief)) }
        #expect(admitted.map { $0.brief != nil } == [true, true, false])
        #expect(admitted.map(\.path) == ["a", "b", "c"])
        // A file that gave no brief takes nothing; a smaller brief still fits what is left.
        #expect(held.admit(input("d", brief: nil)).brief == nil)
        var small = brief
        small.article.paragraphs = []
        #expect(held.admit(input("e", brief: small)).brief != nil)
    }

    @Test func aBudgetOfNothingHoldsNothing() throws {
        let brief = try #require(BriefPipeline.process(Repo.seed000, in: Repo.seeds).brief)
        let held = HeldBriefs(bytes: 0)
        #expect(held.admit(input("a", brief: brief)).brief == nil)
    }
}
