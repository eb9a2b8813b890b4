import Foundation

/// Short phrases a brief prints: the meta line, attributions, date labels, figure phrases.
public enum BriefText {
    /// "2025-04-17 · The Korea Herald · Jung Min-kyung".
    public static func metaLine(_ article: Article) -> String {
        var parts: [String] = []
        if let date = article.published { parts.append(longDate(date)) }
        if let outlet = article.outlet { parts.append(outlet) }
        if !article.authors.isEmpty { parts.append(article.authors.joined(separator: ", ")) }
        return parts.joined(separator: " \u{00B7} ")
    }

    /// "Ahn Gyu-back, Defense Minister".
    public static func attribution(_ quote: Quote) -> String {
        [quote.speaker, quote.role].compactMap { $0 }.joined(separator: ", ")
    }

    /// "April 17, 2025".
    public static func longDate(_ date: CalendarDate) -> String {
        "\(MonthNames.full[date.month - 1]) \(date.day), \(date.year)"
    }

    /// A human label for a TIMEX3 date value: "Dec. 29, 2025" style day, "March 2025", "2025",
    /// "Week 15, 2025".
    public static func dateLabel(_ value: String) -> String {
        let parts = value.split(separator: "-")
        guard let first = parts.first, let year = Int(first) else { return value }
        if parts.count == 1, first.count == 3 { return "The \(year * 10)s" }
        if parts.count == 1, first.count == 2 { return "The \(year * 100)s" }
        if parts.count >= 2, parts[1].hasPrefix("W") { return "Week \(Int(parts[1].dropFirst()) ?? 0), \(year)" }
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return String(year) }
        if parts.count >= 3, let day = Int(parts[2]) { return "\(MonthNames.full[month - 1]) \(day), \(year)" }
        return "\(MonthNames.full[month - 1]) \(year)"
    }

    /// What a figure counts, in the words of its sentence: the clause around the figure.
    public static func figurePhrase(_ figure: Figure) -> String {
        let context = figure.context
        guard let range = context.range(of: figure.text) else { return context }
        let words = context[range.upperBound...].split(separator: " ").prefix(12)
        let tail = words.prefix { !$0.hasSuffix(",") && !$0.hasSuffix(".") }
        var phrase = tail.joined(separator: " ")
        if tail.count < words.count, let next = words.dropFirst(tail.count).first {
            phrase += (phrase.isEmpty ? "" : " ") + next.dropLast()
        }
        if phrase.split(separator: " ").count < 3 {
            let before = context[..<range.lowerBound].split(separator: " ").suffix(8).joined(separator: " ")
            phrase = before + " \u{2026} " + phrase
        }
        return phrase.trimmingCharacters(in: .whitespaces)
    }
}
