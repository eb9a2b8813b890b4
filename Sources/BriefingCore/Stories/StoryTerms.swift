import Foundation

/// The content words of a text for comparing articles: lower-cased, folded to ASCII where
/// the letters allow, stop words out, reduced to a light stem ("troops" → "troop",
/// "reported" → "report").
enum StoryTerms {
    /// Content words of `text` in order, repeats kept.
    static func terms(_ text: String) -> [String] {
        var out: [String] = []
        var word = String.UnicodeScalarView()
        func flush() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.count > 2 || (word.count == 2 && word.allSatisfy({ $0.properties.numericType != nil })) else { return }
            let token = String(word)
            guard !stopWords.contains(token) else { return }
            out.append(stem(token))
        }
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                word.append(folded)
            } else if scalar == "," || scalar == ".", !word.isEmpty, word.last?.properties.numericType != nil {
                continue  // "15,000" and "7.6" stay one token
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "Reid's" → "reids" is rarer than "reid" + "s"; keep the name
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// A letter or digit, lower-cased and without accents when it is Latin; nil otherwise.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 { return scalar }
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v | 0x20) }
        guard v >= 0x80, scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return nil }
        guard let base = String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars.first else { return scalar }
        return base
    }

    /// A light suffix stripper, enough to merge plural and tense forms of the same word.
    static func stem(_ word: String) -> String {
        guard word.count > 4, word.unicodeScalars.first?.properties.numericType == nil else { return word }
        for (suffix, replacement) in suffixes where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            return String(word.dropLast(suffix.count)) + replacement
        }
        return word
    }

    private static let suffixes: [(String, String)] = [
        ("ies", "y"), ("ied", "y"), ("ing", ""), ("edly", ""), ("ed", ""), ("ers", "er"), ("ses", "s"),
        ("es", "e"), ("ly", ""), ("s", ""),
    ]

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "are", "was", "were", "been",
        "being", "has", "have", "had", "its", "his", "her", "hers", "their", "them", "they", "she", "you", "your",
        "our", "ours", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "will", "would",
        "could", "should", "can", "may", "might", "must", "not", "but", "than", "then", "there", "here", "also",
        "about", "after", "before", "over", "into", "out", "said", "says", "say", "told", "one", "two", "new",
        "just", "all", "some", "any", "more", "most", "other", "such", "only", "very", "even", "because",
        "while", "during", "since", "did", "does", "doing", "him", "himself", "herself", "itself", "mr", "mrs",
        "ms", "now", "according", "its", "it's", "upon", "under", "between", "through", "against", "among",
        "would", "get", "got", "going", "like", "well", "back", "still", "much", "many", "each", "both",
        "few", "own", "same", "too", "off", "again", "further", "once", "yet", "per", "via", "any", "every",
        "another", "whether", "though", "although", "however", "including", "include", "included", "without",
        "within", "around", "across", "along", "near", "told", "tell", "tells", "saying", "added", "add",
        "don", "didn", "doesn", "isn", "wasn", "aren", "won", "can't", "cannot", "let", "make", "made",
        "take", "took", "taken", "come", "came", "see", "seen", "know", "known", "think", "want", "way",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "today",
        "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "people", "report", "reported", "reports", "news", "story", "according", "told", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "first", "second", "last", "next", "least", "often",
        "already", "ago", "later", "earlier", "early", "late", "set", "put", "use", "used", "using", "went",
        "being", "become", "became", "something", "anything", "nothing", "someone", "anyone", "everyone",
        "www", "http", "https", "com", "html", "reuters", "associated", "press",
    ]
}
