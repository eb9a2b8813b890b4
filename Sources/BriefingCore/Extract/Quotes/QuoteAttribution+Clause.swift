/// The source of a partial quote that sits in a clause the sentence's subject does not govern:
/// "Christie described Clinton as a “disgrace” after she blamed police shootings on “implicit
/// bias”" (she), "Melanie said yes as Trump went on about “how the system is rigged”" (Trump),
/// "Politifact seized on Trump’s claim that there were “thousands of shootings”" (Trump).
extension QuoteAttribution {
    /// Words that open a clause with a subject of its own.
    static let subordinators: LexiconSet = [
        "after", "as", "while", "when", "whenever", "because", "since", "although", "though", "whereas", "before", "until", "once",
    ]

    /// Cues whose complement is an object, not the words said: after "Christie described Clinton
    /// as a “disgrace” after she …" the clause is no longer Christie's speech.
    static let objectCues: LexiconSet = [
        "called", "described", "branded", "labeled", "labelled", "dubbed", "praised", "blasted", "slammed", "criticized",
        "criticised", "accused", "mocked", "derided", "denounced", "hailed", "likened", "rated", "referenced", "scolded",
    ]

    /// Nouns of something said: the quote after "Trump’s claim that …" is the claim's.
    static let speechNouns: LexiconSet = [
        "claim", "claims", "assertion", "assertions", "statement", "statements", "comment", "comments", "remark", "remarks",
        "promise", "promises", "pledge", "vow", "argument", "suggestion", "charge", "charges", "accusation", "accusations",
        "allegation", "allegations", "description", "characterization", "warning", "warnings", "tweet", "tweets", "speech",
        "contention", "insistence", "boast", "prediction", "complaint", "words", "answer", "reply", "response",
    ]

    /// Verbs and auxiliaries that may follow a clause's subject although they are listed as
    /// clause words: "after she has …", "as Trump was …".
    static let auxiliaries: LexiconSet = ["is", "was", "are", "were", "has", "have", "had"]

    /// The source of a quote that closes `words` (its sentence up to the quote, quotes left
    /// out) when a later clause than the sentence's own subject names it: the owner of a noun
    /// of speech that holds the quote ("Trump’s claim that", "her remarks about") or the subject of a subordinate clause that
    /// runs up to the quote without a comma ("after she attacked …"), with the index of the
    /// word where that clause starts. Nil otherwise.
    static func clauseSource(in words: [String], common: TokenWordSet) -> (mention: String, start: Int)? {
        var found: (mention: String, start: Int)?
        // The noun holds the quote: "Trump’s claim that …", "her remarks about …", "my answer: …",
        // not "Trump’s statement was “true.”".
        for k in words.indices.dropFirst() where speechNouns.containsLowercased(words[k])
            && (k + 1 == words.count || ["that", "of", "about"].contains(words[k + 1]) || k + 2 == words.count && words[k + 1].equalsPlainWord(":")) {
            if let owner = possessiveOwner(words[k - 1], before: Array(words[..<(k - 1)]), common: common) { found = (owner, k - 1) }
        }
        if let agent = causedStance(in: words, common: common), agent.start > (found?.start ?? -1) { found = agent }
        guard let s = words.lastIndex(where: { subordinators.containsLowercased($0) }), s > (found?.start ?? -1),
              !words[(s + 1)...].contains(","), let subject = clauseSubject(Array(words[(s + 1)...]), common: common) else { return found }
        return (subject, s)
    }

    /// The name a causative verb moves to take a stance in words, with the index where its name
    /// starts: "Republican Party" of "That prompted the Republican Party to slam Broward's
    /// supervisor of elections, Brenda Snipes, for “…”"; nil for one only asked to ("urged Trump to
    /// denounce …").
    static func causedStance(in words: [String], common: TokenWordSet) -> (mention: String, start: Int)? {
        guard let to = words.indices.dropLast().last(where: { words[$0].equalsPlainWord("to") && stanceVerbs.containsLowercased(words[$0 + 1]) }),
              let run = nameRun(endingAt: to, in: words, common: common) else { return nil }
        let verb = run.lowerBound >= 2 && words[run.lowerBound - 1].equalsLowercased("the") ? run.lowerBound - 2 : run.lowerBound - 1
        guard verb >= 0, causatives.containsLowercased(words[verb]) else { return nil }
        return (join(words[run]), run.lowerBound)
    }

    /// Verbs that make someone do what follows them: "prompted X to slam", "led X to criticize".
    private static let causatives: LexiconSet = [
        "prompted", "prompts", "prompting", "led", "leads", "leading", "caused", "causes", "causing", "forced", "forces", "forcing",
        "spurred", "spurs", "spurring",
    ]

    /// True when a new clause starts between word `start` and word `end`: a semicolon, or a
    /// comma before a conjunction ("…” she said, but Kevin was drifting off, and as Trump …").
    static func clauseEnds(in words: [String], from start: Int, to end: Int) -> Bool {
        (start..<end).contains { k in words[k].isSemicolon || k > 0 && words[k - 1].equalsPlainWord(",") && clauseBreaks.containsLowercased(words[k]) }
    }

    /// "Trump’s" → "Trump", "Gov. Chris Christie’s" → "Gov. Chris Christie", "her" → "she", "my" → "I".
    private static func possessiveOwner(_ word: String, before: [String], common: TokenWordSet) -> String? {
        if let pronoun = ["his": "he", "her": "she", "their": "they", "my": "I", "our": "we"][word.lowercased()] { return pronoun }
        guard word.endsWithPossessiveS else { return nil }
        let run = before + [String(word.dropLast(2))]
        return nameRun(endingAt: run.count, in: run, common: common).map { join(run[$0]) }
    }

