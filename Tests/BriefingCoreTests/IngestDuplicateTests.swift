import Foundation
import Testing
@testable import BriefingCore

@Suite("Near-duplicate stories")
struct IngestDuplicateTests {
    static let folder = Repo.fixtures.appendingPathComponent("ingest-duplicates")

    private func article(_ name: String) throws -> Article {
        guard case .article(let article, _) = ArticleIngestor().ingest(try SourceLoader().read(name, in: Self.folder)) else {
            throw BriefingError(stage: .ingest, file: name, message: "skipped")
        }
        return article
    }

    @Test func sameStoryAsTextAndPageIsOneDuplicate() throws {
        let articles = try ["tram-line-story.html", "tram-line-story.txt", "unrelated-story.txt"].map(article)
        #expect(DuplicateStoryDetector().duplicates(among: articles) == [.init(duplicate: 1, original: 0)])
    }

    @Test func differentStoriesAreNotDuplicates() throws {
        let articles = try ["tram-line-story.txt", "unrelated-story.txt"].map(article)
        #expect(DuplicateStoryDetector().duplicates(among: articles).isEmpty)
    }

    /// The sample is the 4-grams picked by hash, ascending and each once, picked before they
    /// are sorted.
    @Test func theSampleIsEveryEighthFourGramByHash() throws {
        for name in ["tram-line-story.html", "unrelated-story.txt"] {
            let article = try article(name)
            let sample = DuplicateStoryDetector.sample(article)
            #expect(!sample.isEmpty)
            #expect(sample == DuplicateStoryDetector.shingles(article).hashes.filter { $0 % DuplicateStoryDetector.sampling == 0 }, "\(name)")
            // Thousands of samples are held at once: no room kept for the 4-grams left out.
            #expect(sample.capacity < 2 * sample.count + 8, "\(name): capacity \(sample.capacity) for \(sample.count) hashes")
        }
    }

    /// A site build makes each article's 4-grams once and picks the cached sample from them:
    /// the sample is the one made on its own.
    @Test func sampleOfTheFourGramsIsTheArticlesSample() throws {
        var sampled = 0
        for name in ["tram-line-story.html", "tram-line-story.txt", "unrelated-story.txt"] {
            let article = try article(name)
            let shingles = DuplicateStoryDetector.shingles(article)
            let sample = DuplicateStoryDetector.sample(article)
            #expect(!shingles.isEmpty && sample.count < shingles.count)
            #expect(DuplicateStoryDetector.sample(of: shingles) == sample, "\(name)")
            sampled += sample.count
        }
        #expect(sampled > 0)
    }

    @Test func buildKeepsOneBriefAndWarns() async throws {
        let output = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let options = BuildOptions(input: Self.folder, output: output.appendingPathComponent("site"), defaultTemplates: Repo.templates)
        let report = try await SiteBuilder().build(options)
        #expect(report.briefs == 2)
        let warnings = report.diagnostics.filter { $0.message.contains("same story as") }
        #expect(warnings.map(\.file) == ["tram-line-story.txt"])
        #expect(warnings.first?.message.contains("tram-line-story.html") == true)
        // The repeat left out of the site counts as skipped, by its flag, not by its wording.
        #expect(report.skipped.map(\.file) == ["tram-line-story.txt"])
        #expect(report.summary.contains("1 skipped"))
    }
}
