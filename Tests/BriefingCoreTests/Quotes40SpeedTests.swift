import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's quicker readings of session 40 agree with the plain way on the texts
/// of the quote fixtures: one paragraph reading every paragraph of an article in turn, its
/// lists emptied and filled again; the edges of an ASCII name read from its bytes; a quote's
/// transcript label sought only in a quote with a colon; a run told plausible as a name in one
/// pass over its words; a coordinated clause found with the conjunction's byte count asked first;
/// a mention's words counted in one reading of its bytes.
@Suite("Quotes 40: paragraph read again, name edges, labels after a colon, runs in one pass, clauses, word counts")
struct Quotes40SpeedTests {
    /// The paragraphs (lines) of every quote fixture text, each article's lines apart.
    private static let articles: [[String]] = Repo.quoteFixtureTexts().map { url in
        ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// What a paragraph tells of its sentences, every reading of each, as one list of lines.
    private static func readings(_ paragraph: QuoteParagraph, _ sentences: [SentenceSplitter.Sentence]) -> [String] {
        var lines: [String] = []
        for i in sentences.indices {
            lines.append(paragraph.words(inSentence: i).joined(separator: "|"))
            lines.append(paragraph.words(ofSentence: 0, and: i).joined(separator: "|"))
            for limit in [sentences[i].start, (sentences[i].start + sentences[i].end) / 2, sentences[i].end - 1, sentences[i].end] {
                lines.append("\(limit): " + paragraph.words(inSentence: i, before: limit).joined(separator: "|"))
                lines.append("\(limit): \(paragraph.wordCount(inSentence: i, before: limit)) " + paragraph.words(before: limit, count: 4).joined(separator: "|"))
            }
        }
        return lines
    }

    @Test func oneParagraphReadAgainReadsAsAParagraphMadeAfresh() {
        var asked = 0, failures: [String] = []
        for (a, article) in Self.articles.enumerated() {
            let kept = QuoteParagraph()
            // Each paragraph with its quotes and without: the lists of a paragraph of more sentences or more
            // words, quoted or not, are left over for the next.
            for (p, text) in article.enumerated() {
                let tokens = Tokenizer.tokens(text)
                let sentences = SentenceSplitter.split(text)
                for spans in [QuoteSpanScanner.spans(in: text.unicodeScalarArray), []] {
                    let starts = NameStarts.of(tokens)
                    kept.read(tokens: tokens, spans: spans, sentences: sentences, starts: starts)
                    let fresh = QuoteParagraph(tokens: tokens, spans: spans, sentences: sentences, starts: starts)
                    asked += 1
                    if Self.readings(kept, sentences) != Self.readings(fresh, sentences) || kept.tokens != fresh.tokens || kept.spans != fresh.spans {
                        failures.append("\(a) \(p) \(spans.count)")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) read otherwise: \(failures.prefix(10))")
        #expect(asked > 1_000)
    }

    @Test func theEdgesOfAnASCIINameReadFromItsBytesAreThoseOfItsWords() {
        var names = ["", " ", "  ", "Smith", "smith", " Smith ", "Abdel Aziz al-Hilu", "al-Hilu", "Aziz al", "Ali al ", "the company spokesman",
                     "Charles de Gaulle", "de Gaulle", "Mr. Ahn", "100 protesters", "\"Smith", "Smith\r\n", "\r\nSmith", "a", "A", "A b", "b A",
                     "Ludwig van", "Vincent van  Gogh", "US", "Émile Zola", "Zoë Ångström", "ÉLYSÉE", "Jean-Luc Picard", "x-Ray Y"]
        for article in Self.articles {
            for paragraph in article {
                let words = Tokenizer.tokens(paragraph).map(\.text)
                for length in 1...4 where words.count >= length {
                    for start in 0...(words.count - length) { names.append(words[start..<(start + length)].joined(separator: " ")) }
                }
            }
        }
        var asked = 0, failures: [String] = []
        for name in names {
            guard let fast = QuoteExtractor.asciiHasNameEdges(name) else { continue }
            asked += 1
            if fast != QuoteExtractor.hasNameEdges(name) { failures.append(name) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) read otherwise: \(failures.prefix(10))")
        #expect(asked > 100_000)
        #expect(QuoteExtractor.asciiHasNameEdges("Zoë Ångström") == nil)
    }

    @Test func aQuoteWithoutAColonHasNoTranscriptLabel() {
        var asked = 0, labelled = 0, failures: [String] = []
        // The fixtures' paragraphs, and turns of a transcript quoted whole.
        for article in Self.articles + [["“WALLACE: Let’s start.”", "“Q: And then?”", "“A: Nothing”", "“MR. TRUMP: Yes!”", "“Note: none”", "“UNIDENTIFIED MALE: Why”"]] {
            for paragraph in article {
                let scalars = paragraph.unicodeScalarArray
                for span in QuoteSpanScanner.spans(in: scalars) {
                    let inner = scalars[span.inner]
                    let label = QuoteTranscript.label(of: String(scalars: inner))
                    asked += 1
                    if label != nil { labelled += 1 }
                    if QuoteTranscript.label(ofScalars: inner, in: paragraph) != label { failures.append(String(scalars: inner)) }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) labelled otherwise: \(failures.prefix(10))")
        #expect(asked > 1_000)
        #expect(labelled > 0)
    }

    /// `isPlausibleName` as it was, list by list: the words without periods copied, then asked
    /// whether all are shouted, whether one is a shouted contraction, and the leading ordinary
    /// words dropped.
    private static func plainIsPlausibleName(_ run: ArraySlice<String>, common: TokenWordSet) -> Bool {
        let words = run.filter { $0 != "." }
        guard !words.isEmpty else { return false }
        if words.count >= 2, words.allSatisfy(QuoteAttribution.isShouted) { return false }
        if words.contains(where: QuoteAttribution.isShoutedWithApostrophe) { return false }
        let core = words.drop { common.containsLowercased($0) && !QuoteAttribution.isHonorific($0) }
        guard let head = core.first else { return false }
        return core.count != 1 || QuoteAttribution.loneWordMayBeName(head)
    }

    @Test func aRunIsPlausibleAsANameInOnePassAsItWasListByList() {
        var asked = 0, plausible = 0, failures: [String] = []
        for article in Self.articles + [["Mr . Ahn and HE'S BEEN the U . S . Only European , CONGRESS HAS INVESTIGATED . said TRUMP’S Dr . Keeps"]] {
            let tokens = article.map { Tokenizer.tokens($0) }
            let common = QuoteExtractor.commonWords(tokens).common
            for paragraph in tokens {
                let words = paragraph.map(\.text)
                for length in 1...5 where words.count >= length {
                    for start in 0...(words.count - length) {
                        let run = words[start..<(start + length)]
                        let fast = QuoteAttribution.isPlausibleName(run, common: common)
                        asked += 1
                        if fast { plausible += 1 }
                        if fast != Self.plainIsPlausibleName(run, common: common) { failures.append(run.joined(separator: " ")) }
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) told otherwise: \(failures.prefix(10))")
        #expect(asked > 100_000)
        #expect(plausible > 1_000 && plausible < asked)
    }

    @Test func aCoordinatedClauseStartsWhereTheWordsWithoutTheirCountsTell() {
        var asked = 0, found = 0, failures: [String] = []
        for article in Self.articles + [["It rained, but he came; She left, AND Kim said, And then, BUT no, b\u{FC}t yes\u{037E} it's over, and\u{301} so."]] {
            for paragraph in article {
                let words = Tokenizer.tokens(paragraph).map(\.text)
                for end in Swift.stride(from: 0, through: words.count, by: 2) {
                    let sentence = Array(words[..<end])
                    let plain = sentence.indices.dropFirst().last { k in
                        sentence[k - 1] == ";" || k >= 2 && sentence[k - 2] == "," && ["but", "and"].contains(sentence[k - 1].lowercased())
                    }
                    asked += 1
                    if plain != nil { found += 1 }
                    if QuoteAttribution.coordinatedClauseStart(sentence) != plain { failures.append(sentence.joined(separator: " ")) }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) found otherwise: \(failures.prefix(5))")
        #expect(asked > 10_000)
        #expect(found > 100)
    }

    /// `SpeakerDirectory.singleSpacedPlainWordCount` as it was: plain text told in a reading of
    /// its own, then its words read byte by byte.
    private static func plainSingleSpacedWordCount(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBufferPointer(PlainText.isPlain), bytes.first != 0x20, bytes.last != 0x20 else { return nil }
        var count = 0, start = 0
        for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x20 {
            if k == start || SpeakerDirectory.isHonorific(String(decoding: bytes[start..<k], as: UTF8.self)) { return nil }
            count += 1
            start = k + 1
        }
        return count
    }

    @Test func aMentionsWordsCountedInOneReadingAreThoseCountedByteByByte() {
        var mentions = ["", " ", "a", "a b", "a  b", " a", "a ", "Mr. Ahn", "Ahn Mr.", "Dr Kim Lee", "Kim\u{2014}Lee said", "Kim\u{301} Lee",
                        "Kim\u{A0}Lee", "Sen. Elizabeth Warren", "Elizabeth  Warren", "President Obama", "the U.S. Embassy in Yangon"]
        for article in Self.articles {
            for paragraph in article {
                let words = Tokenizer.tokens(paragraph).map(\.text)
                for length in 1...4 where words.count >= length {
                    for start in 0...(words.count - length) {
                        let run = words[start..<(start + length)]
                        mentions += [run.joined(separator: " "), run.joined(separator: "  "), " " + run.joined(separator: " ")]
                    }
                }
            }
        }
        var asked = 0, counted = 0, failures: [String] = []
        for mention in mentions {
            let plain = Self.plainSingleSpacedWordCount(mention)
            asked += 1
            if plain != nil { counted += 1 }
            if SpeakerDirectory.singleSpacedPlainWordCount(mention) != plain { failures.append(mention) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) counted otherwise: \(failures.prefix(10))")
        #expect(asked > 100_000)
        #expect(counted > 10_000 && counted < asked)
    }
}
