/// Finds who is named as the source of speech in a run of words: the mention next to a cue
/// verb ("Mr. Ahn said", "said the minister", "according to the report", "he added").
struct QuoteAttribution: Equatable {
    /// The words naming the speaker ("Mr. Ahn", "he", "the report").
    var mention: String
    var cue: String

    /// The attribution among `words` (the words of one sentence outside its quotes). Words in
    /// `common` appear in lower case elsewhere in the article, so capitalized they are not names.
    /// With `near` (the word index where a quote sits), the cue closest to it wins.
    static func find(in words: [String], common: TokenWordSet = .none, near: Int? = nil) -> QuoteAttribution? {
        find(in: words, candidates: candidates(in: words, common: common), near: near, common: common)
    }

    /// `find` with the `candidates` of `words` already made.
    static func find(
        in words: [String], candidates found: [(attribution: QuoteAttribution, cue: Int)], near: Int?, common: TokenWordSet = .none
    ) -> QuoteAttribution? {
        guard let near else { return found.first?.attribution }
        if let inverted = speakerAfterQuote(in: words, candidates: found, quoteAt: near, common: common) { return inverted }
        // A cue after the quote speaks for it unless a new clause starts between them
        // (a semicolon, a comma or dash and a conjunction): "Kerry said … take “robust steps,” and he urged …",
        // "Calxeda offers “wimpy core” servers … — while HP is exploring … a research effort it calls …".
        func isEligible(_ candidate: (attribution: QuoteAttribution, cue: Int)) -> Bool {
            // A relative clause closed by a comma before the cue describes the speaker: "…,” Interior
            // Minister Wolfgang Peschorn, who serves in a caretaker government, said".
            let closedRelative = candidate.cue > 0 && words[candidate.cue - 1].equalsPlainWord(",")
            return candidate.cue <= near || !(near..<candidate.cue).contains { k in
                if words[k].isSemicolon { return true }
                // Only a word after a comma or dash, or right after the quote, is lower-cased to be read.
                let afterComma = k > 0 && isClauseComma(words[k - 1])
                guard afterComma || k == near else { return false }
                let lower = words[k].lowercasedIfNeeded
                // A contrast right after the quote opens a clause too: "…,” while 73 percent said …".
                return afterComma && clauseBreaks.contains(lower) && !(closedRelative && relativesOfPeople.contains(lower))
                    || k == near && contrasts.contains(lower)
                    // A relative clause right after the quote is about the quoted thing: "the “LBJ Redemption Tour,”
                    // which started when he admitted …".
                    || k == near && lower.equalsPlainWord("which")
            }
        }
        // The nearest eligible cue (the first of those as near), read in one pass without lists. A cue set off
        // between dashes or in parentheses away from the quote sources only that aside, and another eligible cue
        // wins over it: "Police say that Alcorn's texts — 2,400 of them, according to the girl's mother — showed a
        // “deep love”".
        var nearest: (attribution: QuoteAttribution, distance: Int)?
        var nearestInMain: (attribution: QuoteAttribution, distance: Int)?
        for candidate in found where isEligible(candidate) {
            let distance = abs(candidate.cue - near)
            if nearest.map({ distance < $0.distance }) ?? true { nearest = (candidate.attribution, distance) }
            if !isSetOff(candidate.cue, awayFrom: near, in: words), nearestInMain.map({ distance < $0.distance }) ?? true {
                nearestInMain = (candidate.attribution, distance)
            }
        }
        return (nearestInMain ?? nearest)?.attribution
    }

    /// The one named after an inverted cue right after a quote that words before it open: "Echenique
    /// “was definitely a big factor,” said VanDeest" — VanDeest speaks, Echenique is spoken of (the
    /// quote at word index `near`, left out of `words`). Nil when no such cue is among `found`, when
    /// the quote opens the sentence ("“…,” said Smith" reads so already) or when the name after the
    /// cue opens what was said ("… said the director appeared …").
    static func speakerAfterQuote(
        in words: [String], candidates found: [(attribution: QuoteAttribution, cue: Int)], quoteAt near: Int, common: TokenWordSet
    ) -> QuoteAttribution? {
        guard near > 0, near < words.count, inverting.containsLowercased(words[near]), words[near - 1].startsWithLetter,
              let cue = found.first(where: { $0.cue == near }), let after = mentionAfter(words, from: near + 1, common: common),
              after != cue.attribution.mention, !opensReportedClause(words, mention: after, after: near) else { return nil }
        return QuoteAttribution(mention: after, cue: cue.attribution.cue)
    }

    /// True when the word at `index` lies between two dashes or inside parentheses, within its sentence, that do
    /// not hold the word at `near`.
    static func isSetOff(_ index: Int, awayFrom near: Int, in words: [String]) -> Bool {
        // (Each word's mark is read once, most words' from their first byte.)
        var open = index - 1
        var opener: Mark?
        while open >= 0 {
            let mark = mark(words[open])
            if mark?.setsOff == true || mark == .openParenthesis { opener = mark; break }
            if mark?.isStop == true { return false }
            open -= 1
        }
        guard let opener else { return false }
        var close = index + 1
        while close < words.count {
            let mark = mark(words[close])
            if opener == .openParenthesis ? mark == .closeParenthesis : mark?.setsOff == true { break }
            if mark?.isStop == true { return false }
            close += 1
        }
        guard close < words.count else { return false }
        return !(open < near && near <= close)
    }

    /// True for the punctuation before a conjunction that opens a new clause: a comma or a dash.
    static func isClauseComma(_ word: String) -> Bool {
        word.equalsPlainWord(",") || isDash(word)
    }

    /// True for a dash that sets words off: an em or en dash, or two hyphens typed for one.
    static func isSetOffDash(_ word: String) -> Bool {
        isDash(word) || word.equalsPlainWord("--")
    }

    /// True for an em or en dash standing as a word. Only the bytes of U+2014 or U+2013 make
    /// either (neither decomposes, nothing composes to them): a word that does not start with
    /// their lead byte 0xE2 is ruled out without a Unicode string comparison.
    static func isDash(_ word: String) -> Bool {
        word.firstByte == 0xE2 && (word == "\u{2014}" || word == "\u{2013}")
    }

