import Foundation
import Testing
@testable import BriefingCore

/// The fortieth round's shortcuts in plain-text ingest: lines past ASCII copied from the text
/// as substrings, paragraph scalar counts taken only when a line joins, the abstract label
/// asked only before prose, the byline's words split once, the credit words searched together.
@Suite("Ingest 40 parser")
struct Ingest40ParserTests {
    /// Lines of ASCII, of curly quotes and dashes, of accents, blank and space-only lines,
    /// under LF, CRLF and CR, as `Ingest35FileTests.scalarLines` reads them scalar by scalar.
    @Test func mixedLinesAreSplitAsByScalars() {
        let pieces = ["plain words here", "“Quoted,” she said.", "SEOUL – Officials", "é", "  ", "\u{00A0}", "",
                      "12345678", "naïve café résumé and more", "\t", "한국어 문장", "x"]
        let breaks = ["\n", "\r\n", "\r", "\n\n"]
        var generator = SeededGenerator(state: 40)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                text += pieces.randomElement(using: &generator)! + breaks.randomElement(using: &generator)!
                if Bool.random(using: &generator) { text += pieces.randomElement(using: &generator)! }
            }
            #expect(SourceLine.lines(of: text) == Ingest35FileTests.scalarLines(text), "\(text.debugDescription)")
        }
    }

    /// Every anchor of a paragraph points at the source scalars its run of text was copied from:
    /// the run from its `textOffset` up to the next anchor (less the joining space) is the
    /// source's from `sourceOffset`. Hard-wrapped texts (lines joined), and the seeds.
    @Test func paragraphAnchorsPointAtTheirSource() throws {
        var texts = [
            "Headline of the story\n\nBy Jane Doe\n\nSEOUL – The first line runs on\nand on into the next “line”\nand one more.\n\nA second paragraph\nwrapped é once.",
            "Wrapped story\n\nThe opening line, which\ncontinues here with naïve text\nand ends here.\nAnother paragraph starts\nand wraps too.",
        ]
        for url in try FileManager.default.contentsOfDirectory(at: Repo.seeds, includingPropertiesForKeys: nil) where url.pathExtension == "txt" {
            let text = try String(contentsOf: url, encoding: .utf8)
            texts.append(text)
            // The same text hard-wrapped: each long line cut at a space into lines.
            texts.append(text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.split(separator: " ").enumerated().map { (k, word) in
                    (k % 9 == 8 ? "\n" : (k == 0 ? "" : " ")) + word
                }.joined()
            }.joined(separator: "\n"))
        }
        var joined = 0
        for text in texts {
            let source = Array(text.unicodeScalars)
            for paragraph in ScrapedTextParser().parse(SourceLine.lines(of: text)).paragraphs {
                let scalars = Array(paragraph.text.unicodeScalars)
                joined += paragraph.anchors.count - 1
                for (k, anchor) in paragraph.anchors.enumerated() {
                    let end = k + 1 < paragraph.anchors.count ? paragraph.anchors[k + 1].textOffset - 1 : scalars.count
                    let run = scalars[anchor.textOffset..<end]
                    #expect(anchor.sourceOffset + run.count <= source.count)
                    guard anchor.sourceOffset + run.count <= source.count else { continue }
                    #expect(Array(run) == Array(source[anchor.sourceOffset..<(anchor.sourceOffset + run.count)]), "\(paragraph.text)")
                }
            }
        }
        // The wrapped texts join lines: the counts taken at a join are tested.
        #expect(joined > 50)
    }

    /// "ABSTRACT" makes the prose line after it the deck; a junk line in between, or none
    /// after it, leaves no deck.
    @Test func abstractLabelMakesTheNextProseLineTheDeck() {
        func deck(_ lines: [String]) -> String? {
            ScrapedTextParser().parse(SourceLine.lines(of: lines.joined(separator: "\n\n"))).deck
        }
        let body = ["SEOUL – The body starts here, with a dateline and a sentence long enough.", "More body text follows in a second paragraph."]
        #expect(deck(["A headline for the story", "ABSTRACT", "The deck says what the story holds."] + body) == "The deck says what the story holds.")
        #expect(deck(["A headline for the story", "Summary:", "The deck says what the story holds."] + body) == "The deck says what the story holds.")
        #expect(deck(["A headline for the story", "ABSTRACT", "Share", "Not the deck but the first line of prose."] + body)
            == "Not the deck but the first line of prose.")
        #expect(deck(["A headline for the story"] + body + ["ABSTRACT"]) == nil)
        // After the body's first line only the label makes a line the deck.
        #expect(deck(["A headline for the story"] + body + ["ABSTRACT", "The deck says what the story holds."]) == "The deck says what the story holds.")
        #expect(deck(["A headline for the story"] + body + ["Share", "The deck says what the story holds."]) == nil)
    }

    /// Bylines whose names are cut at a role word, single names, outlets and headlines: the
    /// words split once give the answers the names' own words give.
    @Test(arguments: [
        ("By Jane Doe", ["Jane Doe"]),
        ("JANE DOE and JOHN ROE", ["Jane Doe", "John Roe"]),
        ("Patrick Wintour Diplomatic editor", ["Patrick Wintour"]),
        ("Patrick Wintour Diplomatic editor, Jane Doe", ["Patrick Wintour", "Jane Doe"]),
        ("Jane Doe, Staff Reporter", ["Jane Doe"]),
        ("By Madonna", ["Madonna"]),
        ("Madonna", nil),
        ("Madonna Pop Star Staff writer", ["Madonna Pop"]),
        ("Cher Reporter", nil),
        ("Jane Doe | Reuters", ["Jane Doe"]),
        ("M. H. Lee (mhlee@example.com)", ["M. H. Lee"]),
        ("Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Norway debates energy plan after talks in Washington (0)", nil),
        ("Korea Bizwire", nil),
    ] as [(String, [String]?)])
    func bylineNames(_ line: String, _ names: [String]?) {
        #expect(BylineParser.authors(in: line) == names)
    }

    /// The byte test of `BylineParser.isRoleLine` read from a buffer gives the answer of the
    /// string's scalars: nil past ASCII, else whether every character is a letter, a space or
    /// a hyphen. Every line of the seeds and fixtures, and lines written for each case.
    @Test func roleLineByteTestReadsAsByScalars() {
        let written = ["Staff Reporter", "Senior Political Correspondent", "Diplomatic editor", "Jane Doe-Smith", "Café Reporter",
                       "Staff Reporter.", "Reporter, Seoul", "", " ", "-", "Ünal Editor", "Editor at large é", "North of England editor"]
        for line in written + Ingest35LineGateTests.lines {
            let plain: Bool? = line.unicodeScalars.allSatisfy(\.isASCII)
                ? line.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" } : nil
            #expect(BylineParser.asciiLettersSpacesAndHyphens(line) == plain, "\(line)")
        }
    }

    /// Lines closed by a credit in parentheses, and lines closed by other parentheses.
    @Test(arguments: [
        ("Officials meet in Seoul on Monday. (Yonhap)", true),
        ("Officials meet in Seoul. (AP Photo/Jane Doe)", true),
        ("Officials meet in Seoul. (Image courtesy of the ministry)", true),
        ("Officials meet in Seoul. (EPA-EFE)", true),
        ("Norway debates energy plan after talks in Washington (0)", false),
        ("The plan was approved (after a long debate)", false),
        ("The plan was approved", false),
        // The bytes of "afp" with an accent on the "p": no credit word as Foundation reads it.
        ("Officials meet in Seoul. (AFP\u{301})", false),
        ("Officials meet in Séoul. (AFP)", true),
    ])
    func photoCredits(_ line: String, _ credited: Bool) {
        #expect(LineClassifier.endsWithPhotoCredit(line) == credited)
    }
}
