/// The words attribution rules look for: cue verbs, pronouns, nouns that name sources, and
/// the tests that tell a name from a capitalized ordinary word.
extension QuoteAttribution {
    /// Verbs and phrases that introduce speech.
    static let cues: WordSet = [
        "said", "says", "say", "added", "adds", "warned", "warns", "told", "tells", "noted", "notes",
        "stressed", "stresses", "wrote", "writes", "asked", "asks", "explained", "explains", "argued",
        "argues", "insisted", "insists", "claimed", "claims", "stated", "states", "declared", "declares",
        "announced", "continued", "emphasized", "emphasised", "urged", "replied", "responded", "remarked",
        "observed", "acknowledged", "admitted", "suggested", "suggests", "recalled", "predicted", "according", "tweeted",
        "posted", "concluded", "cautioned", "joked", "quipped", "shouted", "yelled", "boasted", "complained",
        "conceded", "contended", "countered", "maintained", "mused", "promised", "pledged", "vowed", "charged",
        "alleged", "called", "described", "reported", "reports", "testified", "wondered", "agreed", "lamented",
        "railed", "blasted", "slammed", "praised", "thundered", "recounted", "texted", "emailed", "recalls",
        "continues", "asserted", "indicated", "demanded", "scolded", "commented", "chanted", "sings", "sang",
        "reads", "read", "put", "branded", "labeled", "labelled", "dubbed", "mocked", "derided", "ruled",
        "rated", "referenced", "likened", "accused", "criticized", "criticised", "denounced", "hailed",
        "noting", "saying", "adding", "writing", "telling", "warning", "arguing", "calling", "describing", "declaring",
        "asking", "calls", "assures", "assured", "written", "comments", "apologized", "apologised", "apologizes", "apologises",
        "disagreed", "disagrees", "identified", "alleges", "remembers", "remembered", "argue", "warn", "insist", "contend", "contends",
        "shouts", "yells", "echoed", "shouting", "screaming", "yelling", "chanting", "proclaims", "proclaimed",
        "crowed", "notified", "characterized", "characterised", "characterizes", "characterises",
        "bragged", "brags",
    ]

    static let pronouns: LexiconSet = ["he", "she", "they", "it", "we", "i"]
    private static let pronounFilter = WordLengthFilter(pronouns)

    /// Whether `word` lower-cased is one of `pronouns`.
    static func isPronoun(_ word: String) -> Bool {
        pronounFilter.mayContain(word) && pronouns.containsLowercased(word)
    }

    /// True when a sentence's words (its quotes left out) tell of someone saying, writing or
    /// thinking something: a cue verb ("calls people “losers”"), another verb of saying or
    /// thought ("led him to fear a “Putin-RibbenTRUMP Pact”") or a noun for what was said
    /// ("the announcement of a “historic” deal").
    /// "put" tells of saying only as "put it" ("as she put it"), not in "put into “suspended
    /// animation”" or "put up with"; "expected" not in a passive before "to" ("is expected to
    /// close").
    static func tellsOfSaying(_ words: [String]) -> Bool {
        words.indices.contains { i in
            let lower = words[i].lowercasedIfNeeded
            // A passive with no one after "by" names no one saying: "is accused of being “obsessed”", "were reported
            // killed … in a “horrifying massacre”".
            if isAgentlessPassive(words, at: i) || agreesToThing(words, at: i) { return false }
            if lower.equalsPlainWord("put") { return i + 1 < words.count && words[i + 1].equalsLowercased("it") }
            // "The deal is expected to close in “a number of weeks”": a passive forecast names no one thinking it.
            if lower.equalsPlainWord("expected"), i > 0, i + 1 < words.count, words[i + 1].equalsLowercased("to"),
               ["is", "was", "are", "were", "be", "been", "being"].contains(words[i - 1].lowercasedIfNeeded) {
                return false
            }
            return cues.contains(lower) || sayingWords.contains(lower)
        }
    }

