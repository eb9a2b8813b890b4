import BriefingCore
import Foundation

/// The defects a reader sees at a glance in one brief (issue 15's checks): a bad title or
/// summary, impossible years, fragment timeline events, pronoun or lower-case speakers and
/// figures that are not amounts.
public enum BriefDefects {
    /// What kind of defect.
    public enum Kind: String, Sendable, CaseIterable {
        case title, summary, year, event, speaker, figure
    }

    /// One defect and what shows it.
    public struct Defect: Sendable, Equatable {
        public var kind: Kind
        public var detail: String
    }

    /// Every defect of `brief`.
    public static func check(_ brief: Brief) -> [Defect] {
        titleDefects(brief) + summaryDefects(brief) + yearDefects(brief) + eventDefects(brief)
            + speakerDefects(brief) + figureDefects(brief)
    }

    /// True when the article reads as English: at least an eighth of its words are common
    /// English function words.
    public static func isEnglish(_ article: Article) -> Bool {
        let words = Self.words(article.paragraphs.prefix(20).map(\.text).joined(separator: " "))
        return !words.isEmpty && words.filter(englishFunctionWords.contains).count * 8 >= words.count
    }

    // MARK: - Checks

    static func titleDefects(_ brief: Brief) -> [Defect] {
        let title = brief.article.title
        let count = words(title).count
        var found: [Defect] = []
        if count < 2 || count > 30 { found.append(Defect(kind: .title, detail: "\(count) words: \(title)")) }
        // "The Latest: …" is how AP titles a running story; only a summary must not start with it.
        if !title.hasPrefix("The Latest"), hasDateline(title, article: brief.article) { found.append(Defect(kind: .title, detail: "dateline: \(title)")) }
        if !brief.summary.isEmpty, repeats(title, in: brief.summary) {
            found.append(Defect(kind: .title, detail: "title is the summary: \(title)"))
        }
        return found
    }

    static func summaryDefects(_ brief: Brief) -> [Defect] {
        let summary = brief.summary.trimmingCharacters(in: .whitespacesAndNewlines)
        if summary.isEmpty {
            return brief.article.paragraphs.count >= 3 ? [Defect(kind: .summary, detail: "no summary for \(brief.article.paragraphs.count) paragraphs")] : []
        }
        var found: [Defect] = []
        let count = words(summary).count
        if count > 60 { found.append(Defect(kind: .summary, detail: "\(count) words")) }
        if hasDateline(summary, article: brief.article) { found.append(Defect(kind: .summary, detail: "dateline: \(summary.prefix(60))")) }
        return found
    }

    static func yearDefects(_ brief: Brief) -> [Defect] {
        var found: [Defect] = []
        let published = brief.article.published
        if let published, published.year < 1900 {
            found.append(Defect(kind: .year, detail: "published in \(published.year)"))
        }
        for event in brief.timeline {
            guard let year = year(of: event.date) else { continue }
            if year < 1000 && !writes(year, brief.article) {
                found.append(Defect(kind: .year, detail: "event in year \(year): \(event.text.prefix(60))"))
            } else if let published, year > published.year + 50 {
                found.append(Defect(kind: .year, detail: "event in \(year), published \(published.year): \(event.text.prefix(60))"))
            }
        }
        return found
    }

    static func eventDefects(_ brief: Brief) -> [Defect] {
        var found: [Defect] = []
        var seen: Set<String> = []
        for event in brief.timeline {
            let text = event.text.trimmingCharacters(in: .whitespaces)
            let tokens = words(text)
            var problems: [String] = []
            if tokens.count < 5 { problems.append("short") }
            if let first = text.unicodeScalars.first, !(first.properties.isUppercase || CharacterSet.decimalDigits.contains(first) || openingQuotes.contains(first)) {
                problems.append("starts lower-case")
            }
            // "US President…" is no pronoun: all-capital words are names or abbreviations.
            if let word = tokens.first, let written = text.split(separator: " ").first, written != written.uppercased() || written.count == 1,
               pronouns.contains(word) || connectives.contains(word) {
                problems.append("starts with '\(word)'")
            }
            if let last = text.unicodeScalars.last, !sentenceEnds.contains(last) { problems.append("no final punctuation") }
            if !seen.insert(event.date + "\u{1}" + text).inserted { problems.append("repeated") }
            if !problems.isEmpty {
                found.append(Defect(kind: .event, detail: "\(problems.joined(separator: ", ")): [\(event.date)] \(text.prefix(80))"))
            }
        }
        return found
    }

