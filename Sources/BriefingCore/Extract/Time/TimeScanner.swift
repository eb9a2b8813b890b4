/// The rules of the time tagger over one token array: each rule tries to match at a token and
/// returns the expression's type, TIMEX3 value and end token.
struct TimeScanner {
    struct Match {
        var type: TimeExpression.Kind
        var value: String
        /// Token index after the expression.
        var end: Int
        /// Whether the value is anaphoric ("a year earlier") and must not become the anchor of later ones.
        var anaphoric = false
    }

    private(set) var tokens: [Token]
    /// Lowercase token texts (shared with `tokens` when already lowercase).
    private(set) var lower: [String]
    /// What the rules ask of each token's lowercase text, told once.
    private(set) var facts: [TimeWordFacts]
    /// The lowercase text and facts of the word types read before (`TimeWordCache`), which a
    /// tagger lends the scanner for the paragraphs it reads.
    var cache = TimeWordCache()
    let dct: CalendarDate?
    /// The last explicit date value, the anchor of "a year earlier".
    var lastDate: String? { didSet { coreAheadAt = -1 } }
    /// The last day written as the end of a reported period ("the quarter ended Sept. 30"),
    /// from which "a year earlier" counts while it is still `lastDate`.
    var lastPeriodEnd: String? { didSet { coreAheadAt = -1 } }
    /// The last quarter named ("1989-Q1"), which "the quarter" and "the 1988 period" go on
    /// meaning after other dates come between.
    var lastQuarterMentioned: String? { didSet { coreAheadAt = -1 } }
    /// Whether `lastQuarterMentioned` was named as a period whose results are out (a fiscal
    /// quarter, or one a past report gives figures for), so that it is over even when the
    /// calendar quarter of that name is not ("reported a decline in fourth-quarter earnings" on Nov. 2).
    var lastQuarterIsOver = false { didSet { coreAheadAt = -1 } }
    /// Whether a report named a stretch of its year's months ("for the nine months", "the first
    /// six months") after the last quarter: "the 1988 period" and "a year earlier" then mean
    /// that stretch a year before, a year in value, not the quarter.
    var stretchOfYearNamed = false { didSet { coreAheadAt = -1 } }
    /// The years of the days the text wrote in full ("April 8, 2012"), by month and day
    /// (`month * 100 + day`): a later "April 8" without a year is that day again.
    var writtenDays: [Int: Int] = [:] { didSet { coreAheadAt = -1 } }
    /// `core` at the token after a hedge or a lead word, which `single` read there and turned
    /// away ("about 20 people", "some 300 workers", "the first time", "the year"): the next
    /// `match`, at that token (`coreAheadAt`), takes it from here rather than reading it again.
    /// `core` reads the tokens and the anchors alone, so a new paragraph or a change of an
    /// anchor drops it (the index becomes -1; an index, not an optional pair, so that the
    /// `match` that does not read it destroys nothing).
    private var coreAhead: Match?
    private var coreAheadAt = -1

    /// `core` at token `at`, read ahead by `single` (`coreReadAhead`); `at` is -1 while none is.
    /// `single` and the rules it calls take the scanner by address, as it changes nothing
    /// there: a call from a mutating method passes a copy of it (168 bytes, copied to the
    /// stack at every call), so `single` writes what it read ahead here, and `match` keeps it.
    struct ReadAhead {
        var match: Match?
        var at = -1
    }

    /// The anchors a tagger carries from one paragraph to the next.
    struct Anchors {
        var date: String?
        var quarter: String?
        var quarterIsOver = false
        var stretchOfYear = false
        var periodEnd: String?
        var writtenDays: [Int: Int] = [:]
    }

    /// Swaps the scanner's anchors with `anchors`: a new scanner (whose anchors are the
    /// defaults) takes those carried from the text before, and gives its own back at the end,
    /// moved rather than copied.
    mutating func exchange(_ anchors: inout Anchors) {
        swap(&lastDate, &anchors.date)
        swap(&lastQuarterMentioned, &anchors.quarter)
        swap(&lastQuarterIsOver, &anchors.quarterIsOver)
        swap(&stretchOfYearNamed, &anchors.stretchOfYear)
        swap(&lastPeriodEnd, &anchors.periodEnd)
        swap(&writtenDays, &anchors.writtenDays)
    }

    init(tokens: [Token], dct: CalendarDate?) {
        self.tokens = []
        lower = []
        facts = []
        self.dct = dct
        read(tokens)
    }

    /// Makes the scanner read `tokens` in place of the ones it reads, as a new scanner of them
    /// would (its anchors aside), in the storage of `lower` and `facts`: a tagger reads all the
    /// paragraphs of an article with one scanner, and allocates their arrays once.
    mutating func read(_ tokens: [Token]) {
        self.tokens = tokens
        coreAheadAt = -1
        let n = tokens.count
        if lower.count > n {
            lower.removeLast(lower.count - n)
            facts.removeLast(facts.count - n)
        } else if lower.count < n {
            lower.append(contentsOf: repeatElement("", count: n - lower.count))
            facts.append(contentsOf: repeatElement(TimeWordFacts(), count: n - facts.count))
        }
        cache.cover(tokens)
        lower.withUnsafeMutableBufferPointer { lower in
            facts.withUnsafeMutableBufferPointer { facts in
                cache.withBuffers { Self.writeWords(of: tokens, lower: lower, facts: facts, cache: $0) }
            }
        }
    }

    /// Writes each token's lowercase text and facts over the ones of the tokens before in
    /// `lower` and `facts` (as many as `tokens`): a word there is released as it is replaced,
    /// at once rather than in a pass of its own. A token of a word type in `cache` takes them
    /// from there; one of a type not yet there puts them there.
    @inline(__always)
    private static func writeWords(
        of tokens: [Token], lower: UnsafeMutableBufferPointer<String>, facts: UnsafeMutableBufferPointer<TimeWordFacts>, cache: TimeWordCache.Buffers
    ) {
        let vocabulary = TimeWordFacts.vocabulary
        let oneByteLower = Self.oneByteLower, oneByteFacts = Self.oneByteFacts
        for k in tokens.indices {
            let type = Int(tokens[k].type)
            if type >= 0, cache.known[type] {
                lower[k] = cache.lower[type]
                facts[k] = cache.facts[type]
                continue
            }
            defer {
                if type >= 0 {
                    cache.known[type] = true
                    cache.lower[type] = lower[k]
                    cache.facts[type] = facts[k]
                }
            }
            let text = tokens[k].text
            // The facts of a token of one byte or of a plain word are written in the one look at
            // its bytes; its lowercase text after, as the closure holds no string.
            let quick = text.utf8.withContiguousStorageIfAvailable { bytes -> QuickWord in
                if bytes.count == 1, bytes[0] < 0x80 {
                    facts[k] = oneByteFacts[Int(bytes[0])]
                    return .oneByte(Int(bytes[0]))
                }
                guard let plain = TimeWordFacts.ofPlainWord(bytes, in: vocabulary) else { return .other }
                facts[k] = plain
                return .plain
            } ?? .other
            switch quick {
            case .oneByte(let byte):
                lower[k] = oneByteLower[byte]
            case .plain:
                lower[k] = text
            case .other:
                let word = Self.word(text, in: vocabulary)
                lower[k] = word.lower
                facts[k] = word.facts
            }
        }
    }

