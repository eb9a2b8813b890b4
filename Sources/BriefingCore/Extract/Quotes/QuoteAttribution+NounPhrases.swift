/// Speaker phrases the main readers of `QuoteAttribution` pass over: a pronoun or name stressed
/// by a reflexive, a described source in an absolute "with" phrase or before "who", a law that
/// defines a term, a surname that reads like a nationality.
extension QuoteAttribution {
    /// Reflexives that only stress the subject before its cue: "as if he himself said that “…”".
    static let intensifiers: WordSet = ["himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"]

    /// The described source of an absolute "with" phrase whose participle cue is at `participle`, the description
    /// headed by a source noun, a possessive name allowed before it and a short prepositional phrase after it:
    /// "…, with Moscow's chief envoy at the negotiations warning that …" → "Moscow's chief envoy". Nil when a cue,
    /// a clause word or punctuation stands between "with" and the head, and when a comma sets the participle off:
    /// "a disclaimer that CBS aired with its show, saying …" (the participle is the main subject's).
    static func absoluteDescription(_ words: [String], participle: Int) -> String? {
        guard let with = words[max(0, participle - 9)..<participle].lastIndex(where: { $0.equalsLowercased("with") }),
              with + 1 < participle else { return nil }
        var head = with + 1
        if determiners.containsLowercased(words[head]) || words[head].endsWithPossessiveS && words[head].startsWithUppercase { head += 1 }
        while head < participle, words[head].startsWithLowercase, !sourceNouns.contains(words[head]), !SpeakerDirectory.roleNouns.contains(words[head]) {
            guard !clauseWords.contains(words[head]), !cues.contains(words[head]), !prepositions.contains(words[head]) else { return nil }
            head += 1
        }
        guard head < participle, head > with + 1, !words[participle - 1].equalsPlainWord(","),
              sourceNouns.contains(words[head]) || SpeakerDirectory.roleNouns.contains(words[head]) else { return nil }
        // A compound head: "chief envoy".
        while head + 1 < participle, sourceNouns.contains(words[head + 1]) || SpeakerDirectory.roleNouns.contains(words[head + 1]) { head += 1 }
        // What may follow the head: one preposition and its object, at most three words ("at the negotiations").
        let rest = words[(head + 1)..<participle]
        if let first = rest.first {
            guard prepositions.contains(first), rest.count <= 4,
                  rest.dropFirst().allSatisfy({ $0.startsWithLetter && !cues.containsLowercased($0) && !clauseWords.contains($0) || determiners.contains($0) })
            else { return nil }
        }
        return join(words[(with + 1)...head])
    }

    /// True for a description opened by an article, a possessive or a possessive name: "the victim’s lawyer",
    /// "Turner’s father"; not a bare noun ("woman").
    static func isDetermined(_ description: String) -> Bool {
        let words = description.split(atASCII: 0x20)
        return words.count > 1 && (determiners.contains(words[0].lowercased()) || words.dropLast().contains { String($0).endsWithPossessiveS })
    }

    /// Nouns for a text of rules that defines the words it uses.
    static let ruleTexts: LexiconSet = ["law", "laws", "statute", "code", "act", "rules", "regulations", "guidelines", "policy", "constitution"]

    /// A law the sentence puts a definition under, with the index of its cue: "under California law, rape is
    /// defined as someone using “…”" → "California law". Nil without "under" and a rule text before a passive
    /// "defined as".
    static func definingRule(in words: [String]) -> (mention: String, cue: Int)? {
        guard let cue = words.indices.first(where: { i in
            words[i].equalsPlainWord("defined") && i > 0 && i + 1 < words.count && passiveAuxiliaries.containsLowercased(words[i - 1]) && words[i + 1].equalsPlainWord("as")
        }), let under = words[..<cue].lastIndex(where: { $0.equalsLowercased("under") }) else { return nil }
        var end = under + 1
        while end < cue, end - under <= 4, words[end].startsWithLetter, !ruleTexts.containsLowercased(words[end]) { end += 1 }
        guard end < cue, end > under, ruleTexts.containsLowercased(words[end]) else { return nil }
        return (join(words[(under + 1)...end]), cue)
    }

    /// True for a surname that reads as an adverb ("Lovely") or a nationality ("Maltese") alone before
    /// its cue at the start of the words, never written in lower case in the article: no adverb or
    /// adjective is the subject of a cue on its own.
    static func isLoneSurname(_ word: String, common: TokenWordSet) -> Bool {
        guard word.count > 3, word.startsWithUppercase, word.dropFirst().allSatisfy(\.isLowercase), !common.containsLowercased(word) else { return false }
        let lower = word.lowercased()
        return lower.hasPlainSuffix("ly") || nationalSuffixes.contains(where: { lower.hasPlainSuffix($0) }) && !demonyms.contains(lower)
    }
}
