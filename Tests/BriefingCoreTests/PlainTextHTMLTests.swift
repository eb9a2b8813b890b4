import Testing
@testable import BriefingCore

/// Plain text's HTML written without cmark must be what cmark makes of the text escaped, and
/// must not be written so when it could differ.
@Suite("Plain text HTML")
struct PlainTextHTMLTests {
    /// What cmark makes of `text` escaped for Markdown.
    private static func cmark(_ text: String) -> String {
        MarkdownRenderer.html(fromMarkdown: MarkdownEscaper.escape(text))
    }

    /// Pieces of text: words, every ASCII mark, spaces and controls, and scalars past ASCII that
    /// are spaces, marks that join the scalar before them, quotes, dashes and a byte order mark.
    private static let pieces = [
        "word", "Lima", "73", "1", "a", " ", "  ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{0}", "\u{7F}",
        "\u{A0}", "\u{2003}", "\u{3000}", "\u{202F}", "\u{1680}", "\u{FEFF}", "\u{301}", "\u{200D}", "é", "“", "”", "‘", "’", "—", "…", "😀",
    ] + (0x21...0x7E).compactMap { byte -> String? in
        let scalar = Unicode.Scalar(UInt8(byte))
        return scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) ? nil : String(scalar)
    }

    /// A text of up to `pieces` random pieces.
    static func randomText(pieces count: Int, using generator: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...count, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func randomTextsAreWrittenAsCmarkWritesThem() {
        var generator = SystemRandomNumberGenerator()
        var written = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(pieces: 7, using: &generator)
            let expected = Self.cmark(text)
            if let made = PlainTextHTML.paragraph(text) {
                written += 1
                #expect(made == expected, "\(Array(text.unicodeScalars))")
            }
            #expect(MarkdownRenderer.html(ofPlainText: text) == expected)
            #expect(MarkdownRenderer.inlineHTML(ofPlainText: text) == MarkdownRenderer.inlineHTML(fromMarkdown: MarkdownEscaper.escape(text)))
        }
        // Enough of the texts are plain that the comparison means something.
        #expect(written > 2_000)
    }

    @Test(arguments: [
        ("Officials in Lima said the plan could change.", "<p>Officials in Lima said the plan could change.</p>\n"),
        ("A & B <c> d > e", "<p>A &amp; B &lt;c&gt; d &gt; e</p>\n"),
        ("1. First, 2) second", "<p>1. First, 2) second</p>\n"),
        ("- a dash # hash * star _under_ [x](y) `code` ~~strike~~ \\ back", "<p>- a dash # hash * star _under_ [x](y) `code` ~~strike~~ \\ back</p>\n"),
        ("“Curly” quotes — and one dash - and a full stop.", "<p>“Curly” quotes — and one dash - and a full stop.</p>\n"),
        ("&amp; stays as written", "<p>&amp;amp; stays as written</p>\n"),
        ("It's the 1990's rock'n'roll", "<p>It’s the 1990’s rock’n’roll</p>\n"),
    ])
    func plainTextIsEscapedAsCmarkEscapesIt(_ text: String, _ html: String) {
        #expect(PlainTextHTML.paragraph(text) == html)
        #expect(Self.cmark(text) == html)
    }

    @Test(arguments: [
        "", " space first", "space last ", "\u{A0}no-break space first", "last\u{2003}", "\u{FEFF}byte order mark", "two\nlines", "tab\tinside",
        "'quoted'", "countries' plans", "rock 'n' roll", "it's \"quoted\"", "\"quoted\"", "a -- dash", "wait..", "nul\u{0}byte",
        "é'a",
    ])
    func textCmarkMayChangeIsLeftToIt(_ text: String) {
        #expect(PlainTextHTML.paragraph(text) == nil)
        #expect(MarkdownRenderer.html(ofPlainText: text) == Self.cmark(text))
    }
}
