import Foundation

/// Builds dated events from sentences anchored by a DATE expression.
public struct EventExtractor: Sendable {
    public init() {}

    public func events(in article: Article, times: [TimeExpression]) -> [Event] {
        var events: [Event] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
            let paragraphTimes = times.filter { $0.paragraph == index && $0.type == .date }
            guard !paragraphTimes.isEmpty else { continue }
            for sentence in SentenceSplitter.split(paragraph.text) {
                let dated = paragraphTimes.filter { sentence.text.contains($0.text) && Self.precision(of: $0.value) != nil }
                // "said last month that … in January": the reporting date only dates the event when
                // the sentence gives no other.
                let told = dated.filter { Self.datesReporting($0.text, in: sentence.text) }
                guard let time = dated.first(where: { t in !told.contains(t) }) ?? dated.first,
                      let precision = Self.precision(of: time.value) else { continue }
                events.append(Event(date: time.value, precision: precision, text: Self.shorten(sentence.text), paragraph: index))
            }
        }
        return events
    }

    /// True when the expression directly follows a reporting verb ("said Wednesday", "said last month").
    static func datesReporting(_ expression: String, in sentence: String) -> Bool {
        guard let range = sentence.range(of: expression) else { return false }
        let before = sentence[..<range.lowerBound].split(separator: " ").suffix(2).map { $0.lowercased() }
        return before.contains { ["said", "says", "told", "announced", "reported", "added", "noted", "stated"].contains($0) }
    }

    /// Precision of a TIMEX3 date value, or `nil` for values that name no calendar period.
    static func precision(of value: String) -> Event.Precision? {
        if value.contains("-W") { return .week }
        switch value.count {
        case 10: return .day
        case 7: return .month
        case 4: return Int(value) != nil ? .year : nil
        default: return nil
        }
    }

    /// At most 30 words of the sentence, cut at a word.
    static func shorten(_ sentence: String) -> String {
        let words = sentence.split(separator: " ")
        guard words.count > 30 else { return sentence }
        return words.prefix(30).joined(separator: " ") + "…"
    }
}