    static func speakerDefects(_ brief: Brief) -> [Defect] {
        brief.extraction.quotes.compactMap { quote in
            guard let speaker = quote.speaker?.trimmingCharacters(in: .whitespaces), !speaker.isEmpty else { return nil }
            let lower = speaker.lowercased()
            if pronouns.contains(lower) { return Defect(kind: .speaker, detail: "pronoun: \(speaker)") }
            if countryAbbreviations.contains(speaker.replacingOccurrences(of: ".", with: "").uppercased()) && speaker == speaker.uppercased() {
                return Defect(kind: .speaker, detail: "country: \(speaker)")
            }
            if let first = speaker.unicodeScalars.first, first.properties.isLowercase {
                return Defect(kind: .speaker, detail: "lower-case: \(speaker)")
            }
            return nil
        }
    }

    static func figureDefects(_ brief: Brief) -> [Defect] {
        brief.extraction.figures.compactMap { figure in
            if let unit = figure.unit?.lowercased() {
                if unit.hasSuffix("'s") || unit.hasSuffix("’s") { return Defect(kind: .figure, detail: "possessive unit: \(figure.text)") }
                if functionWords.contains(unit) { return Defect(kind: .figure, detail: "function-word unit: \(figure.text)") }
            }
            let number = figure.text.trimmingCharacters(in: .whitespaces)
            if !number.isEmpty, urlTokens(in: figure.context).contains(where: { $0.contains(number) }) {
                return Defect(kind: .figure, detail: "inside a URL: \(figure.text)")
            }
            return nil
        }
    }

    // MARK: - Helpers

    /// True when a paragraph of `article` writes `year` as a number of its own ("in 476").
    public static func writes(_ year: Int, _ article: Article) -> Bool {
        guard year > 0 else { return false }
        let written = String(year)
        return article.paragraphs.contains { paragraph in
            paragraph.text.split(whereSeparator: { !$0.isNumber }).contains { $0 == written }
        }
    }

    /// True when `title` and `summary` say the same words (the headline repeated as summary).
    static func repeats(_ title: String, in summary: String) -> Bool {
        let t = words(title), s = words(summary)
        guard !t.isEmpty, !s.isEmpty else { return false }
        if t == s { return true }
        guard s.count * 2 <= t.count * 3 else { return false }
        let shared = Set(t).intersection(s).count
        return shared * 10 >= Set(t).count * 9
    }

    /// A wire dateline or agency credit in a summary or title ("HAYWARD, Calif. (AP) -", "(Reuters) —").
    static func hasDateline(_ summary: String, article: Article) -> Bool {
        if let dateline = article.dateline?.text, !dateline.isEmpty, summary.hasPrefix(dateline) { return true }
        if summary.hasPrefix("The Latest") { return true }
        let credit = #/\((AP|Reuters|AFP|UPI|dpa|Xinhua|Yonhap|Bloomberg|CNN)\)\s*[-—–:_]/#
        if summary.contains(credit) { return true }
        let lead = #/^[A-Z][A-Z .'’-]{2,}(,\s*[A-Z][A-Za-z. ]{1,20})?(,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*[-—–]\s/#
        return summary.prefixMatch(of: lead) != nil
    }

    /// Year of a TIMEX-style date ("2025-12-29", "2025", "199" for the 1990s).
    static func year(of date: String) -> Int? {
        let digits = date.prefix { $0.isASCII && $0.isNumber }
        if digits.count >= 4 { return Int(digits.prefix(4)) }
        if digits.count == 3 { return Int(digits).map { $0 * 10 } }
        return nil
    }

    /// Whitespace-separated tokens of `text`, lower-cased, with punctuation around them removed.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).compactMap { token in
            let word = token.trimmingCharacters(in: .punctuationCharacters.union(.symbols)).lowercased()
            return word.isEmpty ? nil : word
        }
    }

    /// Tokens of a figure's sentence that are URLs or URL-encoded text.
    static func urlTokens(in text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init).filter {
            $0.contains("://") || $0.hasPrefix("www.") || $0.contains("%2") || $0.contains(".com/") || $0.contains(".html")
        }
    }

    static let pronouns: Set<String> = [
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their",
        "this", "that", "these", "those", "who", "which",
    ]
    static let connectives: Set<String> = [
        "and", "but", "or", "so", "however", "meanwhile", "also", "yet", "moreover", "furthermore", "besides",
        "thus", "therefore", "hence", "nevertheless", "nonetheless", "instead", "then", "still", "plus",
    ]
    static let countryAbbreviations: Set<String> = ["US", "USA", "UK", "UAE", "ROK", "DPRK", "PRC", "EU", "GB", "RF"]
    static let functionWords: Set<String> = [
        "that", "this", "of", "the", "a", "an", "who", "which", "it", "is", "was", "and", "or", "to", "in", "on",
        "for", "with", "by", "at", "one", "ones", "that's", "that’s", "than", "as", "from", "but", "if", "be",
    ]
    static let englishFunctionWords: Set<String> = [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "he", "as", "at",
        "by", "said", "from", "his", "an", "be", "are", "have", "has", "this", "not", "but", "they", "who",
    ]
    static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "«"]
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\"", "”", "’", "'", "»"]
}
