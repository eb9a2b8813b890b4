import Testing
@testable import BriefingCore

@Suite("Ingest of the seed articles")
struct SeedIngestTests {
    @Test func bizwireSeedMetadata() throws {
        let article = try Repo.brief(Repo.seed000).article
        #expect(article.outlet == "Korea Bizwire")
        #expect(article.dateline?.place == "SEOUL")
        #expect(article.published?.description == "2025-12-29")
        #expect(article.authors == ["M. H. Lee"])
        #expect(article.captions.map { $0.date?.description } == ["2024-06-20", "2025-11-04"])
        #expect(!article.title.contains("photo"))
        #expect(article.title.hasPrefix("South Korea’s defense minister warned"))
        #expect(article.paragraphs.first?.text.hasPrefix("South Korea’s defense minister") == true)
        #expect(!article.paragraphs.contains { $0.text.contains("mhlee@") })
    }

    @Test func koreaHeraldSeedMetadata() throws {
        let article = try Repo.brief(Repo.seed002).article
        #expect(article.title == "Seoul should bolster diplomatic ties with Moscow to deter North Korean threats: think tank")
        #expect(article.outlet == "The Korea Herald")
        #expect(article.authors == ["Jung Min-kyung"])
        #expect(article.published?.description == "2025-04-17")
        #expect(article.captions.count == 1)
        #expect(article.captions.first?.date?.description == "2025-04-04")
        #expect(article.captions.first?.credit == "KCNA VIA KNS/AFP")
        let body = article.paragraphs.map(\.text).joined(separator: "\n")
        for junk in [".jpg", "####", "scroll to top", "Jung Min-kyung"] {
            #expect(!body.contains(junk), "body contains \(junk)")
        }
        let deckKey = ScrapedTextParser.comparisonKey(article.summary ?? "")
        #expect(!deckKey.isEmpty)
        #expect(!article.paragraphs.contains { ScrapedTextParser.comparisonKey($0.text) == deckKey }, "deck repeated in body")
    }

    @Test func paragraphAnchorsPointIntoTheSourceText() throws {
        let article = try Repo.brief(Repo.seed000).article
        let scalars = Array(article.text.unicodeScalars)
        for paragraph in article.paragraphs {
            let start = try #require(paragraph.sourceOffset(ofScalar: 0))
            let count = paragraph.text.unicodeScalars.count
            #expect(String(String.UnicodeScalarView(scalars[start..<(start + count)])) == paragraph.text)
        }
    }
}
