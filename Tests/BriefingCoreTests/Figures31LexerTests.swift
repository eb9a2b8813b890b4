import Testing
@testable import BriefingCore

@Suite("Figures: lexemes that take their tokens' texts are those made from the scalars")
struct Figures31LexerTests {
    /// Paragraphs of news copy: several sentences (so that most start past the paragraph's
    /// start), capitals, hyphens, abbreviations, curly apostrophes and quotes, accents, the
    /// Kelvin sign, numbers of every shape and letters glued to digits; and the sentences of
    /// `FigureFastPathTests` as paragraphs of their own.
    static let paragraphs = FigureFastPathTests.sentences + [
        "The U.S. economy added 200,000 jobs in May. Exports of 8,700-ton ships rose 12% to $3.2 billion, KIDA said.",
        "\u{201C}We\u{2019}re 100 percent behind him,\u{201D} said Ms. Ahn. Zürich’s café charged CHF 4.50; the \u{212A}elvin-rated Ksh5bn bond, 10km away, paid 1e10.",
        "SEOUL \u{2014} Some 2,000 troops. Rs500 crore, USD3m and 3m USD went to 192.168.1.2 on 2024-01-31 at 10:30 a.m. I.B.M.'s 3rd-quarter profit was 1,234,567.89 yuan.",
        "Twenty-five thousand people marched. O'Brien's 007 and 123456789012345 and 1234567890123456; Éric's 45 ÉTATS.",
        "",
    ]

    /// Each sentence of `paragraph` (its text and scalars) with the lexemes lexed from its
    /// scalars and the paragraph's tokens within it, as the extractor lexes them.
    static func lexedWithTokens(_ paragraph: String) -> [(text: String, scalars: [Unicode.Scalar], lexemes: [FigureLexeme])] {
        let scalars = paragraph.unicodeScalarArray
        let tokens = Tokenizer.tokens(paragraph, scalars: scalars)
        return SentenceSplitter.split(paragraph, scalars: scalars).map { sentence in
            let own = Array(scalars[sentence.start..<sentence.end])
            let within = FigureExtractor.tokens(tokens, of: sentence)
            let lexed = tokens.withUnsafeBufferPointer { paragraphTokens in
                FigureLexer.lex(scalars: own, tokens: FigureTokenTexts(UnsafeBufferPointer(rebasing: paragraphTokens[within]), sentenceStart: sentence.start))
            }
            return (sentence.text, own, lexed)
        }
    }

    @Test("lexing with the tokens gives the lexemes lexing without them gives", arguments: paragraphs)
    func sameLexemes(_ paragraph: String) {
        for sentence in Self.lexedWithTokens(paragraph) {
            #expect(sentence.lexemes == FigureLexer.lex(scalars: sentence.scalars), "\(sentence.text)")
        }
    }

    @Test("a lexeme takes a token's text only where the token spans the same scalars")
    func tokenTexts() {
        let scalars = "Up 8,700-ton ships.".unicodeScalarArray
        let tokens = Tokenizer.tokens("Up 8,700-ton ships.", scalars: scalars)
        tokens.withUnsafeBufferPointer { tokens in
            var texts = FigureTokenTexts(tokens, sentenceStart: 0)
            #expect(texts.text(0, 2) == "Up")
            #expect(texts.text(9, 12) == nil || texts.text(9, 12) == "ton")
            #expect(texts.text(13, 18) == "ships")
            #expect(texts.text(0, 2) == nil)
        }
    }

    @Test("the extractor's figures with the paragraphs' tokens are those without them", arguments: paragraphs)
    func sameFigures(_ paragraph: String) {
        let article = Article(source: "case.txt", slug: "case", title: "Case", paragraphs: [Paragraph(text: paragraph)])
        let scalars = article.paragraphs.map { $0.text.unicodeScalarArray }
        let sentences = zip(article.paragraphs, scalars).map { SentenceSplitter.split($0.text, scalars: $1) }
        let tokens = zip(article.paragraphs, scalars).map { Tokenizer.tokens($0.text, scalars: $1) }
        let extractor = FigureExtractor()
        #expect(extractor.extract(article, scalars: scalars, sentences: sentences, tokens: tokens) == extractor.extract(article, scalars: scalars, sentences: sentences))
    }
}