    /// Things that carry words written on them, the source of those words: "signs saying “Phil Ford 2,290”".
    static let displayNouns: LexiconSet = [
        "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "shirt", "shirts", "t-shirt", "t-shirts",
        "sticker", "stickers", "billboard", "billboards", "plaque",
    ]

    /// Forms of "be" before a passive participle.
    static let passiveAuxiliaries: WordSet = ["is", "was", "are", "were", "be", "been", "being"]

    /// True when the word at `i` is a past participle after a form of "be" with no "by" after it: a passive
    /// whose subject is spoken of, not speaking ("is accused of", "were reported killed").
    static func isAgentlessPassive(_ words: [String], at i: Int) -> Bool {
        guard i > 0, passiveAuxiliaries.containsLowercased(words[i - 1]) else { return false }
        let lower = words[i].lowercasedIfNeeded
        guard lower.hasPlainSuffix("ed") || lower.equalsPlainWord("told") || lower.equalsPlainWord("written") else { return false }
        // An inverted cue after a quote the words leave out: "This is “…,” reported Reuters", "… is,” said the minister".
        if i + 1 < words.count, inverting.contains(lower), words[i + 1].startsWithUppercase || determiners.contains(words[i + 1]) { return false }
        return !words[(i + 1)...].prefix(3).contains { $0.equalsLowercased("by") }
    }

    /// True when the word at `i` agrees to a thing rather than says something: a verb of agreeing
    /// before an article or "on" ("Israel has agreed a “humanitarian corridor”", "they agreed on a
    /// “framework”"); "agreed that …" and "agreed, “…”" stay cues.
    static func agreesToThing(_ words: [String], at i: Int) -> Bool {
        guard i + 1 < words.count, agreeing.containsLowercased(words[i]) else { return false }
        let next = words[i + 1].lowercasedIfNeeded
        return agreedThings.contains(next)
    }

    /// Verbs of agreeing, and the words after them that make a thing agreed (`agreesToThing`).
    private static let agreeing: WordSet = ["agreed", "agree", "agrees"]
    private static let agreedThings: LexiconSet = ["a", "an", "the", "on", "upon"]

    /// Words of saying and thought beyond the cue verbs, for `tellsOfSaying`.
    static let sayingWords: LexiconSet = [
        "call", "describe", "describes", "termed", "label", "labels", "brand", "brands", "dub", "dubs",
        "think", "thinks", "thought", "believe", "believes", "believed", "fear", "fears", "feared", "hope", "hopes", "hoped",
        "feel", "feels", "felt", "consider", "considers", "considered", "deem", "deems", "deemed", "see", "sees", "saw",
        "announcement", "statement", "statements", "remark", "remarks", "comment", "comments", "words", "speech", "interview",
        "tweet", "tweets", "letter", "claim", "hear", "heard", "hearing", "pledge", "promise", "vow", "message", "accusation", "description",
        "insist", "promises", "vows", "warn", "argue", "tell", "ask", "urge", "urges", "urging", "assure",
        "yelling", "shouting", "chanting", "screaming", "crying", "singing", "whispering",
        "cite", "cites", "cited", "citing", "chant", "chants", "cries", "shouts", "slogan", "slogans",
        "apology", "specify", "specifies", "specified",
        "expect", "expects", "expected", "suspect", "suspects", "suspected", "worry", "worries", "worried", "doubt", "doubts", "doubted",
    ]

