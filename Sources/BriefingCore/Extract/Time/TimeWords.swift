/// What the time rules ask of a lowercase token, told once for each token of a text instead of
/// at every rule: its number, unit, month and weekday, whether it shifts a year ("last",
/// "next") and whether an expression may start at it.
///
/// The answers for words are read from one table of every word that answers anything (the
/// starters, hedges and lead words, number words, unit words, month and weekday names), filled
/// by asking the lexicon functions themselves; a word outside the table answers nothing but a
/// number in digits or a hyphenated compound of a starter ("two-year").
struct TimeWordFacts: Sendable {
    /// `TimeLexicon.number`, or -1.
    var number: Int16 = -1
    /// A year in digits (`TimeScanner.year(at:)`), or 0.
    var year: Int16 = 0
    /// `TimeLexicon.unit`: 0 for none, else 1 + 2 × the unit's index, + 1 when plural.
    var unitCode: UInt8 = 0
    /// `MonthNames.month`, or 0.
    var month: UInt8 = 0
    /// `TimeScanner.weekdayNumber`, or 0.
    var weekday: UInt8 = 0
    /// `TimeScanner.yearShift` + 1 (0, 1 or 2), or `noShift`.
    var shift: UInt8 = Self.noShift
    /// What the word is to the rules, as flags.
    var flags = Flags(rawValue: 0)
    /// The first and last byte of the word (0 for none): a character prefix or suffix the
    /// rules test for ("mid-", "-century") needs its bytes there.
    var firstByte: UInt8 = 0
    var lastByte: UInt8 = 0
    /// The rules of `TimeScanner.core` that may match at the word: every rule for a word
    /// outside the table but digits.
    var rules: TimeRuleStarts = .all
    /// The value of `Int(word)`, or nil.
    var integer: Int?

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// `TimeLexicon.mayStart`.
        static let starts = Flags(rawValue: 1 << 0)
        /// `TimeScanner.single` may match at the word: it starts an expression or is a hedge,
        /// the first word of a fixed phrase or a lead word.
        static let opens = Flags(rawValue: 1 << 1)
        /// `TimeLexicon.vagueCounts.contains`.
        static let vagueCount = Flags(rawValue: 1 << 2)
        /// The word names a period in one of the lexicons `TimeScanner.core` looks it up in
        /// (`namesPeriod`).
        static let namesPeriod = Flags(rawValue: 1 << 3)
        /// A hedge of `TimeScanner.hedged` ("nearly", "at").
        static let hedge = Flags(rawValue: 1 << 4)
        /// The first word of a fixed phrase of `TimeScanner.phrase` ("right", "a", "as", "the").
        static let opensPhrase = Flags(rawValue: 1 << 5)
        /// A lead word of `TimeScanner.single` ("the", "early", "around").
        static let leadWord = Flags(rawValue: 1 << 6)

