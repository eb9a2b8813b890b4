/// Builds dated events from sentences anchored by a DATE expression: one event per calendar
/// date in a sentence, described by the clause around the date (see `EventText`).
public struct EventExtractor: Sendable {
    public init() {}

    /// Events of `article` from its paragraphs' time expressions (offsets into each paragraph's
    /// text, as `TimeExpressionTagger.tagParagraphs` gives them).
    public func events(in article: Article, paragraphTimes: [[TimeExpression]]) -> [Event] {
        events(in: article, paragraphTimes: paragraphTimes, sentences: article.paragraphs.map { SentenceSplitter.split($0.text) })
    }

    /// Events as above, with each paragraph's sentences already split.
    func events(in article: Article, paragraphTimes: [[TimeExpression]], sentences: [[SentenceSplitter.Sentence]]) -> [Event] {
        var events: [Event] = []
        for (index, paragraph) in article.paragraphs.enumerated() where index < paragraphTimes.count {
            let times = paragraphTimes[index]
            guard times.contains(where: { $0.type == .date && Self.precision(of: $0.value) != nil }) else { continue }
            let scalars = Array(paragraph.text.unicodeScalars)
            for sentence in sentences[index] {
                for time in times where time.type == .date {
                    guard let start = time.start, let end = time.end, start >= sentence.start, end <= sentence.end,
                          let precision = Self.precision(of: time.value) else { continue }
                    let text = EventText(scalars: scalars, sentence: sentence.start..<sentence.end, times: times).describe(start..<end)
                    guard !text.isEmpty else { continue }
                    events.append(Event(date: Self.day(of: time.value), precision: precision, text: text, paragraph: index))
                }
            }
        }
        return events
    }

    /// Precision of a TIMEX3 date value, or `nil` for values that name no calendar period
    /// ("PAST_REF", "XXXX-WXX-1").
    static func precision(of value: String) -> Event.Precision? {
        let u = Array(value.utf8)
        guard u.count >= 3, u[0...2].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if u.count == 3 || (u.count == 4 && u[3] == UInt8(ascii: "X")) { return .decade }
        guard u.count >= 4, (u[3] >= 0x30 && u[3] <= 0x39) else { return nil }
        if u.count == 4 { return .year }
        if value.contains("X") { return nil }
        if u.count >= 7, u[5] == UInt8(ascii: "W") { return .week }
        if u.count == 7, u[5] == UInt8(ascii: "Q") { return .quarter }
        if u.count == 7, u[5] == UInt8(ascii: "H") { return .quarter }
        if u.count == 7, u[5] >= 0x41 { return .season }
        if u.count == 7 { return .month }
        if u.count >= 10 { return .day }
        return nil
    }

    /// The calendar part of a value ("2025-12-29TNI" → "2025-12-29").
    static func day(of value: String) -> String {
        guard value.utf8.count > 10, value.utf8.dropFirst(10).first == UInt8(ascii: "T") else { return value }
        return String(value.prefix(10))
    }
}