    /// Verbs of taking a stance in words (promising, lauding, dismissing, attacking): a quoted
    /// phrase in a sentence whose subject does one of them is that subject's words ("Trump is
    /// promising lower taxes and “jobs, jobs, jobs,”"), not a writer's term.
    static let stanceVerbs: LexiconSet = [
        "promise", "promises", "promised", "promising", "stress", "stresses", "stressed", "stressing", "dismiss",
        "dismisses", "dismissed", "dismissing", "laud", "lauds", "lauded", "lauding", "praise", "praises", "praised",
        "praising", "tout", "touts", "touted", "touting", "attack", "attacks", "attacked", "attacking", "defend",
        "defends", "defended", "defending", "criticize", "criticizes", "criticized", "criticizing", "blame", "blames",
        "blamed", "blaming", "mock", "mocks", "mocked", "mocking", "accuse", "accuses", "accused", "accusing", "decry",
        "decries", "decried", "decrying", "condemn", "condemns", "condemned", "condemning", "denounce", "denounces",
        "denounced", "denouncing", "slam", "slams", "slammed", "slamming", "blast", "blasts", "blasted", "blasting",
        "hail", "hails", "hailed", "hailing", "reject", "rejects", "rejected", "rejecting", "deny", "denies", "denied",
        "denying", "boast", "boasts", "boasted", "boasting", "brag", "brags", "bragged", "bragging", "complain",
        "complains", "complained", "complaining", "question", "questions", "questioned", "questioning", "seethe",
        "seethes", "seethed", "seething", "ridicule", "ridicules", "ridiculed", "ridiculing", "champion", "champions",
        "championed", "championing", "pitch", "pitches", "pitched", "pitching", "lash", "lashes", "lashed", "lashing",
        "apologize", "apologizes", "apologized", "apologizing", "apologise", "apologises", "apologised", "apologising",
        "welcome", "welcomes", "welcomed", "welcoming", "lambaste", "lambastes", "lambasted", "lambasting",
        "knock", "knocks", "knocked", "knocking", "scoff", "scoffs", "scoffed", "scoffing", "dub", "dubs", "dubbed",
        "dubbing", "applaud", "applauds", "applauded", "applauding", "thank", "thanks", "thanked", "thanking", "invoke",
        "invokes", "invoked", "invoking", "vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging",
        "tease", "teases", "teased", "teasing", "push", "pushes", "pushed", "pushing", "propose", "proposes",
        "proposed", "proposing", "introduce", "introduces", "introduced", "introducing",
    ]

    /// True when one of `words` is in `stanceVerbs`.
    static func takesStance(_ words: [String]) -> Bool {
        words.indices.contains { stanceVerbs.containsLowercased(words[$0]) && !isAgentlessPassive(words, at: $0) }
    }

    /// Words that open a new clause: a cue after one of them speaks for that clause, not for a
    /// quote before it.
    static let clauseBreaks: WordSet = [
        "and", "but", "while", "whereas", "although", "though", "because", "after", "before", "when", "until", "since",
        "which", "who", ";",
    ]