    /// Every attribution in `words` with the index of its cue, in order.
    static func candidates(in words: [String], common: TokenWordSet) -> [(attribution: QuoteAttribution, cue: Int)] {
        var found: [(attribution: QuoteAttribution, cue: Int)] = []
        func add(_ mention: String, _ cue: String, _ i: Int) { found.append((QuoteAttribution(mention: mention, cue: cue), i)) }
        // (The statics are read once, not at every word.)
        let triggerFilter = cueTriggerFilter, triggers = cueTriggerWords, shortest = shortestTrigger
        // Whether a word is "defined", which a defining rule needs (`definingRule`): noted as the words pass the
        // filter, and the rule sought only then, not in a reading of its own of every sentence.
        var defines = false
        for i in words.indices {
            // Every rule below starts at a word whose lower case is one of `cueTriggers`: the shortest of the rest
            // (punctuation, "a", "of") are ruled out by their count, most others by their first bytes, and the ones
            // those let through (four in five) by one look-up, not by the tests of every rule. (Read in place: only a
            // word that passes the filter is copied, where copying every word retained and released it.)
            guard words[i].utf8.count >= shortest, triggerFilter.mayContain(words[i]) else { continue }
            let word = words[i]
            guard triggers.containsLowercased(word) else { continue }
            if word.equalsPlainWord("defined") { defines = true }
            // "Republicans make the case that Lerner took an “aggressive and improper” interest": making the case
            // that … is arguing it.
            if word.equalsPlainWord("case"), i >= 2, i + 1 < words.count, words[i + 1].equalsPlainWord("that"), words[i - 1].equalsPlainWord("the"),
               ["make", "makes", "made", "making"].contains(words[i - 2]), let m = mentionBefore(words, cueAt: i - 2, common: common) {
                add(m, "made the case", i)
                continue
            }
            // A command or a question with no object ends its clause after the one who gave it: "“Hands! Let me see your
            // hands!” an officer ordered." (not "Nixon ordered his chief of staff …"), "“What do they consider to be South
            // Sudan?” Isaacs questioned, noting …" (not "Isaacs questioned the count").
            // (The punctuation after the word is asked about before the set: most words have none.)
            if i + 1 == words.count || words[i + 1].equalsPlainWord(".") || words[i + 1].equalsPlainWord(",") || words[i + 1].isSemicolon, commandCues.contains(word),
               let m = mentionBefore(words, cueAt: i, common: common) {
                add(m, word, i)
                continue
            }
            // "Pointing out" is saying: "“One of the most fascinating things …,” Bernstein points out." ("points" alone is
            // a count: "scored 20 points").
            if i + 1 < words.count, words[i + 1].equalsPlainWord("out"), word.equalsPlainWord("points") || word.equalsPlainWord("pointed"), let m = mentionBefore(words, cueAt: i, common: common) {
                add(m, word + " out", i)
                continue
            }
            // "The lawsuit charges that …": charging that … is alleging it ("faces charges that …", "the charges that …" name
            // counts of a case, with no one before them to speak).
            if word.equalsPlainWord("charges"), i + 1 < words.count, words[i + 1].equalsPlainWord("that"), !isNoun(words, at: i), let m = mentionBefore(words, cueAt: i, common: common) {
                add(m, word, i)
                continue
            }
            // Informing someone that … is telling them: "the White House had informed her that “…”" ("informed her political
            // views" shapes them, with no "that" after its object).
            if word.equalsPlainWord("informed"), let that = words[(i + 1)...].prefix(4).firstIndex(of: "that"), words[(i + 1)..<that].allSatisfy(\.startsWithLetter),
               let m = mentionBefore(words, cueAt: i, common: common) {
                add(m, word, i)
                continue
            }
            // "Here is how bad things got in the words of the patient: “…”".
            if word.equalsPlainWord("words"), i >= 2, i + 2 < words.count, words[i - 1].equalsLowercased("the"), words[i - 2].equalsLowercased("in"),
               words[i + 1].equalsPlainWord("of"), let m = mentionAfter(words, from: i + 2, common: common) ?? nounPhrase(from: i + 2, in: words) {
                add(m, "in the words of", i)
                continue
            }
            // An opening "as" clause of showing gives its source the sentence: "As Yoshina brilliantly illustrates, “covering”
            // one's reportedly negative “minority traits” has an insidious effect".
            if i >= 2, i + 1 < words.count, words[i + 1].equalsPlainWord(","), words[0].equalsLowercased("as"), showingVerbs.contains(word),
               let m = mentionBefore(words, cueAt: i, common: common), m.startsWithUppercase, !isPronoun(m) {
                add(m, word, i)
                continue
            }
            // A sign "reading" its words speaks them, as one "saying" them does: "carried a sign reading, “I'm not here for
            // Trump!”" ("reading" is no cue elsewhere: "reading “The Hunger Games”").
            if word.equalsPlainWord("reading"), let display = displayDescription(endingAt: i, in: words) {
                add(display, word, i)
                continue
            }
            // (Looked up by its bytes: most words that reach here are no cue, and are not lower-cased.)
            guard cues.containsLowercased(word), !isNoun(words, at: i) else { continue }
            let lower = word.lowercasedIfNeeded
            // A cue is a lower-case verb: "United States" is no "X states"; capitalized, it may
            // open the sentence: "Said Ellis: …", "According to Limbaugh, …".
            guard word.startsWithLowercase
                || (lower.equalsPlainWord("according") || inverting.contains(lower)) && words[..<i].allSatisfy({ !$0.startsWithLetter })
            else { continue }
            // A participle ("…, saying") belongs to the subject of its clause, found elsewhere,
            // unless a name comes right before it: "footage of Trump saying".
            // The progressive: "what the banks are saying is-- that “…”".
            if lower.hasPlainSuffix("ing"), !lower.equalsPlainWord("according"), i >= 2, progressiveAuxiliaries.containsLowercased(words[i - 1]),
               let m = mentionBefore(words, cueAt: i - 1, common: common) ?? plainDescription(endingAt: i - 1, in: words) {
                add(m, word, i)
                continue
            }
            if lower.hasPlainSuffix("ing"), !lower.equalsPlainWord("according") {
                // A sign speaks its words, as in "a sign that says “Akwaaba”": "students who carried small signs saying “…”".
                if let display = displayDescription(endingAt: i, in: words) {
                    add(display, word, i)
                    continue
                }
                // "Yonhap quoted a unification ministry official in Seoul as saying": the one quoted speaks, nearer
                // the quote than the agency quoting.
                if i >= 3, words[i - 1].equalsLowercased("as"),
                   let quoted = words[max(0, i - 12)..<(i - 1)].lastIndex(where: { $0.equalsLowercased("quoted") }), quoted + 1 < i - 1,
                   !words[(quoted + 1)..<(i - 1)].contains(","), let m = mentionAfter(words, from: quoted + 1, common: common) {
                    add(m, "quoted as " + word, i)
                    continue
                }
                // "Yu Mingyong, a deputy court president, was quoted as saying.", "Vasiliades was recorded saying,
                // according to court documents": the subject of the passive speaks, nearer the quote than the record.
                let passive = i >= 2 && words[i - 1].equalsLowercased("as") ? i - 2 : i - 1
                if passive > 0, passiveReporting.containsLowercased(words[passive]), passive < i - 1 || !words[passive].equalsLowercased("quoted") {
                    var k = passive
                    while k > 0, ["was", "were", "is", "are", "been", "being"].contains(words[k - 1].lowercasedIfNeeded) { k -= 1 }
                    if k < passive, let m = mentionBefore(words, cueAt: k, common: common) {
                        add(m, words[passive...i].joined(separator: " "), i)
                        continue
                    }
                }
                // "Illness kept him away, but he released a statement, saying, “…”": a participle after a comma speaks for
                // the subject of the main clause joined by "but" or "and" it closes, not for the sentence's first subject.
                if i > 1, words[i - 1].equalsPlainWord(","), let m = coordinatedSubject(Array(words[..<(i - 1)]), common: common) {
                    add(m, word, i)
                    continue
                }
                // "with the EU warning Israel it was …": an article may come between.
                if i > 0, !words[i - 1].equalsPlainWord(","), let run = nameRun(endingAt: i, in: words, common: common), run.lowerBound > 0,
                   prepositions.containsLowercased(words[run.lowerBound - 1])
                    || run.lowerBound > 1 && words[run.lowerBound - 1].equalsLowercased("the") && prepositions.containsLowercased(words[run.lowerBound - 2]) {
                    add(join(words[run]), word, i)
                } else if let with = words[max(0, i - 4)..<i].lastIndex(where: { $0.equalsLowercased("with") }), with + 1 < i,
                          words[(with + 1)..<i].allSatisfy({ $0.startsWithLowercase && !cues.containsLowercased($0) }),
                          sourceNouns.containsLowercased(words[i - 1]) || quantifiers.containsLowercased(words[i - 1]) {
                    // "with some calling it “insulting”", "with critics saying …": the people after "with" speak.
                    add(join(words[(with + 1)..<i]), word, i)
                } else if let described = absoluteDescription(words, participle: i) {
                    add(described, word, i)
                } else if i + 1 == words.count || [",", ":"].contains(words[i + 1]), let described = speakingDescription(endingAt: i, in: words) {
                    // "… and her daughter screaming, “Mommy, mommy, I got hit.”": the one described speaks the words after.
                    add(described, word, i)
                }
                continue
            }
            if lower.equalsPlainWord("according") {
                if i + 2 < words.count, words[i + 1].equalsLowercased("to"), let m = mentionAfter(words, from: i + 2, common: common) {
                    add(authorOfRecord(m, in: words, after: i + 2, common: common) ?? m, "according to", i)
                }
                continue
            }
            // A cue of hedged saying inside what an earlier cue reports is part of the report: "Holm said in the
            // letter that the advertisement “unmistakably and wrongfully” suggests that …".
            if weakCues.contains(lower), !found.isEmpty { continue }
            // "as a Homeland Security memo put it"; "the letter reads".
            if lower.equalsPlainWord("put"), !(i + 1 < words.count && words[i + 1].equalsPlainWord("it")) { continue }
            // A passive with its agent: "only to be called “coward” by Obama’s chief lawyer" (the quote left out of `words`).
            let by = i + 2 < words.count && words[i + 1].equalsLowercased("as") ? i + 2 : i + 1
            if i > 0, by + 1 < words.count, words[by].equalsLowercased("by"), lower.hasPlainSuffix("ed"),
               passiveAuxiliaries.containsLowercased(words[i - 1]),
               let m = mentionAfter(words, from: by + 1, common: common) {
                add(m, word + " by", i)
                continue
            }
            // The subject of a passive with no agent is spoken of, not speaking: "A teacher is accused of being “obsessed”".
            if isAgentlessPassive(words, at: i) { continue }
            // Agreeing to a thing is no saying: "Israel has agreed a “humanitarian corridor”".
            if agreesToThing(words, at: i) { continue }
            if let m = mentionBefore(words, cueAt: i, common: common) {
                // "That has made it “a compelling object for study,” says Tori Hoehler, an astrobiologist": "it" ends the
                // clause the quote closes, and the name after the inverted cue, set off by a comma, speaks.
                if m.equalsLowercased("it"), inverting.contains(lower), let run = nameRun(startingAt: i + 1, in: words, common: common),
                   run.upperBound == words.count || [",", "."].contains(words[run.upperBound]) {
                    add(join(words[run]), word, i)
                    continue
                }
                add(m, word, i)
            } else if inverting.contains(lower), let m = mentionAfter(words, from: i + 1, common: common),
                      !opensReportedClause(words, mention: m, after: i) {
                add(m, word, i)
            } else if i > 1, words[i - 1].equalsPlainWord(",") || words[i - 1].equalsLowercased("and"), !lower.hasPlainSuffix("s"),
                      i + 1 < words.count, words[i + 1].equalsPlainWord(",") || words[i + 1].equalsPlainWord(":"),
                      let m = subject(in: Array(words[..<i]), common: common) {
                // A verb in a series that opens a quote shares the sentence's subject: "During the call, he asked
                // about …, called Omar a “terrorist” and said, “…,” the prosecutor’s office said" (he, nearer the
                // quotes than the office).
                add(m, word, i)
            }
        }
        // "under California law, rape is defined as someone using “…”": the law defines.
        if defines, let rule = definingRule(in: words) {
            found.insert((QuoteAttribution(mention: rule.mention, cue: "defined"), rule.cue), at: found.firstIndex { $0.cue > rule.cue } ?? found.count)
        }
        return found
    }