        /// `starts` and `opens`, the flags of a word that may start an expression (written
        /// once: an array literal of flags builds an array at every use, as `[]` would).
        static let starting = Flags(rawValue: starts.rawValue | opens.rawValue)
    }

    @inline(__always) var starts: Bool { flags.contains(.starts) }
    @inline(__always) var opens: Bool { flags.contains(.opens) }
    @inline(__always) var isVagueCount: Bool { flags.contains(.vagueCount) }
    @inline(__always) var namesPeriod: Bool { flags.contains(.namesPeriod) }

    static let noShift: UInt8 = 0xFF

    var unit: (unit: TimeLexicon.Unit, plural: Bool)? {
        unitCode == 0 ? nil : (TimeLexicon.Unit.allCases[Int(unitCode - 1) >> 1], unitCode & 1 == 0)
    }

    /// The facts of `word` (a token's lowercase text; one with ASCII capitals is read
    /// lower-cased), read from `vocabulary` (`Self.vocabulary`, which a caller reading many
    /// words fetches once).
    @inline(__always)
    static func of(_ word: String, in vocabulary: LexiconMap<TimeWordFacts>) -> TimeWordFacts {
        UTF8Scan.withBytes(word) { of(word, bytes: $0, in: vocabulary) } ?? of(UTF8Scan.lowercased(word), in: vocabulary)
    }

    /// The facts of `word`.
    static func of(_ word: String) -> TimeWordFacts { of(word, in: vocabulary) }

    /// The facts of `word`, whose UTF-8 is `bytes`; nil when a byte is an ASCII capital (the
    /// word is not lower-cased), which the bytes are read for in the same pass as the hash.
    @inline(__always)
    static func of(_ word: String, bytes: UnsafeBufferPointer<UInt8>, in vocabulary: LexiconMap<TimeWordFacts>) -> TimeWordFacts? {
        guard var facts = looking(up: word, bytes: bytes, in: vocabulary) else { return nil }
        facts.firstByte = bytes.first ?? 0
        facts.lastByte = bytes.last ?? 0
        return facts
    }

    /// The facts of a plain word, given its UTF-8 `bytes`: a lowercase ASCII letter, then
    /// lowercase letters, apostrophes and points, and no possessive ending ("'s" after three
    /// bytes or more). Such a word is its own lowercase text, and `of` gives it these facts;
    /// nil for every other word.
    @inline(__always)
    static func ofPlainWord(_ bytes: UnsafeBufferPointer<UInt8>, in vocabulary: LexiconMap<TimeWordFacts>) -> TimeWordFacts? {
        let n = bytes.count
        guard n > 0, bytes[0] &- 0x61 < 26 else { return nil }
        var hash = ASCIIWordHash.seed
        for byte in bytes {
            guard byte &- 0x61 < 26 || byte == 0x27 || byte == 0x2E else { return nil }
            hash = ASCIIWordHash.adding(byte, to: hash)
        }
        if n > 3, bytes[n - 1] == 0x73, bytes[n - 2] == 0x27 { return nil }
        var facts = vocabulary[ascii: bytes, hash: ASCIIWordHash.finished(hash)] ?? TimeWordFacts()
        facts.firstByte = bytes[0]
        facts.lastByte = bytes[n - 1]
        return facts
    }

    /// The facts of `word` but its edge bytes; nil when a byte is an ASCII capital.
    @inline(__always)
    private static func looking(up word: String, bytes: UnsafeBufferPointer<UInt8>, in vocabulary: LexiconMap<TimeWordFacts>) -> TimeWordFacts? {
        guard let first = bytes.first else { return TimeWordFacts() }
        if first &- 0x30 < 10 {
            for byte in bytes where byte &- 0x41 < 26 { return nil }
            return digits(bytes) ?? TimeWordFacts(flags: .starting, integer: Int(word))
        }
        var hyphen = false
        var hash = ASCIIWordHash.seed
        for (k, byte) in bytes.enumerated() {
            if byte >= 0x80 {
                for byte in bytes[k...] where byte &- 0x41 < 26 { return nil }
                return mayBeKey(bytes) ? vocabulary[word] ?? other(word, hyphen: true) : other(word, hyphen: true)
            }
            if byte &- 0x41 < 26 { return nil }
            if byte == 0x2D { hyphen = true }
            hash = ASCIIWordHash.adding(byte, to: hash)
        }
        // A sign before digits is read by `Int`; tokens never start with one.
        if first == 0x2B || first == 0x2D { return TimeWordFacts(integer: Int(word)) }
        return vocabulary[ascii: bytes, hash: ASCIIWordHash.finished(hash)] ?? (hyphen ? other(word, hyphen: true) : TimeWordFacts())
    }

    /// Whether a word with bytes past ASCII may equal a key of `vocabulary`: the keys past
    /// ASCII hold "’" (U+2019, "friday’s"), which only that scalar is, and no scalar past
    /// ASCII is canonically equal to the ASCII letters, hyphen and point of the other keys
    /// (only U+212A, U+037E and U+1FEF decompose to ASCII: "K", ";" and "`").
    private static func mayBeKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k + 2 < bytes.count {
            if bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 { return true }
            k += 1
        }
        return false
    }

    /// The facts of a word outside the table: only a hyphenated compound may start an expression.
    private static func other(_ word: String, hyphen: Bool) -> TimeWordFacts {
        hyphen && TimeLexicon.mayStart(word) ? TimeWordFacts(flags: .starting) : TimeWordFacts()
    }

    /// The facts of a word of ASCII digits (which starts an expression), read from its bytes;
    /// nil for other words starting with a digit.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> TimeWordFacts? {
        let (value, end) = UTF8Scan.digitRun(bytes, from: 0)
        guard end == bytes.count else { return nil }
        guard let value else { return TimeWordFacts(flags: .starting, rules: TimeRuleStarts.digits) }  // past `Int`, as `Int(word)` reads it
        let year = bytes.count == 4 && (1000...2999).contains(value) ? Int16(value) : 0
        return TimeWordFacts(year: year, flags: .starting, rules: TimeRuleStarts.digits, integer: value)
    }

    /// Whether `word` is a key of a lexicon of periods (see `namesPeriod`).
    static func namesPeriod(_ word: String) -> Bool {
        TimeLexicon.references[word] != nil || TimeLexicon.frequencies[word] != nil || TimeLexicon.spelledDecades[word] != nil
            || TimeLexicon.seasons[word] != nil || TimeLexicon.seasonPlurals[word] != nil
    }

    /// Every word with an answer, and its facts.
    static let vocabulary: LexiconMap<TimeWordFacts> = {
        var words = TimeLexicon.starters.words.union(TimeScanner.openerWords).union(TimeLexicon.unitWords)
        // Month names are read abbreviated to any length and with a point ("Dec.", "Sept.").
        for name in MonthNames.full {
            let lower = name.lowercased()
            for n in 1...lower.count {
                words.insert(String(lower.prefix(n)))
                words.insert(String(lower.prefix(n)) + ".")
            }
        }
        // Weekdays are read possessive too ("Friday's").
        for word in words where word.hasSuffix("day") {
            words.insert(word + "'s")
            words.insert(word + "\u{2019}s")
        }
        // Number words joined by a hyphen that make a number ("twenty-four"); the other pairs
        // ("two-three") answer only what a hyphenated word outside the table answers (`other`).
        let numbers = words.filter { TimeLexicon.number($0) != nil }
        for tens in numbers where !tens.contains("-") {
            for ones in numbers where !ones.contains("-") {
                let pair = tens + "-" + ones
                if TimeLexicon.number(pair) != nil { words.insert(pair) }
            }
        }
        var facts: [String: TimeWordFacts] = [:]
        for word in words {
            let unit = TimeLexicon.unit(word)
            var flags = Flags(rawValue: 0)
            if TimeLexicon.mayStart(word) { flags.formUnion([.starts, .opens]) }
            if TimeScanner.openerWords.contains(word) { flags.insert(.opens) }
            if TimeLexicon.vagueCounts.contains(word) { flags.insert(.vagueCount) }
            if namesPeriod(word) { flags.insert(.namesPeriod) }
            if TimeScanner.isHedge(word) { flags.insert(.hedge) }
            if TimeScanner.phraseStarts.contains(word) { flags.insert(.opensPhrase) }
            if TimeScanner.isLeadWord(word) { flags.insert(.leadWord) }
            var told = TimeWordFacts(
                number: Int16(TimeLexicon.number(word) ?? -1),
                unitCode: unit.map { UInt8(1 + 2 * TimeLexicon.Unit.allCases.firstIndex(of: $0.unit)! + ($0.plural ? 1 : 0)) } ?? 0,
                month: UInt8(MonthNames.month(word) ?? 0),
                weekday: UInt8(TimeScanner.weekdayNumber(word) ?? 0),
                shift: TimeScanner.yearShift(word).map { UInt8($0 + 1) } ?? noShift,
                flags: flags,
                integer: Int(word))
            told.rules = TimeRuleStarts.of(word, facts: told)
            facts[word] = told
        }
        return LexiconMap(facts)
    }()
}
