import Testing
@testable import BriefingCore

/// The pieces the site's page writing shares between tasks and makes once per brief.
@Suite("Site page parts")
struct SitePagesPartsTests {
    @Test(arguments: [
        "The company reported $2.53 in per-share earnings for the third quarter.",
        "Growth in 2019 will be 3.5%, up from 1,200,000 units; the CEO's plan -- a long-term one -- held.",
        "Zebra zebra ZEBRA apple Apple apples 'quoted' don't well-known x-ray a-b-c 10.5.3 3,5,7 end- -start",
        "Seoul’s “big” plan: the café reopened after Señor Müller’s visit to Zürich.",
        "Kim’s “deal” – signed — on Monday’s … talks’ end ’quoted’ rock’n’roll Kim’s KIM’S 2,500\u{00A0}tons",
        "‘Leaders’ 1’000 ’’’ ’a ab’ abcd’ 12.5’s don’t-stop—now “Quote”s …ellipsis… ’tis",
        "İstanbul ÉCOLE école ecole e\u{301}cole",
        "", "a b c", "....,,,----''''",
        "Tab\tand\nnew line\r\nwords",
    ])
    func contentWordsAreTheSortedDistinctLongTokens(_ text: String) {
        #expect(TimelineEntries.contentWords(text) == Digest38SortedWordsTests.reference(text))
    }

    @Test func aBriefIsClaimedOnce() {
        let bodies = BriefBodies(count: 3)
        #expect(bodies.claim(1))
        #expect(!bodies.claim(1))
        #expect(bodies.claim(0))
        #expect(bodies.claim(2))
        #expect(!bodies.claim(0))
    }

    @Test func aBodyLeftIsTakenUntilBothSidesFinish() {
        let bodies = BriefBodies(count: 2)
        let body = Array("Body".utf8)
        bodies.finish(0, leaving: body)
        #expect(bodies.take(0) == Array("Body".utf8))
        bodies.finish(0, leaving: nil)
        #expect(bodies.take(0) == nil)
        // A side that finishes second leaves nothing behind.
        bodies.finish(1, leaving: nil)
        bodies.finish(1, leaving: body)
        #expect(bodies.take(1) == nil)
    }

    @Test func escapingIntoBytesMatchesEscapingText() {
        for text in ["plain", "a < b & \"c\" 'd' > e", "café & crème", "e\u{301}<x>\u{301}", "“quoted” <b>", ""] {
            var bytes: [UInt8] = Array("before ".utf8)
            HTMLEscaper.append(text, escapedTo: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "before " + HTMLEscaper.escape(text))
        }
    }
}
