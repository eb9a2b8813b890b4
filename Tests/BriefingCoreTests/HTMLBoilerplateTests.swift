import Testing
@testable import BriefingCore

/// General rules of the HTML main-text search, each on a page structure news sites use.
@Suite("HTML boilerplate rules")
struct HTMLBoilerplateTests {
    func paragraphs(_ body: String, title: String = "Water bosses banned from bonuses") -> [String] {
        let html = "<html><head><title>\(title)</title></head><body>\(body)</body></html>"
        guard case .article(let article, _) = ArticleIngestor().ingest(SourceFile(path: "page.html", bytes: Array(html.utf8))) else {
            Issue.record("the page was refused")
            return []
        }
        return article.paragraphs.map(\.text)
    }

    static let story = [
        "Britain's biggest water companies will be banned from paying bonuses to executives whose firms have committed serious pollution offences, under rules announced by the government.",
        "The measures, which will come into force next month, apply to six companies including Thames Water, which last year poured raw sewage into rivers and seas for more than 300,000 hours.",
        "Ofwat, the water regulator, said it would work with the government to enforce the rules, which cover bonuses paid from 2024-25 onwards. Companies that breach the ban could face fines.",
    ]

    @Test func aClassNameAloneDoesNotJoinAnAppealToTheStory() {
        // The appeal's wrapper says "body" in its id, which used to make it a rival chunk.
        let body = """
            <div data-gu-name="body"><div class="article-body-commercial-selector">\(Self.story.map { "<p>\($0)</p>" }.joined())</div>
            <div id="slot-body-end"><div class="contributions-epic"><h2>I hope you appreciated this article.</h2>
            <p>Before you move on, I was hoping you would consider taking the step of supporting our journalism, which is free for everyone.</p></div></div></div>
            """
        #expect(paragraphs(body) == Self.story)
    }

    @Test func labelBoxesAndSignOffsAreLeftOut() {
        let body = """
            <div class="article-body"><p>\(Self.story[0])</p><div class="ad-container"><span>Anzeige</span></div>
            <p>\(Self.story[1])</p><div class="comments"><p>Comentarios (42)</p></div><p>\(Self.story[2])</p><p>dpa/lk</p></div>
            """
        #expect(paragraphs(body) == Self.story)
    }

    @Test func theHeadlinesHeaderGroupIsLeftOut() {
        let body = """
            <main class="layout-main"><div class="article-hero"><span class="kicker">Explainer</span><h1>Water bosses banned from bonuses</h1>
            <p class="summary-line">Rules will apply to six companies from next month, government says</p><div class="meta">By Helena Stone</div></div>
            <section class="text">\(Self.story.map { "<p>\($0)</p>" }.joined())</section></main>
            """
        #expect(paragraphs(body) == Self.story)
    }

    @Test func aLeadParagraphBesideTheHeadlineIsKept() {
        let lead = "Britain's biggest water companies will be banned from paying bonuses to executives whose firms have committed serious pollution offences."
        let body = """
            <div class="page"><div class="top-wrap"><h1>Water bosses banned from bonuses</h1><p>\(lead)</p></div>
            \(Self.story.dropFirst().map { "<p>\($0)</p>" }.joined())</div>
            """
        #expect(paragraphs(body) == [lead] + Self.story.dropFirst())
    }

    @Test func decksNamedByClassAndDisclosuresAreLeftOut() {
        let body = """
            <article><h1>Water bosses banned from bonuses</h1><p class="article__chapo">Rules will apply to six companies including Thames Water.</p>
            \(Self.story.map { "<p>\($0)</p>" }.joined())
            <p><em>This interview has been edited for length and clarity.</em></p></article>
            """
        #expect(paragraphs(body) == Self.story)
    }

    @Test func liveBlogTimeStampsAreLeftOut() {
        let body = """
            <div class="live-blog-feed">\(Self.story.map { "<article class=\"entry\"><div><time>22:30 PM ET</time></div><div class=\"entry-body\"><p>\($0)</p></div></article>" }.joined())</div>
            """
        #expect(paragraphs(body) == Self.story)
    }

