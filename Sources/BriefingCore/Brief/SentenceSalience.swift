import Foundation

/// How much of what an article keeps talking about a sentence carries: the sum, over the
/// sentence's content words that the article uses more than once, of log(1 + their count in
/// the article); words the summary already holds count half, so a second sentence adds news
/// rather than repeating the first.
struct SentenceSalience {
    private var counts: [String: Int] = [:]

    init(_ article: Article) {
        for paragraph in article.paragraphs {
            for term in Self.terms(paragraph.text) { counts[term, default: 0] += 1 }
        }
    }

    /// The weight of `sentence` next to the sentences already chosen (`known`). Each distinct
    /// term is added once, in the order the sentence uses them: a sum in a `Set`'s order, which
    /// changes with every process's hash seed, changed its last bits, and with them which of
    /// two sentences of equal weight a summary chose.
    func weight(_ sentence: String, known: Set<String>) -> Double {
        var seen = Set<String>()
        var sum = 0.0
        for term in Self.terms(sentence) where seen.insert(term).inserted {
            let count = counts[term] ?? 0
            guard count > 1 else { continue }
            sum += log(1 + Double(count)) * (known.contains(term) ? 0.5 : 1)
        }
        return sum
    }

    /// Content words of `text`, lower-cased and reduced to a crude stem ("troops" → "troop").
    static func terms(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).compactMap { token in
            guard token.count > 2, !stopWords.contains(String(token)) else { return nil }
            return stem(String(token))
        }
    }

    private static func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where word.hasSuffix(suffix) && word.count > suffix.count + 3 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    private static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "are", "was", "were", "been",
        "being", "has", "have", "had", "its", "his", "her", "their", "them", "they", "she", "you", "your",
        "our", "who", "whom", "which", "what", "when", "where", "why", "how", "will", "would", "could",
        "should", "can", "may", "might", "must", "not", "but", "than", "then", "there", "here", "also",
        "about", "after", "before", "over", "into", "out", "said", "says", "say", "told", "one", "two",
        "new", "year", "years", "time", "just", "all", "some", "any", "more", "most", "other", "such",
        "only", "very", "even", "because", "while", "during", "since", "did", "does", "him", "himself",
        "herself", "itself", "we", "us", "mr", "mrs", "ms", "last", "first", "now", "according",
    ]
}
