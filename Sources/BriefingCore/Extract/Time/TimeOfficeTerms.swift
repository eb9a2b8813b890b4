/// Durations named by a noun rather than a unit: a term of office and a tenure ("his term",
/// "her second term", "a third term", "the tenure of", "a term of office", "served one term"). TimeML tags them as durations of
/// unknown length counted in years.
extension TimeScanner {
    /// Possessives that make "term" a person's term of office.
    private static let holders: LexiconSet = ["his", "her", "their"]

    /// Verbs before a count of terms that make them terms of office ("served one term").
    private static let servingVerbs: LexiconSet = ["serve", "serves", "served", "serving"]

    /// Words between the possessive and the noun ("his second term", "her current tenure").
    private static let termQualifiers: LexiconSet = [
        "first", "second", "third", "fourth", "fifth", "last", "final", "current", "new", "previous", "remaining", "entire",
        "whole", "full",
    ]

    /// The nouns of a term of office, one of which every match of `officeTerm` holds.
    static let termNouns: LexiconSet = ["term", "terms", "tenure"]

    /// Whether `word` (with `facts`) may be one of `termNouns`, told from its first and last
    /// byte and its length before it is looked up: "term", "terms" and "tenure" start with "t",
    /// end in "m", "s" or "e" and have 4 to 6 bytes.
    @inline(__always)
    static func mayBeTermNoun(_ facts: TimeWordFacts, _ word: String) -> Bool {
        facts.firstByte == 0x74 && (facts.lastByte == 0x6D || facts.lastByte == 0x73 || facts.lastByte == 0x65) && (4...6).contains(word.utf8.count)
    }

    /// The words other than numbers at which `officeTerm` can match.
    static let termStarts = LexiconSet(["near", "short", "long", "longer", "term", "tenure"] + Array(holders) + Array(termQualifiers))

    /// "his term", "their tenure", "the tenure", "a term of office": DURATION PXY; and "the near
    /// term", "the long term", which are the future (FUTURE_REF).
    func officeTerm(at i: Int) -> Match? {
        let w = lower[i]
        // Every rule below starts at a number word, a possessive, "near", "short", "long",
        // "longer", a qualifier, "term" or "tenure".
        guard facts[i].number >= 0 || Self.termStarts.contains(w) else { return nil }
        // Every rule below reads "term", "terms" or "tenure" at `i`, `i + 1` or `i + 2`: a word
        // that may be one (`mayBeTermNoun`) is looked up only there.
        guard (i..<min(i + 3, lower.count)).contains(where: { Self.mayBeTermNoun(facts[$0], lower[$0]) && Self.termNouns.contains(lower[$0]) })
        else { return nil }
        if w == "near" || w == "short" || w == "long" || w == "longer", at(i + 1) == "term", i > 0, lower[i - 1] == "the" {
            return Match(type: .date, value: "FUTURE_REF", end: i + 2)
        }
        if i > 0, Self.servingVerbs.contains(lower[i - 1]), number(at: i) != nil, let noun = at(i + 1), noun == "term" || noun == "terms",
           !isPossessiveOrCompound(after: i + 1) {
            return Match(type: .duration, value: "PXY", end: ofOffice(after: i + 2))  // "served one term", "serving two terms"
        }
        let article = w == "a" || w == "an"
        if Self.holders.contains(w) || article {
            var j = i + 1
            if let q = at(j), Self.termQualifiers.contains(q) { j += 1 } else if article { return nil }  // "a second term", not "a term"
            guard let noun = at(j), noun == "term" || noun == "tenure", !isPossessiveOrCompound(after: j) else { return nil }
            return Match(type: .duration, value: "PXY", end: ofOffice(after: j + 1))
        }
        if i > 0, isPossessive(i - 1), let noun = Self.termQualifiers.contains(w) ? at(i + 1) : w, noun == "term" || noun == "tenure" {
            // "Clinton's tenure", "Obama's second term": the name stays outside, as a possessive pronoun would not.
            let j = noun == w ? i : i + 1
            guard !isPossessiveOrCompound(after: j) else { return nil }
            return Match(type: .duration, value: "PXY", end: ofOffice(after: j + 1))
        }
        guard w == "tenure" || w == "term", i > 0 else { return nil }
        // "the tenure" stands alone; "term" needs "of office"/"in office" ("the term 'genocide'" is a word).
        if w == "term", ofOffice(after: i + 1) == i + 1 { return nil }
        guard ["the", "a", "that", "this"].contains(lower[i - 1]) || w == "term", !isPossessiveOrCompound(after: i) else { return nil }
        return Match(type: .duration, value: "PXY", end: ofOffice(after: i + 1))
    }

    /// The token after "of office"/"in office" at `k`, else `k`.
    private func ofOffice(after k: Int) -> Int {
        (at(k) == "of" || at(k) == "in") && at(k + 1) == "office" ? k + 2 : k
    }

    /// Whether the noun at `k` modifies another ("term paper", "term limits", "tenure track").
    private func isPossessiveOrCompound(after k: Int) -> Bool {
        guard let next = at(k + 1) else { return false }
        return ["paper", "papers", "limit", "limits", "track", "life", "loan", "loans", "deposit", "deposits", "-"].contains(next)
    }
}