    /// Lower-case nouns that name a source ("the spokesman said", "officials said").
    static let sourceNouns: WordSet = [
        "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
        "report", "statement", "announcement", "ministry", "department", "campaign", "government", "agency", "president",
        "minister", "senator", "governor", "candidate", "nominee", "analyst", "analysts", "expert", "experts",
        "researcher", "researchers", "lawmaker", "lawmakers", "police", "prosecutors", "prosecutor", "lawyer",
        "lawyers", "attorney", "attorneys", "documents", "document", "letter", "study", "survey", "poll", "article",
        "ad", "advertisement", "clip", "video", "narrator", "announcer", "piece", "memo", "email", "post", "tweet",
        "commission", "committee", "military", "army", "company", "firm", "group", "groups", "organization", "league",
        "director", "chairman", "chairwoman", "chair", "chief", "leader", "leaders", "voters", "residents",
        "critics", "supporters", "witnesses", "doctor", "doctors", "businessman", "billionaire", "congressman",
        "congresswoman", "secretary", "administration", "tank", "office", "court", "judge", "board", "council",
        "union", "book", "ruling", "website", "bylaws", "fund", "newspaper", "magazine", "network", "party",
        "institute", "foundation", "association", "center", "bureau", "protesters", "demonstrators", "members",
        "officers", "authorities", "insiders", "mayor", "mother", "father", "friend", "wife", "husband",
        "daughter", "son", "woman", "man", "people", "activists", "advocates", "observers", "economists",
        "scientists", "professor", "historian", "adviser", "advisers", "advisor", "strategist", "strategists",
        "pollster", "host", "moderator", "questioner", "editorial", "column", "columnist", "blog", "filing",
        "complaint", "lawsuit", "indictment", "order", "resolution", "plan", "platform", "bill", "spokespeople",
        "staff", "team", "employees", "workers", "parents", "students", "teachers", "officer", "commander",
        "general", "representative", "partner", "house", "representatives", "delegates", "ambassador", "envoy", "observer", "data",
        "daily", "paper", "outlet", "broadcaster", "publication", "site", "tabloid", "channel", "family", "relatives",
        "organizer", "organizers", "campaigner", "campaigners", "author", "authors", "presidents", "ministers", "senators",
        "governors", "candidates", "nominees", "judges", "mayors", "directors", "executives", "spokesmen", "spokeswomen",
        "percent", "respondents", "majority", "rules", "guidelines", "sign", "signs", "notice", "banner", "placard", "insider", "insiders",
        "diplomat", "diplomats", "economist", "scientist", "activist", "advocate", "resident", "witness", "neighbor", "neighbors",
        "neighbour", "neighbours", "executive", "coach", "manager", "pastor", "priest", "bishop", "teacher", "student", "worker",
        "employee", "engineer", "sister", "brother", "victim", "victims", "survivor", "survivors", "nurse", "nurses", "physician",
        "physicians", "surgeon", "surgeons", "signatories", "signers", "whip", "memorandum",
        "detective", "sheriff", "firefighter", "firefighters", "pensioner", "chancellor", "premier", "voter", "critic", "supporter", "protester", "demonstrator",
        "profile", "biography", "bio", "page", "webpage", "entry", "producer", "producers", "actor", "actress", "singer",
        "user", "users", "reporter", "reporters", "journalist", "journalists", "founder", "owner", "blogger", "commentator",
        "story", "stories", "obituary", "transcript", "caption", "ads", "advertisements", "exercises", "findings",
        "couple", "club", "television", "evangelist", "preacher", "plaintiff", "plaintiffs", "suit", "someone", "person",
    ]

    static let determiners: WordSet = ["the", "a", "an", "his", "her", "their", "its", "one", "another", "our", "my"]

    /// Cues whose following noun phrase is the speaker ("said the minister"); after others it is
    /// the listener or the object ("told reporters", "called him").
    static let inverting: WordSet = [
        "said", "says", "added", "adds", "wrote", "writes", "continued", "explained", "noted", "asked", "recalled",
        "replied", "insisted", "argued", "warned", "stressed", "concluded", "explains", "notes", "reported",
        "declared", "observed", "remarked", "responded", "countered", "tweeted", "quipped", "joked", "stated",
        "read", "reads", "comments", "commented", "posted", "shouted", "wondered", "shouts", "yells",
        "asks", "recalls", "replies", "insists", "argues", "warns", "tweets", "quips", "jokes", "wonders", "crowed",
    ]

    /// Words between a speaker and the cue: "Trump later said", "she has also said".
    static let adverbs: WordSet = [
        "also", "later", "then", "further", "again", "once", "previously", "recently", "has", "had", "have",
        "would", "will", "often", "repeatedly", "frequently", "had", "reportedly", "publicly", "privately",
        "simply", "quickly", "flatly", "openly", "bluntly", "first", "famously", "once", "even", "only",
        "still", "now", "always", "never", "just", "already", "sometimes", "usually", "actually", "angrily", "immediately",
    ]

    /// Words that end a description when walking back from a cue ("… in what analysts said").
    static let clauseWords: WordSet = [
        "in", "on", "at", "with", "what", "which", "that", "who", "when", "where", "to", "of", "for", "by", "from",
        "and", "or", "but", "as", "than", "is", "was", "are", "were", "has", "have", "had", "be", "been", "not",
    ]

