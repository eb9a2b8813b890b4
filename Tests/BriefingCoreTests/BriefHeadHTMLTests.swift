import Testing
@testable import BriefingCore

/// A brief head's HTML written without cmark must be what cmark makes of its Markdown, and
/// must not be written so when it could differ.
@Suite("Brief head HTML")
struct BriefHeadHTMLTests {
    /// One call of a `BriefHeadOutput`.
    private enum Block {
        case title(String), meta(String), paragraph(String), section(StaticString), quote(String, String)
        case item(String, labelIsMarkdown: Bool, text: String?, source: String?), endList
    }

    private static func write(_ blocks: [Block], to out: inout some BriefHeadOutput) {
        for block in blocks {
            switch block {
            case .title(let text): out.title(text)
            case .meta(let text): out.meta(text)
            case .paragraph(let text): out.paragraph(text)
            case .section(let name): out.section(name)
            case .quote(let text, let attribution): out.quote(text, attribution: attribution)
            case .item(let label, let labelIsMarkdown, let text, let source): out.item(label, labelIsMarkdown: labelIsMarkdown, text: text, source: source)
            case .endList: out.endList()
            }
        }
    }

    /// A random head in the order `BriefHead.write` gives one: each text either words with
    /// random pieces between them (mostly plain), or random pieces only (often not).
    private static func randomHead(using generator: inout some RandomNumberGenerator) -> [Block] {
        func text() -> String {
            if Int.random(in: 0..<5, using: &generator) == 0 { return PlainTextHTMLTests.randomText(pieces: 4, using: &generator) }
            let words = ["Lima", "talks", "73", "2,000", "é", "“ok”", "U.S.", "1.", "#3", "a*b", "x_y", "<b>", "&amp;", "\\"]
            return (0...Int.random(in: 0...3, using: &generator)).map { index in
                (index == 0 ? "" : PlainTextHTMLTests.randomText(pieces: 1, using: &generator)) + words.randomElement(using: &generator)!
            }.joined()
        }
        var blocks: [Block] = [.title(text())]
        if Bool.random(using: &generator) { blocks.append(.meta(text())) }
        if Bool.random(using: &generator) { blocks.append(.paragraph(text())) }
        if Bool.random(using: &generator) {
            blocks.append(.section("Key quotes"))
            for _ in 0..<Int.random(in: 1...3, using: &generator) { blocks.append(.quote(text(), text())) }
        }
        for section: StaticString in ["By the numbers", "Timeline"] where Bool.random(using: &generator) {
            blocks.append(.section(section))
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let label = text(), labelIsMarkdown = Bool.random(using: &generator)
                let said = Bool.random(using: &generator) ? text() : nil, source = Bool.random(using: &generator) ? text() : nil
                blocks.append(.item(label, labelIsMarkdown: labelIsMarkdown, text: said, source: source))
            }
            blocks.append(.endList)
        }
        if Bool.random(using: &generator) { blocks.append(.section("Article")) }
        return blocks
    }

    @Test func randomHeadsAreWrittenAsCmarkWritesThem() {
        var generator = SystemRandomNumberGenerator()
        var written = 0
        for _ in 0..<5_000 {
            let blocks = Self.randomHead(using: &generator)
            var (markdownHead, htmlHead) = (BriefHeadMarkdown(), BriefHeadHTML())
            Self.write(blocks, to: &markdownHead)
            Self.write(blocks, to: &htmlHead)
            guard let html = htmlHead.html else { continue }
            written += 1
            let markdown = markdownHead.md.string()
            #expect(String(decoding: html, as: UTF8.self) == MarkdownRenderer.html(fromMarkdown: markdown), "\(markdown.debugDescription)")
        }
        // Enough of the heads are plain that the comparison means something.
        #expect(written > 500)
    }

    /// The seed 002's head has a text cmark could change (a straight quote): it is left to cmark.
    @Test(arguments: [(Repo.seed000, true), (Repo.seed002, false)])
    func aSeedBriefsHeadIsWrittenAsCmarkWritesIt(_ seed: String, plain: Bool) throws {
        let brief = try Repo.brief(seed)
        let (phrases, labels) = (brief.keyFigures.map(BriefText.figurePhrase), brief.timeline.map(BriefText.eventDateLabel))
        var html = BriefHeadHTML()
        BriefHead.write(brief, figurePhrases: phrases, eventLabels: labels, to: &html)
        let markdown = BriefMarkdownWriter().head(brief, figurePhrases: phrases, eventLabels: labels)
        #expect((html.html != nil) == plain)
        if let made = html.html { #expect(String(decoding: made, as: UTF8.self) == MarkdownRenderer.html(fromMarkdown: markdown)) }
    }

    @Test func aLabelWithMarkdownInItIsLeftToCmark() {
        var html = BriefHeadHTML()
        html.title("Plain")
        html.section("Timeline")
        html.item("*Week* of May 4", labelIsMarkdown: true, text: "Talks.", source: nil)
        #expect(html.html == nil)
    }
}
