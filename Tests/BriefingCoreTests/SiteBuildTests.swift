import Foundation
import Testing
@testable import BriefingCore

@Suite("Site build")
struct SiteBuildTests {
    private func build(into output: URL, templates: URL? = nil) async throws -> BuildReport {
        try await SiteBuilder().build(BuildOptions(input: Repo.seeds, output: output, templates: templates, defaultTemplates: Repo.templates))
    }

    @Test func buildsAreByteIdentical() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        _ = try await build(into: tmp.appendingPathComponent("a"))
        _ = try await build(into: tmp.appendingPathComponent("b"))
        let a = try Repo.tree(tmp.appendingPathComponent("a")), b = try Repo.tree(tmp.appendingPathComponent("b"))
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func committedSiteIsTheBuildOfTheSeeds() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        _ = try await build(into: tmp)
        let fresh = try Repo.tree(tmp), committed = try Repo.tree(Repo.root.appendingPathComponent("site"))
        let missing = Set(fresh.keys).subtracting(committed.keys).sorted(), extra = Set(committed.keys).subtracting(fresh.keys).sorted()
        #expect(missing.isEmpty && extra.isEmpty, "run `make site`: site/ lacks \(missing) and has stale \(extra)")
        for (path, bytes) in fresh { #expect(committed[path] == bytes, "site/\(path) is stale: run `make site`") }
    }

    @Test func pagesHaveTheExpectedParts() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let report = try await build(into: tmp)
        #expect(report.briefs == 2)
        let index = try String(contentsOf: tmp.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"briefs/seoul-should-bolster-diplomatic-ties-with-moscow-to-deter.html\""))
        #expect(index.range(of: "2025-12-29")!.lowerBound < index.range(of: "2025-04-17")!.lowerBound, "newest first")
        let brief = try String(contentsOf: tmp.appendingPathComponent("briefs/seoul-should-bolster-diplomatic-ties-with-moscow-to-deter.html"), encoding: .utf8)
        for part in ["<h1>Seoul should bolster", "Key quotes", "By the numbers", "Timeline", "Park Yong-han", "<time datetime=\"2022-02\">", "href=\"../index.html\"", "href=\"../assets/style.css\""] {
            #expect(brief.contains(part), "brief lacks \(part)")
        }
        let timeline = try String(contentsOf: tmp.appendingPathComponent("timeline.html"), encoding: .utf8)
        let order = ["2022-02", "2025-03", "2025-04-16", "2025-12-29"].map { timeline.range(of: "datetime=\"\($0)\"")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        let markdown = try String(contentsOf: tmp.appendingPathComponent("briefs/seoul-should-bolster-diplomatic-ties-with-moscow-to-deter.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("---\nsource: \"002_e16b816cd6322626.txt\"\n"))
        #expect(markdown.contains("## Key quotes"))
    }

    @Test func userTemplatesOverrideFileByFile() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let overrides = tmp.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: overrides, withIntermediateDirectories: true)
        try "<h1>My own index</h1>{{#briefs}}<p>{{title}}</p>{{/briefs}}".write(to: overrides.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        _ = try await build(into: tmp.appendingPathComponent("out"), templates: overrides)
        let index = try String(contentsOf: tmp.appendingPathComponent("out/index.html"), encoding: .utf8)
        #expect(index.contains("<h1>My own index</h1>"))
        #expect(index.contains("<!DOCTYPE html>"), "layout still comes from the defaults")
    }

    @Test func interpolatedTextIsEscaped() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "Headline with <script>alert(1)</script> {{x}}\n\nWASHINGTON (AP) — Body says <img src=x onerror=alert(1)> and more text here.\n"
            .write(to: input.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        _ = try await SiteBuilder().build(BuildOptions(input: input, output: tmp.appendingPathComponent("out"), defaultTemplates: Repo.templates))
        let files = try Repo.tree(tmp.appendingPathComponent("out"))
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path) runs injected script")
            #expect(!html.contains("<img src=x"), "\(path) has injected markup")
        }
    }
}