    /// The one a sentence ending with a colon introduces as speaking next (`words` are its words
    /// outside quotes): the subject of its last clause that opens after a comma or a subordinator
    /// ("It’s safe to assume fans had the same reaction when, shortly before 2 p.m., McDermott sent
    /// out the following message on Twitter:"), else the sentence's subject ("Rhonda Ungericht,
    /// among many others, vented on Keurig’s Facebook page:").
    static func introducer(in words: [String], common: TokenWordSet) -> String? {
        for k in words.indices.dropFirst().reversed() where words[k - 1].equalsPlainWord(",") || subordinators.containsLowercased(words[k - 1]) {
            if let subject = clauseSubject(Array(words[k...]), common: common) { return subject }
        }
        return subject(in: words, common: common)
    }

    /// The subject of the last main clause of `words` that a comma and "but" or "and", or a
    /// semicolon, joins on: "he" of "Illness kept him away, but he released a statement"; a name
    /// may carry an appositive before its verb: "…, but Jerry Brotton, historian of cartography,
    /// isn’t so sure". Nil when no such clause opens with a name or pronoun and a verb.
    static func coordinatedSubject(_ words: [String], common: TokenWordSet) -> String? {
        guard let k = coordinatedClauseStart(words) else { return nil }
        let clause = Array(words[k...])
        if let subject = clauseSubject(clause, common: common) { return subject }
        guard let run = nameRun(startingAt: 0, in: clause, common: common), run.upperBound < clause.count, clause[run.upperBound].equalsPlainWord(","),
              let close = clause[(run.upperBound + 1)...].prefix(20).firstIndex(of: ",") else { return nil }
        return clauseSubject(Array(clause[run]) + clause[(close + 1)...], common: common)
    }

    /// Where the last clause of `words` that a semicolon, or a comma and "but" or "and", joins on
    /// starts (`coordinatedSubject`); nil for none.
    static func coordinatedClauseStart(_ words: [String]) -> Int? {
        // (A word that lower-cases to "but" or "and" is three bytes, an ASCII word, and a semicolon at most two: each
        // word's byte count is read once, from the end, and most words are ruled out by it before anything else is
        // asked of them or of the word before them.)
        words.withUnsafeBufferPointer { words in
            // (`k` is where the clause would start, after the word at `k - 1`: the last word opens none.)
            var k = words.count - 1
            while k >= 1 {
                let count = words[k - 1].utf8.count
                if count <= 2 ? words[k - 1].isSemicolon
                    : count == 3 && k >= 2 && words[k - 2].equalsPlainWord(",") && coordinators.containsLowercased(words[k - 1]) { return k }
                k -= 1
            }
            return nil
        }
    }

    /// The conjunctions that join a main clause after a comma (`coordinatedSubject`).
    private static let coordinators: WordSet = ["but", "and"]

    /// A pronoun or a name opening `words` and followed by a verb: "she attacked …", "Trump went on about".
    private static func clauseSubject(_ words: [String], common: TokenWordSet) -> String? {
        guard let first = words.first else { return nil }
        let end: Int
        if isPronoun(first) {
            end = 1
        } else if let run = nameRun(startingAt: 0, in: words, common: common), !words[run.upperBound - 1].hasSuffix("'s"), !words[run.upperBound - 1].hasSuffix("\u{2019}s") {
            end = run.upperBound
        } else {
            return nil
        }
        // A verb follows: "after Trump as a …" has none, "after" was a preposition.
        guard end < words.count, let c = words[end].first, c.isLowercase else { return nil }
        // (The word's lists read in one look-up.)
        let next = QuoteWordClass.of(words[end])
        if !next.isDisjoint(with: [.auxiliary, .adverb, .cue]) { return join(words[..<end]) }
        guard next.isDisjoint(with: [.clauseWord, .preposition, .determiner, .functionWord]) else { return nil }
        return join(words[..<end])
    }
}

extension QuoteAttribution {
    /// Words before a participle that opens a sentence: "After saying …", "While arguing …".
    private static let participleOpeners: LexiconSet = ["after", "before", "while", "when", "since", "by", "without", "upon", "in"]

    /// True when `words` (a sentence up to a quote) are a participle phrase of speech with no
    /// subject of its own, which the main clause after the quote supplies: "After saying her
    /// foot was “so swollen …,” she was …", "Calling the plan “a disgrace,” Reyes …".
    static func opensWithParticipleCue(_ words: [String]) -> Bool {
        var p = 0
        while p < words.count, !words[p].startsWithLetter { p += 1 }
        if p < words.count, participleOpeners.containsLowercased(words[p]) { p += 1 }
        guard p < words.count else { return false }
        let word = words[p].lowercasedIfNeeded
        return word.hasPlainSuffix("ing") && cues.contains(word) && !words[p...].contains(",")
    }

    /// The subject of the main clause after a quote inside an opening participle phrase of speech
    /// (`opensWithParticipleCue`), `rest` the sentence's words after the quote: right after it
    /// ("Calling the plan “a disgrace,” Reyes …"), else after the comma that closes the phrase
    /// ("Describing Yida as a “very insecure” area, Isaacs expressed worry").
    static func mainSubject(after rest: [String], common: TokenWordSet) -> String? {
        if let subject = subject(in: rest, common: common) { return subject }
        guard let comma = rest.prefix(6).firstIndex(of: ","), comma > 0,
              rest[..<comma].allSatisfy({ $0.startsWithLowercase && !cues.contains($0) }) else { return nil }
        return subject(in: Array(rest[(comma + 1)...]), common: common)
    }
}
