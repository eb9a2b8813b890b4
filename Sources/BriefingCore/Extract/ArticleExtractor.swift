/// Runs every extractor over an article: quotes, figures, time expressions and events.
public struct ArticleExtractor: Sendable {
    public init() {}

    /// Extracts from `article`; `referenceDate` overrides the publication date as the anchor of
    /// relative time expressions.
    public func extract(_ article: Article, referenceDate: CalendarDate? = nil) -> Extraction {
        ExtractionWorkspace.with { extract(article, referenceDate: referenceDate, in: &$0) }
    }

    /// `extract` with the word types and what is known of them in `workspace`.
    func extract(_ article: Article, referenceDate: CalendarDate?, in workspace: inout ExtractionWorkspace) -> Extraction {
        let dct = referenceDate ?? article.published
        let tagger = TimeExpressionTagger()
        // Decoded, tokenized and split once, read by every extractor.
        let scalars = article.paragraphs.map { $0.text.unicodeScalarArray }
        let tokens = zip(article.paragraphs, scalars).map { Tokenizer.tokens($0.text, scalars: $1, types: &workspace.words) }
        let sentences = zip(article.paragraphs, scalars).map { SentenceSplitter.split($0.text, scalars: $1) }
        let paragraphTimes = tagger.tagParagraphs(article, referenceDate: dct, tokens: tokens, cache: &workspace.time)
        return Extraction(
            quotes: QuoteExtractor().extract(article, scalars: scalars, sentences: sentences, tokens: tokens, leads: &workspace.leads),
            // Token spans serve the evaluation only; briefs don't carry them.
            figures: FigureExtractor().extract(article, scalars: scalars, sentences: sentences, tokens: tokens, spans: false),
            times: tagger.sourceOffsets(paragraphTimes, in: article),
            events: EventExtractor().events(in: article, paragraphTimes: paragraphTimes, scalars: scalars, sentences: sentences, referenceDate: dct))
    }
}
