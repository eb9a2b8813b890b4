import Foundation
import Testing
@testable import BriefingCore

/// What a reader and a crawler see of a built site: an index that leads with the briefs, feeds
/// and sitemap with absolute links, JSON-LD based on the original, short descriptions, search
/// that skips stop words, and a brief that ends with the original.
@Suite("Site rules")
struct SiteRulesTests {
    /// Builds a site from Markdown articles written into a temporary folder.
    private func build(_ articles: [String: String], baseURL: String?) async throws -> (URL, [String: String]) {
        let tmp = try Repo.temporaryFolder()
        let input = tmp.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, text) in articles { try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let output = tmp.appendingPathComponent("out")
        _ = try await SiteBuilder().build(BuildOptions(input: input, output: output, defaultTemplates: Repo.templates, baseURL: baseURL))
        var files: [String: String] = [:]
        for (path, data) in try Repo.tree(output) { files[path] = String(decoding: data, as: UTF8.self) }
        return (tmp, files)
    }

    private static let longSummary = "Delegates from both Koreas met in Geneva on Monday for the first talks in five years, "
        + "agreeing to reopen a liaison office at the border, to resume family reunions before the Lunar New Year "
        + "and to meet again in March, officials from both sides said after nine hours of talks."

    private static func article(_ n: Int, tags: [String], outlet: String = "Example Wire", summary: String = longSummary) -> String {
        """
        ---
        title: "Talks resume in Geneva, round \(n)"
        date: 2025-02-\(String(format: "%02d", n % 28 + 1))
        outlet: \(outlet)
        source_url: https://news.example.com/geneva-\(n)
        tags: [\(tags.joined(separator: ", "))]
        summary: "\(summary)"
        ---
        GENEVA (AP) — Delegates met on Monday in the war in Ukraine's shadow. "We are close to an agreement," said envoy Jane Doe.

        The talks, the first in five years, lasted nine hours and ended with a joint statement, officials said.

        A second round is planned for March in Seoul, according to the statement.
        """
    }

