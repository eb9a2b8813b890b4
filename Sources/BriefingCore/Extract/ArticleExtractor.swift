/// Runs every extractor over an article: quotes, figures, time expressions and events.
public struct ArticleExtractor: Sendable {
    public init() {}

    /// Extracts from `article`; `referenceDate` overrides the publication date as the anchor of
    /// relative time expressions.
    public func extract(_ article: Article, referenceDate: CalendarDate? = nil) -> Extraction {
        let dct = referenceDate ?? article.published
        let tagger = TimeExpressionTagger()
        // Decoded, tokenized and split once, read by every extractor.
        let scalars = article.paragraphs.map { $0.text.unicodeScalarArray }
        let tokens = zip(article.paragraphs, scalars).map { Tokenizer.tokens($0.text, scalars: $1) }
        let sentences = zip(article.paragraphs, scalars).map { SentenceSplitter.split($0.text, scalars: $1) }
        let paragraphTimes = tagger.tagParagraphs(article, referenceDate: dct, tokens: tokens)
        return Extraction(
            quotes: QuoteExtractor().extract(article, scalars: scalars, sentences: sentences, tokens: tokens),
            // Token spans serve the evaluation only; briefs don't carry them.
            figures: FigureExtractor().extract(article, scalars: scalars, sentences: sentences, tokens: tokens, spans: false),
            times: tagger.sourceOffsets(paragraphTimes, in: article),
            events: EventExtractor().events(in: article, paragraphTimes: paragraphTimes, scalars: scalars, sentences: sentences, referenceDate: dct))
    }
}
