import Foundation
import Testing

@testable import BriefingCore

/// A brief's files read plain text on its bytes: the words around a figure (`figurePhrase`),
/// the words of a time span (`FigureDisplay.spanWords`), the marks a quote loses
/// (`QuoteDisplay.text`) and the words YAML reads as another value (`YAMLWriter.isPlainSafe`)
/// must come out as reading the same text by characters and substrings.
@Suite struct Pages33BriefFilesTests {
    typealias Numbers = SystemRandomNumberGenerator

    /// The sentences and figure texts of the figure fixtures: real sentences from the news.
    private static func fixtureFigures() throws -> [Figure] {
        var figures: [Figure] = []
        for folder in ["figures", "figures-unseen"] {
            let url = Repo.fixtures.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".json") {
                let cases = try JSONSerialization.jsonObject(with: Data(contentsOf: url.appendingPathComponent(name))) as? [[String: Any]] ?? []
                for item in cases {
                    guard let input = item["Input"] as? String else { continue }
                    for result in item["Results"] as? [[String: Any]] ?? [] {
                        guard let text = result["Text"] as? String else { continue }
                        figures.append(Figure(text: text, value: 0, kind: .count, paragraph: 0, context: input))
                    }
                }
            }
        }
        return figures
    }

    /// Words a figure's clause is read from: function words, marks at either end, dashes and
    /// parentheses, abbreviations, quote marks straight and curly, "since" and "as of", and
    /// words past plain text (accents, a combining mark, a prepended mark). No word but "as"
    /// and "since" holds their letters: `timeSpan` traps where the first "as" or "since" of a
    /// context is found inside the figure ("12 cases", "as of May"), as it always has.
    private static let pieces = [
        "rose", "the", "of", "to", "from", "in", "for", "said", "been", "since", "as", "of", "As", "SINCE", "March", "31,",
        "percent,", "percent.", "Mr.", "U.S.", "Sept.", "jobs;", "cost:", "(about", "a)", "—", "–", "-", "--", "“quoted", "words”", "\"it\"",
        "year.”", "million", "more", "than", "nearly", "or", "and", "vs.", "café", "e\u{301}", "\u{0600}1", "’s", "(", ")",
        ",", ".", "..", "ships", "killed", "wounded", "launching", "\u{00A0}", "\r", "ago",
    ]

    /// Figures, none holding "as" or "since".
    private static let figureTexts = ["5", "$5", "1,200", "12 percent", "more than 100", "3 million", "about 40", "€9", "7%"]

    /// A sentence of `pieces` with a figure among them.
    private static func randomFigure(_ numbers: inout Numbers) -> Figure {
        var words = (0..<(4 + Int(numbers.next() % 16))).map { _ in pieces[Int(numbers.next() % UInt64(pieces.count))] }
        let figure = figureTexts[Int(numbers.next() % UInt64(figureTexts.count))]
        words.insert(figure, at: Int(numbers.next() % UInt64(words.count + 1)))
        let spaces = numbers.next() % 5 == 0 ? "  " : " "
        return Figure(text: figure, value: 0, kind: .count, paragraph: 0, context: words.joined(separator: spaces))
    }

    @Test func figurePhrasesOfPlainTextAreThoseOfItsCharacters() throws {
        var figures = try Self.fixtureFigures()
        for seed in [Repo.seed000, Repo.seed002] { figures += try Repo.brief(seed).extraction.figures }
        var numbers = Numbers()
        for _ in 0..<20_000 { figures.append(Self.randomFigure(&numbers)) }
        var failures = 0, plain = 0
        for figure in figures {
            if UTF8Scan.withBytes(figure.context, PlainText.isPlain) { plain += 1 }
            if BriefText.figurePhrase(figure, bytewise: true) != BriefText.figurePhrase(figure, bytewise: false) { failures += 1 }
        }
        #expect(failures == 0)
        #expect(plain > figures.count / 2, "most contexts are plain text, read on bytes")
    }

    @Test func spanWordsOfPlainTextAreThoseOfItsCharacters() throws {
        var contexts = try Self.fixtureFigures().map(\.context)
        var numbers = Numbers()
        for _ in 0..<20_000 { contexts.append(Self.randomFigure(&numbers).context) }
        var failures = 0, found = 0
        for context in contexts where UTF8Scan.withBytes(context, PlainText.isPlain) {
            let bytewise = FigureDisplay.spanWords(context, plain: true), split = FigureDisplay.spanWords(context, plain: false)
            if bytewise?.at != split?.at || bytewise?.words != split?.words { failures += 1 }
            if split != nil { found += 1 }
        }
        #expect(failures == 0)
        #expect(found > 100, "spans are found")
    }

    /// `QuoteDisplay.text` as it read the marks by characters only.
    private static func quoteTextByCharacters(_ quote: String) -> String {
        var text = quote.trimmingSpaces()
        while let last = text.last, last == "," || last == ";" || last == ":" { text.removeLast() }
        return text
    }

    @Test func quotesLoseTheMarksTheirCharactersEndWith() throws {
        var quotes: [String] = []
        for seed in [Repo.seed000, Repo.seed002] { quotes += try Repo.brief(seed).extraction.quotes.map(\.text) }
        quotes += [",", ",,;:", "a,", " a , ", "\u{0600},", "a\u{0600},;", "e\u{301},", "é,:", "x\r,", "\r\n,", "“quoted,”", "a,\u{301}", ", a", ""]
        let parts = ["a", ",", ";", ":", "\u{0600}", "\u{301}", "é", " ", "\t", "\r", "\n", "“", "”", "\u{1F1F0}", "\u{200D}"]
        var numbers = Numbers()
        for _ in 0..<20_000 { quotes.append((0..<(1 + Int(numbers.next() % 6))).map { _ in parts[Int(numbers.next() % UInt64(parts.count))] }.joined()) }
        let failures = quotes.filter { QuoteDisplay.text($0) != Self.quoteTextByCharacters($0) }
        #expect(failures.isEmpty, "\(failures.prefix(5).map(\.debugDescription))")
    }

    @Test func reservedWordsAreQuotedInAnyCase() {
        let reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf"]
        var failures = 0
        // Every word of one to five letters from those of the reserved words, in any case.
        let letters = Array("truefalsyonlixK".utf8) + [0x41, 0x54, 0x4E]
        var numbers = Numbers()
        for _ in 0..<50_000 {
            let word = String(decoding: (0..<(1 + Int(numbers.next() % 5))).map { _ in letters[Int(numbers.next() % UInt64(letters.count))] }, as: UTF8.self)
            if YAMLWriter.isPlainSafe(word) == reserved.contains(word.lowercased()) { failures += 1 }
        }
        for word in reserved {
            for variant in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] where YAMLWriter.isPlainSafe(variant) { failures += 1 }
        }
        #expect(failures == 0)
    }

    /// Pieces of text around the ASCII fast paths: spaces, tabs, the space separators and the
    /// line separator, the punctuation U+2010–U+2027, letters, combining and joining marks.
    private static let textParts = [
        "a", "Bc", " ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2002}", "\u{2009}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{2010}", "\u{2014}",
        "\u{201C}", "\u{201D}", "\u{2026}", "\u{2027}", "é", "e\u{301}", "\u{0600}", "\u{200D}", "\u{1F1F0}", ",", "",
    ]

    private static func randomText(_ numbers: inout Numbers) -> String {
        (0..<Int(numbers.next() % 7)).map { _ in textParts[Int(numbers.next() % UInt64(textParts.count))] }.joined()
    }

    @Test func textIsTrimmedAndCountedAsByCharacters() {
        var numbers = Numbers()
        var failures = 0
        for _ in 0..<30_000 {
            let text = Self.randomText(&numbers)
            if text.trimmingSpaces() != text[...].trimmingSpaces() { failures += 1 }
            if text.whitespaceWordCount != text.split(whereSeparator: \.isWhitespace).count { failures += 1 }
        }
        for value in 0x2000...0x206F {
            let text = "a" + String(Unicode.Scalar(value)!) + "b"
            if text.whitespaceWordCount != text.split(whereSeparator: \.isWhitespace).count { failures += 1 }
        }
        #expect(failures == 0)
    }

    @Test func wordsAreJoinedAsTheStandardLibraryJoinsThem() {
        var numbers = Numbers()
        var failures = 0
        for _ in 0..<20_000 {
            let words = (0..<Int(numbers.next() % 6)).map { _ in Self.randomText(&numbers) }
            if WordList.joining(words) != words.joined(separator: " ") || !WordList.joining(words).utf8.elementsEqual(words.joined(separator: " ").utf8) {
                failures += 1
            }
        }
        #expect(failures == 0)
    }

    @Test func labelsAreThoseOfTheValues() {
        let values = ["2025", "2025-03", "2025-12-29", "2025-12-29TNI", "2025-02-30", "2025-13", "2025-W15", "2025-Q1", "2025-H2", "2025-SU",
                      "2025-WI", "202", "20", "PAST_REF", "XXXX-WXX-1", "2025-00", "0999-01-01", "", "2025-1", "abc"]
        #expect(values.filter { TimexValue.label(of: $0) != TimexValue($0).label }.isEmpty)
    }
}
