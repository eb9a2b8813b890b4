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

    @Test func datelinesAreFoundByTheirDashAmongTheFirst90Scalars() throws {
        let bizwire = try #require(DatelineParser.parse("SEOUL, Dec. 29 (Korea Bizwire) — Officials said the plan “could change” things."))
        #expect(bizwire.dateline.place == "SEOUL")
        #expect(bizwire.dateline.text == "SEOUL, Dec. 29 (Korea Bizwire) —")
        #expect([bizwire.month, bizwire.day] == [12, 29])
        #expect(bizwire.length == 33, "scalars up to the dash and the space after it")
        let wire = try #require(DatelineParser.parse("WASHINGTON (AP) --  Preliminary tests link a missing activist to a strand of hair."))
        #expect(wire.outlet == "AP")
        #expect(wire.length == 20)
        // Scalars, not bytes, are counted: "MÜNCHEN" and "–" are 7 and 1 of them.
        let munich = try #require(DatelineParser.parse("MÜNCHEN – Die Stadt hat beschlossen."))
        #expect(munich.dateline.place == "MÜNCHEN")
        #expect(munich.length == 10)
        #expect(try #require(DatelineParser.parse("MIAMI _")).dateline.place == "MIAMI")
        #expect(DatelineParser.parse("Kim Soo-jin said the plan was ready for a vote.") == nil, "a hyphen inside a word is no dash")
        // A dash at scalar 89 opens a dateline, one at scalar 90 does not.
        let places = "SEOUL" + String(repeating: ", Aaaaaaaaaa", count: 6) + ", Bbbbbbbbb"
        #expect(DatelineParser.parse(places + " — The talks ended.")?.length == 91)
        #expect(DatelineParser.parse(places + "b — The talks ended.") == nil)
    }

    @Test func junkLinesAreFoundInAnyCase() {
        for line in ["SHARE THIS", "Scroll to top", "  Read more: the talks", "PUBLICITÉ", "Реклама", "hong@example.com",
                     "Copyright © 2024 The Daily Ledger", "This story contains affiliate links.", "Reporting by Jane Doe; Editing by Tom Becker",
                     "“Don’t miss”", "CITATION: Doe J. (2024)", "(责任编辑：王)", "recommended for you"] {
            #expect(LineClassifier.isJunk(line), "\(line)")
        }
        for line in ["Share prices rose on Monday.", "Scroll", "Officials in Seoul said the plan could change how Korea works.",
                     "The ministry said reporting by Jane Doe was wrong: " + String(repeating: "more text ", count: 10),
                     "\u{212A}ELVIN", "The \u{212A} scale", ""] {
            #expect(!LineClassifier.isJunk(line), "\(line)")
        }
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