    /// True when the mention read after the cue at `cue` is followed by a finite verb, so it is
    /// the subject of what was said, not the one saying it: "A … man … said the director appeared
    /// “determined”" (not "said the director, adding", "said the official involved in the talks").
    static func opensReportedClause(_ words: [String], mention: String, after cue: Int) -> Bool {
        guard let last = mention.split(atASCII: 0x20).last,
              let end = words[(cue + 1)...].prefix(12).firstIndex(of: String(last)), end + 1 < words.count else { return false }
        let next = words[end + 1].lowercasedIfNeeded
        // (The word's lists read in one look-up.)
        let classes = QuoteWordClass.of(next)
        if classes.contains(.finiteAuxiliary) { return true }
        // A name modifying the noun that opens the clause: "said a Sandoval nomination would “…”".
        if end + 2 < words.count, words[end + 1].startsWithLowercase, words[end + 1].startsWithLetter,
           classes.isDisjoint(with: [.clauseWord, .preposition, .adverb]), finiteAuxiliaries.containsLowercased(words[end + 2]) {
            return true
        }
        // A past tense closing the words or going on without a preposition: "appeared" (the quote left out of `words`).
        guard next.hasPlainSuffix("ed"), next.count > 3, words[end + 1].startsWithLowercase else { return false }
        return end + 2 == words.count || words[end + 2].startsWithLetter && !prepositions.containsLowercased(words[end + 2])
    }

    /// Auxiliaries and modals that open a clause's verb: "said the director was", "said the firm would".
    static let finiteAuxiliaries: LexiconSet = [
        "is", "was", "are", "were", "has", "have", "had", "would", "will", "could", "can", "should", "might", "may", "must", "did", "does",
    ]

