import Testing
@testable import BriefingCore

/// Pages whose main text the Readability-style search misses still give an article, with a
/// warning naming the fallback; pages without prose are still refused.
@Suite("HTML fallback text")
struct HTMLFallbackTests {
    func ingest(_ html: String) -> ArticleIngestor.Outcome {
        ArticleIngestor().ingest(SourceFile(path: "page.html", bytes: Array(html.utf8)))
    }

    @Test func articleInsideChromeComesFromItsProseParagraphs() throws {
        // A CMS that wraps the whole story in <aside class="story">, which the search leaves out as chrome.
        let html = """
            <html><head><title>Council approves budget - Daily Ledger</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <aside class="story"><h1>Council approves budget</h1>
            <p>The city council approved a $4.2 million budget on Tuesday after a three-hour debate over library hours.</p>
            <p>“We found a way to keep every branch open,” said council member Ana Ruiz, who led the negotiations.</p>
            </aside></body></html>
            """
        guard case .article(let article, let warnings) = ingest(html) else {
            Issue.record("the page was refused")
            return
        }
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.first?.text.hasPrefix("The city council approved") == true)
        #expect(warnings.map(\.message) == ["main text not found; used the page's prose paragraphs"])
    }

    @Test func scriptRenderedPageFallsBackToJSONLDArticleBody() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes ports",
            "articleBody":"Ports along the coast closed on Monday as the storm approached.\\nOfficials expect to reopen them by Thursday."}
            </script></head><body><div id="root"></div></body></html>
            """
        guard case .article(let article, _) = ingest(html) else {
            Issue.record("the page was refused")
            return
        }
        #expect(article.title == "Storm closes ports")
        #expect(article.paragraphs.map(\.text) == ["Ports along the coast closed on Monday as the storm approached.", "Officials expect to reopen them by Thursday."])
    }

    @Test func aPageWithoutProseIsStillRefused() {
        let html = "<html><head><title>Menu</title></head><body><nav><a href='/a'>Sports</a> <a href='/b'>Weather</a></nav><p>Sign in</p></body></html>"
        guard case .skipped(let diagnostic) = ingest(html) else {
            Issue.record("a page without prose was briefed")
            return
        }
        #expect(diagnostic.message.contains("no article text found"))
    }
}