    static let prepositions: WordSet = [
        "of", "in", "on", "at", "for", "by", "from", "with", "to", "about", "into", "over", "under", "against",
        "between", "during", "after", "before", "like", "than", "toward", "towards",
    ]

    /// Capitalized at a sentence start, these are not names.
    static let functionWords: WordSet = [
        "the", "a", "an", "but", "and", "or", "so", "still", "yet", "in", "on", "at", "as", "if", "when", "while",
        "after", "before", "this", "that", "these", "those", "there", "then", "now", "today", "yesterday",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "however", "meanwhile",
        "also", "last", "earlier", "later", "speaking", "asked", "for", "with", "without", "by", "from", "of",
        "to", "it", "its", "we", "i", "he", "she", "they", "his", "her", "their", "our", "my", "your", "you",
        "what", "why", "how", "who", "where", "which", "since", "because", "although", "though", "even",
        "instead", "here", "such", "many", "some", "most", "all", "no", "not", "one", "two", "first",
        "only", "every", "each", "both", "other", "another", "during", "despite", "following", "under", "over",
        "about", "like", "unlike", "among", "amid", "until", "once", "just", "again", "indeed", "yes", "thus",
        "several", "few", "any", "more", "much", "according", "asked", "told", "said", "says", "like", "let",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozens",
        "hundreds", "thousands", "millions", "ah", "oh", "wait", "well", "okay", "hey", "alas",
        "hence", "therefore", "moreover", "furthermore", "nevertheless", "nonetheless",
        // Auxiliaries opening a question ("Would Adam Schiff have …?"), and "Either way, …".
        "would", "could", "should", "might", "must", "did", "does", "do", "is", "was", "are", "were", "has", "have", "had",
        "either", "neither", "whether",
    ]

