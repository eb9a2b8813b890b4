/// The organizations an article names ("The Washington Post", "the Defense Ministry", "NIS"),
/// each with the kinds of thing it is, for resolving nominal mentions: "the newspaper said" is
/// the newspaper the article named last.
struct OrganizationDirectory {
    struct Organization: Equatable {
        var name: String
        /// What it is: "newspaper", "ministry", "company", ….
        var kinds: Set<String>
        /// When the article last named it (grows through the article).
        var lastSeen: Int
    }

    private(set) var organizations: [Organization] = []
    private var clock = 0
    /// How many times `organizations` has changed: a mention resolved against the directory
    /// resolves the same while this stays the same (`ResolvedNames`).
    private(set) var version = 0

    /// Registers the organizations named in one paragraph's tokens, given their `NameStarts`:
    /// most tokens open with an ASCII byte but a capital, which opens no run, and are passed
    /// over without being read.
    mutating func learn(from tokens: [Token], starts: ArraySlice<Int>) {
        var i = 0
        for start in starts where start >= i {
            i = start
            guard var run = Self.run(tokens, at: i) else { i += 1; continue }
            // Most runs name no organization and no word in or around them says so: they only
            // move the clock, before their words are copied and looked up.
            guard Self.mayName(tokens, run: run) else { clock += 1; i = run.upperBound; continue }
            var words = tokens[run].map(\.text)
            var kinds = Self.kinds(of: words)
            // A country owns a public body ("North Korea’s Foreign Ministry"), not a newspaper or
            // a company ("South Korea’s JoongAng Ilbo" is the JoongAng Ilbo).
            if let owner = words.firstIndex(where: { $0.endsWithPossessiveS }), owner + 1 < words.count,
               !kinds.isDisjoint(with: Self.privateKinds) {
                run = (run.lowerBound + owner + 1)..<run.upperBound
                words = tokens[run].map(\.text)
                kinds = Self.kinds(of: words)
            }
            kinds.formUnion(Self.contextKinds(tokens, run: run))
            clock += 1
            if !kinds.isEmpty { add(words, kinds: kinds, writtenWithThe: Self.takesThe(tokens, at: run.lowerBound, kinds: kinds)) }
            i = run.upperBound
        }
    }

    /// The organization a definite nominal mention ("the newspaper", "the daily", "the news
    /// agency", "the ministry") refers to: the one named last whose kind fits the noun.
    func resolve(nominal mention: String) -> String? {
        // With no organization known, no mention is split.
        guard !organizations.isEmpty, Self.definiteFilter.mayContain(firstWordOf: mention) else { return nil }
        let words = mention.split(atASCII: 0x20).map { $0.lowercased() }
        guard words.count >= 2, words.count <= 4, Self.definite.contains(words[0]), let head = words.last,
              let wanted = Self.nominalKinds[head] else { return nil }
        // "the news agency": a modifier narrows the kind.
        let narrowed = words.count >= 3 && words[words.count - 2] == "news" && head == "agency" ? ["newsagency"] : wanted
        return organizations.filter { !$0.kinds.isDisjoint(with: narrowed) }.max { $0.lastSeen < $1.lastSeen }?.name
    }

    private mutating func add(_ words: [String], kinds: Set<String>, writtenWithThe: Bool) {
        var words = words
        if let last = words.last, last.endsWithPossessiveS { words[words.count - 1] = String(last.dropLast(2)) }
        let name = words.joined(separator: " ")
        // "the Post" after "The Washington Post": a short form of a known name.
        let ending = " " + name
        if let k = organizations.firstIndex(where: { $0.name == name || $0.name.hasSuffix(ending) }) {
            version += 1
            organizations[k].lastSeen = clock
            organizations[k].kinds.formUnion(kinds)
            if writtenWithThe, !organizations[k].name.hasPrefix("The ") { organizations[k].name = "The " + organizations[k].name }
            return
        }
        // Only generic words ("Police Department", "Holdings Inc") name no one in particular.
        guard words.contains(where: { Self.headKinds[$0] == nil && !Self.corporateSuffixes.contains($0) && !Self.connectors.contains($0) }) else { return }
        version += 1
        organizations.append(Organization(name: writtenWithThe ? "The " + name : name, kinds: kinds, lastSeen: clock))
    }