    /// Word lists read at every cue, sets made once (an array literal is built and destroyed at
    /// each reading): relative pronouns of people, contrasts opening a clause, the auxiliaries
    /// of the progressive, "that" and "which" opening a relative clause, and the relative pronouns.
    static let relativesOfPeople: LexiconSet = ["who", "which"]
    static let contrasts: LexiconSet = ["while", "whereas", "although", "though"]
    static let progressiveAuxiliaries: LexiconSet = ["is", "are", "was", "were", "am"]
    static let relativeThat: LexiconSet = ["that", "which"]
    static let relatives: LexiconSet = ["which", "who", "whose"]

    /// Verbs of a command or question that end their clause after the one who gave it ("an officer ordered.").
    /// A set made once: an array literal tested for every word of every sentence is built each time.
    static let commandCues: LexiconSet = ["ordered", "commanded", "questioned"]

    /// The words a rule of `candidates` reads a cue at: the cues, the command cues, the showing
    /// verbs and the words of the phrases read there ("make the case", "points out", "charges
    /// that", "informed … that", "in the words of", "a sign reading"), and "defined", which a
    /// defining rule holds (`definingRule`).
    static let cueTriggers: [String] = Array(cues.words) + Array(commandCues.words) + Array(showingVerbs)
        + ["case", "points", "pointed", "charges", "informed", "words", "reading", "defined"]

    /// Rules out a word (and its lower-cased form) that no rule of `candidates` starts at.
    private static let cueTriggerFilter = WordLengthFilter(cueTriggers)

    /// The trigger words, for telling a word the filter lets through that no rule of
    /// `candidates` starts at: one whose lower case is none of them (each rule's word is
    /// written in lower case, or compared lower-cased).
    static let cueTriggerWords = LexiconSet(cueTriggers)

    /// The bytes of the shortest trigger (all are ASCII letters). A word of fewer bytes equals
    /// none (a string equal to an ASCII word has a scalar, and so a byte, or more for each of
    /// its characters) and lower-cases to none (a scalar lower-cases to one ASCII letter at most).
    private static let shortestTrigger = cueTriggers.map(\.utf8.count).min() ?? 0

    /// "Mr. Ahn said", "he said", "the source added", "Smith, a former aide, said".
    private static func mentionBefore(_ words: [String], cueAt cue: Int, common: TokenWordSet) -> String? {
        var k = cue
        // Skip adverbs and auxiliaries: "Trump later said", "she has also said", and a day between
        // them: "Trump on Friday repeatedly claimed", "the minister yesterday said".
        // A year between the subject and its cue: "who in 2010 said".
        if k >= 3, words[k - 2].equalsLowercased("in"), words[k - 1].count == 4, words[k - 1].isNumeral { k -= 2 }
        // A verb of intent or prospect before the infinitive cue, with its auxiliary: "what people are going to say is",
        // "they wanted to say".
        if k >= 3, words[k - 1].equalsPlainWord("to"), infinitiveHeads.contains(words[k - 2].lowercasedIfNeeded) {
            k -= 2
            while k > 0, cue - k < 6, ["are", "is", "was", "were", "am", "be", "\u{2019}re", "'re"].contains(words[k - 1].lowercasedIfNeeded) { k -= 1 }
        }
        while k > 0, cue - k < 3, adverbs.containsLowercased(words[k - 1]) || isMannerAdverb(words, at: k - 1) { k -= 1 }
        // A reflexive stressing the subject: "he himself said", "Trump himself said".
        if k > 1, intensifiers.containsLowercased(words[k - 1]) { k -= 1 }
        if k > 0, days.containsLowercased(words[k - 1]) {
            k -= k >= 2 && words[k - 2].equalsLowercased("on") ? 2 : 1
            while k > 0, cue - k < 6, adverbs.containsLowercased(words[k - 1]) { k -= 1 }
        }
        // Skip a parenthetical between the name and the cue: "Rep. Jason Chaffetz (R-Utah) said".
        if k > 0, words[k - 1].equalsPlainWord(")"), let open = words[..<(k - 1)].lastIndex(of: "("), k - open <= 8 { k = open }
        guard k > 0 else { return nil }
        let previous = words[k - 1]
        if isPronoun(previous) { return previous }
        // What a sign says in a relative clause: "greeted by a sign that says “Akwaaba”".
        if relativeThat.contains(previous), let display = displayDescription(endingAt: k - 1, in: words) { return display }
        // A relative clause speaks for the name it follows, set off or not: "former Sen. Sam Nunn, who said that …",
        // "a tweet quoting Fox Business Network host Stuart Varney who said “…”".
        // "which" set off after a body's name speaks for it: "was cited … by the Hill, which said he had been …".
        if previous.equalsPlainWord("which"), k >= 3, isClauseComma(words[k - 2]), let run = nameRun(endingAt: k - 2, in: words, common: common) {
            return join(words[run])
        }
        if previous.equalsLowercased("who"), k >= 2 {
            let end = k >= 3 && isClauseComma(words[k - 2]) ? k - 2 : k - 1
            if let run = nameRun(endingAt: end, in: words, common: common) { return join(words[run]) }
            // Or the plain description it follows: "the banks, who say to themselves, “…”".
            if end < k - 1, let described = plainDescription(endingAt: end, in: words) { return described }
            // Or the name before an appositive it follows: "McConnell, now the Senate majority leader, who in 2010 said".
            if end < k - 1, let comma = words[max(0, end - 10)..<end].lastIndex(where: { $0.equalsPlainWord(",") }), comma > 0,
               !words[(comma + 1)..<end].contains(where: { mark($0)?.endsSentencePart == true || cues.contains($0) }),
               let run = nameRun(endingAt: comma, in: words, common: common) {
                return join(words[run])
            }
            // Or a described source it follows: "comments from Turner’s father, who called prison “…”" (not a bare
            // noun: "an African American or Hispanic, man or woman, who said").
            if end < k - 1, let described = description(endingAt: end, in: words), isDetermined(described) { return described }
        }
        // One subject for two verbs: "I laughed and said", "Trump paused and added", "the indictment alleges
        // Vasiliades contacted the victim's husband in April and said" (the nearest verb before has it).
        if previous.equalsPlainWord("and"), k >= 3 {
            var v = k - 2
            while v > 0, k - v <= 10, !(words[v].startsWithLowercase && words[v].hasPlainSuffix("ed") && words[v].count > 3) {
                if mark(words[v])?.endsClause == true || cues.containsLowercased(words[v]) { v = 0; break }
                v -= 1
            }
            if v > 0 {
                if isPronoun(words[v - 1]) { return words[v - 1] }
                // The name opens the sentence or a reported clause ("alleges Vasiliades contacted"), not a list
                // inside a relative clause ("through which … the Red Cross and Red Crescent condemned").
                if let run = nameRun(endingAt: v, in: words, common: common), v == k - 2 || run.lowerBound == 0
                    || cues.containsLowercased(words[run.lowerBound - 1]) || ["that", ","].contains(words[run.lowerBound - 1].lowercasedIfNeeded) {
                    return join(words[run])
                }
            }
        }
        // An appositive between the name and the cue: "Quina Jones, 25, said",
        // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said".
        // "Del. Marcia Price (D-Newport News), shouted".
        if previous.equalsPlainWord(","), k >= 2, words[k - 2].equalsPlainWord(")"), let open = words[..<(k - 2)].lastIndex(of: "("), k - open <= 9,
           let run = nameRun(endingAt: open, in: words, common: common) {
            return join(words[run])
        }
        if previous.equalsPlainWord(",") {
            // An aside of time, place or manner between the subject and its cue: "what George W. Bush, in his 2000
            // campaign, described as".
            if let open = prepositionalAsideStart(words, closingCommaAt: k - 1), let m = mentionBefore(words, cueAt: open, common: common) { return m }
            if let named = nameBeforeAppositive(words, commaAt: k - 1, common: common) { return named }
            // A relative clause set off by commas describes the one before it: "one user on Weibo, which is
            // essentially China’s version of Twitter, posted".
            var c = k - 2
            while c > 0, k - c <= 20, mark(words[c])?.endsSentencePart != true {
                if words[c].equalsPlainWord(","), c + 1 < k - 1, relatives.containsLowercased(words[c + 1]) {
                    // A name opening the clause is its head: "Kassie Siegel of the Center for Biological Diversity,
                    // who has led legal efforts …, said".
                    var start = c
                    while start > 0, mark(words[start - 1])?.endsClause != true, !cues.containsLowercased(words[start - 1]) { start -= 1 }
                    if let run = nameRun(startingAt: start, in: words, common: common), run.upperBound < c { return join(words[run]) }
                    // Else the one before the clause, or the description opening the subject: "Another Republican senator
                    // aligned with the GOP court blockade, who spoke on the condition of anonymity …, said".
                    return mentionBefore(words, cueAt: c, common: common) ?? describedSubject(in: words, before: c)
                }
                c -= 1
            }
            return nil
        }
        // One described by what they know, the thing known read past: "a person familiar with the conversation said",
        // "people familiar with the Trump Organization’s plans said".
        if let familiar = words[max(0, k - 8)..<k].lastIndex(where: { $0.equalsPlainWord("familiar") }), familiar + 1 < k, words[familiar + 1].equalsPlainWord("with"),
           !words[(familiar + 2)..<k].contains(where: { !$0.startsWithLetter || cues.containsLowercased($0) }),
           let described = description(endingAt: familiar, in: words) {
            return described
        }
        if let designation = designation(endingAt: k, in: words) { return designation }
        if let run = nameRun(endingAt: k, in: words, common: common) {
            // A month after a preposition is a time, not the subject: "and in June told the Faith and Freedom Coalition".
            if run.count == 1, run.lowerBound > 0, months.containsLowercased(words[run.lowerBound]),
               prepositions.containsLowercased(words[run.lowerBound - 1]) {
                return nil
            }
            // The state after a person's town: "what Vikki Manko of Naperville, Illinois asks".
            if isPlaceState(words, run), let town = nameRun(endingAt: run.lowerBound - 1, in: words, common: common), town.lowerBound >= 2,
               ["of", "from"].contains(words[town.lowerBound - 1]), let person = nameRun(endingAt: town.lowerBound - 1, in: words, common: common) {
                return join(words[person])
            }
            // The person before the bodies and places they belong to: "Rob Enderle of Enderle Group in Silicon Valley said".
            if let person = personBeforeAffiliations(run, in: words, common: common) { return join(words[person]) }
            // "The authors of the study published in the journal JAMA Psychiatry argued": the journal
            // only tells where they wrote; the description opening the clause speaks.
            if placeOfPublication(before: run.lowerBound, in: words), let head = describedSubject(in: words, before: run.lowerBound) { return head }
            return join(words[run])
        }
        if let description = description(endingAt: k, in: words) {
            // The name opening the clause before an appositive left unclosed: "“…,” Kurinji Selvaraj, a research analyst at
            // the … Water think tank told CBS News."
            if let comma = words[..<k].firstIndex(of: ","), comma + 1 < k, ["a", "an", "the"].contains(words[comma + 1].lowercasedIfNeeded),
               let run = nameRun(endingAt: comma, in: words, common: common), run.lowerBound == 0,
               !(comma + 1..<k).contains(where: { j in
                   mark(words[j])?.endsSentencePart == true || cues.contains(words[j])
                       // A comma inside a body's name ("Council on Energy, Environment and Water") is no end of the appositive.
                       || words[j].equalsPlainWord(",") && !(words[j - 1].startsWithUppercase && j + 1 < k && words[j + 1].startsWithUppercase)
               }) {
                return join(words[run])
            }
            return description
        }
        // A surname that reads like an adverb or a nationality, alone before its cue after a quote: "…,” Lovely said.",
        // "Kelly said", "Maltese said in a press statement that …". An adverb does not open a sentence right before "said".
        if k == 1, cue == 1, isLoneSurname(previous, common: common) {
            return previous
        }
        return nil
    }

