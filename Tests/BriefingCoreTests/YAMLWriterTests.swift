import Testing
import Yams
@testable import BriefingCore

@Suite("YAML front matter writer")
struct YAMLWriterTests {
    @Test func roundTripsThroughYams() throws {
        let value = RecordValue.object([
            ("title", .string("Seoul: \"ties\" – 2025 #1")), ("plain", .string("Korea Herald")),
            ("yes", .string("yes")), ("date", .string("2025-04-17")), ("n", .number(2.87e13)), ("x", .number(0.5)),
            ("i", .int(3)), ("b", .bool(true)), ("z", .null), ("empty", .array([])), ("none", .object([])),
            ("list", .array([.string("a: b"), .string("- c"), .int(1)])),
            ("quotes", .array([.object([("text", .string("line\nbreak")), ("speaker", .null)]), .object([("text", .string("{{x}}"))])])),
            ("nested", .object([("place", .string("SEOUL")), ("deep", .object([("k", .string("@v"))]))])),
        ])
        let yaml = YAMLWriter.string(value)
        let parsed = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        #expect(parsed["title"] as? String == "Seoul: \"ties\" – 2025 #1")
        #expect(parsed["plain"] as? String == "Korea Herald")
        #expect(parsed["yes"] as? String == "yes")
        #expect(parsed["date"] as? String == "2025-04-17")
        #expect(parsed["n"] as? Int == 28_700_000_000_000)
        #expect(parsed["x"] as? Double == 0.5)
        #expect(parsed["b"] as? Bool == true)
        #expect((parsed["list"] as? [Any])?.first as? String == "a: b")
        let quotes = try #require(parsed["quotes"] as? [[String: Any]])
        #expect(quotes[0]["text"] as? String == "line\nbreak")
        #expect(quotes[1]["text"] as? String == "{{x}}")
        let nested = try #require(parsed["nested"] as? [String: Any])
        #expect((nested["deep"] as? [String: Any])?["k"] as? String == "@v")
        #expect((parsed["empty"] as? [Any])?.isEmpty == true)
    }

    /// A brief's front matter, written straight from the brief, is the YAML of its record
    /// without the paragraphs: for the seeds, and for a brief with every kind of value empty.
    @Test func briefFrontMatterIsTheRecordsYAML() throws {
        var briefs = [try Repo.brief(Repo.seed000), try Repo.brief(Repo.seed002)]
        var bare = briefs[0]
        bare.article.dateline = nil
        bare.article.outlet = nil
        bare.article.authors = []
        bare.article.captions = []
        bare.extraction = Extraction(quotes: [], figures: [], times: [], events: [])
        briefs.append(bare)
        for brief in briefs {
            var record = ArticleRecord.make(brief)
            if case .object(let pairs) = record { record = .object(pairs.filter { $0.0 != "paragraphs" }) }
            let bytes = ByteBuffer()
            BriefFrontMatter.append(brief, to: bytes)
            #expect(bytes.string() == YAMLWriter.string(record))
        }
        #expect(!briefs[0].extraction.quotes.isEmpty && !briefs[0].extraction.figures.isEmpty, "the seed shows lists of objects")
    }

    @Test func writesBlocksAndListItemsAtTheirIndentation() {
        let value = RecordValue.object([
            ("title", .string("Tromsø’s harbour")), ("outlet", .string("’Quoted")), ("tags", .array([.string("port"), .string("on")])),
            ("quotes", .array([.object([("text", .string("We won.")), ("where", .object([("city", .string("Oslo"))]))])])),
            ("n", .int(-4)), ("none", .object([])),
        ])
        #expect(YAMLWriter.string(value) == """
            title: Tromsø’s harbour
            outlet: "’Quoted"
            tags:
            - port
            - "on"
            quotes:
            - text: We won.
              where:
                city: Oslo
            "n": -4
            none: {}

            """)
        #expect(YAMLWriter.string(.string("plain")) == "plain\n")
    }

    @Test func plainScalarsAreLettersFirstAndNoReservedWord() {
        for plain in ["Korea Herald", "Tromsø", "Straße 5", "Ahn Gyu-back", "U.S. Army", "it’s", "Offline"] {
            #expect(YAMLWriter.isPlainSafe(plain), "\(plain)")
        }
        for quoted in ["", "yes", "No", "null", "5 things", "’tis", "a: b", "trailing ", "#tag", "two\nlines", "Été!"] {
            #expect(!YAMLWriter.isPlainSafe(quoted), "\(quoted)")
        }
    }
}