    /// What a token's bytes tell at once, read in the one look at them (its facts written then).
    private enum QuickWord {
        /// One ASCII byte (a mark, "a", a digit: a sixth of all tokens), whose `word` is in the
        /// tables made for each byte (`oneByteLower`, `oneByteFacts`).
        case oneByte(Int)
        /// A word of lowercase letters (most tokens): its own lowercase text, with the facts
        /// of `TimeWordFacts.ofPlainWord`.
        case plain
        /// Any other token, read by `word`.
        case other
    }

    /// A token's lowercase text (`lowercase`) and its facts, read from `vocabulary`.
    @inline(__always)
    private static func word(_ text: String, in vocabulary: LexiconMap<TimeWordFacts>) -> (lower: String, facts: TimeWordFacts) {
        // Most tokens are lowercase already: their facts are read from the bytes at hand.
        let read = UTF8Scan.withBytes(text) { bytes -> (lower: String?, facts: TimeWordFacts)? in
            let n = bytes.count
            if n > 3, bytes[n - 1] == 0x73 || bytes[n - 1] == 0x53, bytes[n - 2] == 0x27 || bytes[n - 2] == 0x99 {
                return asciiLowercase(bytes, in: vocabulary)
            }
            guard let facts = TimeWordFacts.of(text, bytes: bytes, in: vocabulary) else { return asciiLowercase(bytes, in: vocabulary) }
            return (nil, facts)
        }
        if let read { return (read.lower ?? text, read.facts) }
        let w = lowercase(text)
        return (w, TimeWordFacts.of(w, in: vocabulary))
    }