    /// One named by a number, as jurors and witnesses kept anonymous are: "Juror No. 12", the
    /// words ending just before `end` (a capitalized noun, "No." and the number).
    static func designation(endingAt end: Int, in words: [String]) -> String? {
        guard end >= 3, words[end - 1].isNumeral else { return nil }
        var k = end - 1
        if words[k - 1].equalsPlainWord(".") { k -= 1 }
        guard k >= 2, ["No", "No.", "Number"].contains(words[k - 1]), words[k - 2].startsWithUppercase, words[k - 2].count > 2,
              !functionWords.containsLowercased(words[k - 2]) else { return nil }
        return join(words[(k - 2)..<end])
    }

    /// `designation(endingAt:)` read forward from `start`: "said Juror No. 8, one of …".
    static func designation(startingAt start: Int, in words: [String]) -> String? {
        var end = start + 2
        if end < words.count, words[end].equalsPlainWord(".") { end += 1 }
        guard end < words.count, words[end].isNumeral else { return nil }
        return designation(endingAt: end + 1, in: words)
    }

    /// True when the words before `index` make a name there a place of publication: "the
    /// journal …", "published in …", "a study in the magazine …".
    private static func placeOfPublication(before index: Int, in words: [String]) -> Bool {
        guard index >= 2 else { return false }
        let previous = words[index - 1].lowercasedIfNeeded
        if publicationNouns.contains(previous) { return true }
        let participle = words[index - 2].lowercasedIfNeeded
        return prepositions.contains(previous) && ["published", "appeared", "appearing", "printed", "posted"].contains(participle)
    }

    private static let publicationNouns: LexiconSet = ["journal", "newspaper", "magazine", "periodical", "gazette"]

    /// A description opening the clause before `index` whose head is a source noun: "The
    /// authors" of "The authors of the research published in …".
    private static func describedSubject(in words: [String], before index: Int) -> String? {
        var start = index
        while start > 0, words[start - 1].startsWithLetterOrNumber { start -= 1 }
        guard start < index, determiners.containsLowercased(words[start]) else { return nil }
        var end = start + 1
        while end < index, !prepositions.containsLowercased(words[end]), !sourceNouns.containsLowercased(words[end]) { end += 1 }
        guard end < index, sourceNouns.containsLowercased(words[end]) else { return nil }
        return join(words[start...end])
    }

