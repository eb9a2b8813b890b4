import CCmark
import Foundation
import Testing
@testable import BriefingCore

/// `MarkdownRenderer` renders through cmark with its allocations cut from an arena
/// (`briefing_markdown_to_html`); it must give what cmark's own `cmark_markdown_to_html` gives.
@Suite("cmark rendering from an arena")
struct MarkdownArenaTests {
    /// cmark's own rendering, with its default allocator.
    private static func cmarkHTML(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART
        guard let raw = markdown.withCString({ cmark_markdown_to_html($0, markdown.utf8.count, options) }) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }

    @Test func briefsOfTheSeedsRenderAsCmarkRendersThem() throws {
        let briefs = try SourceLoader().paths(in: Repo.seeds).compactMap { BriefPipeline.process($0, in: Repo.seeds).brief }
        #expect(briefs.count >= 2)
        for brief in briefs {
            let markdown = try BriefMarkdownWriter().markdown(brief)
            #expect(MarkdownRenderer.html(fromMarkdown: markdown) == Self.cmarkHTML(markdown))
        }
    }

    /// Texts whose buffers outgrow a chunk, nest deeply, hold many references, or are empty.
    @Test func largeNestedAndEmptyTextsRenderAsCmarkRendersThem() {
        let texts = [
            "", "\n", "plain", String(repeating: "a *b* [c](d \"e\") `f` ", count: 20_000),
            String(repeating: ">", count: 3_000) + " deep\n", String(repeating: "[", count: 30_000),
            (0..<2_000).map { "[r\($0)]: /u/\($0) \"t\"\n" }.joined() + (0..<2_000).map { "[x][r\($0)] " }.joined(),
            String(repeating: "- item\n  - nested **bold** \u{2014} é\n", count: 5_000),
            String(repeating: "x", count: 200_000) + "\n\n```\n" + String(repeating: "code\n", count: 10_000) + "```\n",
        ]
        for text in texts {
            #expect(MarkdownRenderer.html(fromMarkdown: text) == Self.cmarkHTML(text), "\(text.prefix(40).debugDescription)")
        }
    }
}