    /// Units of time that, after a number, open an introductory phrase: "Six days after the crash, …".
    static let timeUnits: WordSet = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "day", "week", "month", "year"]

    static func isNameWord(_ w: String) -> Bool {
        // A first byte that is ASCII but no capital opens a character that is not upper-case.
        if w.opensWithASCIINonCapital { return false }
        // An ASCII word (a character a byte, but a carriage return) is read from its bytes:
        // whether it opens with a capital and has another after the first.
        // (And whether it holds an apostrophe, which every contraction of a pronoun does.)
        let ascii = UTF8Scan.withBytes(w) { bytes -> (first: Bool, later: Bool, apostrophe: Bool)? in
            guard let first = bytes.first else { return nil }
            var later = false, apostrophe = false
            for k in bytes.indices {
                let byte = bytes[k]
                guard byte < 0x80, byte != 0x0D else { return nil }
                if k > 0, byte &- 0x41 < 26 { later = true }
                if byte == 0x27 { apostrophe = true }
            }
            return (first &- 0x41 < 26, later, apostrophe)
        }
        if let ascii {
            guard ascii.first, !ascii.apostrophe || contractedPronoun(w) == nil else { return false }
            return !functionWords.containsLowercased(w) || ascii.later
        }
        // "I’d", "He’s" are pronouns.
        guard w.startsWithUppercase, contractedPronoun(w) == nil else { return false }
        return !functionWords.containsLowercased(w) || w.count > 1 && w.dropFirst().contains(where: \.isUppercase)
    }

    /// Abbreviated honorifics and titles, lower-case ("mr", "sen", "capt").
    private static let honorificAbbreviations: LexiconSet = [
        "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "adm", "lt", "col", "maj", "capt", "prof", "rev", "st", "jr", "sgt", "del",
    ]

    static func isHonorific(_ w: String) -> Bool {
        honorificAbbreviations.containsLowercased(w) || isSingleCapital(w)
    }

    /// `w.count == 1 && w.first!.isUppercase`, told from the bytes when they are one ASCII byte
    /// (a capital A–Z) or several ASCII bytes (several characters, or a CR LF, no capital).
    private static func isSingleCapital(_ w: String) -> Bool {
        let utf8 = w.utf8
        if utf8.count == 1, let byte = w.firstByte { return byte &- 0x41 < 26 }
        if utf8.allSatisfy({ $0 < 0x80 }) { return false }
        return w.count == 1 && w.first!.isUppercase
    }

    /// False for capitalized runs that are ordinary words: a single word the article also uses
    /// in lower case ("Keeps", "United"), a nationality or party adjective ("Republican"),
    /// shouted headings ("HE'S BEEN").
    static func isPlausibleName(_ run: ArraySlice<String>, common: TokenWordSet) -> Bool {
        // The words but periods, read in one pass (most runs hold none, and no list is made without them): how many
        // there are, whether all are shouted, and where the core starts past leading ordinary words ("Only European" →
        // "European"), each told only while it may change. Any word that rules the run out ends it.
        var count = 0, allShouted = true
        var first = run.startIndex, head: Int?, coreCount = 0
        for i in run.indices where !run[i].equalsPlainWord(".") {
            let word = run[i]
            count += 1
            if isShoutedWithApostrophe(word) { return false }
            // (Shouting is asked of a run of two words or more, from its first word on, until a word is not.)
            if count == 1 { first = i } else if count == 2 { allShouted = isShouted(run[first]) }
            if count >= 2, allShouted { allShouted = isShouted(word) }
            if head == nil, !common.containsLowercased(word) || isHonorific(word) { head = i }
            if head != nil { coreCount += 1 }
        }
        // Shouted headings: "CONGRESS HAS INVESTIGATED HIM".
        guard let head, !(count >= 2 && allShouted) else { return false }
        return coreCount > 1 || loneWordMayBeName(run[head])
    }

    /// A word of more than three characters, none of them lower-case, that holds an apostrophe:
    /// a shouted contraction or possessive ("HE'S", "TRUMP’S"), no name's. An apostrophe needs a
    /// byte 0x27, or 0x99 ending "\u{2019}": tested first.
    static func isShoutedWithApostrophe(_ word: String) -> Bool {
        UTF8Scan.withBytes(word, { $0.contains { $0 == 0x27 || $0 == 0x99 } }) && word.count > 3 && word.allSatisfy { !$0.isLowercase }
            && word.contains(where: { $0 == "'" || $0 == "\u{2019}" })
    }

    /// Whether `head`, all that is left of a run past its ordinary words, may be a name: not a
    /// function word, role modifier or nationality, an adverb in "-ly", a compound adjective or a
    /// shouted word (`isPlausibleName`).
    static func loneWordMayBeName(_ head: String) -> Bool {
        if let ascii = loneASCIIWordMayBeName(head) { return ascii }
        let lower = head.lowercased()
        if functionWords.contains(lower) || lower.hasPlainSuffix("ly") || roleModifiers.contains(lower) { return false }
        // "Trek-related", "New York-based": a compound adjective; "CRUSHED": a shouted word.
        if UTF8Scan.containsByte(head, 0x2D), let last = head.split(separator: "-").last, head.contains("-"), last.startsWithLowercase { return false }
        if isShouted(head, longerThan: 6) { return false }
        if nationalSuffixes.contains(where: { lower.hasPlainSuffix($0) }) && head.count > 4 || demonyms.contains(lower) || nationalityNouns.contains(lower) { return false }
        return true
    }

    /// A word of three characters or more with no lower-case letter ("CONGRESS"), told from
    /// the bytes of an ASCII word (a character a byte, but a carriage return, which may join a
    /// line feed).
    static func isShouted(_ word: String) -> Bool {
        isShouted(word, longerThan: 2)
    }

    /// A word of more than `length` characters with no lower-case letter, read as `isShouted` is.
    private static func isShouted(_ word: String, longerThan length: Int) -> Bool {
        let ascii = UTF8Scan.withBytes(word) { bytes -> Bool? in
            var lower = false
            for byte in bytes {
                guard byte < 0x80, byte != 0x0D else { return nil }
                if byte &- 0x61 < 26 { lower = true }
            }
            return bytes.count > length && !lower
        }
        return ascii ?? (word.count > length && !word.contains(where: \.isLowercase))
    }

    /// Endings of nationality and party adjectives ("Republican", "Maltese"), for `isPlausibleName` and `isLoneSurname`
    /// (and read as bytes by `loneASCIIWordMayBeName`).
    static let nationalSuffixes: [StaticString] = ["ican", "ic", "ese", "ish"]

    /// Words that open a role before a name ("Former senator Bob Graham", "Senior author
    /// Dr. Silvia Martins") and are never a name on their own.
    static let roleModifiers: WordSet = ["former", "senior", "acting", "deputy", "interim", "retired", "outgoing", "incoming", "then"]

    /// True for a capitalized word naming a person by nationality: "German", "Briton", "Spaniard".
    static func isNationalityNoun(_ word: String) -> Bool {
        guard word.startsWithUppercase else { return false }
        let lower = word.lowercased()
        return !lower.equalsPlainWord("western") && !lower.equalsPlainWord("eastern") && !lower.equalsPlainWord("northern") && !lower.equalsPlainWord("southern")
            && (demonyms.contains(lower) || nationalityNouns.contains(lower))
    }

    /// Nouns for people of a nation that are not also its adjective.
    static let nationalityNouns: WordSet = [
        "briton", "brit", "spaniard", "frenchman", "frenchwoman", "dane", "swede", "finn", "pole", "scot", "englishman",
        "irishman", "welshman", "dutchman", "scotsman", "turk", "swiss", "kiwi",
    ]

    /// Adjectives of place and creed that open sentences like names do.
    static let demonyms: WordSet = [
        "european", "russian", "syrian", "iranian", "canadian", "australian", "italian", "indian", "egyptian",
        "christian", "libertarian", "ukrainian", "korean", "asian", "african", "haitian", "brazilian", "nigerian",
        "palestinian", "jordanian", "indonesian", "norwegian", "hungarian", "austrian", "belgian", "serbian",
        "croatian", "latvian", "estonian", "lithuanian", "georgian", "armenian", "malaysian", "colombian",
        "venezuelan", "chilean", "peruvian", "cuban", "german", "american", "democrat", "republican",
        "western", "eastern", "northern", "southern", "french", "dutch", "greek", "swiss", "thai", "arab", "afghan",
        "israeli", "iraqi", "pakistani", "saudi", "kuwaiti", "qatari", "yemeni", "emirati", "bangladeshi", "somali", "nepali",
    ]

    /// The words of a mention joined by spaces, a period joined to the word before it: "Mr. Ahn".
    /// Any collection of them (most are a slice of a sentence's words, not copied to an array).
    /// One word is itself; the bytes of several are written once into the string made, where
    /// appending them one by one to a growing string cost several times as much.
    static func join(_ words: some Collection<String>) -> String {
        if words.count == 1, let only = words.first { return only }
        // At most a space before each word.
        let capacity = words.reduce(0) { $0 + $1.utf8.count + 1 }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            for w in words {
                if w.equalsPlainWord(".") {
                    buffer[n] = 0x2E
                    n += 1
                    continue
                }
                // A space after what is written already (none before the first word written, nor after empty words only).
                if n > 0 {
                    buffer[n] = 0x20
                    n += 1
                }
                n += UTF8Scan.withBytes(w) { bytes in
                    guard let base = bytes.baseAddress else { return 0 }
                    (buffer.baseAddress! + n).initialize(from: base, count: bytes.count)
                    return bytes.count
                }
            }
            return n
        }
    }
}