    /// The name whose appositive ends at the comma `comma`: the nearest earlier comma that
    /// follows a name opening a clause ("Prince Andrew, the younger brother of heir to the
    /// throne, Charles, has told"), else a name itself set off by commas ("Another critic,
    /// Laurence H. Tribe, likened").
    private static func nameBeforeAppositive(_ words: [String], commaAt comma: Int, common: TokenWordSet) -> String? {
        if let opening = nameOpeningAppositive(words, commaAt: comma, common: common) { return opening }
        if let run = nameRun(endingAt: comma, in: words, common: common), run.lowerBound > 0, words[run.lowerBound - 1].equalsPlainWord(","),
           !isPlaceState(words, run) {
            return join(words[run])
        }
        // A name set off with the body it works for: "Lerner’s attorney, Bill Taylor of Zuckerman Spaeder, called".
        if let body = nameRun(endingAt: comma, in: words, common: common), body.lowerBound >= 3, ["of", "at", "from"].contains(words[body.lowerBound - 1]),
           let run = nameRun(endingAt: body.lowerBound - 1, in: words, common: common), run.lowerBound > 0, words[run.lowerBound - 1].equalsPlainWord(",") {
            return join(words[run])
        }
        return nil
    }

    /// True when the name `run` after a comma is the state or country of a place: one word
    /// (initials aside) after a comma that follows a capitalized word, "Greenbelt, Maryland",
    /// "Washington, D.C."; not "partner at Lenox, Lawrence B. Cummings".
    private static func isPlaceState(_ words: [String], _ run: Range<Int>) -> Bool {
        let comma = run.lowerBound - 1
        guard comma > 0, words[comma].equalsPlainWord(","), words[comma - 1].startsWithUppercase else { return false }
        return words[run].filter { $0.count > 1 }.count <= 1
    }

    /// Where a role in lower case before the name at `index` starts, with its article: "study
    /// lead author" in "study lead author Lucas Paganini, a planetary scientist …, said".
    private static func roleStart(_ words: [String], before index: Int) -> Int {
        var k = index
        while k > 0, index - k < 4, let c = words[k - 1].first, c.isLowercase, !clauseWords.contains(words[k - 1]),
              !cues.contains(words[k - 1]), !prepositions.contains(words[k - 1]), !determiners.contains(words[k - 1]) {
            k -= 1
        }
        return k < index && k > 0 && determiners.containsLowercased(words[k - 1]) ? k - 1 : k
    }

    /// The name opening the clause whose appositive ends at `comma`, looking back at most 40 words.
    private static func nameOpeningAppositive(_ words: [String], commaAt comma: Int, common: TokenWordSet) -> String? {
        var c = comma - 1
        while c > 0, comma - c <= 40 {
            let w = words[c]
            // A period ends the search unless it closes an abbreviation ("R-Ky.", "Jr.").
            if w.equalsPlainWord("."), !(words[c - 1].count <= 4 && words[c - 1].contains(where: \.isUppercase)) { return nil }
            if w.equalsPlainWord(":") || w.isSemicolon || cues.containsLowercased(w) && w.startsWithLowercase && !isNoun(words, at: c) { return nil }
            // Not the state after a place ("in Greenbelt, Maryland, and …"); a role may come before the name, and a
            // party and state after it: "Rep. Sandy Levin (Mich.), the panel’s top Democrat, said".
            let nameEnd = c >= 2 && words[c - 1].equalsPlainWord(")") ? words[..<(c - 1)].lastIndex(of: "(").flatMap { c - $0 <= 9 ? $0 : nil } ?? c : c
            if w.equalsPlainWord(","), let run = nameRun(endingAt: nameEnd, in: words, common: common),
               !isPlaceState(words, run),
               opensClause(words, at: run.lowerBound) || opensClause(words, at: roleStart(words, before: run.lowerBound)) {
                return join(words[run])
            }
            c -= 1
        }
        return nil
    }

    /// True when the cue word at `index` is a noun after an article or possessive: "one of the
    /// states suing", "his claims", "the reports", "Bill Clinton’s comments".
    static func isNoun(_ words: [String], at index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = words[index - 1]
        // (The length is told from the bytes, after the possessive ending that most words lack.)
        return nounMarkers.containsLowercased(previous)
            || previous.endsWithPossessiveS && !UTF8Scan.characterCount(of: previous, isBelow: 3) && contractedPronoun(previous) == nil
    }

