import Foundation
import Testing
@testable import BriefingCore

/// `FigureDisplay.timeSpan` reads the words of a span on their bytes (the marks trimmed off,
/// the opener, the breaks between span and figure): it must give what the reading by strings,
/// characters and scalars below gives, on the seeds and on sentences made at random; and
/// `holdsClauseBreak`, which reads the bytes between span and figure once, what a search for
/// each break gives.
@Suite("Page 37 time span")
struct Page37TimeSpanTests {
    // MARK: The reading by strings, as it was

    private static let spanOpeners: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "then", "last", "early", "late", "mid", "at", "about", "around",
    ]
    private static let spanEnders: Set<String> = [
        "to", "and", "but", "when", "while", "which", "that", "who", "for", "with", "because", "after", "were", "was",
        "are", "is", "have", "has", "had",
    ]
    private static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec"]
    private static let spanMarks: Set<Unicode.Scalar> = [",", ";", ":", ".", ")", "\u{201D}", "\"", "—"]

    private static func trimmingSpanMarks(_ word: String) -> String {
        let scalars = word.unicodeScalars
        guard let first = scalars.firstIndex(where: { !spanMarks.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !spanMarks.contains($0) })!
        return String(scalars[first...last])
    }

    private static func contains(_ text: String, _ part: String) -> Bool {
        func isPrintableASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 &- 0x20 < 0x5F } }
        guard !part.isEmpty, isPrintableASCII(text), isPrintableASCII(part) else { return text.contains(part) }
        return UTF8Scan.contains(text, part)
    }

    /// The offset from `hay`'s start of the first run of `needle`'s bytes in it, byte by byte.
    private static func firstOffset(of needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        guard needle.count <= hay.count else { return nil }
        return (0...(hay.count - needle.count)).first { hay.dropFirst($0).starts(with: needle) }
    }

    static func timeSpanByStrings(_ context: String, figure: String?) -> [String]? {
        guard FigureDisplay.mayHoldSpan(context) else { return nil }
        let plain = UTF8Scan.withBytes(context, PlainText.isPlain)
        guard let (at, start, words) = FigureDisplay.spanWords(context, plain: plain) else { return nil }
        let asOf = words[0].utf8.count == 2
        let first = asOf ? 2 : 1
        guard first < words.count else { return nil }
        let opener = String(words[first])
        let openerLower = opener.lowercased()
        guard opener.first?.isUppercase == true || opener.first?.isNumber == true || spanOpeners.contains(openerLower)
            || (openerLower.hasSuffix("ing") && openerLower.count > 5) else { return nil }
        var span = words[..<first].map { String($0).lowercased() }
        for word in words[first..<min(words.count, first + 5)].map(String.init) {
            let bare = trimmingSpanMarks(word)
            if spanEnders.contains(bare.lowercased()) { break }
            if monthAbbreviations.contains(bare.lowercased()), word == bare + "." {
                span.append(word)
                continue
            }
            if !bare.isEmpty { span.append(bare) }
            if bare != word { break }
        }
        while let last = span.last, ["of", "the", "a", "in", "on"].contains(last.lowercased()) { span.removeLast() }
        guard span.count > (asOf ? 2 : 1) else { return nil }
        // The span and the figure by their byte offsets in the context, the figure at its first occurrence.
        let bytes = Array(context.utf8)
        if let figure, let figureAt = firstOffset(of: Array(figure.utf8), in: bytes[...]) {
            let spanText = span.joined(separator: " ")
            if contains(spanText, figure) || contains(figure.lowercased(), spanText.lowercased()) { return nil }
            let (spanFrom, spanTo) = (start, start + words[0].utf8.count)
            let (figureFrom, figureTo) = (figureAt, figureAt + figure.utf8.count)
            let spanFirst = spanFrom < figureFrom
            let gap = spanFirst ? bytes[min(spanTo, figureFrom)..<figureFrom] : bytes[min(figureTo, spanFrom)..<spanFrom]
            let breaks = [";", " \u{2014} ", " - ", " _ ", ", and ", ", but ", ", while ", ", which ", ", who ", " because ", " when "]
            if !(at == 0 && spanFirst), breaks.contains(where: { firstOffset(of: Array($0.utf8), in: gap) != nil })
                || (spanFirst && gap.contains(0x2C)) { return nil }
        }
        return span
    }

    // MARK: Inputs

    /// Figures a context may be asked about: nil, and each number with the word after it.
    private static func figures(in context: String) -> [String?] {
        let words = context.split(separator: " ")
        var figures: [String?] = [nil]
        for (i, word) in words.enumerated() where word.first?.isNumber == true {
            figures.append(String(word))
            if i + 1 < words.count { figures.append(words[i...(i + 1)].joined(separator: " ")) }
        }
        return figures
    }

    /// Pieces of sentences with spans: openers of every kind, marks at either end of a word,
    /// abbreviated months, words past ASCII, clause breaks.
    private static let pieces = [
        "since", "Since", "SINCE", "as of", "As  of", "AS OF", "October", "Oct.", "Sept.,", "sept.", "(Oct.)", "the", "war",
        "began", "12 cases", "12 cases,", "300 jobs", "$4 billion", ",", ";", "—", " — ", "\u{201D}", "\u{201C}", "\"",
        "taking", "office", "launching", "then", "2008", "2008.", "2008,\u{201D}", "last", "year", "and", "when", "while",
        "because", "Café", "Écoles", "e\u{301}t", "\u{201D}May.", ".,", "of", "in", "on", "a", "March 31,", "early",
        "was", "has", "had", "killed", "4,700 soldiers", "12 percent", "to", "or", "-", "_", "mid-2020", "\u{00A0}of",
        "x\u{2014}", "\u{2014}y", "ing", "Kelvin\u{212A}", "İstanbul",
    ]

    private static func randomSentences(count: Int) -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            (0..<Int.random(in: 3...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
        }
    }

    // MARK: Tests

    @Test func seedLinesReadAsByStrings() throws {
        var spans = 0
        for line in try Repo.seedLines() {
            for context in [String(line), line.uppercased(), line + " as of May, 12 cases", line + " since October of last year."] {
                for figure in Self.figures(in: context) {
                    let expected = Self.timeSpanByStrings(context, figure: figure)
                    if expected != nil { spans += 1 }
                    #expect(FigureDisplay.timeSpan(context, figure: figure) == expected, "\(context) / \(figure ?? "nil")")
                }
            }
        }
        #expect(spans > 100, "the seeds hold spans to compare")
    }

    @Test func randomSentencesReadAsByStrings() {
        var spans = 0
        for context in Self.randomSentences(count: 20_000) {
            for figure in Self.figures(in: context) + ["12 cases", "300 jobs", "4,700 soldiers"] {
                let expected = Self.timeSpanByStrings(context, figure: figure)
                if expected != nil { spans += 1 }
                #expect(FigureDisplay.timeSpan(context, figure: figure) == expected, "\(context) / \(figure ?? "nil")")
            }
        }
        #expect(spans > 1000, "the sentences hold spans to compare")
    }

    /// Marks cut off a word end the span; an abbreviated month keeps its period and goes on.
    @Test func marksAndMonths() {
        #expect(FigureDisplay.timeSpan("Prices rose since Sept. 30 last year.") == ["since", "Sept.", "30", "last", "year"])
        #expect(FigureDisplay.timeSpan("Prices rose since October,\u{201D} then fell.") == ["since", "October"])
        #expect(FigureDisplay.timeSpan("Prices rose since Oct.\u{201D} and then fell.") == ["since", "Oct"])
        #expect(FigureDisplay.timeSpan("It rose as of taking office.") == ["as", "of", "taking", "office"])
    }

    private static let breaks = [";", " \u{2014} ", " - ", " _ ", ", and ", ", but ", ", while ", ", which ", ", who ", " because ", " when "]

    /// Texts between a span and its figure, with the breaks, their parts and their neighbours.
    private static let betweenPieces = [
        ";", ",", " ", "and", "but", "while", "which", "who", "because", "when", "\u{2014}", "-", "_", "the", "war", ",and",
        " \u{2014}", "\u{2014} ", "whenever", "butter", " , ", "\u{00A0}", "e\u{301}",
    ]

    @Test func clauseBreaksAsBySearches() {
        var generator = SystemRandomNumberGenerator()
        var found = 0
        for _ in 0..<50_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.betweenPieces.randomElement(using: &generator)! }.joined()
            let expected = Self.breaks.contains { UTF8Scan.range(of: $0, in: text) != nil }
            if expected { found += 1 }
            #expect(UTF8Scan.withBytes(text, FigureDisplay.holdsClauseBreak) == expected, "\(text)")
        }
        #expect(found > 5_000, "many texts hold a break")
    }

    /// `FigureDisplay.mayHoldSpan` as it folded the whole context and searched it.
    static func mayHoldSpanByFolding(_ context: String) -> Bool {
        FoldedText.withFolded(context) { bytes in
            if UTF8Scan.contains(bytes, "since") { return true }
            var i = 0
            while i + 2 < bytes.count {
                if bytes[i] == 0x61, bytes[i + 1] == 0x73, bytes[i + 2] == 0x20 {
                    var k = i + 2
                    while k < bytes.count, bytes[k] == 0x20 { k += 1 }
                    if k + 1 < bytes.count, bytes[k] == 0x6F, bytes[k + 1] == 0x66 { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Pieces that make or nearly make the words the gate looks for, at every distance from a
    /// word of eight bytes' edge.
    private static let gatePieces = ["s", "S", "a", "A", "as", "aS", "As", " ", "  ", "of", "OF", "o", "f", "ince", "since", "SiNcE", "x", "\u{0161}", "\u{017F}"]

    @Test func spanGateAsByFolding() throws {
        var generator = SystemRandomNumberGenerator()
        var open = 0
        let random = (0..<50_000).map { _ in
            (0..<Int.random(in: 0...16, using: &generator)).map { _ in Self.gatePieces.randomElement(using: &generator)! }.joined()
        }
        for text in try Repo.seedLines().map(String.init) + random {
            let expected = Self.mayHoldSpanByFolding(text)
            if expected { open += 1 }
            #expect(FigureDisplay.mayHoldSpan(text) == expected, "\(text)")
        }
        #expect(open > 5_000, "many texts hold the words")
    }
}
