/// The subject of a sentence that quotes someone without a cue verb: "Japan branded North
/// Korea an “outlaw nation”", "Libertarian candidate Gary Johnson’s doctor is calling him “fit”",
/// "In recent weeks, Reid has gone after Trump as a “human leech”".
extension QuoteAttribution {
    /// Words that open a sentence before its subject: "But", "Meanwhile,".
    static let openers: WordSet = [
        "but", "and", "so", "still", "yet", "meanwhile", "however", "also", "even", "now", "then", "instead",
        "indeed", "thus", "later", "earlier", "today", "yesterday", "finally", "often", "separately", "similarly",
        "again", "moreover", "plus", "or", "nor", "just",
    ]

    /// Words that open an introductory phrase ending at a comma: "In July, Gingrich …".
    static let introducers: WordSet = [
        "in", "on", "at", "after", "before", "when", "while", "following", "as", "although", "though", "since",
        "during", "if", "because", "despite", "with", "without", "for", "by", "from", "under", "over", "amid",
        "speaking", "asked", "unlike", "like", "once", "until", "whether", "last", "this", "earlier", "later",
        "according", "to", "for", "throughout", "within", "among", "between", "upon",
    ]

    /// The relative pronouns of a clause set off inside an introductory phrase ("video of which …").
    static let setOffRelatives: WordSet = ["which", "whom", "whose"]

    /// Words that open a phrase of time when a day or a word of time follows: "Late last month, …",
    /// "Early Tuesday, …" (not "Early voting began …").
    static let timeOpeners: WordSet = ["late", "early"]

    /// Words after "late" or "early" that make a phrase of time of them.
    static let timeWordsAfterOpener: LexiconSet = [
        "last", "this", "next", "that", "in", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight", "morning", "afternoon", "evening",
    ]

