/// The tense of the clause around an expression, which places a month or weekday named
/// without a year in the past or the future of the DCT (HeidelTime does the same with
/// part-of-speech tags; plain word cues serve news well enough).
extension TimeScanner {
    enum Tense { case past, future, unknown }

    /// The tense of the nearest cue before token `k` in its sentence (up to 15 tokens back),
    /// else of the nearest one after it (up to 8 tokens on).
    func tense(around k: Int) -> Tense {
        if k >= 2, lower[k - 1] == "as", lower[k - 2] == "soon" || lower[k - 2] == "early" { return .future }  // "as soon as Tuesday"
        if k >= 1, lower[k - 1] == "until" {
            // "postponed until Tuesday" lies ahead; "Until Tuesday, they had not…" opens a story told in the past.
            return k >= 2 && !Self.endsSentence(lower[k - 2]) || !hadAfter(k) ? .future : .past
        }
        var j = k - 1
        while j >= 0, j >= k - Self.reachBack {
            let w = lower[j]
            if endsSentence(at: j) { break }
            let t = cue(at: j, for: k)
            if t == .future, !TimeLexicon.modals.contains(w), hadBefore(j) { return .past }  // "had been due to expire Friday"
            if t != .unknown { return t }
            j -= 1
        }
        j = k + 1
        var reach = 0  // words after the expression, a name counting as one
        while j < lower.count, reach < 8 {
            if !isCapitalized(j) || !isCapitalized(j - 1) { reach += 1 }
            let w = lower[j]
            if endsSentence(at: j) { break }
            // A later date or clause boundary of its own ends the reach of this one.
            // "and" inside a name ("the Abortion and Reproductive Rights League") joins no clause.
            if w == "but" || w == "while" || (w == "and" && j > k + 2 && !(isCapitalized(j - 1) && j + 1 < lower.count && isCapitalized(j + 1))) { break }
            // After the expression only modals speak of the future: "On Friday, it planned to pay".
            let t = cue(at: j, for: k)
            if t == .past || (t == .future && (TimeLexicon.modals.contains(w) || TimeLexicon.scheduleVerbs.contains(w)
                || (TimeLexicon.plansAfter.contains(w) && at(j + 1) == "to"))) { return t }
            j += 1
        }
        return .unknown
    }

    /// How many tokens before an expression a tense cue may stand in its sentence.
    private static let reachBack = 15

    /// Whether "had" comes shortly before token `j` in its sentence: a plan told in the past
    /// perfect ("had been scheduled to", "had planned to") lies in the past.
    private func hadBefore(_ j: Int) -> Bool {
        var h = j - 1
        while h >= 0, h >= j - 4 {
            if Self.endsSentence(lower[h]) { return false }
            if lower[h] == "had" { return true }
            h -= 1
        }
        return false
    }

