import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's quicker readings of session 40 agree with the plain way on the texts
/// of the quote fixtures: one paragraph reading every paragraph of an article in turn, its
/// lists emptied and filled again.
@Suite("Quotes 40: one paragraph read again for every paragraph")
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
}
