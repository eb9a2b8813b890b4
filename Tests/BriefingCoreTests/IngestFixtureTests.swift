import Foundation
import Testing
@testable import BriefingCore

/// Hand-written input files under `Fixtures/ingest/`, each with `<name>.expected.json` beside it
/// listing the metadata ingest must recover (only the keys given are checked; `null` means
/// "must be absent").
@Suite("Ingest fixtures")
struct IngestFixtureTests {
    static let folder = Repo.fixtures.appendingPathComponent("ingest")

    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasSuffix(".expected.json") }
        .sorted()

    @Test func thereAreAtLeastFortyFixtures() {
        #expect(Self.inputs.count >= 40)
    }

    @Test(arguments: inputs)
    func fixtureMatchesItsExpectedMetadata(_ name: String) throws {
        let file = try SourceLoader().read(name, in: Self.folder)
        let stem = (name as NSString).deletingPathExtension
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(stem + ".expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])

        switch ArticleIngestor().ingest(file) {
        case .skipped(let diagnostic):
            let reason = try #require(expected["skipped"] as? String, "skipped unexpectedly: \(diagnostic)")
            #expect(diagnostic.message.contains(reason), "\(diagnostic)")
            #expect(diagnostic.file == name)
            if expected["skipped_line"] as? Bool == true { #expect(diagnostic.line != nil, "\(diagnostic)") }
        case .article(let article, let warnings):
            #expect(expected["skipped"] == nil, "expected \(name) to be skipped")
            check(article, warnings, against: expected)
        }
    }

    private func check(_ article: Article, _ warnings: [Diagnostic], against expected: [String: Any]) {
        let strings: [(String, String?)] = [
            ("title", article.title), ("outlet", article.outlet), ("dateline", article.dateline?.place),
            ("published", article.published?.description), ("summary", article.summary),
            ("source_url", article.sourceURL), ("slug", article.slug),
        ]
        for (key, actual) in strings where expected.keys.contains(key) {
            #expect(actual == expected[key] as? String, "\(key)")
        }
        if let authors = expected["authors"] as? [String] { #expect(article.authors == authors) }
        if let tags = expected["tags"] as? [String] { #expect(article.tags == tags) }
        if let captions = expected["captions"] as? [[String: Any]] {
            #expect(article.captions.map { $0.date?.description } == captions.map { $0["date"] as? String })
            #expect(article.captions.map(\.credit) == captions.map { $0["credit"] as? String })
        }
        let body = article.paragraphs.map(\.text)
        if let count = expected["paragraphs"] as? Int { #expect(body.count == count, "\(body)") }
        if let first = expected["first_paragraph"] as? String {
            #expect(body.first?.hasPrefix(first) == true, "\(body.first ?? "")")
        }
        for junk in expected["body_excludes"] as? [String] ?? [] {
            #expect(!body.joined(separator: "\n").contains(junk), "body contains \(junk)")
        }
        if let warning = expected["warning"] as? String {
            #expect(warnings.contains { $0.message.contains(warning) }, "\(warnings)")
        }
    }
}