    /// The subject noun phrase of `words` (a sentence up to its first quote, quotes left out).
    static func subject(in words: [String], common: TokenWordSet) -> String? {
        let n = words.count
        var p = 0
        while p < n, !words[p].isEmpty, !words[p].startsWithLetterOrNumber { p += 1 }
        // A label before a colon is no subject: "Correction: An earlier version …", "Update: …".
        if p + 2 < n, words[p + 1].equalsPlainWord(":"), words[p].startsWithUppercase { p += 2 }
        if p < n, openers.containsLowercased(words[p]) {
            p += 1
            if p < n, words[p].equalsPlainWord(",") { p += 1 }
        }
        // "Six days after the event, the FAA …", "Two years ago, …": a span of time opens the sentence.
        let opensWithTime = p + 1 < n && timeUnits.containsLowercased(words[p + 1])
            && (words[p].isNumeral || functionWords.containsLowercased(words[p]) || words[p].equalsLowercased("a"))
        let opensTimePhrase = p + 1 < n && timeOpeners.containsLowercased(words[p]) && timeWordsAfterOpener.containsLowercased(words[p + 1])
        if p < n, introducers.containsLowercased(words[p]) || opensWithTime || opensTimePhrase {
            guard let comma = words[p...].firstIndex(of: ",") else { return nil }
            p = comma + 1
            // A closing mark after the comma: "On “Face the Nation,” Sanders …".
            while p < n, !words[p].isEmpty, !words[p].startsWithLetterOrNumber { p += 1 }
            // A relative clause set off by commas belongs to the phrase before it: "During Colbert's taping,
            // video of which was posted online last month, the host announced …".
            if let next = words[p...].prefix(16).firstIndex(of: ","),
               words[p..<next].contains(where: { $0.opensWithW && setOffRelatives.containsLowercased($0) }) {
                p = next + 1
            }
        }
        // An opening participle phrase ending at a comma: "Contacted via email, Peinovich denied …", "Explaining its
        // attack on al-Fahora school, the Israeli military claimed …".
        if p + 1 < n, words[p].startsWithUppercase, words[p].hasPlainSuffix("ed"), words[p].count > 4,
           prepositions.containsLowercased(words[p + 1]) || adverbs.containsLowercased(words[p + 1]),
           let comma = words[p...].prefix(10).firstIndex(of: ",") {
            p = comma + 1
        } else if p + 1 < n, words[p].startsWithUppercase, words[p].hasPlainSuffix("ing"), words[p].count > 5,
                  determiners.containsLowercased(words[p + 1]) || prepositions.containsLowercased(words[p + 1]),
                  let comma = words[p...].prefix(12).firstIndex(of: ","), comma + 1 < n {
            p = comma + 1
        }
        guard p < n else { return nil }
        let first = words[p]
        if isPronoun(first) { return first }
        // "He’s claiming that …", "They’re calling it …".
        if let bare = Self.contractedPronoun(first) { return bare }
        // A role before a name: "New Jersey Gov. Chris Christie", "conservative host Rush Limbaugh".
        var k = p
        while k < n, k - p < 6 {
            if let run = nameRun(startingAt: k, in: words, common: common) {
                // "Groups of young people roamed …": a plural noun opening the sentence before "of" is a group.
                if run.count == 1, k == p, let group = groupDescription(from: p, in: words) { return group }
                // "Preys on our fears": a lone capitalized word before a preposition is a verb.
                if run.count == 1, k == p, run.upperBound < n, prepositions.contains(words[run.upperBound]) { return nil }
                // "Using the official page, …": a lone capitalized word before a determiner is a verb.
                if run.count == 1, k == p, run.upperBound < n, determiners.contains(words[run.upperBound]) || words[run.upperBound].equalsPlainWord("this") { return nil }
                if sourceNouns.containsLowercased(words[run.lowerBound]), run.count == 1 { return words[run.lowerBound] }
                // A name before a source noun describes it: "The Texas senator", "the White House spokesman"; a
                // name after them is the one described: "IRS attorney Martin".
                // A role of several words counts too: "The de facto Hamas prime minister in Gaza, Ismail Haniyeh, issued".
                // (The role words are read once, for the test and for where they end.)
                let roles = run.upperBound < n ? roleWordsEnd(from: run.upperBound, in: words) : nil
                if run.upperBound < n, sourceNouns.containsLowercased(words[run.upperBound]) || roles != nil {
                    var end = run.upperBound + 1
                    while end < n, sourceNouns.containsLowercased(words[end]) { end += 1 }
                    if let roles, roles > end { end = roles }
                    if let named = nameRun(startingAt: end, in: words, common: common) { return join(words[p..<named.upperBound]) }
                    return appositiveName(words, after: placeEnd(after: end, in: words, common: common), describedBy: words[p..<end], common: common)
                        ?? join(words[p..<end])
                }
                let last = words[run.upperBound - 1]
                guard last.endsWithPossessiveS else { return join(words[run]) }
                // "Gary Johnson’s doctor", "Donald Trump’s campaign"; "Trump’s statement" is no speaker.
                var end = run.upperBound
                while end < n, end - run.upperBound < 3, sourceNouns.containsLowercased(words[end]) { end += 1 }
                return end > run.upperBound ? join(words[k..<end]) : nil
            }
            let w = words[k], lower = w.lowercasedIfNeeded
            // A description with its article ends at the name set off after it: "His barber, Julian Clark, …".
            if w.equalsPlainWord(","), k > p, determiners.containsLowercased(words[p]) {
                return appositiveName(words, after: k, describedBy: words[p..<k], common: common)
            }
            // (The lower-case word's lists read in one look-up.)
            guard w.startsWithLetterOrNumber else { break }
            let classes = QuoteWordClass.of(lower)
            guard !classes.contains(.cue), !classes.contains(.clauseWord) || classes.contains(.determiner),
                  !(w.startsWithLowercase && (lower.hasPlainSuffix("ed") || lower.hasPlainSuffix("ly"))) else { break }
            if classes.contains(.sourceNoun), !(k + 1 < n && isNameWord(words[k + 1])) {
                // "The Republican nominee", "Officials at Homeland Security", "the IMF report".
                var end = k + 1
                while end < n, sourceNouns.containsLowercased(words[end]) { end += 1 }
                return appositiveName(words, after: end, describedBy: words[p..<end], common: common) ?? join(words[p..<end])
            }
            k += 1
        }
        return nil
    }