    /// Articles and possessives that make the cue word after them a noun (`isNoun`): a set made
    /// once, not an array literal built at every cue.
    private static let nounMarkers: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "these", "those", "your"]

    /// True when a name starting at `index` begins its clause: after nothing, punctuation or a
    /// capitalized sentence opener, not after a preposition ("the foreign minister of France").
    private static func opensClause(_ words: [String], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = words[index - 1]
        // (The first character is told from the first bytes: an ASCII word's is its first byte.)
        if !before.startsWithLetterOrNumber { return true }
        return before.startsWithUppercase && functionWords.containsLowercased(before) && !prepositions.containsLowercased(before)
            || clauseOpeners.contains(before)
    }

    /// Lower-case words after which a name opens its clause (`opensClause`), a set made once.
    private static let clauseOpeners: WordSet = ["and", "but", "while", "as", "then"]

    /// "said Mr. Ahn", "said the minister", "said 9/11 widow Terry Strada", "according to the report".
    static func mentionAfter(_ words: [String], from start: Int, common: TokenWordSet) -> String? {
        guard start < words.count else { return nil }
        let first = words[start]
        // "…,” said he." names him; in "said it was" the pronoun is the subject of what was said, and "it"
        // never speaks after its cue: "but said it “has and will continue …”" (the quote left out of `words`).
        if isPronoun(first) {
            return start + 1 < words.count && words[start + 1].startsWithLowercase || first.equalsLowercased("it") ? nil : first
        }
        if let designation = designation(startingAt: start, in: words) { return designation }
        if let run = nameRun(startingAt: start, in: words, common: common) {
            // Two roles joined before the name: "said SeaMicro CEO and new AMD general manager Andrew Feldman".
            if run.upperBound + 1 < words.count, words[run.upperBound].equalsPlainWord("and"), SpeakerDirectory.roleNouns.containsLowercased(words[run.upperBound - 1]),
               let named = nameEndingRoles(words, from: run.upperBound + 1, common: common) {
                return named
            }
            // A possessive name before a description is that description: "by Obama’s chief lawyer".
            if words[run.upperBound - 1].endsWithPossessiveS {
                var end = run.upperBound
                while end < words.count, end - run.upperBound < 3, words[end].startsWithLowercase, !clauseWords.contains(words[end]),
                      !prepositions.contains(words[end]) {
                    end += 1
                }
                if words[run.upperBound..<end].contains(where: { SpeakerDirectory.roleNouns.contains($0) || sourceNouns.contains($0) }) {
                    return join(words[start..<end])
                }
                // The owner of something else opens what was said: "said the GOP's most important goal was …".
                if end > run.upperBound { return nil }
            }
            // A body's name before a role and the person's name: "said Israeli Defence Forces spokesman Ilan Tal",
            // "said Trend Micro advanced threat researcher Paul Ferguson".
            let role = roleWordsEnd(from: run.upperBound, in: words) ?? run.upperBound
            if role > run.upperBound, let person = nameRun(startingAt: role, in: words, common: common) { return join(words[person]) }
            // A second role joined to the first: "wrote TV producer and “Lucifer” showrunner Joe Henderson".
            if role > run.upperBound, role + 1 < words.count, words[role].equalsPlainWord("and"),
               let named = nameEndingRoles(words, from: role + 1, common: common) {
                return named
            }
            return join(words[run])
        }
        // A name with its article: "according to The Real School of Music".
        if first.equalsPlainWord("The"), let run = nameRun(startingAt: start + 1, in: words, common: common) {
            var end = run.upperBound
            while end + 1 < words.count, words[end].equalsPlainWord("of"), let next = nameRun(startingAt: end + 1, in: words, common: common) { end = next.upperBound }
            return join(words[start..<end])
        }
        if let named = nameAfterDescription(words, from: start, common: common) { return named }
        // Description words before a name: "the Rev. Peter Wherry", "conservative host Rush Limbaugh".
        var k = start
        while k < words.count, k - start < 7 {
            let w = words[k]
            if let run = nameRun(startingAt: k, in: words, common: common), k > start {
                // A body's name before a role and the person's name: "said former Republican National Committee chairman
                // Michael Steele".
                if let role = roleWordsEnd(from: run.upperBound, in: words), let person = nameRun(startingAt: role, in: words, common: common) {
                    return join(words[person])
                }
                return join(words[run])
            }
            // The name set off after the description: "according to his publicist, Ron Hoffman.".
            if w.equalsPlainWord(","), k > start + 1, let run = nameRun(startingAt: k + 1, in: words, common: common),
               run.upperBound == words.count || [",", ".", ";"].contains(words[run.upperBound]) {
                return join(words[run])
            }
            // A preposition ends the description: "according to the lawsuit against AR-15 manufacturer Bushmaster" names
            // the lawsuit, not the one it is against.
            guard w.startsWithLowercase || w.startsWithNumber || w.equalsPlainWord("/") || w.equalsPlainWord("-"),
                  !clauseWords.contains(w) && !prepositions.contains(w) || determiners.contains(w) else { break }
            k += 1
        }
        // A description: "the minister", "a campaign spokesman", "the IMF report", "show insiders".
        guard !clauseWords.containsLowercased(first), !prepositions.containsLowercased(first) else { return nil }
        var end = start
        while end < words.count, end - start <= 5, words[end].startsWithLetterOrNumber {
            if end > start, clauseWords.contains(words[end]) { break }
            if sourceNouns.containsLowercased(words[end]) {
                var last = end
                while last + 1 < words.count, sourceNouns.containsLowercased(words[last + 1]) { last += 1 }
                return join(words[start...last])
            }
            end += 1
        }
        return nil
    }

    /// The name set off by a comma after a description that opens with an article or a word for
    /// some of a group: "a Sudanese government spokesman, Rabie A. Atti", "one of the rebel
    /// leaders, Abdel Aziz al-Hilu, in a September interview"; the name ends the sentence or
    /// is set off in turn. Nil when a cue or a clause word (other than "of") comes first.
    private static func nameAfterDescription(_ words: [String], from start: Int, common: TokenWordSet) -> String? {
        let first = words[start].lowercased()
        guard determiners.contains(first) || quantifiers.contains(first),
              let comma = words[start...].prefix(9).firstIndex(of: ","), comma > start + 1 else { return nil }
        for word in words[(start + 1)..<comma] {
            let lower = word.lowercasedIfNeeded
            guard word.startsWithLetter, !cues.contains(lower), !clauseWords.contains(lower) || lower.equalsPlainWord("of") || determiners.contains(lower) else { return nil }
        }
        guard let run = nameRun(startingAt: comma + 1, in: words, common: common),
              run.upperBound == words.count || [",", ".", ";"].contains(words[run.upperBound]) else { return nil }
        return join(words[run])
    }

    /// Double quote marks, as tokens.
    private static let quoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}"]

    /// The name that ends a run of role words starting at `start` ("new AMD general manager Andrew
    /// Feldman"): the first capitalized run within eight words that no lower-case word follows.
    private static func nameEndingRoles(_ words: [String], from start: Int, common: TokenWordSet) -> String? {
        var k = start
        while k < words.count, k - start < 8 {
            // A title in marks among the roles: "“Lucifer” showrunner Joe Henderson".
            if quoteMarks.contains(words[k]), let close = words[(k + 1)...].prefix(8).firstIndex(where: { quoteMarks.contains($0) }) {
                k = close + 1
                continue
            }
            if let run = nameRun(startingAt: k, in: words, common: common) {
                if run.upperBound == words.count || !words[run.upperBound].startsWithLowercase { return join(words[run]) }
                k = run.upperBound
            } else if words[k].startsWithLowercase, !clauseWords.contains(words[k]) || determiners.contains(words[k]) {
                k += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// "the source", "a campaign spokesman", "officials", "the IMF report", "Obama's former strategist".
    private static func description(endingAt k: Int, in words: [String]) -> String? {
        // "the German wrote", "the Spaniard said": a nationality as a noun after its article.
        if k >= 2, determiners.containsLowercased(words[k - 2]), isNationalityNoun(words[k - 1]) { return join(words[(k - 2)..<k]) }
        // "the star said": a celebrity described before a cue (not a subject elsewhere: "The new star of “Doctor Who” is …").
        guard sourceNouns.containsLowercased(words[k - 1]) || words[k - 1].equalsPlainWord("star") else { return nil }
        var m = k - 1
        while m > 0, k - m < 5 {
            let w = words[m - 1]
            // The first character and the length told from the bytes where they tell them.
            guard w.startsWithLetter else { break }
            let lower = w.lowercasedIfNeeded
            // (The lower-case word's lists read in one look-up.)
            let classes = QuoteWordClass.of(lower)
            guard classes.isDisjoint(with: [.determiner, .cue, .clauseWord]),
                  !classes.contains(.functionWord) || w.startsWithLowercase, !lower.hasPlainSuffix("ing") || classes.contains(.sourceNoun),
                  !UTF8Scan.characterCount(of: w, isBelow: 2) else { break }
            if w.endsWithPossessiveS { m -= 1; break }
            m -= 1
        }
        // "58 percent said": the share a poll found.
        if m > 0, isFigure(words[m - 1]) { m -= 1 }
        if m > 0, determiners.containsLowercased(words[m - 1]) { m -= 1 }
        // One of the people around the one described speaks: "a friend of the actress said", "a source close to the
        // couple has told" (not the actress, not the couple).
        let link = m >= 2 && words[m - 1].equalsPlainWord("of") ? 1 : m >= 3 && words[m - 1].equalsPlainWord("to") && words[m - 2].equalsPlainWord("close") ? 2 : 0
        if link > 0, sourceNouns.containsLowercased(words[m - link - 1]), !groupHeads.containsLowercased(words[m - link - 1]) {
            m -= link + 1
            if m > 0, determiners.containsLowercased(words[m - 1]) { m -= 1 }
        }
        return join(words[m..<k])
    }

    /// Whether `word` is a figure: a number, with periods and commas ("58", "3.5", "1,200").
    /// An ASCII word is read from its bytes (a character a byte, and only the digits numbers;
    /// a CR LF, one character, is neither a number nor a mark, as its CR is not).
    static func isFigure(_ word: String) -> Bool {
        let ascii = UTF8Scan.withBytes(word) { bytes -> Bool? in
            var digit = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte &- 0x30 < 10 { digit = true } else if byte != 0x2E && byte != 0x2C { return false }
            }
            return digit
        }
        return ascii ?? (word.contains(where: \.isNumber) && word.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }))
    }

    /// Source nouns that are a body or a record, not a person around someone: "the office of the
    /// governor", "a statement of the ministry" keep their own reading.
    private static let groupHeads: LexiconSet = [
        "office", "statement", "report", "department", "ministry", "government", "committee", "commission", "board", "council",
        "members", "majority", "percent", "letter", "document", "documents", "study", "survey", "poll",
    ]

    /// The one who made a record that a mention starting at `start` names: "a statement from a
    /// Fitbit representative" → "a Fitbit representative", "a post by the ministry" → "the
    /// ministry"; the nearer, more specific source speaks. Nil when `mention` is no record
    /// followed by "from" or "by".
    private static func authorOfRecord(_ mention: String, in words: [String], after start: Int, common: TokenWordSet) -> String? {
        let parts = mention.split(atASCII: 0x20)
        let count = parts.count
        guard let head = parts.last, recordNouns.contains(head.lowercased()),
              start + count + 1 < words.count, ["from", "by"].contains(words[start + count].lowercasedIfNeeded) else { return nil }
        return mentionAfter(words, from: start + count + 1, common: common)
    }

    /// Cues of hedged saying, which speak for a quote only when no cue comes before them in the
    /// sentence: "The team suggests that plumes … reach a “sweet spot”".
    static let weakCues: LexiconSet = ["suggests"]

    /// Words for some of a group of people: "with some calling it “insulting”".
    static let quantifiers: LexiconSet = ["some", "many", "others", "most", "several", "few", "both", "all", "one", "none"]

    /// Months, which after a preposition tell a time, not a subject: "in June told".
    static let months = LexiconSet(MonthNames.full.map { $0.lowercased() })

    /// Days that may stand between a subject and its cue.
    static let days: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
    ]

    /// Records that carry one person's or body's words as said: their author is the source. A
    /// document ("a 2013 memo by the committee", "the report by …") stays the source itself.
    static let recordNouns: LexiconSet = ["statement", "email", "post", "tweet", "message", "remarks", "comments"]

    /// Participles of a passive that reports someone's words with "saying": "was recorded saying",
    /// "was quoted as saying", "was heard saying".
    static let passiveReporting: LexiconSet = ["quoted", "recorded", "heard", "overheard", "caught", "filmed", "videotaped", "seen"]

    /// True for a capital letter that is also a word ("A", "I"), followed by a period: an initial.
    private static func isInitial(_ words: [String], at index: Int) -> Bool {
        index + 1 < words.count && words[index + 1].equalsPlainWord(".") && words[index].count == 1 && words[index].startsWithUppercase
    }

    /// True for a lower-case particle inside a name: "al-Hilu", "bin", "van", "de" (a name word
    /// must follow a particle written apart).
    /// Most words are decided by their first bytes: an ASCII byte but a-z opens no lower-case
    /// character, and a-z before another ASCII byte (or alone) is one; a word without a hyphen
    /// byte holds no hyphen.
    static func isNameParticle(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard let byte = word.firstByte else { return false }
        if byte < 0x80, byte &- 0x61 >= 26 { return false }
        let opensLowercase = byte &- 0x61 < 26 && (utf8.count == 1 || utf8[utf8.index(after: utf8.startIndex)] < 0x80)
        guard opensLowercase || word.first!.isLowercase else { return false }
        guard UTF8Scan.containsByte(word, 0x2D), let dash = word.firstIndex(of: "-") else { return nameParticles.contains(word) }
        let after = word.index(after: dash)
        return nameParticles.contains(String(word[..<dash])) && after < word.endIndex && word[after].isUppercase
    }

    /// Particles of Arabic, Dutch, German and Romance names.
    private static let nameParticles: WordSet = ["al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "di", "du", "der", "den"]

    /// The capitalized run ending just before `end`, with honorific periods, if it reads as a name.
    static func nameRun(endingAt end: Int, in words: [String], common: TokenWordSet) -> Range<Int>? {
        var j = end
        while j > 0 {
            let w = words[j - 1]
            if isNameWord(w) || (w.equalsPlainWord(".") && j >= 2 && isHonorific(words[j - 2])) { j -= 1; continue }
            // Inside a name, an initial that is also a word ("Rabie A. Atti") and a particle ("Abdel Aziz al-Hilu").
            if j >= 2, j < end || w.containsPhrase("-"), isInitial(words, at: j - 1) || isNameParticle(w) && isNameWord(words[j - 2]) { j -= 1; continue }
            break
        }
        guard j < end else { return nil }
        return isPlausibleName(words[j..<end], common: common) ? j..<end : nil
    }

    /// The capitalized run starting at `start` (at most six words, the periods of initials and
    /// honorifics not counted: "General Manager A. J. Smith"), if it reads as a name.
    static func nameRun(startingAt start: Int, in words: [String], common: TokenWordSet) -> Range<Int>? {
        var end = start
        var periods = 0
        // A capitalized cue ends the run: headline "Chris Christie Calls …".
        while end < words.count, end - start - periods < 6,
              isNameWord(words[end]) && !(end > start && cues.containsLowercased(words[end])) || (words[end].equalsPlainWord(".") && end > start && isHonorific(words[end - 1]))
                || end > start && (isInitial(words, at: end) || isNameParticle(words[end])
                    && (words[end].containsPhrase("-") || end + 1 < words.count && isNameWord(words[end + 1]))) {
            if words[end].equalsPlainWord(".") { periods += 1 }
            end += 1
        }
        guard end > start else { return nil }
        return isPlausibleName(words[start..<end], common: common) ? start..<end : nil
    }
}