    /// `lowercase` of an ASCII token (with capitals or a possessive ending) and its facts, read
    /// from its bytes lower-cased into a buffer; nil for a token past ASCII or a long one.
    @inline(__always)
    private static func asciiLowercase(_ bytes: UnsafeBufferPointer<UInt8>, in vocabulary: LexiconMap<TimeWordFacts>) -> (lower: String?, facts: TimeWordFacts)? {
        let n = bytes.count
        guard n <= 32 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer -> (lower: String?, facts: TimeWordFacts)? in
            for k in 0..<n {
                let b = bytes[k]
                guard b < 0x80 else { return nil }
                buffer[k] = b.asciiLowercased
            }
            // In ASCII a possessive ending is "'s" after three bytes or more, "s" once lower-cased.
            let count = n > 3 && buffer[n - 1] == 0x73 && buffer[n - 2] == 0x27 ? n - 2 : n
            let word = UnsafeBufferPointer(rebasing: buffer[0..<count])
            let lower = String(asciiBytes: word)
            return TimeWordFacts.of(lower, bytes: word, in: vocabulary).map { (lower, $0) }
        }
    }

    /// `word` of each token of one ASCII byte, by the byte: its lowercase text and its facts,
    /// in two tables (a token's two are copied apart, as they are stored).
    private static let oneByteWords = (0..<128).map { byte in
        word(String(Unicode.Scalar(UInt8(byte))), in: TimeWordFacts.vocabulary)
    }
    /// The lowercase texts of `oneByteWords`.
    static let oneByteLower = oneByteWords.map(\.lower)
    /// The facts of `oneByteWords`.
    static let oneByteFacts = oneByteWords.map(\.facts)

    /// A token's text lower-cased, without a possessive ending ("Friday's" → "friday").
    private static func lowercase(_ text: String) -> String {
        let (hasUpper, possessive) = UTF8Scan.withBytes(text) { bytes in
            let n = bytes.count
            let possessive = n > 3 && (bytes[n - 1] == 0x73 || bytes[n - 1] == 0x53) && (bytes[n - 2] == 0x27 || bytes[n - 2] == 0x99)
            return (bytes.contains { $0 &- 0x41 < 26 }, possessive)
        }
        guard hasUpper || possessive else { return text }
        var w = hasUpper ? UTF8Scan.lowercased(text) : text
        if possessive, w.endsWithPossessiveS { w.removeLast(2) }
        return w
    }

    /// Whether token `k` ends in a possessive "'s" or "’s" (which `lower` leaves out); a
    /// decade written "1980's" is no possessive.
    func isPossessive(_ k: Int) -> Bool {
        // The ending is read from the bytes at hand, where the view's `last` and index were calls.
        let ending = UTF8Scan.withBytes(tokens[k].text) { bytes -> Bool in
            let n = bytes.count
            guard n > 3, bytes[n - 1] == 0x73 || bytes[n - 1] == 0x53 else { return false }
            return bytes[n - 2] == 0x27 || (bytes[n - 2] == 0x99 && n > 5)
        }
        return ending && !isDecadeWithApostrophe(k)
    }

    /// Whether token `k` is a decade written with an apostrophe, "1980's" or "1980’s", after
    /// "the" (or "the early", "the late", "the mid").
    func isDecadeWithApostrophe(_ k: Int) -> Bool {
        // Four digits, the apostrophe and "s" are 6 bytes, or 8 with "’" (E2 80 99), read
        // from the bytes: the fourth digit "0", the "s" the last byte.
        let written = UTF8Scan.withBytes(tokens[k].text) { bytes in
            let n = bytes.count
            guard n == 6 || n == 8, bytes[0] &- 0x30 < 10, bytes[1] &- 0x30 < 10, bytes[2] &- 0x30 < 10, bytes[3] == 0x30,
                  bytes[n - 1] == 0x73 else { return false }
            return n == 6 ? bytes[4] == 0x27 : bytes[4] == 0xE2 && bytes[5] == 0x80 && bytes[6] == 0x99
        }
        guard written, k > 0 else { return false }
        return lower[k - 1] == "the" || (k > 1 && ["early", "late", "mid"].contains(lower[k - 1]) && lower[k - 2] == "the")
    }

    /// Whether byte `k` of `word` is a hyphen: a word that starts with "mid-" (`k` 3), "late-"
    /// (4) or "early-" (5) has it there.
    static func hasHyphen(_ word: String, at k: Int) -> Bool {
        UTF8Scan.withBytes(word) { k < $0.count && $0[k] == 0x2D }
    }

    func at(_ k: Int) -> String? { k >= 0 && k < lower.count ? lower[k] : nil }

    /// Whether token `k` is a hyphen or an en dash ("-", "–"), told from its bytes: no other
    /// string equals either.
    func isDash(_ k: Int) -> Bool {
        guard k >= 0, k < lower.count else { return false }
        let utf8 = lower[k].utf8
        guard let first = utf8.first else { return false }
        if utf8.count == 1 { return first == 0x2D }
        return utf8.count == 3 && first == 0xE2 && utf8.elementsEqual([0xE2, 0x80, 0x93])
    }

    /// The facts of token `k`; none past either end.
    private func facts(_ k: Int) -> TimeWordFacts? { k >= 0 && k < facts.count ? facts[k] : nil }

    /// `TimeLexicon.number` of token `k`.
    func number(at k: Int) -> Int? { facts(k).flatMap { $0.number >= 0 ? Int($0.number) : nil } }

    /// `TimeLexicon.unit` of token `k`.
    func unit(at k: Int) -> (unit: TimeLexicon.Unit, plural: Bool)? { facts(k)?.unit }

    /// `MonthNames.month` of token `k`.
    func month(at k: Int) -> Int? { facts(k).flatMap { $0.month == 0 ? nil : Int($0.month) } }

    /// `weekdayNumber` of token `k`.
    func weekdayNumber(at k: Int) -> Int? { facts(k).flatMap { $0.weekday == 0 ? nil : Int($0.weekday) } }

    /// `yearShift` of token `k`.
    func yearShift(at k: Int) -> Int? { facts(k).flatMap { $0.shift == TimeWordFacts.noShift ? nil : Int($0.shift) - 1 } }

    func isCapitalized(_ k: Int) -> Bool {
        guard let b = tokens[k].text.utf8.first else { return false }
        return b >= 0x41 && b <= 0x5A
    }

    /// The longest expression starting at token `i`; durations joined by "and" ("six years and
    /// eight months", "two hours and 30 minutes") are one, as TimeML writes "a minute and a half".
    mutating func match(at i: Int) -> Match? {
        // `single`, at the call before, may have read `core` here (after a hedge or a lead
        // word); it is kept no longer.
        let known: Match?? = coreAheadAt == i ? .some(coreAhead) : .none
        coreAheadAt = -1
        var ahead = ReadAhead()
        let found = single(at: i, known: known, ahead: &ahead)
        if ahead.at >= 0 { (coreAhead, coreAheadAt) = (ahead.match, ahead.at) }
        guard let first = found else { return nil }
        guard first.type == .duration, at(first.end) == "and", first.end + 1 < lower.count,
              let second = counted(at: first.end + 1), second.type == .duration,
              let value = TimeValues.joinedDuration(first.value, second.value) else { return first }
        return Match(type: .duration, value: value, end: second.end)
    }

    /// The longest expression starting at token `i`, alone; `known` is `core(at: i)` when the
    /// call before read it (`coreAhead`); `core` read ahead at a later token is left in `ahead`.
    private func single(at i: Int, known: Match??, ahead: inout ReadAhead) -> Match? {
        let w = lower[i]
        let flags = facts[i].flags
        if flags.contains(.hedge), let m = hedged(at: i, ahead: &ahead) { return m }
        if flags.contains(.opensPhrase), i + 1 < facts.count, Self.mayFollowPhraseStart(facts[i + 1].firstByte),
           let m = phrase(at: i) ?? referencePhrase(at: i) { return m }
        guard flags.contains(.leadWord) else { return core(at: i, known: known) }
        // A lead word is one of `leadWordList`, told apart by its first byte and length.
        // After "the", the three rules below read "early", "late", "mid", a part of the day
        // ("morning", "afternoon", "evening", "night"), "day" or "week": a word with another
        // first byte is none of them.
        let isThe = facts[i].firstByte == 0x74 && i + 1 < facts.count && Self.mayFollowThe(facts[i + 1].firstByte)
        if isThe, let next = at(i + 1), next == "early" || next == "late" || next == "mid", i + 2 < lower.count,
           let inner = core(at: i + 2), inner.type == .date {
            return Match(type: inner.type, value: inner.value, end: inner.end)  // "the late 1970s"
        }
        if isThe, let part = at(i + 1).flatMap({ TimeLexicon.dayParts[$0] }), at(i + 2) == "of", i + 3 < lower.count,
           let day = explicitDate(at: i + 3) ?? core(at: i + 3), day.type == .date, CalendarDate(iso: day.value) != nil {
            return Match(type: .time, value: "\(day.value)T\(part)", end: day.end)  // "the night of March 3", a TIME as "Friday night"
        }
        if isThe, let m = nextToDay(at: i) { return m }
        let count = w.utf8.count
        if count == 7 || count == 5 && facts[i].firstByte == 0x6C && facts[i].lastByte == 0x72, let m = earlierOrLaterIn(at: i) { return m }  // "earlier", "later"
        if facts[i].firstByte == 0x6D, let part = at(i + 1).flatMap({ TimeLexicon.dayParts[$0] }), part != "NI" { return partOfDay(part, end: i + 2) }  // "mid afternoon"
        if i + 1 < lower.count, let inner = coreReadAhead(at: i + 1, ahead: &ahead), allows(prefix: w, before: inner, at: i + 1) {
            return Match(type: inner.type, value: inner.value, end: inner.end)
        }
        return core(at: i, known: known)
    }

    /// `core(at: k)` at the token after the one `single` reads, kept in `ahead` (and then as
    /// `coreAhead`) for the `match` at `k`, or taken from there when a hedge before read it.
    private func coreReadAhead(at k: Int, ahead: inout ReadAhead) -> Match? {
        if ahead.at == k { return ahead.match }
        let read = core(at: k)
        ahead = ReadAhead(match: read, at: k)
        return read
    }

    /// `core(at: i)`, taken from `known` when that was read.
    @inline(__always)
    private func core(at i: Int, known: Match??) -> Match? {
        if let known { return known }
        return core(at: i)
    }

    /// Whether a word whose first byte is `byte` may be one that `single` reads after "the"
    /// ("early", "late", "mid", "morning", "afternoon", "evening", "night", "day", "week"):
    /// its first letter is one of "a", "d", "e", "l", "m", "n" and "w".
    @inline(__always)
    static func mayFollowThe(_ byte: UInt8) -> Bool {
        let letter = byte &- 0x61
        let letters: UInt32 = 1 << 0 | 1 << 3 | 1 << 4 | 1 << 11 | 1 << 12 | 1 << 13 | 1 << 22
        return letter < 26 && (letters >> UInt32(letter)) & 1 == 1
    }

    /// Whether a word whose first byte is `byte` may be the second word of a fixed phrase of
    /// `phrase` or `referencePhrase` ("now", "while", "soon", "many", "day", "time"): its first
    /// letter is one of "d", "m", "n", "s", "t" and "w". Most words after "the" and "a" are none.
    @inline(__always)
    static func mayFollowPhraseStart(_ byte: UInt8) -> Bool {
        let letter = byte &- 0x61
        let letters: UInt32 = 1 << 3 | 1 << 12 | 1 << 13 | 1 << 18 | 1 << 19 | 1 << 22
        return letter < 26 && (letters >> UInt32(letter)) & 1 == 1
    }

    /// "the week of March 6": the week that holds the day named; "the day before last
    /// Tuesday's hearing", "the day after Christmas": the day next to it, one DATE.
    private func nextToDay(at i: Int) -> Match? {
        guard let unit = at(i + 1), unit == "day" || unit == "week", let side = at(i + 2), i + 3 < lower.count,
              unit == "week" ? side == "of" : side == "before" || side == "after",
              let inner = core(at: i + 3), inner.type == .date, let day = CalendarDate(iso: inner.value) else { return nil }
        if unit == "week" { return Match(type: .date, value: TimeValues.week(of: day), end: inner.end) }
        return Match(type: .date, value: day.adding(days: side == "before" ? -1 : 1).description, end: inner.end)
    }

    /// Whether `word` is one of the lead words `single` tries before an expression ("the",
    /// "early", "late", "mid", "earlier", "later", "around"), told from its bytes packed into
    /// an integer; no word with a byte past ASCII equals one.
    static func isLeadWord(_ word: String) -> Bool {
        guard word.utf8.count <= 8 else { return false }
        var packed: UInt64 = 0
        for byte in word.utf8 {
            guard byte < 0x80 else { return false }
            packed = packed << 8 | UInt64(byte)
        }
        return leadWords.contains(packed)
    }

    /// The lead words, packed as `isLeadWord` packs a word.
    private static let leadWords: [UInt64] = leadWordList.map { word in
        word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    private static let leadWordList = ["the", "early", "late", "mid", "earlier", "later", "around"]

    /// The words other than starters at which `single` tries a rule: hedges, the first words
    /// of fixed phrases (`phrase`) and lead words.
    static let openerWords = Set(hedges.keys).union(phraseStarts).union(leadWordList)

    /// The first words of the fixed phrases of `phrase` and `referencePhrase`.
    static let phraseStarts: Set<String> = Set(["right", "a", "as", "the"]).union(referencePhraseStarts)

    /// Whether `word` is a hedge of `hedged`.
    static func isHedge(_ word: String) -> Bool { hedges[word] != nil }

    /// Whether an expression may start at token `i`: `match` is nil at the others.
    func opens(_ i: Int) -> Bool { facts[i].opens }

    /// Whether a lead word belongs in the span of the expression that follows it.
    private func allows(prefix: String, before inner: Match, at k: Int) -> Bool {
        // "the decades-long battle", "the two-year plan": an adjective's article belongs to its noun.
        if prefix == "the", inner.type == .duration, inner.end == k + 1, lower[k].contains("-") || lower[k].hasSuffix("long") { return false }
        if prefix == "the", inner.end == k + 1, lower[k].hasSuffix("-century") { return false }  // "the 15th-century church"
        // "the 99 year mystery", "the overnight test": a count with a singular unit, or "overnight",
        // before a noun modifies it, and the article belongs to the noun.
        if prefix == "the", inner.type == .duration && unit(at: inner.end - 1)?.plural == false && inner.end - k == 2
            || lower[k] == "overnight" && inner.end == k + 1,
           let after = at(inner.end), after.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true,
           !["and", "or", "of", "to", "in", "on", "at", "ago", "earlier", "later", "before", "after"].contains(after) { return false }
        // "the 2014 election": a year before a noun modifies it; the article belongs to the noun.
        // So does a written date: "the March 14-15 summit", "the Sept. 11 attacks".
        if prefix == "the", inner.end == k + 1 && year(at: k) != nil || month(at: k) != nil && isCapitalized(k),
           let after = at(inner.end), after.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true,
           !["and", "or", "to", "through", "until", "of", "when", "that", "in", "on", "at"].contains(after) { return false }
        // "the current leadership": "current" is an adjective, and the article its noun's.
        if prefix == "the", lower[k] == "current", inner.end == k + 1 { return false }
        // "the 10:30 p.m. call": a clock time modifies the noun after it, which the article leads.
        if prefix == "the", inner.type == .time, lower[k].utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true { return false }
        if prefix == "the" { return inner.type != .set && TimeLexicon.references[lower[k]] == nil }
        if prefix == "around" { return false }
        if prefix == "earlier" || prefix == "later" { return Self.afterEarlierOrLater.contains(lower[k]) }
        // "early 1990", "late Friday", "late October" of every year, but not "early these days": only a calendar value takes a part.
        guard inner.type == .date || inner.type == .time, let first = inner.value.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39 || inner.value.hasPrefix("XXXX-")
    }

    func core(at i: Int) -> Match? {
        // The word's facts, read once (each read of the array is a call).
        let f = facts[i]
        guard f.starts else { return nil }
        let w = lower[i]
        // The first byte rules out the words of most rules below: "m" for "mid-", "l" or "e"
        // for "late-" and "early-"; `namesPeriod` the words of the periods' lexicons.
        let lead = f.firstByte, period = f.namesPeriod
        // The rules whose bit is clear cannot match at the word.
        let rules = f.rules
        // (A hyphen's byte where the prefix's would be rules out most words before the strings
        // are compared.)
        if lead == 0x6D, Self.hasHyphen(w, at: 3), w.hasPrefix("mid-"), let m = middle(of: String(w.dropFirst(4)), at: i) { return m }
        if lead == 0x6D, f.lastByte == 0x67 || f.lastByte == 0x6E, w == "midmorning" || w == "midafternoon", let part = TimeLexicon.dayParts[String(w.dropFirst(3))] {
            return partOfDay(part, end: i + 1)
        }
        if lead == 0x6C || lead == 0x65, Self.hasHyphen(w, at: lead == 0x6C ? 4 : 5), w.hasPrefix("late-") || w.hasPrefix("early-"),
           let dash = w.firstIndex(of: "-") {  // "late-November"
            if let m = middle(of: String(w[w.index(after: dash)...]), at: i) { return m }
        }
        if let m = explicitDate(at: i) { return m }
        if rules.contains(.halfCount), let m = halfCount(at: i) { return m }
        if rules.contains(.ordinalCentury), let m = ordinalCentury(at: i) { return m }
        if rules.contains(.namedHour), let m = namedHour(at: i) { return m }
        if rules.contains(.numeric), let m = numeric(at: i) { return m }
        if rules.contains(.gameClock), let m = gameClock(at: i) { return m }
        if number(at: i) != nil, let m = oClock(at: i) { return m }  // "ten o'clock"
        if rules.contains(.yearAgoPeriod), let m = yearAgoPeriod(at: i) { return m }
        if rules.contains(.anaphoric), let m = anaphoric(at: i) { return m }
        if rules.contains(.relative), let m = relative(at: i) { return m }
        if let y = spelledYear(at: i) { return Match(type: .date, value: TimeValues.year(y.year), end: y.end) }
        if rules.contains(.counted), let m = counted(at: i) { return m }
        if rules.contains(.quarterOrHalf), let m = quarterOrHalf(at: i) { return m }
        if rules.contains(.ordinalDay), let m = ordinalDay(at: i) { return m }
        if rules.contains(.weekday), let day = weekdayNumber(at: i), isCapitalized(i) {
            // "The Sunday Times", "the Sunday Telegraph": a newspaper's name.
            if let next = at(i + 1), i + 1 < tokens.count, isCapitalized(i + 1), Self.namesAfterWeekday.contains(next) { return nil }
            // "the Sunday People", "the Monday Club": after "the", a capitalized word other than
            // a month makes the weekday part of a name.
            if i > 0, lower[i - 1] == "the", let next = at(i + 1), isCapitalized(i + 1), month(at: i + 1) == nil,
               next.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true { return nil }
            return weekday(day, end: i + 1, future: isFuture(around: i))
        }
        if rules.contains(.recurringWeekday), let m = recurringWeekday(at: i) { return m }
        if rules.contains(.deictic), let m = deictic(at: i) { return m }
        if rules.contains(.holiday), let m = holiday(at: i) { return m }
        if period, let v = TimeLexicon.references[w] {
            return Match(type: .date, value: v, end: i + 1)
        }
        if rules.contains(.yearWords), w == "year", i > 0, lower[i - 1] == "the", let y = anyYear(at: i + 1) ?? millennium(at: i + 1) {
            return Match(type: .date, value: TimeValues.year(y.year), end: y.end)  // "the year 2000", "the year two thousand"
        }
        if rules.contains(.yearWords), w == "fiscal", let y = year(at: i + 1), quarter(inYear: y, at: i + 2) == nil {
            return Match(type: .date, value: String(y), end: i + 2)  // "fiscal 1989": the word belongs to the year
        }
        if rules.contains(.yearWords), w == "fiscal", i + 1 < lower.count, TimeLexicon.ordinals[lower[i + 1]] != nil || lower[i + 1].hasSuffix("-quarter"),
           let q = quarterOrHalf(at: i + 1) {
            return Match(type: .date, value: q.value, end: q.end)  // "its fiscal third quarter": the word belongs to the quarter
        }
        if rules.contains(.yearWords), w == "year-end" || (w == "year" && at(i + 1) == "end"), let dct {  // "by year-end", "at year's end"
            return Match(type: .date, value: TimeValues.year(dct.year), end: w == "year" ? i + 2 : i + 1)
        }
        if rules.contains(.unitBeforeOrAfter), let m = unitBeforeOrAfter(at: i) { return m }
        if rules.contains(.yearWords), w == "year" || (w == "fiscal" && at(i + 1) == "year"), i > 0, lower[i - 1] == "the" {
            if isCapitalized(i) { return nil }  // "Person of the Year": a title
            // "the year ended Sept. 30" (a fiscal year), "for the year", "of the year" (the current one).
            let end = w == "year" ? i + 1 : i + 2
            if at(end) == "ended" || at(end) == "ending" { return Match(type: .duration, value: "P1Y", end: end) }
            if i > 1, lower[i - 2] == "for" || lower[i - 2] == "of", let dct { return Match(type: .date, value: TimeValues.year(dct.year), end: end) }
            return nil
        }
        if rules.contains(.barePlural), let m = barePlural(at: i) { return m }
        if rules.contains(.partOf), let m = partOf(at: i) { return m }
        if rules.contains(.fullYear), let m = fullYear(at: i) { return m }
        if period, let v = TimeLexicon.frequencies[w] {
            // "NBC Nightly News", "the Weekly Standard", "Breitbart News Daily": a name, not a frequency.
            if isCapitalized(i), i + 1 < tokens.count, isCapitalized(i + 1) { return nil }
            if isCapitalized(i), i > 0, isCapitalized(i - 1), !Self.opensSentence.contains(lower[i - 1]) { return nil }
            return Match(type: .set, value: v, end: i + 1)
        }
        if rules.contains(.presentWords), w == "recent", let u = unit(at: i + 1), u.plural {
            // "recent years" mostly means the recent past; "recent weeks", a stretch of weeks.
            if u.unit == .year { return Match(type: .date, value: "PAST_REF", end: i + 2) }
            return Match(type: .duration, value: u.unit.duration(nil), end: i + 2)
        }
        if rules.contains(.presentWords), w == "current", let next = at(i + 1), next.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true, !Self.notTemporalAfterCurrent.contains(next) {
            return Match(type: .date, value: "PRESENT_REF", end: i + 1)
        }
        if period, let d = TimeLexicon.spelledDecades[w], i > 0, lower[i - 1] == "the" || lower[i - 1] == "early" || lower[i - 1] == "late" {
            return Match(type: .date, value: d, end: i + 1)  // "the nineties", "the late seventies"
        }
        if rules.contains(.presentWords), w == "present", i > 0, lower[i - 1] == "the" || lower[i - 1] == "at" { return Match(type: .date, value: "PRESENT_REF", end: i + 1) }
        if rules.contains(.presentWords), w == "future", i > 0, let m = future(at: i) { return m }
        if lead == 0x6D, let u = Self.multiUnit(w) { return Match(type: .duration, value: u.duration(nil), end: i + 1) }  // "a multi-hour vote"
        if rules.contains(.presentWords), w == "past", i > 0, lower[i - 1] == "the", unit(at: i + 1) == nil && number(at: i + 1) == nil {
            return Match(type: .date, value: "PAST_REF", end: i + 1)
        }
        if period, let code = TimeLexicon.seasonPlurals[w], i > 0, ["in", "during", "most", "some", "many", "several", "recent"].contains(lower[i - 1]) {
            return Match(type: .set, value: "XXXX-\(code)", end: i + 1)  // "in summers", "most winters"
        }
        if rules.contains(.officeTerm), let m = officeTerm(at: i) { return m }
        if rules.contains(.anaphoricDay), let m = anaphoricDay(at: i) { return m }
        if rules.contains(.overnight), let m = overnight(at: i) { return m }
        if rules.contains(.dayOfMonth), let m = dayOfMonth(at: i) { return m }
        if period, let code = TimeLexicon.seasons[w], let y = year(at: i + 1), isCapitalized(i) || (i > 0 && lower[i - 1] == "in") {
            return Match(type: .date, value: "\(TimeValues.year(y))-\(code)", end: i + 2)  // "in spring 2014", "Summer 2012"
        }
        // "the Winter Olympics", "the Summer Games": a season in a name.
        if period, TimeLexicon.seasons[w] != nil, i > 0, isCapitalized(i), i + 1 < tokens.count, isCapitalized(i + 1), year(at: i + 1) == nil { return nil }
        if period, let code = TimeLexicon.seasons[w], let dct {
            // "fall" and "spring" are verbs and nouns too: only a lead word makes them the season.
            // So does a calendar event after them: "a spring recess", "the fall semester".
            guard w != "fall" && w != "spring" || (i > 0 && Self.beforeSeasonVerb.contains(lower[i - 1]))
                || at(i + 1).map({ Self.seasonalEvents.contains($0) }) == true else { return nil }
            if at(i + 1) == "of", let y = anyYear(at: i + 2) { return Match(type: .date, value: "\(TimeValues.year(y.year))-\(code)", end: y.end) }
            // "the fall in oil prices", "the fall of Saigon", "the spring in his step": a drop, a collapse, a coil.
            if w == "fall" || w == "spring", at(i + 1) == "in" || at(i + 1) == "of" { return nil }
            // "winter wheat", "a summer camp", "a winter storm": a kind of thing, not the season.
            if let next = at(i + 1), Self.thingsOfSeasons.contains(next) { return nil }
            return Match(type: .date, value: "\(TimeValues.year(dct.year))-\(code)", end: i + 1)
        }
        return nil
    }

    /// "the future", "in the near future", "Texas' future", "our future": the time ahead, a
    /// FUTURE_REF as TimeBank tags "Elian's future"; "future" before a noun ("in future
    /// campaigns", "the future leader") is an adjective of that noun, no expression.
    private func future(at i: Int) -> Match? {
        let before = lower[i - 1]
        let token = tokens[i - 1].text
        let possessor = Self.possessivePronouns.contains(before) || isPossessive(i - 1) || token.hasSuffix("'") || token.hasSuffix("’")
        guard ["the", "near", "in"].contains(before) || possessor else { return nil }
        if isCapitalized(i), !Self.opensSentence.contains(before) { return nil }  // "For Our Future", a name
        // "in future quarters", "future years": the time ahead, counted in units.
        if let u = unit(at: i + 1), u.plural { return Match(type: .date, value: "FUTURE_REF", end: i + 2) }
        if let next = at(i + 1), next.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true, !Self.afterFutureNoun.contains(next) { return nil }
        return Match(type: .date, value: "FUTURE_REF", end: i + 1)
    }

    /// Possessive pronouns that make "future" a noun ("our future").
    private static let possessivePronouns: LexiconSet = ["our", "their", "its", "his", "her", "my", "your"]

    /// Lowercase words that may follow "future" the noun: function words and verbs of a sentence
    /// whose subject it is ("the future of Texas belongs", "the future is bright").
    private static let afterFutureNoun: LexiconSet = [
        "of", "and", "or", "is", "was", "are", "were", "will", "would", "may", "might", "could", "can", "looks", "look",
        "lies", "holds", "belongs", "remains", "seems", "depends", "that", "which", "as", "in", "for", "to", "with", "at",
        "by", "on", "but", "than", "if", "when", "because", "so", "too", "has", "had", "not",
    ]

    /// "multi-hour", "multiyear": an adjective of a stretch of units of unknown count.
    static func multiUnit(_ word: String) -> TimeLexicon.Unit? {
        guard word.hasPrefix("multi") else { return nil }
        let rest = word.dropFirst(word.hasPrefix("multi-") ? 6 : 5)
        guard let u = TimeLexicon.unit(String(rest)), !u.plural, u.unit != .second, u.unit != .minute, u.unit != .quarter else { return nil }
        return u.unit
    }

    /// "on Sundays", "Monday mornings", "most weekends": weekdays and weekends that recur, TIMEX3 sets.
    func recurringWeekday(at i: Int) -> Match? {
        let w = lower[i]
        if w == "weekends", i > 0, ["on", "most", "some", "many", "at", "during", "all"].contains(lower[i - 1]) {
            return Match(type: .set, value: "XXXX-WXX-WE", end: i + 1)
        }
        // ("The Sundays", a band, is a name.)
        guard facts[i].lastByte == 0x73, w.hasSuffix("days"), isCapitalized(i), i == 0 || lower[i - 1] != "the", let day = Self.weekdayNumber(String(w.dropLast())) else { return nil }
        if let part = at(i + 1).flatMap({ TimeLexicon.dayPartPlurals[$0] }) {
            return Match(type: .set, value: "XXXX-WXX-\(day)T\(part)", end: i + 2)
        }
        return Match(type: .set, value: "XXXX-WXX-\(day)", end: i + 1)
    }

    // MARK: Helpers shared by the rules

    /// "mid-November", "mid-1990s", "mid-2024": the period itself.
    private func middle(of rest: String, at i: Int) -> Match? {
        if let part = TimeLexicon.dayParts[rest], rest != "night" { return partOfDay(part, end: i + 1) }  // "mid-afternoon"
        if let m = MonthNames.month(rest), rest.count > 3 {
            guard let dct else { return Match(type: .date, value: "XXXX-\(TimeValues.pad2(m))", end: i + 1) }
            return Match(type: .date, value: TimeValues.month(TimeValues.year(ofMonth: m, dct: dct, tense: tense(around: i)), m), end: i + 1)
        }
        guard rest.utf8.count >= 4, let y = Int(rest.prefix(4)), (1000...2999).contains(y) else { return nil }
        if rest.utf8.count == 4 { return Match(type: .date, value: String(y), end: i + 1) }
        if rest.utf8.count == 5, rest.hasSuffix("s"), y % 10 == 0 { return Match(type: .date, value: String(y / 10), end: i + 1) }
        return nil
    }

    /// Marks after which a sentence or a quotation opens, so that its first word is capitalized.
    static let opensSentence: LexiconSet = [".", "\"", "“", "‘", "'", "(", ":", "!", "?", "-", "—", "–"]

    /// "on the 15th", "by the 3rd": a day of the month the narrative is in (the last date the
    /// text gave), else of the DCT's month.
    func dayOfMonth(at i: Int) -> Match? {
        guard i > 1, lower[i - 1] == "the", ["on", "by", "until", "since", "from", "before", "after"].contains(lower[i - 2]),
              Self.isNumericOrdinal(lower[i]), let day = Int(lower[i].dropLast(2)), (1...31).contains(day) else { return nil }
        if let next = at(i + 1), next == "century" || next == "centuries" || unit(at: i + 1) != nil
            || next.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true && !["of", "and", "or", "to", "when", "at", "in"].contains(next) { return nil }
        if at(i + 1) == "of", let month = month(at: i + 2), isCapitalized(i + 2),
           let written = explicitDate(at: i + 2), written.value.utf8.count == 7, let anchor = AnchorDate(written.value),
           CalendarDate.isValid(year: anchor.year, month: month, day: day) {
            // "the 3rd of March", "the 3rd of March 2013": the month (and year) written after it.
            return Match(type: .date, value: CalendarDate(year: anchor.year, month: month, day: day).description, end: written.end)
        }
        let anchor = lastDate.flatMap(AnchorDate.init)
        guard let y = anchor?.month != nil ? anchor?.year : dct?.year, let m = anchor?.month ?? dct?.month,
              CalendarDate.isValid(year: y, month: m, day: day) else { return nil }
        return Match(type: .date, value: CalendarDate(year: y, month: m, day: day).description, end: i + 1)
    }

    /// Fixed phrases: "right now" (the present), "for a while" (a stretch), "as soon as possible" (the future), "the day
    /// after tomorrow" and "the day before yesterday".
    func phrase(at i: Int) -> Match? {
        // Each phrase starts with "right", "a", "as" or "the": most words are ruled out by their first byte.
        guard let first = lower[i].utf8.first, first == 0x72 || first == 0x61 || first == 0x74 else { return nil }
        // Each phrase's first word is told by its length before it is compared.
        let w = lower[i]
        switch w.utf8.count {
        case 5 where w == "right" && at(i + 1) == "now":
            return Match(type: .date, value: "PRESENT_REF", end: i + 2)
        case 1 where first == 0x61 && at(i + 1) == "while" && i > 0 && Self.beforeAWhile.contains(lower[i - 1]) && !(i > 1 && lower[i - 2] == "once"):
            // "for a while", "after quite a while": a stretch of unknown length ("once in a while" recurs).
            if at(i + 2) == "ago" { return Match(type: .date, value: "PAST_REF", end: i + 3) }
            return Match(type: .duration, value: "PXX", end: i + 2)
        case 2 where w == "as" && at(i + 1) == "soon" && at(i + 2) == "as" && at(i + 3) == "possible":
            return Match(type: .date, value: "FUTURE_REF", end: i + 4)
        case 2 where w == "as" && at(i + 1) == "many" && i > 0 && lower[i - 1] == "in":
            return asMany(at: i)
        case 3 where w == "the" && at(i + 1) == "day" && (at(i + 2) == "after" && at(i + 3) == "tomorrow" || at(i + 2) == "before" && at(i + 3) == "yesterday"):
            guard let dct else { return nil }
            return Match(type: .date, value: dct.adding(days: at(i + 2) == "after" ? 2 : -2).description, end: i + 4)
        default:
            return nil
        }
    }

    /// "the second time in as many days", "three wins in as many weeks": as many units as the
    /// ordinal or count a few words before says, a DURATION of that many.
    private func asMany(at i: Int) -> Match? {
        guard let u = unit(at: i + 2), u.plural else { return nil }
        var j = i - 2
        while j >= 0, j >= i - 6, !Self.opensSentence.contains(lower[j]) {
            if let n = TimeLexicon.dayOrdinals[lower[j]] ?? number(at: j), n > 1 {
                return Match(type: .duration, value: u.unit.duration(n), end: i + 3)
            }
            j -= 1
        }
        return nil
    }

    /// Words before "a while" that make it a stretch of time.
    private static let beforeAWhile: LexiconSet = ["for", "after", "in", "quite", "only", "just", "took", "takes", "take", "been"]

    /// Words that hedge a count, one word or two ("nearly", "more than", "at least").
    private static let hedges: LexiconMap<[String]> = [
        "nearly": [""], "almost": [""], "about": [""], "around": [""], "approximately": [""], "roughly": [""], "some": [""],
        "circa": [""], "over": [""], "more": ["than"], "less": ["than"], "fewer": ["than"], "longer": ["than"],
        "at": ["least", "most"], "up": ["to"],
        "just": ["over", "under"], "well": ["over", "under"],
    ]

    /// A hedged count of time, which the TIMEX3 guidelines keep in the span (with a `mod`):
    /// "nearly forty years", "more than four hours", "at least 72 hours", "around 7:15 p.m.",
    /// "almost two years ago"; not "about the future" or "over the weekend".
    private func hedged(at i: Int, ahead: inout ReadAhead) -> Match? {
        guard let seconds = Self.hedges[lower[i]], let next = at(i + 1) else { return nil }
        var k = i + 1
        if !seconds.contains("") {
            guard seconds.contains(next) else { return nil }
            k += 1
        }
        guard k < lower.count, let first = lower[k].utf8.first, first >= 0x30 && first <= 0x39 || number(at: k) != nil else { return nil }
        // Turned away, `core` at token k is what the next `match`, there, reads first.
        guard let inner = coreReadAhead(at: k, ahead: &ahead), inner.type == .duration || inner.type == .time || (inner.type == .date && inner.anaphoric) else {
            return nil
        }
        // "used over three years", "a hole in the budget over a decade": across the stretch, not
        // more than it; "over" means "more than" after a word of lasting or counting ("lasted over
        // a week", "for over a decade"), opening a sentence, or before "ago".
        if lower[i] == "over", i > 0, !inner.anaphoric, !Self.opensSentence.contains(lower[i - 1]),
           !Self.beforeOverAsMore.contains(lower[i - 1]) {
            return nil
        }
        return Match(type: inner.type, value: inner.value, end: inner.end, anaphoric: inner.anaphoric)
    }

    /// Words before "over" that make it "more than" ("lasted over a week", "in over a decade").
    private static let beforeOverAsMore: LexiconSet = [
        "for", "in", "of", "after", "within", "than", "since", "with", "last", "lasts", "lasted", "lasting", "took", "take", "takes",
        "taking", "spent", "spend", "spends", "been", "is", "was", "were", "are", "be", "waited", "served", "just", "well", ",",
    ]

    /// Words after "earlier"/"later" that take it into their span ("earlier this month", "later today").
    private static let afterEarlierOrLater: LexiconSet = ["this", "last", "next", "that", "today", "yesterday", "tomorrow", "tonight"]

    /// "earlier in the year", "later in the week": the period the narrative is in (the last
    /// date the text gave), else the DCT's.
    private func earlierOrLaterIn(at i: Int) -> Match? {
        guard at(i + 1) == "in", at(i + 2) == "the", let unit = at(i + 3), let dct else { return nil }
        let anchor = lastDate.flatMap(AnchorDate.init)
        switch unit {
        case "year": return Match(type: .date, value: TimeValues.year(anchor?.year ?? dct.year), end: i + 4)
        case "month":
            let month = anchor?.month.map { TimeValues.month(anchor!.year, $0) } ?? TimeValues.month(of: dct, shift: 0)
            return Match(type: .date, value: month, end: i + 4)
        case "week": return Match(type: .date, value: TimeValues.week(of: anchor?.date ?? dct), end: i + 4)
        default: return nil
        }
    }

    /// A part of the day ending before `end` ("mid-afternoon"): on the day named after it
    /// ("mid-afternoon yesterday"), else on the narrative's day, else on the DCT.
    private func partOfDay(_ part: String, end: Int) -> Match {
        if end < lower.count, let day = deictic(at: end) ?? weekdayNumber(at: end).flatMap({ isCapitalized(end) ? weekday($0, end: end + 1, future: isFuture(around: end)) : nil }),
           let date = CalendarDate(iso: String(day.value.prefix(10))) {
            return Match(type: .time, value: "\(date)T\(part)", end: day.end)
        }
        let day = lastDate.flatMap(AnchorDate.init)?.date?.description ?? dct?.description ?? "XXXX-XX-XX"
        return Match(type: .time, value: "\(day)T\(part)", end: end)
    }

    /// "the second day of the conclave", "its eighth day": a day counted from the start of an
    /// event, dated as the narrative's day (the last date the text gave), else the DCT.
    func ordinalDay(at i: Int) -> Match? {
        guard at(i + 1) == "day", !isCapitalized(i + 1), i > 0, Self.beforeOrdinalDay.contains(lower[i - 1]),
              TimeLexicon.dayOrdinals[lower[i]] != nil || Self.isNumericOrdinal(lower[i]) else { return nil }
        guard let day = lastDate.flatMap(AnchorDate.init)?.date ?? dct else { return nil }
        return Match(type: .date, value: day.description, end: i + 2)
    }

    /// Words before an ordinal day: an article or a possessive ("the third day", "its eighth day").
    private static let beforeOrdinalDay: LexiconSet = ["the", "its", "their", "his", "her"]

    /// Whether `word` is an ordinal in digits ("2nd", "10th").
    private static func isNumericOrdinal(_ word: String) -> Bool {
        guard word.utf8.count >= 3, word.utf8.count <= 4, ["st", "nd", "rd", "th"].contains(String(word.suffix(2))) else { return false }
        return Int(word.dropLast(2)) != nil
    }

    /// Capitalized words after a weekday that make it a newspaper's name ("The Sunday Times").
    private static let namesAfterWeekday: LexiconSet = [
        "times", "telegraph", "mirror", "express", "herald", "post", "tribune", "observer", "mail", "star", "independent", "sport",
    ]

    /// Nouns after a season that make it a kind of thing ("winter wheat", "summer camp").
    private static let thingsOfSeasons: LexiconSet = [
        "wheat", "crop", "crops", "barley", "squash", "storm", "storms", "coat", "coats", "jacket", "jackets", "boots",
        "clothes", "clothing", "tires", "tyres", "sale", "sales", "collection", "collections", "fashion", "wardrobe",
        "camp", "camps", "home", "homes", "residence", "palace", "blockbuster", "blockbusters", "menu", "solstice",
    ]

    /// Events of a calendar that a season before them dates ("a spring recess", "the fall semester").
    private static let seasonalEvents: LexiconSet = [
        "recess", "break", "semester", "term", "session", "sessions", "meeting", "meetings", "election", "elections",
        "primary", "primaries", "offensive", "campaign", "season", "harvest", "planting", "sowing",
    ]

    /// Words before "spring" and "fall" that make them the season ("in spring", "by the fall", "late spring").
    private static let beforeSeasonVerb: LexiconSet = ["the", "this", "in", "by", "until", "since", "early", "late", "mid"]

    /// Nouns after "overnight" that make it a financial term or a figure of speech, not the night.
    private static let notAfterOvernight: LexiconSet = [
        "rate", "rates", "lending", "loan", "loans", "deposit", "deposits", "repo", "repos", "index", "bag", "bags", "success",
        "sensation", "star", "stardom", "celebrity", "fame",
    ]

    /// "overnight": the night before the narrative's day (or the DCT's), which news reports
    /// the morning after; a TIME ("rallied overnight", "overnight losses").
    func overnight(at i: Int) -> Match? {
        guard lower[i] == "overnight", !isCapitalized(i) || i == 0 || lower[i - 1] == "." else { return nil }
        if let next = at(i + 1), Self.notAfterOvernight.contains(next) { return nil }
        guard let day = lastDate.flatMap(AnchorDate.init)?.date ?? dct else { return nil }
        return Match(type: .time, value: "\(day.adding(days: -1))TNI", end: i + 1)
    }

    /// Nouns after "current" that make it electrical or financial rather than temporal.
    private static let notTemporalAfterCurrent: LexiconSet = ["account", "accounts", "affairs", "events", "flows", "flow", "of"]

    /// ISO weekday of a full weekday name, possibly possessive ("Friday's").
    static func weekdayNumber(_ word: String) -> Int? {
        // Only a word ending in "day" or "'s" can be one.
        guard let last = word.utf8.last, last == UInt8(ascii: "y") || last == UInt8(ascii: "s") || last >= 0x80 else { return nil }
        var w = Substring(word)
        if w.hasSuffix("'s") || w.hasSuffix("’s") { w = w.dropLast(2) }
        guard w.count >= 6, w.hasSuffix("day") else { return nil }
        return MonthNames.weekday(w)
    }

    /// A four-digit year token (1000–2999) at `k`.
    func year(at k: Int) -> Int? {
        facts(k).flatMap { $0.year == 0 ? nil : Int($0.year) }
    }

    /// A year said in words, as broadcast transcripts write it: "nineteen ninety-six",
    /// "nineteen ninety six", "eighteen twelve"; with the token index after it.
    func spelledYear(at k: Int) -> (year: Int, end: Int)? {
        guard let hundreds = number(at: k), (15...19).contains(hundreds), let next = at(k + 1) else { return nil }
        guard let tens = number(at: k + 1), tens >= 10, tens < 100, next != "hundred" else { return nil }
        if tens >= 20, tens % 10 == 0, let t2 = at(k + 2), let ones = number(at: k + 2), ones < 10, t2 != "a", t2 != "an" {
            return (hundreds * 100 + tens + ones, k + 3)
        }
        return (hundreds * 100 + tens, k + 2)
    }

    /// "two thousand" (and "two thousand one") said as a year, after "the year".
    func millennium(at k: Int) -> (year: Int, end: Int)? {
        guard let n = number(at: k), n <= 3, at(k + 1) == "thousand" else { return nil }
        if let t2 = at(k + 2), let ones = number(at: k + 2), ones < 100, t2 != "a", t2 != "an" { return (n * 1000 + ones, k + 3) }
        return (n * 1000, k + 2)
    }

    /// A year in digits or in words at `k`, with the token index after it.
    func anyYear(at k: Int) -> (year: Int, end: Int)? {
        if let y = year(at: k) { return (y, k + 1) }
        return spelledYear(at: k)
    }

    /// A count at `k`: digits or a number word, with the token index after it.
    func count(at k: Int) -> (n: Int?, end: Int)? {
        guard let t = at(k) else { return nil }
        let word = facts[k]
        if let n = word.integer, n > 0, n < 1000 { return (n, k + 1) }
        if word.isVagueCount {
            if t == "couple", at(k + 1) == "of" { return (2, k + 2) }
            return (nil, k + 1)
        }
        guard let n = number(at: k) else { return nil }
        if n >= 20, n % 10 == 0, let t2 = at(k + 1), let ones = number(at: k + 1), ones < 10, t2 != "a", t2 != "an" {
            return (n + ones, k + 2)
        }
        if (t == "a" || t == "an"), at(k + 1) == "few" { return (nil, k + 2) }
        return (n, k + 1)
    }

    /// The weekday `day` (ISO) named just before token `end`, resolved in the past or the
    /// future of the DCT, with a part of the day after it ("Friday night").
    func weekday(_ day: Int, end: Int, future: Bool) -> Match {
        let dateAt = at(end) == "," ? end + 1 : end
        if dateAt < lower.count, let date = explicitDate(at: dateAt), date.value.utf8.count == 10 {
            return date  // "Saturday, April 25", "Friday Oct. 13": the written date decides.
        }
        guard let dct else { return Match(type: .date, value: "XXXX-WXX-\(day)", end: end) }
        if let shift = yearShift(at: end), at(end + 1) == "week", at(end) != "past", !isPossessive(end + 1) {
            // "Tuesday next week", "Friday last week": that weekday of the week named, one DATE.
            let inWeek = dct.adding(days: 7 * shift)
            return Match(type: .date, value: inWeek.adding(days: day - inWeek.weekday).description, end: end + 2)
        }
        let date = TimeValues.weekday(day, from: dct, future: future)
        if let part = at(end).flatMap({ TimeLexicon.dayPartPlurals[$0] }) {
            return Match(type: .set, value: "XXXX-WXX-\(day)T\(part)", end: end + 1)  // "on Monday mornings"
        }
        if let part = at(end).flatMap({ TimeLexicon.dayParts[$0] }) {
            return Match(type: .time, value: "\(date)T\(part)", end: end + 1)  // a part of a day is a TIME in TimeML
        }
        return Match(type: .date, value: date.description, end: end)
    }
}