    /// A paragraph no other article shares (articles sharing most of their text are one story).
    private static func distinctParagraph(_ n: Int) -> String {
        let words = ["ministers", "harbour", "grain", "convoy", "tariff", "senate", "drought", "vaccine", "pipeline", "election",
                     "strike", "refinery", "court", "budget", "flood", "satellite", "border", "embassy", "factory", "wildfire"]
        var state = UInt64(n) &* 6364136223846793005 &+ 1442695040888963407
        var text: [String] = []
        for _ in 0..<80 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            text.append(words[Int(state >> 33) % words.count])
        }
        return "\n\nIn other news, " + text.joined(separator: " ") + ".\n"
    }

    /// The way back to the root is one "../" per folder above the page, however the path is written
    /// (a slash with a combining mark is no separator).
    @Test func theRootIsOneStepUpPerFolder() {
        let cases = [
            ("", ""), ("/", ""), ("index.html", ""), ("briefs/a.html", "../"), ("page/2/index.html", "../../"), ("a//b/", "../"), ("/a/b", "../"),
            ("é/b.html", "../"), ("a/\u{301}b/c", "../"), ("briefs/z\u{FC}rich\u{2013}caf\u{E9}-\u{201C}x\u{201D}.html", "../"),
        ]
        for (path, root) in cases { #expect(SiteLinks.root(for: path) == root, "\(path)") }
    }

    @Test func theIndexShowsAtMostTwentyTagsAndOutletsAndListsAllElsewhere() async throws {
        var articles: [String: String] = [:]
        for n in 1...30 { articles["a\(n).md"] = Self.article(n, tags: ["Topic \(n)", "Geneva"], outlet: "Outlet \(n) News") + Self.distinctParagraph(n) }
        let (tmp, files) = try await build(articles, baseURL: nil)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let index = try #require(files["index.html"])
        let tagLinks = index.components(separatedBy: "href=\"tags/").count - 1
        let outletLinks = index.components(separatedBy: "href=\"outlets/").count - 1
        #expect(tagLinks <= ListingPages.browseLimit && tagLinks > 0, "\(tagLinks) tag links")
        // Cards link their outlet; the browse list adds at most 20 more.
        #expect(outletLinks <= 30 + ListingPages.browseLimit)
        let firstCard = try #require(index.range(of: "class=\"card\""))
        #expect(!index[..<firstCard.lowerBound].contains("href=\"tags/"), "the index leads with the briefs")
        #expect(index.contains("href=\"tags.html\"") && index.contains("All 31 tags"))
        #expect(index.range(of: ">Geneva</a>") != nil, "the most used tag comes first")
        let tagsPage = try #require(files["tags.html"])
        #expect(tagsPage.components(separatedBy: "href=\"tags/").count - 1 == 31)
        #expect(files["outlets.html"]?.contains(">Outlet 30 News</a>") == true)
    }

    @Test func withABaseURLEveryLinkForCrawlersAndReadersIsAbsolute() async throws {
        let (tmp, files) = try await build(["a.md": Self.article(1, tags: ["Geneva"])], baseURL: "https://example.org/b/")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let sitemap = try #require(files["sitemap.xml"])
        let locs = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(!locs.isEmpty && locs.allSatisfy { $0.hasPrefix("https://example.org/b/") })
        let atom = try #require(files["feed.xml"])
        #expect(atom.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/b/feed.xml\"/>"))
        let json = try JSONSerialization.jsonObject(with: Data(try #require(files["feed.json"]).utf8)) as! [String: Any]
        #expect(json["home_page_url"] as? String == "https://example.org/b/index.html")
        #expect(json["feed_url"] as? String == "https://example.org/b/feed.json")
        let item = try #require((json["items"] as? [[String: Any]])?.first)
        #expect(item["url"] as? String == "https://example.org/b/briefs/talks-resume-in-geneva-round-1.html")
        #expect(item["external_url"] as? String == "https://news.example.com/geneva-1")
        let brief = try #require(files["briefs/talks-resume-in-geneva-round-1.html"])
        #expect(brief.contains("<link rel=\"canonical\" href=\"https://example.org/b/briefs/talks-resume-in-geneva-round-1.html\">"))
    }

    @Test func withoutABaseURLThereIsNoSitemapButFeedsStillLinkTheirItems() async throws {
        let (tmp, files) = try await build(["a.md": Self.article(1, tags: ["Geneva"])], baseURL: nil)
        defer { try? FileManager.default.removeItem(at: tmp) }
        #expect(files["sitemap.xml"] == nil)
        #expect(files["robots.txt"]?.contains("Sitemap:") == false)
        let json = try JSONSerialization.jsonObject(with: Data(try #require(files["feed.json"]).utf8)) as! [String: Any]
        #expect((json["items"] as? [[String: Any]])?.first?["url"] as? String == "briefs/talks-resume-in-geneva-round-1.html")
        #expect(files["outlets/example-wire.xml"]?.contains("rel=\"self\" type=\"application/atom+xml\" href=\"../outlets/example-wire.xml\"") == true)
    }

    @Test func jsonLDIsBasedOnTheOriginalAndDescriptionsAreShort() async throws {
        let (tmp, files) = try await build(["a.md": Self.article(1, tags: ["Geneva"], outlet: "The Korea Herald")], baseURL: "https://example.org/b/")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let brief = try #require(files["briefs/talks-resume-in-geneva-round-1.html"])
        let script = try #require(brief.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first?.components(separatedBy: "</script>").first)
        let ld = try JSONSerialization.jsonObject(with: Data(script.utf8)) as! [String: Any]
        #expect((ld["publisher"] as? [String: Any])?["name"] as? String == "Briefing", "our page is published by this site")
        let original = try #require(ld["isBasedOn"] as? [String: Any])
        #expect(original["url"] as? String == "https://news.example.com/geneva-1")
        #expect((original["publisher"] as? [String: Any])?["name"] as? String == "The Korea Herald")
        let description = try #require(brief.components(separatedBy: "<meta name=\"description\" content=\"").dropFirst().first?.components(separatedBy: "\"").first)
        #expect(Self.longSummary.count > 160)
        #expect(description.count <= 160 && description.hasSuffix("…"))
        #expect(Self.longSummary.hasPrefix(String(description.dropLast())), "cut at a word: \(description)")
        #expect(PageMeta.shortened("short text") == "short text")
    }

    @Test func theBriefEndsWithTheOriginalAndTheFoldedArticle() async throws {
        let (tmp, files) = try await build(["a.md": Self.article(1, tags: ["Geneva"])], baseURL: nil)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let brief = try #require(files["briefs/talks-resume-in-geneva-round-1.html"])
        let original = try #require(brief.range(of: "Read the original"))
        let details = try #require(brief.range(of: "<details class=\"text\">"))
        let paragraph = try #require(brief.range(of: "<p id=\"p1\">"))
        #expect(original.lowerBound < details.lowerBound && details.lowerBound < paragraph.lowerBound)
        #expect(brief.contains("href=\"https://news.example.com/geneva-1\""))
        #expect(brief.contains(" words</summary>") && !brief.contains(" · </summary>"), "no caption count, and no dangling separator, without captions")
    }

    @Test func anUndatedBriefsMetaLineOpensWithoutASeparator() async throws {
        let text = "Panel warns of biological attack\n\nWASHINGTON (CNN) -- A panel assembled by Congress said on Tuesday that a biological attack is more likely than a nuclear one within five years.\n\nThe commission's chairman said the country was not ready for it."
        let (tmp, files) = try await build(["panel.txt": text], baseURL: nil)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let brief = try #require(files.first { $0.key.hasPrefix("briefs/") && $0.key.hasSuffix(".html") }?.value)
        let meta = try #require(brief.components(separatedBy: "<p class=\"meta\">").dropFirst().first?.components(separatedBy: "</p>").first)
        #expect(meta.hasPrefix("<a href=") && meta.contains(">CNN</a> · <span class=\"place\">WASHINGTON</span>"), "\(meta)")
    }

    @Test func captionsOfPhotosThePageDoesNotShowAreFoldedIntoTheText() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        _ = try await SiteBuilder().build(BuildOptions(input: Repo.seeds, output: tmp, defaultTemplates: Repo.templates))
        var checked = 0
        for path in try Repo.tree(tmp).keys where path.hasPrefix("briefs/") && path.hasSuffix(".html") {
            let brief = try String(contentsOf: tmp.appendingPathComponent(path), encoding: .utf8)
            #expect(!brief.contains("Photo captions</h2>"), "\(path) lists captions apart")
            guard let caption = brief.range(of: "<p class=\"caption\">") else { continue }
            let details = try #require(brief.range(of: "<details class=\"text\">")), end = try #require(brief.range(of: "</details>"))
            #expect(details.upperBound < caption.lowerBound && caption.upperBound < end.lowerBound)
            checked += 1
        }
        #expect(checked >= 1, "a seed has photo captions")
    }

    @Test func searchQueriesSkipStopWordsAsTheIndexDoes() async throws {
        let (tmp, files) = try await build(["a.md": Self.article(1, tags: ["Geneva"], outlet: "The Korea Herald")], baseURL: nil)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let meta = try #require(files["search/meta.js"])
        for word in ["\"in\"", "\"the\""] { #expect(meta.contains(word), "search/meta.js lists \(word) for queries to skip") }
        let search = try String(contentsOf: Repo.templates.appendingPathComponent("assets/search.js"), encoding: .utf8)
        #expect(search.contains("meta.skip"))
        // Every word of "war in ukraine" and "the korea herald" that is not skipped is indexed.
        let terms = files.filter { $0.key.hasPrefix("search/t-") }.values.joined()
        for word in ["war", "ukraine", "korea", "herald", "jane", "doe"] { #expect(terms.contains("\"\(word)\":"), "\(word) not indexed") }
        #expect(SearchIndexWriter.terms("war in ukraine") == ["war", "ukraine"])
    }

    /// Search terms are read from the text's bytes: accents and full-width letters folded,
    /// curly apostrophes and marks splitting words, one-letter words and stop words dropped.
    @Test func searchTermsFoldWordsAsQueriesDo() {
        let text = "Turkey’s President Recep Tayyip Erdoğan told reporters in Ankara on Monday that the café’s 2,500 ＶＩＰ seats — 7.6% of them — were “sold out.”"
        #expect(SearchIndexWriter.terms(text) == [
            "turkey", "president", "recep", "tayyip", "erdogan", "told", "reporters", "ankara", "monday", "cafe",
            "500", "vip", "seats", "them", "sold", "out",
        ])
        var occurrences: [String] = []
        SearchIndexWriter.forEachTerm(in: "Seoul said Seoul would wait") { occurrences.append($0) }
        #expect(occurrences == ["seoul", "seoul", "wait"], "stop words are left out, repeats kept")
    }

    /// Text whose words are ASCII (its quote marks and dashes ending words) is read from its
    /// bytes, other text scalar by scalar: both give the same terms, repeats included. A
    /// one-letter word past ASCII ("é": too short for a term) sends a text the other way.
    @Test func searchTermsReadFromBytesAreThoseReadFromScalars() {
        let texts = [
            "“Stay,” Kim’s aide said — 15,000 troops – 7.6% of the ANTARCTIC force… the Seoul-based group’s",
            "Tab\tand\u{00A0}space\u{2009}words: x y zz (ab)",
            "",
        ]
        for text in texts {
            var bytewise: [String] = [], scalarwise: [String] = []
            SearchIndexWriter.forEachTerm(in: text) { bytewise.append($0) }
            SearchIndexWriter.forEachTerm(in: text + " é") { scalarwise.append($0) }
            #expect(bytewise == scalarwise, "\(text)")
        }
        var terms: [String] = []
        SearchIndexWriter.forEachTerm(in: texts[0]) { terms.append($0) }
        #expect(terms == ["stay", "kim", "aide", "15", "000", "troops", "antarctic", "force", "seoul", "based", "group"])
    }

    /// A brief's search terms are gathered from their bytes: each once, with the weight of its
    /// heaviest field, in the order strings sort (terms past ASCII too), and a term whose number
    /// another term has is kept apart.
    @Test func searchTermWeightsKeepTheHeaviestFieldInStringOrder() {
        func weights(_ fields: [(String, UInt8)]) -> (terms: String, weights: [UInt8]) {
            var weights = SearchTermWeights()
            for (text, weight) in fields {
                SearchIndexWriter.forEachTerm(bytesIn: text) { weights.add($0, weight: weight) }
            }
            return weights.sorted()
        }
        let ascii = weights([("Seoul talks", 5), ("talks resume in Seoul; zebra aardvark talks", 1), ("aardvark", 3)])
        #expect(ascii.terms == "aardvark resume seoul talks zebra")
        #expect(ascii.weights == [3, 1, 5, 5, 1])
        let mixed = weights([("Ωmega zeta", 2), ("alpha ωmega Zeta", 4)])
        var expected: [String: UInt8] = [:]
        for (text, weight) in [("Ωmega zeta", UInt8(2)), ("alpha ωmega Zeta", 4)] {
            for term in SearchIndexWriter.terms(text) where expected[term, default: 0] < weight { expected[term] = weight }
        }
        let sorted = expected.sorted { $0.key < $1.key }
        #expect(mixed.terms == sorted.map(\.key).joined(separator: " "))
        #expect(mixed.weights == sorted.map(\.value))
        #expect(weights([]).terms.isEmpty)
    }

    @Test func theTimelineChartSpansTheRealDatesWithTextLabels() {
        // "December 26, 0" from an undated article is not a date the chart places.
        let chart = TimelineChart.svg(["0000-12-26", "2024-11-04", "2025-03", "2025-12-29"])
        #expect(chart.contains("from Nov 2024 to Dec 2025, per month"))
        #expect(chart.contains("<figcaption class=\"chart-axis\""), "labels are page text, not SVG text scaled down on a phone")
        #expect(!chart.contains(">Dec 0<") && !chart.contains("<text"))
    }

    /// Text of ASCII, dashes and quotation marks is trimmed and cut by its bytes: as it is a
    /// character at a time, for texts with white space and the marks a cut drops at every place
    /// around the limit (and other text, cut a character at a time, as before).
    @Test func descriptionsCutByBytesAreCutAsCharacterByCharacter() {
        let pieces = ["word", " ", "  ", "\t", "\n", ",", ";", ":", "-", "(", ".", "longerword", "x", "\u{0B}", "—", "–", "“", "”", "’", "…",
                      "\u{2027}", "\u{2028}", "\r\n", "é", "e\u{301}"]
        var generator = SeededGenerator(state: 41)
        var texts = [Self.longSummary, " \(Self.longSummary)\n", "", " ", "\n\t", "a-b-c-d-e-f-g-h-i-j-k"]
        for _ in 0..<400 { texts.append((0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()) }
        for text in texts {
            for limit in [1, 2, 5, 10, 20, 40, 100] {
                #expect(PageMeta.shortened(text, limit: limit) == PageMeta.characterwiseShortened(text, limit: limit), "\(text.debugDescription) \(limit)")
            }
        }
    }

    @Test func searchSnippetsAreCutAtAWord() {
        let cut = PageMeta.shortened(Self.longSummary, limit: 100)
        #expect(cut.count <= 100 && cut.hasSuffix("…"))
        #expect(Self.longSummary.hasPrefix(String(cut.dropLast())))
        #expect(!cut.dropLast().hasSuffix(" "))
    }
}