    /// A capitalized run that may name an organization: capitalized words and acronyms, joined
    /// by "of", "for", "and", "&" ("Ministry of Foreign Affairs"); a possessive ends it.
    private static func run(_ tokens: [Token], at start: Int) -> Range<Int>? {
        guard isCapitalized(tokens[start].text) else { return nil }
        let opener = tokens[start].text
        // (One filter of the four lists rules out most openers, before each list is asked.)
        guard !nonOpenerFilter.mayContain(opener) || !skipped.contains(opener) && !QuoteAttribution.functionWords.containsLowercased(opener)
                && !QuoteAttribution.openers.containsLowercased(opener) && !corporateSuffixes.contains(opener) else { return nil }
        var end = start
        while end < tokens.count, end - start < 7 {
            let word = tokens[end].text
            // A title starts a person's name: "Manhattan Supreme Court Justice Frank Nervo".
            if end > start, SpeakerDirectory.isTitleOrHonorific(word) { break }
            // (The opener's capital was asked about above: it is not asked again.)
            if end == start || isCapitalized(word) && !skipped.contains(word) {
                end += 1
                // A possessive ends the name, unless a country owns it: "North Korea's Foreign Ministry".
                if word.endsWithPossessiveS {
                    let owner = tokens[start..<end].map(\.text).joined(separator: " ").dropLast(2)
                    // … or it is part of a company's name: "Sotheby's Holdings Inc.".
                    guard end < tokens.count, isCapitalized(tokens[end].text),
                          CountryNames.isCountry(String(owner)) || headKinds[tokens[end].text]?.contains("company") == true else { break }
                }
                continue
            }
            if end > start, connectors.contains(word), end + 1 < tokens.count, isCapitalized(tokens[end + 1].text) { end += 1; continue }
            break
        }
        return end > start ? start..<end : nil
    }

    /// A word that starts with a capital, and so does its last hyphenated part ("New York-based" is no name).
    static func isCapitalized(_ word: String) -> Bool {
        // ASCII words (nearly all) and marks are decided from their bytes; an ASCII first byte other
        // than a capital rules out most words at once, before the bytes are borrowed.
        if word.opensWithASCIINonCapital { return false }
        let decided = UTF8Scan.withBytes(word) { bytes -> Bool? in
            guard !bytes.isEmpty else { return false }
            // The curly quotes and dashes around names (`opensWithMark`), most of the words past ASCII that
            // open runs, are no capitals: they are ruled out before their Unicode properties are looked up.
            if opensWithMark(bytes) { return false }
            // The last hyphen before the last byte that is none, read in one pass with the test for ASCII.
            var dash = -1, lastDash = -1
            for k in bytes.indices {
                let byte = bytes[k]
                guard byte < 0x80 else { return nil }
                if byte == 0x2D { dash = k } else { lastDash = dash }
            }
            // The last hyphen before the end's hyphens is followed by a capital.
            if lastDash >= 0, bytes[lastDash + 1] &- 0x41 >= 26 { return false }
            return bytes.count > 1
        }
        if let decided { return decided }
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        if UTF8Scan.containsByte(word, 0x2D) {
            guard word.split(separator: "-").last?.unicodeScalars.first?.properties.isUppercase == true else { return false }
        }
        return word.count > 1 || word == "&"
    }

    /// Passes every word that `skipped`, `corporateSuffixes`, `QuoteAttribution.functionWords` or
    /// `QuoteAttribution.openers` hold, or hold lower-cased (it folds case), none of which opens a run.
    static let nonOpenerFilter = WordLengthFilter(
        skipped.words.union(corporateSuffixes.words).union(QuoteAttribution.functionWords.words).union(QuoteAttribution.openers.words))

