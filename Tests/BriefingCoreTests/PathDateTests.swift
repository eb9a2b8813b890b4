import Testing
@testable import BriefingCore

/// Publication dates written in file names and page addresses, used when the text dates nothing.
@Suite("Dates in file names and addresses")
struct PathDateTests {
    @Test(arguments: [
        ("polnear/breitbart_2016-09-20_poll-wealthy-voters-abandon-repu.txt", "2016-09-20"),
        ("_posts/2024-03-01-budget-talks.md", "2024-03-01"),
        ("notes/2019_11_14 apple keyboard.txt", "2019-11-14"),
    ])
    func fileNamesWithADate(_ path: String, _ iso: String) {
        #expect(PathDate.fileName(path)?.description == iso)
    }

    @Test(arguments: [
        "2016-09-20/story.txt",            // a folder, not the file's name
        "report-12016-09-20.txt",          // inside a longer number
        "ticket-2016-13-40.txt",           // no such date
        "archive-0001-01-01.html",         // a placeholder year
        "2016-09-story.txt",
    ])
    func namesWithoutADate(_ path: String) {
        #expect(PathDate.fileName(path) == nil)
    }

    @Test(arguments: [
        ("https://www.washingtonpost.com/politics/2016/09/20/clinton-leads/", "2016-09-20"),
        ("https://example.com/news/2019/3/4/storm?ref=rss", "2019-03-04"),
        ("https://www.cnn.com/2019-11-14-apple-keyboard/index.html", "2019-11-14"),
    ])
    func addressesWithADate(_ url: String, _ iso: String) {
        #expect(PathDate.url(url)?.description == iso)
    }

    @Test(arguments: ["https://example.com/2016/09/", "https://example.com/a/b/c", "https://2016.example.com/09/20x/"])
    func addressesWithoutADate(_ url: String) {
        #expect(PathDate.url(url) == nil)
    }

    @Test func anUndatedTextTakesTheDateOfItsFileName() throws {
        let text = """
        Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.

        A Bloomberg poll shows that Americans living in households making $100,000 or more have abandoned the Republican party.

        The survey was conducted September 16-19, using a nationally representative opt-in panel of 600 respondents.
        """
        let file = SourceFile(path: "breitbart_2016-09-20_poll-wealthy-voters.txt", bytes: Array(text.utf8))
        guard case .article(let article, _) = ArticleIngestor().ingest(file) else { Issue.record("not ingested"); return }
        #expect(article.published == CalendarDate(year: 2016, month: 9, day: 20))
        // A date in the text wins over the file name.
        let dated = SourceFile(path: "breitbart_2016-09-20_poll.txt", bytes: Array(("Poll\n\nSept. 21, 2016\n\n" + text).utf8))
        guard case .article(let second, _) = ArticleIngestor().ingest(dated) else { Issue.record("not ingested"); return }
        #expect(second.published == CalendarDate(year: 2016, month: 9, day: 21))
    }
}
