/// The plain descriptions and the words around a cue that the attribution rules read past or
/// take as a source: "the banks", "small signs", "the patient", "proudly", "going to".
extension QuoteAttribution {
    /// A plural noun after "the", with up to one word before it, ending just before `end`: "the banks", "the big
    /// banks"; the people or bodies a relative clause or a progressive cue is about.
    static func plainDescription(endingAt end: Int, in words: [String]) -> String? {
        guard end >= 2, words[end - 1].hasPlainSuffix("s"), words[end - 1].count > 3, words[end - 1].allSatisfy(\.isLowercase),
              !functionWords.contains(words[end - 1]) else { return nil }
        for start in [end - 2, end - 3] where start >= 0 && words[start].equalsLowercased("the") {
            if start == end - 3, !words[end - 2].allSatisfy(\.isLowercase) || functionWords.contains(words[end - 2]) { return nil }
            return join(words[start..<end])
        }
        return nil
    }

    /// True when the word at `index` is an adverb of manner in "-ly" between a subject and its cue: "the
    /// president proudly stated", "Smith softly said"; not a noun in "-ly" after its article or a name ("the
    /// family said", "a Trump ally said").
    static func isMannerAdverb(_ words: [String], at index: Int) -> Bool {
        let word = words[index]
        guard index > 0, word.hasPlainSuffix("ly"), word.startsWithLowercase, !UTF8Scan.characterCount(of: word, isBelow: 6), !nounsInLy.contains(word) else { return false }
        return !determiners.containsLowercased(words[index - 1]) && !words[index - 1].endsWithPossessiveS
    }

    /// An article and the lower-case words after it up to punctuation, at most four: "the patient".
    static func nounPhrase(from start: Int, in words: [String]) -> String? {
        guard start < words.count, determiners.containsLowercased(words[start]) else { return nil }
        var end = start + 1
        while end < words.count, end - start <= 4, words[end].startsWithLowercase, !clauseWords.contains(words[end]) { end += 1 }
        return end > start + 1 ? join(words[start..<end]) : nil
    }

    /// A thing that carries words ending just before `end`, with its adjectives and its article: "small signs", "a
    /// sign", not "holds up a sign".
    static func displayDescription(endingAt end: Int, in words: [String]) -> String? {
        guard end > 0, displayNouns.containsLowercased(words[end - 1]) else { return nil }
        var start = end - 1
        while start > 0, end - start < 3, determiners.contains(words[start - 1]) || adjectiveLike(words[start - 1]) {
            start -= 1
            if determiners.contains(words[start]) { break }
        }
        return join(words[start..<end])
    }

    /// Whether a lower-case word before a noun may be its adjective: no verb ("held", "carried", "holding"), particle
    /// ("up") or function word.
    static func adjectiveLike(_ word: String) -> Bool {
        word.allSatisfy(\.isLowercase) && !clauseWords.contains(word) && !cues.contains(word) && !functionWords.contains(word)
            && !word.hasPlainSuffix("ed") && !word.hasPlainSuffix("ing") && !["up", "out", "off", "down", "over", "held", "hold", "holds", "wore", "wear", "wears", "carry", "carries"].contains(word)
    }

    /// Verbs of showing that attribute a sentence in an opening "as" clause: "As Yoshina illustrates, …".
    static let showingVerbs: Set<String> = [
        "illustrates", "illustrated", "shows", "showed", "demonstrates", "demonstrated", "observes", "reminds", "reminded", "puts", "notes",
    ]

    /// Verbs that take a cue as their infinitive and leave its subject the speaker: "going to say".
    static let infinitiveHeads: Set<String> = ["going", "about", "want", "wants", "wanted", "need", "needs", "needed", "used", "tried", "tries", "try"]

    /// Nouns in "-ly" that may stand after a name before a cue.
    static let nounsInLy: Set<String> = ["family", "assembly", "anomaly", "homily", "monopoly"]
}
