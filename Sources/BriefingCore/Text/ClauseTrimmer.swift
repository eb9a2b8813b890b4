/// Shortens a sentence to a word budget where a reader would: before a comma, dash, colon,
/// parenthesis, a clause ("who…", "after…", "but…") or a phrase ("in…", "with…"), and never
/// leaving a dangling function word ("…in the").
enum ClauseTrimmer {
    /// `text` itself when it has at most `maxWords` words; otherwise its longest prefix of
    /// `minWords`…`maxWords` words that ends at a clause boundary (preferred) or phrase
    /// boundary, without trailing punctuation or function words; nil when there is none. With
    /// `needsVerb`, a boundary counts only after a verb ("…will host events | in…"), so that no
    /// cut leaves a subject without its predicate ("Ratners Group PLC, | a … jeweler").
    static func prefix(_ text: String, maxWords: Int, minWords: Int, needsVerb: Bool = false) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > maxWords else { return text }
        let open = openQuotes(words)
        let firstVerb = needsVerb ? words.firstIndex(where: isVerbLike) ?? words.count : 0
        var best: (end: Int, score: Int)?
        for end in stride(from: min(maxWords, words.count - 1), through: max(minWords, 1), by: -1) {
            guard !open[end], let strength = boundary(before: end, in: words), end > firstVerb else { continue }
            // A clause boundary may give up a few words against a phrase boundary.
            let score = end + (strength == .clause ? 4 : 0)
            if best == nil || score > best!.score { best = (end, score) }
        }
        guard let end = best?.end else { return nil }
        var kept = Array(words[..<end])
        while kept.count > minWords, let last = kept.last, danglingWords.contains(bare(last).lowercased()) {
            kept.removeLast()
        }
        guard kept.count >= minWords, var result = Optional(kept.joined(separator: " ")) else { return nil }
        while let last = result.unicodeScalars.last, trailingMarks.contains(last) { result.unicodeScalars.removeLast() }
        return result
    }

    private enum Strength { case clause, phrase }

    /// An auxiliary, a verb of saying or a past-tense form: the sign of a predicate.
    static func isVerbLike(_ word: Substring) -> Bool {
        let bare = word.trimmingPunctuationAndSpaces()
        // A capitalized "-ed" word is a name ("United States"), a hyphenated one an adjective.
        let pastTense = bare.count > 4 && bare.hasSuffix("ed") && !bare.contains("-") && bare.startsWithLowercase
        return pastTense || verbWords.contains(bare.lowercased())
    }

    private static let verbWords: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
        "may", "might", "must", "should", "shall", "did", "does", "do", "said", "says", "told",
        "won", "lost", "made", "took", "got", "left", "went", "came", "found", "gave", "began", "met",
        "paid", "sent", "held", "led", "kept", "fell", "rose", "hit", "struck", "ran", "saw", "became",
        "brought", "bought", "built", "caught", "chose", "drew", "drove", "fled", "flew", "grew", "heard",
        "knew", "meant", "put", "quit", "sold", "sought", "shot", "spoke", "spent", "stood", "stole",
        "thought", "threw", "wrote", "cut", "set", "felt", "sank", "broke", "faces", "face",
    ]

    /// For each word index, whether a quotation opened before it is still open (a cut there
    /// would leave the quote unclosed).
    private static func openQuotes(_ words: [Substring]) -> [Bool] {
        var open = false
        var result: [Bool] = []
        for word in words {
            result.append(open)
            for (i, scalar) in word.unicodeScalars.enumerated() {
                switch scalar {
                case "\u{201C}": open = true
                case "\u{201D}": open = false
                case "\"": open.toggle()
                case "\u{2018}" where i == 0: open = true
                case "\u{2019}" where open && i == word.unicodeScalars.count - 1 || open && i > 0 && word.unicodeScalars.count - i <= 2:
                    open = false
                default: break
                }
            }
        }
        result.append(open)
        return result
    }

    /// Whether a cut before `words[index]` falls between clauses or phrases.
    private static func boundary(before index: Int, in words: [Substring]) -> Strength? {
        let previous = words[index - 1], next = words[index]
        if let last = previous.unicodeScalars.last, ",;:".unicodeScalars.contains(last) { return .clause }
        if ["—", "–", "-", "--"].contains(next) || next.hasPrefix("(") { return .clause }
        let word = next.lowercased()
        if clauseWords.contains(word) { return .clause }
        // A preposition after a content word opens a phrase; after a function word it is inside one.
        if phraseWords.contains(word), !danglingWords.contains(bare(previous).lowercased()) { return .phrase }
        // "and"/"or" join two phrases or clauses when a determiner, pronoun or verb follows
        // ("…and the", "…and was"), but words of one phrase otherwise ("nuclear and missile programs").
        if word == "and" || word == "or", index + 1 < words.count {
            let after = words[index + 1]
            if phraseOpeners.contains(bare(after).lowercased()) || isVerbLike(after) { return .phrase }
        }
        return nil
    }

    private static func bare(_ word: Substring) -> String {
        word.trimmingPunctuationAndSpaces()
    }

    private static let trailingMarks = Set(",;:—–-(".unicodeScalars)

    /// Words that open a subordinate or coordinate clause.
    static let clauseWords: Set<String> = [
        "who", "which", "whose", "where", "when", "while", "after", "before", "because", "since", "as",
        "although", "though", "but", "until", "unless", "whereas", "amid", "despite", "following",
        "prompting", "sparking", "leaving", "saying", "according",
    ]

    /// Prepositions that open a phrase ("of" and "to" bind too tightly to cut before).
    static let phraseWords: Set<String> = [
        "in", "on", "at", "for", "with", "from", "by", "into", "over", "during", "near", "under",
        "across", "against", "about", "outside", "inside", "through", "without", "within", "between",
        "among", "around", "toward", "towards", "off", "onto", "upon", "beyond",
    ]

    /// Words that open a new phrase or clause after "and" or "or".
    private static let phraseOpeners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "he", "she", "they", "it", "we", "i",
        "then", "this", "that", "these", "those", "other", "another", "some", "many", "most",
    ]

    /// Words a shortened text must not end with.
    static let danglingWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "from", "by", "and", "or", "but",
        "that", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "as", "than", "into", "over", "who", "which",
        "whose", "where", "when", "while", "after", "before", "because", "if", "so", "not", "no", "very",
        "more", "most", "about", "said", "says", "will", "would", "could", "should", "can", "may", "it",
        "he", "she", "they", "we", "i", "you", "also", "just", "only", "both", "such", "some", "any", "all",
        "even", "still", "yet", "already",
    ]
}
