/// The sentences of a story's articles that can stand in a summary: at least six words, not
/// a dateline, byline, caption, question or bare quote (the checks of a brief's summary), with
/// where each stands.
struct StorySentences {
    struct Sentence: Sendable {
        var text: String
        /// Index of the brief in the story.
        var source: Int
        var paragraph: Int
        /// Position among the article's sentences that passed, from 0.
        var position: Int
        var words: Int
    }

    static let minimumWords = 6

    /// The usable sentences of `briefs`, brief by brief, in reading order.
    /// Without `newsOnly`, every sentence of six words or more counts.
    static func sentences(of briefs: [Brief], newsOnly: Bool = true) -> [Sentence] {
        let writer = SummaryWriter()
        var found: [Sentence] = []
        for (source, brief) in briefs.enumerated() {
            var position = 0
            for (p, paragraph) in brief.article.paragraphs.enumerated() {
                for sentence in SentenceSplitter.split(paragraph.text) {
                    let text = newsOnly ? writer.clean(sentence.text) : sentence.text
                    let words = SummaryWriter.wordCount(text)
                    guard words >= minimumWords else { continue }
                    if newsOnly && !writer.carriesNews(text, title: brief.article.title) { continue }
                    found.append(Sentence(text: text, source: source, paragraph: p, position: position, words: words))
                    position += 1
                }
            }
        }
        return found
    }
}
