import Testing
@testable import BriefingCore

@Suite("Ingest text rules")
struct IngestTextRulesTests {
    @Test func characterReferencesAreDecoded() {
        #expect(HTMLText.decodingEntities("&#8216;Hi&#8217; &amp; won&#39;t &#x2014; &quot;ok&quot;") == "‘Hi’ & won't — \"ok\"")
        #expect(HTMLText.decodingEntities("AT&T & R&D &unknown;") == "AT&T & R&D &unknown;")
    }

    @Test func aDatelineOnItsOwnLineLeavesNoEmptyLead() throws {
        let text = "---\ndate: 1999-01-22\n---\n\nWASHINGTON (AP) --\n\nPreliminary DNA tests link a missing activist to a strand of hair, an official said Friday.\n\nThe first round of tests was done at the FBI Laboratory.\n"
        guard case .article(let article, _) = ArticleIngestor().ingest(SourceFile(path: "wire.md", bytes: Array(text.utf8))) else {
            Issue.record("not ingested")
            return
        }
        #expect(article.dateline?.place == "WASHINGTON")
        #expect(article.paragraphs.first?.text.hasPrefix("Preliminary DNA tests") == true)
        #expect(article.title.hasPrefix("Preliminary DNA tests link"), "the title comes from the lead, not the file name")
    }

    @Test func archiveWireDatelineWithUnderscoreAfterTheAgency() throws {
        let match = try #require(DatelineParser.parse("CAGUAS, Puerto Rico (AP)_ Kidnappers kept their promise to kill a store owner."))
        #expect(match.dateline.place == "CAGUAS, Puerto Rico")
        #expect(match.outlet == "AP")
        #expect(DatelineParser.parse("The rate rose to 5.2%_ a record.") == nil)
    }

        @Test func whitespaceCollapses() {
        #expect(HTMLText.collapsingWhitespace("  a\n\t b\u{00A0}\u{00A0}c  ") == "a b c")
    }

    @Test func ordinalDaysAreDays() {
        #expect(DateText.dayNumber("20th") == 20)
        #expect(DateText.dayNumber("1st") == 1)
        #expect(DateText.dayNumber("32nd") == nil)
        #expect(DateText.dayNumber("2025") == nil)
        #expect(DateText.dates(in: "Published November 20th, 2019").first.map { [$0.year, $0.month, $0.day] } == [2019, 11, 20])
    }

    @Test func bylinesDropRolesAndAffiliations() {
        #expect(BylineParser.authors(in: "Patrick Wintour Diplomatic editor") == ["Patrick Wintour"])
        #expect(BylineParser.authors(in: "Analysis by Chris Cillizza, CNN Editor-at-large") == ["Chris Cillizza"])
        #expect(BylineParser.authors(in: "Senior Political Correspondent") == nil)
        #expect(BylineParser.isRoleLine("Staff Reporter"))
        #expect(!BylineParser.isRoleLine("Jane Doe"))
    }

    @Test func photoCreditsCloseCaptions() {
        #expect(LineClassifier.endsWithPhotoCredit("Protesters march in Hong Kong (Image: GETTY )"))
        #expect(LineClassifier.endsWithPhotoCredit("A crowd gathers. (AP Photo/Jane Doe)"))
        #expect(!LineClassifier.endsWithPhotoCredit("He met the minister (pictured) on Monday."))
    }
}