    /// Whether the timetable verb at `j` is a finite present: a base form ("meet") only after a
    /// plural subject ("the leaders meet"), not after "to", a modal or "did" (whose own tense rules).
    private func isScheduleVerb(at j: Int) -> Bool {
        guard j > 0, !isCapitalized(j) else { return false }
        let before = lower[j - 1]
        if ["to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "didn't", "not", "n't", "the", "a", "an"].contains(before) { return false }
        if lower[j].hasSuffix("s") { return true }
        return before.hasSuffix("s") || before == "they" || before == "we"
    }

    /// Whether "had" comes within the clause after token `k` (up to 8 tokens on).
    private func hadAfter(_ k: Int) -> Bool {
        var j = k + 1
        while j < lower.count, j <= k + 8 {
            if Self.endsSentence(lower[j]) { return false }
            if lower[j] == "had" { return true }
            j += 1
        }
        return false
    }

    /// Whether a verb in a past form other than one of saying governs token `k`, right before it
    /// or before its preposition ("the quarter ended Oct. 31", "closed in December", "died on
    /// Oct. 31"), in a clause told in the past. Such a verb tells an event that has happened, so
    /// its date is not ahead of the DCT; after "said" a date ahead may be one a speaker announced.
    func followsPastEvent(_ k: Int) -> Bool {
        guard k >= 1 else { return false }
        var j = k - 1
        if ["on", "in", "at"].contains(lower[j]) { j -= 1 }
        guard j >= 0, cue(at: j, for: k) == .past, !Self.notEventVerbs.contains(lower[j]) else { return false }
        return tense(around: k) == .past
    }

    /// Past cues that tell no event of their own: verbs of saying, auxiliaries, and words that
    /// are no verbs ("since", "ago").
    private static let notEventVerbs: LexiconSet = [
        "said", "told", "announced", "reported", "added", "stated", "noted", "wrote", "predicted", "estimated", "warned",
        "confirmed", "disclosed", "indicated", "suggested", "agreed", "promised", "pledged", "vowed", "decided", "planned",
        "was", "were", "had", "did", "since", "ago", "earlier",
        // Verbs that move a date ("extended to Nov. 20"), whose new date may lie ahead.
        "extended", "postponed", "delayed", "moved", "pushed", "rescheduled", "deferred", "adjourned", "scheduled", "set",
    ]

    /// Whether an adverb of habit ("generally", "usually") comes shortly before token `k` in its
    /// sentence: a month named there is one of every year ("the season usually opens in May").
    func isHabitual(around k: Int) -> Bool {
        var j = k - 1
        while j >= 0, j >= k - 8 {
            if endsSentence(at: j) { return false }
            // Every adverb of habit ends in "y", told in the word's facts before it is looked up.
            if facts[j].lastByte == 0x79, Self.adverbsOfHabit.contains(lower[j]) { return true }
            j -= 1
        }
        return false
    }

    /// Adverbs that make a clause tell what happens every time.
    static let adverbsOfHabit: LexiconSet = ["generally", "usually", "typically", "normally", "traditionally", "customarily"]

    /// Whether the sentence around token `k` speaks of the future ("will", "next").
    func isFuture(around k: Int) -> Bool { tense(around: k) == .future }

    /// Whether token `j` ends a sentence: a point after a title ("Gov. Earl Ray Tomblin",
    /// "Gen. Schwarzkopf") belongs to the abbreviation, not the sentence.
    private func endsSentence(at j: Int) -> Bool {
        // The mark is told by the word's first byte before its text is read.
        guard Self.endsSentence(byte: facts[j].firstByte), Self.endsSentence(lower[j]) else { return false }
        return !(lower[j] == "." && j > 0 && j + 1 < lower.count && isCapitalized(j + 1) && Self.titles.contains(lower[j - 1]))
    }

    /// Titles written with a point before a name.
    private static let titles: LexiconSet = [
        "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "prof", "rev",
        "pres", "gens", "reps", "sens", "supt", "det", "insp", "cpl", "pvt", "hon", "st",
    ]

    static func endsSentence(_ w: String) -> Bool {
        guard w.utf8.count == 1, let b = w.utf8.first else { return false }
        return endsSentence(byte: b)
    }

    /// Whether `b` is a mark that ends a sentence: ".", ";", "?", "!" or a quotation mark.
    @inline(__always)
    static func endsSentence(byte b: UInt8) -> Bool {
        b == 0x2E || b == 0x3B || b == 0x3F || b == 0x21 || b == 0x22
    }

    /// The tense a single word gives its clause: a modal or a word of plans for the future,
    /// a past form ("said", "rose", "ended") for the past.
    private func cue(at j: Int, for k: Int) -> Tense {
        let w = lower[j]
        // The words compared below are ruled out first by their first byte, told in `facts`.
        let lead = facts[j].firstByte
        // "shelved its plans for an offering": after a determiner "plans" is a noun, no tense.
        if lead == 0x70, w == "plans", j > 0, Self.determiners.contains(lower[j - 1]) { return .unknown }
        // "must have known", "should have been told": no plan; "should ease by Thursday morning" is one.
        if lead == 0x6D || lead == 0x73, w == "must" || w == "should", at(j + 1) == "have" { return .unknown }
        // "ruled that the boy should go back to his father, and set Friday as the deadline": "should"
        // (of duty as much as of plans) reaches no date past a comma.
        if lead == 0x73, w == "should", j + 1 < k, lower[(j + 1)..<k].contains(",") { return .unknown }
        // "set to expire", "a vote set for Friday" make plans; "the record high set on Aug. 6" and
        // "set Friday as the deadline" tell what was done, and the clause's other words decide.
        if lead == 0x73, w == "set", at(j + 1) != "to", at(j + 1) != "for" { return .unknown }
        // "Trump is coming to Ohio Friday" plans; "the huzzahs coming out of her headquarters
        // Monday night" tells what happened: "coming" is a plan only after a form of "be".
        if lead == 0x63, w == "coming", !(j > 0 && ["is", "are", "am", "'s", "be", "been"].contains(lower[j - 1])) { return .unknown }
        // "due to low light levels" gives a cause; only after a form of "be" does "due to" plan ("was due to expire Friday").
        if lead == 0x64, w == "due", at(j + 1) == "to", !(j > 0 && Self.formsOfBe.contains(lower[j - 1])) { return .unknown }
        // The lexicons of cues below, told in one look-up.
        let lexicons = Self.cueLexicons[w] ?? []
        if lexicons.contains(.future) { return .future }
        // "prepares to mark his 100th day on Wednesday", "can't wait to premiere it on Christmas Day": a plan in the present.
        if lexicons.contains(.plansBeforeTo) || lead == 0x77 && w == "wait" && j > 0 && Self.cannot.contains(lower[j - 1]), at(j + 1) == "to" { return .future }
        if lexicons.contains(.schedule), isScheduleVerb(at: j) { return .future }
        // "did not plan to remove him Thursday": the verb, not the noun ("announced the plan Aug. 21").
        if lead == 0x70, w == "plan", at(j + 1) == "to" { return .future }
        // "is to resume Tuesday": only right before the expression, as "to" leads nouns too.
        if lead == 0x74, w == "to", j == k - 2, let next = at(j + 1), Self.mayBeVerbAfterTo(next, capitalized: isCapitalized(j + 1)) { return .future }
        // "is to resume trading in Paris Tuesday": a plan, wherever the verb's object ends.
        if lead == 0x74, w == "to", j > 0, lower[j - 1] == "is" || lower[j - 1] == "are", let next = at(j + 1),
           Self.mayBeVerbAfterTo(next, capitalized: isCapitalized(j + 1)) { return .future }
        // "will be held", "to be paid": a participle after "be" is no past.
        if j > 0, facts[j - 1].firstByte == 0x62, lower[j - 1] == "be" { return .unknown }
        if lexicons.contains(.past) { return .past }
        let utf8 = w.utf8
        // A regular past form: a lowercase word of five or more letters ending in "ed" (its last
        // byte told by its facts first).
        guard facts[j].lastByte == 0x64, utf8.count >= 5, utf8.last == 0x64, utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == 0x65, !isCapitalized(j) else { return .unknown }
        if lexicons.contains(.notPastInEd) { return .unknown }
        // "a still unspecified date", "the scheduled talks": after a determiner an "-ed" word is an adjective.
        if j > 0, Self.beforeAdjective.contains(lower[j - 1]) { return .unknown }
        for b in utf8 where b < 0x61 || b > 0x7A { return .unknown }
        return .past
    }

    /// The lexicons of `cue` a word is in, one bit for each.
    struct CueLexicons: OptionSet, Sendable {
        let rawValue: UInt8
        /// `TimeLexicon.futureCues`.
        static let future = Self(rawValue: 1 << 0)
        /// `TimeLexicon.plansBeforeTo`.
        static let plansBeforeTo = Self(rawValue: 1 << 1)
        /// `TimeLexicon.scheduleVerbs`.
        static let schedule = Self(rawValue: 1 << 2)
        /// `TimeLexicon.pastCues`.
        static let past = Self(rawValue: 1 << 3)
        /// `TimeLexicon.notPastInEd`.
        static let notPastInEd = Self(rawValue: 1 << 4)

        /// Each lexicon's words and its bit.
        static let lexicons: [(words: Set<String>, bit: Self)] = [
            (TimeLexicon.futureCues.words, .future), (TimeLexicon.plansBeforeTo.words, .plansBeforeTo), (TimeLexicon.scheduleVerbs.words, .schedule),
            (TimeLexicon.pastCues.words, .past), (TimeLexicon.notPastInEd.words, .notPastInEd),
        ]
    }

    /// The words of the lexicons of `cue` and the lexicons each is in: one look-up of a word
    /// in place of one for each lexicon.
    static let cueLexicons = LexiconMap(memberships: CueLexicons.lexicons)

    /// Forms of "be" before "due to" that make it a plan.
    private static let formsOfBe: LexiconSet = ["is", "are", "was", "were", "be", "been", "being", "'s", "am", "not"]

    /// "can't" before "wait to": an eager plan.
    private static let cannot: LexiconSet = ["can't", "can’t", "cannot"]

    /// Words after which an "-ed" word is an adjective, not a past form.
    private static let beforeAdjective: LexiconSet = ["a", "an", "the", "still", "very", "its", "their", "his", "her", "our", "newly", "previously"]

    /// Determiners and possessives, after which a word is a noun.
    private static let determiners: LexiconSet = ["the", "its", "his", "her", "their", "our", "my", "your", "these", "those", "such", "of", "with"]

    /// Whether `word` after "to" may be a verb ("to resume"), not a noun phrase or a number
    /// ("to the", "to $5", "to April").
    private static func mayBeVerbAfterTo(_ word: String, capitalized: Bool) -> Bool {
        guard !capitalized, let b = word.utf8.first, b >= 0x61 && b <= 0x7A else { return false }
        return !TimeLexicon.yearLeads.contains(word)
    }
}