    /// A group of people opening a sentence at `start`: a capitalized plural noun, "of" and up to
    /// four lower-case words ending with a source noun before the verb ("Groups of young people
    /// roamed", "Dozens of residents gathered"; not "Terms of the deal were"); nil when a word
    /// after "of" is capitalized, a verb in "-ed" or a clause word.
    static func groupDescription(from start: Int, in words: [String]) -> String? {
        guard start + 2 < words.count, words[start].hasPlainSuffix("s"), words[start].count > 3, words[start + 1].equalsPlainWord("of") else { return nil }
        var end = start + 2
        while end < words.count, end - start < 6, words[end].startsWithLowercase, words[end].allSatisfy(\.isLetter), !words[end].hasPlainSuffix("ed"),
              !clauseWords.contains(words[end]), !cues.contains(words[end]), !adverbs.contains(words[end]) {
            end += 1
        }
        guard end > start + 2, end < words.count, words[end].startsWithLowercase, sourceNouns.contains(words[end - 1]) else { return nil }
        return join(words[start..<end])
    }

    /// Where a place or body after a role ends ("in Gaza" of "prime minister in Gaza, Ismail
    /// Haniyeh,"): after a preposition and a name starting at `end`, else `end` itself.
    private static func placeEnd(after end: Int, in words: [String], common: TokenWordSet) -> Int {
        guard end + 1 < words.count, placePrepositions.contains(words[end]),
              let place = nameRun(startingAt: end + 1, in: words, common: common) else { return end }
        return place.upperBound
    }

    /// The prepositions before a place or body after a role (`placeEnd`), a set made once.
    private static let placePrepositions: WordSet = ["in", "of", "at", "for", "from"]

    /// The name set off after a description (`appositiveName`) unless the description tells the
    /// sex of the one it describes, who keeps it: "Prodigy's mother, Fatima Johnson, …" (for "she"
    /// after it). The name is sought first: most descriptions have none after them, and their
    /// words are not read for a sex.
    static func appositiveName(_ words: [String], after end: Int, describedBy description: ArraySlice<String>, common: TokenWordSet) -> String? {
        guard let name = appositiveName(words, after: end, common: common),
              !description.contains(where: { SpeakerGender.of(words: $0) != nil }) else { return nil }
        return name
    }

    /// The name set off by commas right after a description that ends before `end`: "Julian Clark"
    /// of "His barber, Julian Clark, also black, concurred.", the one the description is.
    static func appositiveName(_ words: [String], after end: Int, common: TokenWordSet) -> String? {
        guard end + 1 < words.count, words[end].equalsPlainWord(","), let run = nameRun(startingAt: end + 1, in: words, common: common),
              run.upperBound < words.count, words[run.upperBound].equalsPlainWord(",") else { return nil }
        return join(words[run])
    }

    /// The pronoun of a contraction: "He’s" → "He", "they're" → "they", "I’m" → "I", "We've" → "We".
    static func contractedPronoun(_ word: String) -> String? {
        // Every suffix holds an apostrophe: a byte 0x27, or the bytes of "\u{2019}" (read in place).
        guard word.hasApostropheBytes else { return nil }
        for suffix in ["'s", "\u{2019}s", "'re", "\u{2019}re", "'ll", "\u{2019}ll", "'d", "\u{2019}d", "'m", "\u{2019}m", "'ve", "\u{2019}ve"] where word.hasSuffix(suffix) {
            let bare = String(word.dropLast(suffix.count))
            return isPronoun(bare) ? bare : nil
        }
        return nil
    }

    /// The name that closes a clause right before ", and" or ", but" and a pronoun with its cue: "Gale Glover" in
    /// "It's from Gale Glover, and he asks".
    static func nameBeforeCoordinatedPronoun(in words: [String], common: TokenWordSet) -> String? {
        guard let cue = words.indices.first(where: { $0 >= 4 && isPronoun(words[$0 - 1]) && cues.containsLowercased(words[$0]) }),
              ["and", "but"].contains(words[cue - 2].lowercasedIfNeeded), words[cue - 3].equalsPlainWord(","),
              let run = nameRun(endingAt: cue - 3, in: words, common: common), run.lowerBound > 0 else { return nil }
        return join(words[run])
    }
}
