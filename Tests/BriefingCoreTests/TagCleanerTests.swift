import Foundation
import Testing
@testable import BriefingCore

/// Tags and outlets of saved pages, cleaned of what content systems put in their metadata.
@Suite("Tags and outlets from page metadata")
struct TagCleanerTests {
    @Test func junkTagsOfRealMetadataKindsAreDropped() {
        // The kinds of keywords real pages carry: ids, handles, paths, flags, tickers, hosts,
        // entity leftovers and headlines.
        let junk = [
            "@aa-app", "AdNode:culture/wide_angle", "/article", "&quot", "&amp;quot", "channel_other", "type_news",
            "_no-apple-news", "source:tagname:CNBC Europe Source", "6758.TO", "UBI.FR", "digitimes.com",
            "https://www.example.com/tag/politics", "2896af5086674d4bbbbd454dec217c63", "12345", "Uncategorized",
            "Premium Content", "No Autolink", "NRPLUS Member Articles", "Center on Policy and Health Initiatives on Opioids and Other", "section: Article", "<b></b>", "PG&",
            "US-China trade war developments leave investors with mixed feelings -- Asian market latest - CNN",
        ]
        for tag in junk { #expect(TagCleaner.cleaned(tag) == nil, "kept \(tag)") }
    }

    @Test func realTagsAreKeptAndTidied() {
        #expect(TagCleaner.cleaned("Aerospace &amp; Defense") == "Aerospace & Defense")
        #expect(TagCleaner.cleaned("analysts&#39; comments") == "Analysts' comments")
        #expect(TagCleaner.cleaned("Category: Jupiter") == "Jupiter")
        #expect(TagCleaner.cleaned("topic: Politics & Policy") == "Politics & Policy")
        #expect(TagCleaner.cleaned("Section:World") == "World")
        #expect(TagCleaner.cleaned("<a href=\"/t/nato\">NATO</a>") == "NATO")
        #expect(TagCleaner.cleaned("#MeToo") == "MeToo")
        #expect(TagCleaner.cleaned(" \"North Korea\" ") == "North Korea")
        #expect(TagCleaner.cleaned("опрос") == "Опрос")
        #expect(TagCleaner.cleaned("china") == "China", "lower-case tags start with a capital, as other pages write them")
        #expect(TagCleaner.cleaned("iPhone") == "iPhone")
        #expect(TagCleaner.cleaned("COVID-19") == "COVID-19")
        #expect(TagCleaner.cleaned("AT&amp;T") == "AT&T")
        #expect(TagCleaner.cleaned("S&P 500") == "S&P 500")
    }

    @Test func duplicatesHeadlineAndOutletAreMerged() {
        let raw = ["cnbc", "Health", "health", "iOS 9", "ios9", "Emerging markets", "Emerging Markets",
                   "Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis",
                   "Why you can't trust the White House on Donald Trump's health - CNNPolitics", "Michigan"]
        let tags = TagCleaner.clean(raw, title: "Why you can't trust the White House on Donald Trump's health", outlet: "CNBC")
        #expect(tags == ["Health", "iOS 9", "Emerging markets", "Michigan"])
        #expect(TagCleaner.clean(["earthquake", "Earthquake"]) == ["Earthquake"])
    }

    @Test func tagsPerArticleAreCapped() {
        let raw = (1...30).map { "Topic \(Character(UnicodeScalar(64 + $0)!))" }
        #expect(TagCleaner.clean(raw).count == TagCleaner.maxTags)
    }

    @Test func theSpellingWithCapitalsIsShown() {
        #expect(TagCleaner.preferredSpelling(["nasa", "NASA", "nasa"]) == "NASA")
        #expect(TagCleaner.preferredSpelling(["retail", "Retail"]) == "Retail")
        #expect(TagCleaner.preferredSpelling(["Apple", "apple"]) == "Apple")
    }

    @Test func anOutletWrittenAsALinkBecomesItsSiteNameOrHost() {
        #expect(OutletNames.displayName("https://www.example-news.com/", siteName: "Example News") == "Example News")
        #expect(OutletNames.displayName("https://www.example-news.com/", siteName: "https://www.example-news.com") == "example-news.com")
        #expect(OutletNames.displayName("www.koreaherald.com") == "koreaherald.com")
        #expect(OutletNames.displayName("MacRumors.com") == "MacRumors.com", "a name written as a host stays as written")
        #expect(OutletNames.displayName("Autoracing | F1 | Indy | MotoGP") == "Autoracing")
        #expect(OutletNames.host(of: "https://hosted.ap.org/citizensvoice/article/2896af") == "hosted.ap.org")
        #expect(OutletNames.host(of: "The Korea Herald") == nil)
    }

    @Test func aSavedPageGetsCleanTagsAndItsOutletName() throws {
        let page = """
            <html><head><title>Quake shakes Seoul suburbs | The Daily Example</title>
            <meta property="og:site_name" content="https://www.daily-example.com/">
            <link rel="canonical" href="https://www.daily-example.com/news/quake-shakes-seoul">
            <meta name="keywords" content="@aa-app, AdNode:culture/wide_angle, /article, &amp;quot, earthquake, Earthquake, Category: Seoul, Seoul">
            </head><body><article><h1>Quake shakes Seoul suburbs</h1>
            <p>SEOUL — A magnitude 4.1 earthquake shook the southern suburbs of Seoul on Tuesday morning, the Korea Meteorological Administration said.</p>
            <p>No damage was reported, officials said, though residents across the region felt the tremor for several seconds.</p>
            <p>It was the strongest quake near the capital this year, the agency said in a statement.</p>
            </article></body></html>
            """
        guard case .article(let article, _) = ArticleIngestor().ingest(SourceFile.text(page, path: "quake.html")) else {
            Issue.record("page not ingested")
            return
        }
        #expect(article.tags == ["Earthquake", "Seoul"])
        #expect(article.outlet == "daily-example.com")
    }
}
