/// Finds time expressions and normalizes them to TIMEX3 values relative to a reference date
/// (the publication date, or `--dct`), in the manner of HeidelTime's rules: explicit dates,
/// weekdays, "last week", "a year ago", quarters, seasons, durations, sets, times of day and
/// vague references ("now", "recently").
public struct TimeExpressionTagger: Sendable {
    public init() {}

    /// A time expression in a text, with Unicode-scalar offsets (end exclusive).
    public struct Found: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var text: String
        public var type: TimeExpression.Kind
        public var value: String
    }

    /// Tags every paragraph of an article; offsets point into the file text as read.
    public func tag(_ article: Article, referenceDate: CalendarDate?) -> [TimeExpression] {
        var found: [TimeExpression] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
            for f in tag(text: paragraph.text, referenceDate: referenceDate) {
                found.append(TimeExpression(
                    text: f.text, type: f.type, value: f.value,
                    start: paragraph.sourceOffset(ofScalar: f.start), end: paragraph.sourceOffset(ofScalar: f.end),
                    paragraph: index))
            }
        }
        return found
    }

    /// Tags plain text.
    public func tag(text: String, referenceDate: CalendarDate?) -> [Found] {
        let tokens = Tokenizer.tokens(text)
        let words = tokens.map { $0.text.lowercased() }
        let scalars = Array(text.unicodeScalars)
        let rules = TimeRules(tokens: tokens, words: words, dct: referenceDate)
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            guard let match = rules.match(at: i) else { i += 1; continue }
            let start = tokens[match.start].start, end = tokens[match.end - 1].end
            found.append(Found(start: start, end: end, text: String(String.UnicodeScalarView(scalars[start..<end])), type: match.type, value: match.value))
            i = match.end
        }
        return found
    }
}
