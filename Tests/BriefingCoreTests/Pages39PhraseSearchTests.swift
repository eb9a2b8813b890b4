import Testing
@testable import BriefingCore

/// `UTF8Scan.contains(_:_:)` for a literal phrase finds its first byte by `memchr` and compares
/// the rest there: it must answer as `memmem` does (`UTF8Scan.contains` of two strings) with
/// the phrase at every place, cut at either end, overlapping a false start or absent.
struct Pages39PhraseSearchTests {
    static let pieces = ["<", "p", ">", "<p", "p>", "<p>", "a", " ", "</p>", "é", "<<", "<em>"]

    static func check(_ text: String) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            #expect(UTF8Scan.contains(bytes, "<p>") == UTF8Scan.contains(text, "<p>"), "\(text.debugDescription)")
            #expect(UTF8Scan.contains(bytes, "<") == UTF8Scan.contains(text, "<"), "\(text.debugDescription)")
            #expect(UTF8Scan.contains(bytes, "p>x") == UTF8Scan.contains(text, "p>x"), "\(text.debugDescription)")
        }
    }

    @Test func answersAsMemmem() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let count = Int.random(in: 0...12, using: &generator)
            Self.check((0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
        }
    }

    /// What cmark makes of a seed's paragraphs, and of two paragraphs at once.
    @Test func findsParagraphsInCmarkOutput() throws {
        let paragraphs = try Repo.brief(Repo.seed002).article.paragraphs.map(\.text)
        for text in paragraphs + [paragraphs.prefix(2).joined(separator: "\n\n")] {
            let html = MarkdownRenderer.html(fromMarkdown: MarkdownEscaper.escape(text))
            Self.check(html)
            Self.check(String(html.dropFirst(3)))
        }
    }
}