    @Test func aTitlePartAndADatedBylineAtTheTopAreLeftOut() {
        let body = """
            <table><tr><td><b>Minimum wage to rise to $16.40 an hour</b><br>By Staff Reporter | Published Mar 18, 2024 at 8:00 am<br><br>
            \(Self.story.joined(separator: "<br><br>"))</td></tr></table>
            """
        #expect(paragraphs(body, title: "Island Gazette - Minimum wage to rise to $16.40 an hour") == Self.story)
    }

    @Test func koreanPhotoCaptionsAndCopyrightNoticesAreLeftOut() {
        let body = """
            <article id="dic_area">한국은행이 기준금리를 연 3.50%로 동결했다.<br><br>이창용 한국은행 총재가 23일 기자간담회에서 발언하고 있다. [사진공동취재단]<br><br>
            한국은행 금융통화위원회는 23일 서울 중구 한은 본관에서 통화정책방향 회의를 열고 기준금리를 현 수준에서 유지하기로 했다고 밝혔다.<br><br>
            &lt;저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</article>
            """
        #expect(paragraphs(body, title: "한은, 기준금리 동결") == [
            "한국은행이 기준금리를 연 3.50%로 동결했다.",
            "한국은행 금융통화위원회는 23일 서울 중구 한은 본관에서 통화정책방향 회의를 열고 기준금리를 현 수준에서 유지하기로 했다고 밝혔다.",
        ])
    }

    static let rest = [
        "The rules follow a year in which the industry paid out more than £10m in bonuses while spills of untreated sewage reached record levels, according to figures from the Environment Agency.",
        "Environment Secretary Steve Reed said the era of executives rewarding themselves while rivers were polluted was over, and that the ban would stay in place until performance improved.",
        "Water UK, which represents the companies, said firms were already investing heavily in new storage tanks and treatment works, and that bonuses were linked to a wide range of targets.",
        "Campaigners welcomed the announcement but said it did not go far enough, arguing that fines should be paid by shareholders rather than passed on to customers through higher bills.",
        "The regulator is expected to publish its final decision on bills for the next five years in December, with average increases of about a fifth expected across England and Wales.",
    ]

    @Test func leadParagraphsAboveTheRestOfTheStoryAreKept() {
        // The first paragraphs sit in the story's container; the rest behind a "Read more" fold.
        let body = """
            <div class="story-body">\(Self.story.map { "<p>\($0)</p>" }.joined())
            <div id="read-more"><div id="read-more-link"><a href="#">Read more</a></div><div id="middle-ad"></div>
            <div id="read-more-content">\(Self.rest.map { "<p>\($0)</p>" }.joined())</div></div></div>
            <div class="other-columns"><h2>Other opinion columns</h2><p class="standfirst">Why the council's new parking rules will hurt small shops in the town centre.</p></div>
            """
        #expect(paragraphs(body) == Self.story + Self.rest)
    }

    @Test func paragraphsAfterTheStoryInItsContainerDoNotJoinIt() {
        // Look-alike: the container's own paragraphs follow the story (an author's note, a bio).
        let notes = [
            "Helena Stone is the environment correspondent of the paper and has covered the water industry, its regulators and its debts, for more than ten years.",
            "She was previously a reporter in the paper's business section, where she wrote about energy prices, privatised utilities and the companies that run them.",
            "Her book on the privatisation of the water industry, Troubled Waters, was published last year and was shortlisted for an award for non-fiction writing.",
        ]
        let body = """
            <div class="story-body"><div id="read-more"><div id="read-more-content">\(Self.rest.map { "<p>\($0)</p>" }.joined())</div></div>
            \(notes.map { "<p>\($0)</p>" }.joined())</div>
            """
        #expect(paragraphs(body) == Self.rest)
    }
}
