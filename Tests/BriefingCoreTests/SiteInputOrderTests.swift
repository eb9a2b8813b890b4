import Foundation
import Testing

@testable import BriefingCore

/// The inputs of a site build as the site orders them, and what a build keeps of each.
struct SiteInputOrderTests {
    private static func input(_ slug: String, _ title: String, _ published: CalendarDate?) -> SiteInput {
        let article = Article(source: "\(slug).txt", slug: slug, title: title, published: published, paragraphs: [Paragraph(text: "\(title) happened.")])
        let brief = Brief(article: article, extraction: Extraction(), keyQuotes: [], keyFigures: [], timeline: [], summary: "")
        return SiteInput(BriefPipeline.Item(path: article.source, brief: brief, diagnostics: [], cacheKey: nil))
    }

    /// Newest first, briefs of one day by title and then by slug, undated briefs last; slugs
    /// made unique in input order before the briefs are ordered.
    @Test func briefsAreOrderedNewestFirstThenByTitleAndSlug() throws {
        let day = CalendarDate(year: 2024, month: 3, day: 5)
        let inputs = [
            Self.input("undated", "Alpha", nil),
            Self.input("older", "Zulu", CalendarDate(year: 2023, month: 12, day: 31)),
            Self.input("same", "Mike", day),
            Self.input("same", "Mike", day),
            Self.input("first", "Bravo", day),
            Self.input("newest", "Yankee", CalendarDate(year: 2024, month: 3, day: 6)),
            Self.input("b-undated", "Alpha", nil),
        ]
        let site = SiteBriefs(inputs, in: URL(fileURLWithPath: "."), cache: nil)
        #expect(site.digests.map(\.slug) == ["newest", "first", "same", "same-2", "older", "b-undated", "undated"])
        // Each brief kept in memory goes with its digest, under its unique slug.
        #expect(try (0..<site.count).map { try site.brief($0).article.slug } == site.digests.map(\.slug))
    }

    /// The dates' keys order as the dates do, undated last, also for parts no text gives.
    @Test func dayKeysOrderAsTheDates() {
        let usual: [CalendarDate?] = [CalendarDate(year: 2024, month: 3, day: 5), nil, CalendarDate(year: 2023, month: 12, day: 31),
                                      CalendarDate(year: 2024, month: 3, day: 5), CalendarDate(year: 2024, month: 2, day: 29), CalendarDate(year: 1, month: 1, day: 1)]
        let odd = usual + [CalendarDate(year: 2024, month: 13, day: 40), CalendarDate(year: 2024, month: 0, day: 0)]
        for dates in [usual, odd] {
            let keys = SiteBriefs.dayKeys(dates)
            for i in dates.indices {
                for j in dates.indices {
                    let newer = switch (dates[i], dates[j]) {
                    case let (a?, b?): a > b
                    case (_?, nil): true
                    default: false
                    }
                    #expect((keys[i] > keys[j]) == newer, "\(String(describing: dates[i])) against \(String(describing: dates[j]))")
                    #expect((keys[i] == keys[j]) == (dates[i] == dates[j]))
                }
            }
        }
    }

    /// An input holds its brief out of line: the build copies its list of inputs whole, and
    /// a brief inline made each input several times larger.
    @Test func anInputHoldsItsBriefOutOfLine() {
        #expect(MemoryLayout<SiteInput>.stride < MemoryLayout<Brief>.stride)
        var input = Self.input("a", "Alpha", nil)
        let copy = input
        input.brief?.article.title = "Changed"
        #expect(input.brief?.article.title == "Changed")
        #expect(copy.brief?.article.title == "Alpha", "a copy keeps the brief it was made with")
        input.brief = nil
        #expect(input.brief == nil && copy.brief != nil)
    }
}

/// The fingerprint of everything a build depends on, which tells a build with nothing changed.
struct BuildManifestTests {
    @Test func aFileChangedInSizeOrTimeChangesTheManifest() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input"), file = input.appendingPathComponent("a.txt")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("One line.\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: file.path)
        let options = BuildOptions(input: input, output: folder.appendingPathComponent("out"), defaultTemplates: Repo.templates)
        func manifest() -> BuildManifest { BuildManifest(options: options, inputs: FolderListing(input)) }
        let first = manifest()
        #expect(manifest() == first, "the same files give the same manifest")
        #expect(first.digest.count == 16)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_001)], ofItemAtPath: file.path)
        let touched = manifest()
        #expect(touched != first, "a new modification time is a change")
        try Data("One line, longer.\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_001)], ofItemAtPath: file.path)
        #expect(manifest() != touched, "a new size is a change")
        try Data("Two.\n".utf8).write(to: input.appendingPathComponent("b.txt"))
        #expect(manifest() != touched, "a new file is a change")
    }
}

/// Unique page names for briefs whose headlines give the same slug.
struct SlugUniquedTests {
    @Test func laterRepeatsGetTheFirstFreeNumber() {
        #expect(Slug.uniqued(["a", "a", "a-2", "a", "b", "a-3"]) == ["a", "a-2", "a-2-2", "a-3", "b", "a-3-2"])
        #expect(Slug.uniqued([]) == [])
    }
}
