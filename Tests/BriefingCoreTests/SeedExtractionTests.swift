import Testing
@testable import BriefingCore

@Suite("Extraction from the seed articles")
struct SeedExtractionTests {
    @Test func ahnQuotesAreAttributed() throws {
        let quotes = try Repo.brief(Repo.seed000).extraction.quotes.filter { $0.text.split(separator: " ").count > 3 }
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker == "Ahn Gyu-back" && $0.role == "Defense Minister" })
        #expect(quotes.map(\.mention) == ["Mr. Ahn", "he"])
        #expect(quotes[0].text.hasPrefix("The security situation around the Korean Peninsula"))
    }

    @Test func parkQuotesIncludeTheUnattributedFollowOn() throws {
        let quotes = try Repo.brief(Repo.seed002).extraction.quotes
        let park = quotes.filter { $0.speaker == "Park Yong-han" }
        #expect(park.count == 3)
        #expect(park.last?.text.hasPrefix("Russia could provide military supplies") == true)
        #expect(park.first?.role == "senior KIDA researcher")
        #expect(!quotes.contains { $0.text == "hermit regime" }, "a scare quote is not speech")
    }

    @Test func seedTimesNormalizeAgainstThePublicationDate() throws {
        let values = Dictionary(try Repo.brief(Repo.seed000).extraction.times.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["Monday"] == "2025-12-29")
        #expect(values["last week"] == "2025-W52")
        #expect(values["October of last year"] == "2024-10")
        let herald = Dictionary(try Repo.brief(Repo.seed002).extraction.times.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(herald["Wednesday"] == "2025-04-16")
        #expect(herald["last month"] == "2025-03")
        #expect(herald["Last week"] == "2025-W15")
        #expect(herald["February 2022"] == "2022-02")
        #expect(herald["January"] == "2025-01")
        #expect(herald["February"] == "2025-02")
    }

    @Test func timeOffsetsIndexTheFileText() throws {
        let brief = try Repo.brief(Repo.seed000)
        let scalars = Array(brief.article.text.unicodeScalars)
        #expect(!brief.extraction.times.isEmpty)
        for time in brief.extraction.times {
            let start = try #require(time.start), end = try #require(time.end)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == time.text)
        }
    }

    @Test func seedFiguresAreNormalized() throws {
        let figures = try Repo.brief(Repo.seed002).extraction.figures
        let won = try #require(figures.first { $0.currency == "KRW" })
        #expect(won.value == 2.87e13)
        #expect(won.kind == .money)
        let troops = try #require(figures.first { $0.text.contains("3,000") })
        #expect(troops.approximate && troops.value == 3000)
        let bizwire = try Repo.brief(Repo.seed000).extraction.figures
        #expect(bizwire.contains { $0.value == 15000 && $0.approximate && $0.unit == "troops" })
        #expect(bizwire.contains { $0.value == 8700 && $0.kind == .measure })
        #expect(bizwire.contains { $0.value == 57 && $0.kind == .ordinal && $0.paragraph == -1 }, "the caption's 57th meeting")
        #expect(figures.contains { $0.text.hasPrefix("hundreds of thousands") && $0.approximate && $0.unit == "artillery shells" })
        let key = try Repo.brief(Repo.seed002).keyFigures
        #expect(key.first?.currency == "KRW", "money leads By the numbers")
        #expect(!key.contains { $0.text == "two countries" })
        #expect(!(bizwire + figures).contains { (1900...2100).contains($0.value) }, "a year counted as a figure")
    }

    @Test func referenceDateOverridesTheText() throws {
        let brief = try Repo.brief(Repo.seed000, referenceDate: CalendarDate(year: 2024, month: 1, day: 10))
        #expect(brief.article.published?.description == "2024-01-10")
        #expect(brief.extraction.times.first { $0.text == "last week" }?.value == "2024-W01")
    }
}