    /// Words that end companies' names and never name one alone.
    static let corporateSuffixes: WordSet = ["Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "PLC", "LLC", "Plc"]

    /// What the words of a name say it is.
    static func kinds(of words: [String]) -> Set<String> {
        var kinds: Set<String> = []
        // Most runs hold no possessive: those are read as they are, not copied.
        let plain = words.contains(where: \.endsWithPossessiveS) ? words.map { $0.endsWithPossessiveS ? String($0.dropLast(2)) : $0 } : words
        for word in plain {
            if headFilter.mayContain(word), let found = headKinds[word] { kinds.formUnion(found) }
            // Only "m" and "M" lower-case to an "m" ending the word (a mark after it would join it).
            if let last = word.utf8.last, last | 0x20 == 0x6D, word.lowercased().hasSuffix(".com") { kinds.insert("website") }
        }
        if plain.contains(where: { $0.equalsPlainWord("News") }) && plain.contains(where: { $0.equalsPlainWord("Agency") })
            || plain.contains(where: { $0.equalsPlainWord("Press") }) {
            kinds.insert("newsagency")
        }
        if plain.count == 1, let word = plain.first {
            if acronymFilter.mayContain(word), let known = acronymKinds[word] { kinds.formUnion(known) }
            else if isAcronym(word), !CountryNames.isCountry(word), !notOrganizations.contains(word) { kinds.formUnion(["agency", "organization", "company", "group"]) }
        }
        // A country is no organization, nor a run that is only a head word ("Police"); a run of no
        // kind is not looked up.
        if !kinds.isEmpty, CountryNames.isCountry(plain.joined(separator: " ")) { return [] }
        return kinds
    }

    /// Kinds the words around a run give it: "the newspaper X", "news agency Yonhap",
    /// "X, a daily", "X newspaper", "X reported".
    static func contextKinds(_ tokens: [Token], run: Range<Int>) -> Set<String> {
        var kinds: Set<String> = []
        if run.lowerBound > 0, nominalFilter.mayContain(tokens[run.lowerBound - 1].text), let found = nominalKinds[tokens[run.lowerBound - 1].text] {
            kinds.formUnion(found)
        }
        if run.upperBound < tokens.count {
            let next = tokens[run.upperBound].text
            if nominalFilter.mayContain(next), let found = nominalKinds[next] { kinds.formUnion(found) }
            if reportingVerbs.contains(next) { kinds.formUnion(["newspaper", "website", "broadcaster", "newsagency"]) }
            // Who issued a document is who "the statement" speaks for: "the Security Council
            // issued a statement", "the company said in a statement".
            if issuingVerbs.contains(next), let document = issuedDocument(tokens, from: run.upperBound + 1) { kinds.insert(document) }
            // An appositive: "X, the country's largest daily, said".
            if opensAppositive(tokens, at: run.upperBound) {
                // Its head is the last word before a comma or preposition: "a daily in Seoul".
                var k = run.upperBound + 2
                while k < tokens.count, k - run.upperBound <= 6, isWord(tokens[k]), !QuoteAttribution.prepositions.contains(tokens[k].text) { k += 1 }
                if k > run.upperBound + 2, let found = nominalKinds[tokens[k - 1].text] { kinds.formUnion(found) }
            }
        }
        return kinds
    }

    /// The document named within five words from `start`, before a mark or a cue: "(the
    /// company said) in a statement".
    static func issuedDocument(_ tokens: [Token], from start: Int) -> String? {
        for k in start..<min(tokens.count, start + 5) {
            let word = tokens[k].text
            if documents.contains(word) { return word }
            if !isWord(tokens[k]) || QuoteAttribution.cues.contains(word) { return nil }
        }
        return nil
    }

    /// Whether the token at `index` is a comma before an article, opening an appositive: "X, a daily".
    static func opensAppositive(_ tokens: [Token], at index: Int) -> Bool {
        tokens[index].text.equalsPlainWord(",") && index + 1 < tokens.count && LexiconSet.articles.containsLowercased(tokens[index + 1].text)
    }

    /// `token.isWord`, told from the first byte when it is ASCII (that byte is the first
    /// scalar, alphabetic when a letter).
    private static func isWord(_ token: Token) -> Bool {
        if let first = token.text.firstByte, first < 0x80 { return first.isASCIILetter }
        return token.isWord
    }

    /// True when "The" belongs to the name: written capitalized inside a sentence, or before a
    /// newspaper's name ("The Washington Post").
    private static func takesThe(_ tokens: [Token], at start: Int, kinds: Set<String>) -> Bool {
        guard start > 0, tokens[start - 1].text == "The" else { return false }
        let sentenceStart = start == 1 || [".", "!", "?", ":", "\u{201C}", "\""].contains(tokens[start - 2].text)
        return !sentenceStart || kinds.contains("newspaper")
    }

    private static func isAcronym(_ word: String) -> Bool {
        // In plain text a character is a scalar, and only ASCII capitals are capitals.
        let plain = UTF8Scan.withBytes(word) { bytes -> Bool? in
            guard PlainText.isPlain(bytes) else { return nil }
            return bytes.count >= 2 && bytes.count <= 6 && bytes.allSatisfy { $0 &- 0x41 < 26 || $0 == 0x26 }
        }
        return plain ?? (word.count >= 2 && word.count <= 6 && word.allSatisfy { $0.isUppercase || $0 == "&" })
    }

    /// Verbs after a name that make it a publisher: "X reported".
    static let reportingVerbs: WordSet = ["reported", "reports", "published"]
    /// Verbs after which a document noun names what the run issued.
    static let issuingVerbs: WordSet = ["issued", "published", "sent", "wrote", "posted", "filed", "said", "signed"]
    /// Documents that speak for whoever issued them.
    static let documents: LexiconSet = ["statement", "report", "letter", "memo", "communique", "release", "complaint", "filing"]

    /// Kinds of organization a country does not own.
    static let privateKinds: LexiconSet = ["newspaper", "website", "broadcaster", "newsagency", "company"]

    static let definite: LexiconSet = ["the", "this", "that"]
    /// Rules out most mentions before they are split.
    static let definiteFilter = WordLengthFilter(definite)
    static let connectors: WordSet = ["of", "for", "and", "&", "on"]
    /// Capitalized words that open sentences or are titles, never part of an organization's name.
    static let skipped: WordSet = [
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As", "It", "He", "She", "They", "We", "I",
        "This", "That", "These", "Those", "Mr.", "Mrs.", "Ms.", "Dr.", "When", "While", "After", "Before",
    ]

    /// Upper-case words that are not organizations.
    static let notOrganizations: LexiconSet = [
        "CEO", "CFO", "COO", "CTO", "GDP", "TV", "AI", "PM", "AM", "OK", "ID", "DNA", "HIV", "AIDS", "COVID",
        "II", "III", "IV", "VP", "PR", "RSS", "URL", "PDF", "GMT", "EST", "EDT", "UTC", "BC", "AD",
    ]

    /// Words of a name that say what it is.
    /// Rules out most words before `headKinds` is searched.
    static let headFilter = WordLengthFilter(headKinds.keys)

    static let headKinds: LexiconMap<Set<String>> = LexiconMap({ () -> [String: Set<String>] in
        var table: [String: Set<String>] = [:]
        for word in ["Post", "Times", "Herald", "Journal", "Tribune", "Gazette", "Daily", "Telegraph", "Guardian",
                     "Chronicle", "Inquirer", "Examiner", "Ilbo", "Shimbun", "Globe", "Mail", "Observer", "Independent"] {
            table[word] = ["newspaper"]
        }
        table["News"] = ["newspaper", "website", "broadcaster"]
        for word in ["Network", "Broadcasting", "Television", "TV", "Radio", "Channel"] { table[word] = ["broadcaster"] }
        table["Agency"] = ["agency"]
        table["Ministry"] = ["ministry"]
        table["Department"] = ["department", "ministry"]
        for word in ["Company", "Co.", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Holdings",
                     "Motors", "Airlines", "Technologies", "Group", "Bank", "Industries", "Electronics"] {
            table[word] = ["company", "group"]
        }
        for word in ["Service", "Administration", "Bureau", "Authority", "Commission", "Office"] {
            table[word] = ["agency", word.lowercased()]
        }
        for word in ["Committee", "Council", "Board", "Court", "Union", "Party", "Institute", "Foundation",
                     "Association", "Center", "Centre", "University", "Embassy", "Army", "Military", "Police",
                     "Government", "Organization", "Organisation"] {
            table[word] = [word.lowercased()]
        }
        return table
    }())

    /// Acronyms of news outlets.
    static let acronymKinds: LexiconMap<Set<String>> = [
        "CNN": ["broadcaster"], "BBC": ["broadcaster"], "NBC": ["broadcaster"], "ABC": ["broadcaster"],
        "CBS": ["broadcaster"], "MSNBC": ["broadcaster"], "NPR": ["broadcaster"], "PBS": ["broadcaster"],
        "AP": ["newsagency"], "AFP": ["newsagency"], "KCNA": ["newsagency"], "Reuters": ["newsagency"],
        "Yonhap": ["newsagency"], "Xinhua": ["newsagency"], "Interfax": ["newsagency"], "Tass": ["newsagency"],
        "TASS": ["newsagency"], "Bloomberg": ["newsagency"],
    ]

    /// Rules out most one-word runs before `acronymKinds` is searched.
    static let acronymFilter = WordLengthFilter(acronymKinds.keys)

    /// Rules out most words before `nominalKinds` is searched.
    static let nominalFilter = WordLengthFilter(nominalKinds.keys)

    /// The kinds of organization a nominal noun can refer to.
    static let nominalKinds: LexiconMap<Set<String>> = [
        "newspaper": ["newspaper"], "paper": ["newspaper"], "daily": ["newspaper"], "tabloid": ["newspaper"],
        "weekly": ["newspaper"], "publication": ["newspaper", "website"],
        "website": ["website", "newspaper", "broadcaster"], "site": ["website", "newspaper", "broadcaster"],
        "outlet": ["newspaper", "website", "broadcaster", "newsagency"], "broadcaster": ["broadcaster"],
        "network": ["broadcaster"], "channel": ["broadcaster"],
        "agency": ["agency", "newsagency"], "wire": ["newsagency"],
        "ministry": ["ministry"], "department": ["department", "ministry"],
        "company": ["company"], "firm": ["company"], "carrier": ["company"], "automaker": ["company"],
        "retailer": ["company"], "maker": ["company"], "conglomerate": ["company"], "bank": ["company"],
        "group": ["group", "organization"], "organization": ["organization", "group"],
        "commission": ["commission"], "committee": ["committee"], "council": ["council"], "board": ["board"],
        "court": ["court"], "union": ["union"], "party": ["party"], "institute": ["institute"],
        "foundation": ["foundation"], "association": ["association"], "center": ["center"],
        "bureau": ["bureau"], "office": ["office"], "service": ["service"], "administration": ["administration"],
        "authority": ["authority"], "university": ["university"], "embassy": ["embassy"], "army": ["army"],
        "military": ["military", "army"], "police": ["police"],
        "statement": ["statement"], "report": ["report"], "letter": ["letter"], "memo": ["memo"],
        "communique": ["communique"], "release": ["release"], "complaint": ["complaint"], "filing": ["filing"],
    ]
}
