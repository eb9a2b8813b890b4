/// Words that bound or hedge a figure: "more than", "up to", "at least", "about", "between …
/// and …", "10-12", "5,000 or more".
enum FigureRanges {
    /// How a phrase bounds the number it stands next to.
    enum Bound: Sendable, Equatable {
        case above, atLeast, below, atMost, exactly
        /// True when the phrase gives a lower bound.
        var isLower: Bool { self == .above || self == .atLeast }
    }

    /// A bound or hedge found next to a number; lexemes `start..<end`.
    struct Match: Sendable, Equatable {
        var bound: Bound?
        var start: Int
        var end: Int
    }

    /// Phrases before a number, keyed by lowercased lexemes joined with spaces.
    static let before: LexiconMap<Bound> = [
        "more than": .above, "over": .above, "above": .above, "greater than": .above, "higher than": .above,
        "larger than": .above, "bigger than": .above, "exceeding": .above, "exceed": .above, "exceeds": .above,
        "exceeded": .above, "surpass": .above, "surpassing": .above, "in excess of": .above, "upwards of": .above,
        "just over": .above, "well over": .above, "north of": .above, ">": .above,
        "at least": .atLeast, "no less than": .atLeast, "not less than": .atLeast, "no fewer than": .atLeast,
        "a minimum of": .atLeast, "at least or equal to": .atLeast, ">=": .atLeast, "> =": .atLeast, "≥": .atLeast,
        "higher or equal than": .atLeast, "bigger or equal than": .atLeast, "greater or equal than": .atLeast,
        "larger or equal than": .atLeast, "greater than or equal to": .atLeast, "more than or equal to": .atLeast,
        "equal to or more than": .atLeast, "equal to or greater than": .atLeast,
        "less than": .below, "fewer than": .below, "under": .below, "below": .below, "lower than": .below,
        "smaller than": .below, "just under": .below, "<": .below,
        "up to": .atMost, "at most": .atMost, "no more than": .atMost, "not more than": .atMost,
        "a maximum of": .atMost, "as many as": .atMost, "as much as": .atMost, "<=": .atMost, "< =": .atMost,
        "≤": .atMost, "less or equal than": .atMost, "smaller or equal than": .atMost, "lower or equal than": .atMost,
        "less than or equal to": .atMost, "equal to or less than": .atMost, "fewer than or equal to": .atMost,
        "equal to": .exactly, "equals": .exactly, "equals to": .exactly, "equaling to": .exactly, "equalling": .exactly,
        "equaling": .exactly,
    ]
    /// Hedges before a number that make it approximate without bounding it.
    static let hedges: LexiconSet = [
        "about", "around", "roughly", "nearly", "approximately", "approx", "some", "almost", "estimated",
        "an estimated", "circa", "close to", "~", "aproximately", "more or less", "just about", "or so",
    ]
    /// Phrases after a number: "5,000 or more", "500 or less", "200 or greater".
    static let after: LexiconMap<Bound> = [
        "or more": .atLeast, "and more": .atLeast, "or greater": .atLeast, "or above": .atLeast,
        "and above": .atLeast, "or higher": .atLeast, "and over": .atLeast, "or over": .atLeast, "plus": .atLeast,
        "or greater than": .atLeast, "or more than": .atLeast,
        "or less": .atMost, "or fewer": .atMost, "or below": .atMost, "and below": .atMost, "or lower": .atMost,
        "and under": .atMost, "or under": .atMost, "or less than": .atMost,
    ]
    /// The first words of `before` and `hedges`, and of `after`: most lexemes start none.
    private static let beforeStarts = WordLengthFilter(firstWordsOf: Array(before.keys) + Array(hedges))
    private static let afterStarts = WordLengthFilter(firstWordsOf: after.keys)
    /// The first words of `before` and `hedges` by the phrase's number of lexemes, up to 5: a
    /// key joined from n lexemes equals only a phrase of n words starting with the first.
    private static let beforeStartsByLength: [LexiconSet] = {
        var words = [Set<String>](repeating: [], count: 6)
        for phrase in Array(before.keys) + Array(hedges) {
            let parts = phrase.split(separator: " ")
            if parts.count < words.count { words[parts.count].insert(String(parts[0])) }
        }
        return words.map { LexiconSet($0) }
    }()
    /// The last words of `before` and `hedges`, with bit `n` set for a phrase of `n` words
    /// ending with one: as with the first words, a key joined from lexemes equals a phrase
    /// only when its last lexeme equals the phrase's last word.
    private static let beforeEnds = LexiconMap((Array(before.keys) + Array(hedges)).reduce(into: [String: Int]()) { ends, phrase in
        let words = phrase.split(separator: " ")
        ends[String(words.last ?? ""), default: 0] |= 1 << words.count
    })
    /// Joiners of two numbers into a range: "10-12", "10 to 12", "20 through 100", "20~100".
    static let joiners: LexiconSet = ["-", "–", "—", "to", "through", "thru", "~"]

    /// The longest bounding or hedging phrase ending just before lexeme `i`.
    static func phrase(_ lx: [FigureLexeme], before i: Int) -> Match? {
        // Every phrase ends with the lexeme before the number: most are none's last word.
        guard i > 0, let lengths = beforeEnds[lx[i - 1].lower] else { return nil }
        // The tables are read once, not at every length.
        let starts = beforeStarts, startsByLength = beforeStartsByLength
        for length in stride(from: min(5, i), through: 1, by: -1)
        where lengths & 1 << length != 0 && starts.mayContain(lx[i - length].lower) && startsByLength[length].contains(lx[i - length].lower) {
            let key = FigureLexeme.key(lx, (i - length)..<i)
            if let bound = before[key] {
                // "<>30", "=>30": no comparison Briefing reads.
                let first = lx[i - length]
                if first.kind == .symbol, i - length > 0, !first.spaced, ["<", ">", "="].contains(lx[i - length - 1].text) { return nil }
                if first.kind == .symbol, lx[i - 1].isSymbol("="), length == 1 { return nil }
                return Match(bound: bound, start: i - length, end: i)
            }
            if hedges.contains(key) { return Match(bound: nil, start: i - length, end: i) }
        }
        return nil
    }

    /// A bounding phrase starting at lexeme `i` after a number, not followed by another number.
    static func phrase(_ lx: [FigureLexeme], after i: Int) -> Match? {
        // "15-plus years": "plus" joined by a hyphen.
        if i + 1 < lx.count, lx[i].isSymbol("-"), !lx[i].spaced, !lx[i + 1].spaced, lx[i + 1].lower == "plus",
           !(i + 2 < lx.count && lx[i + 2].isNumber) {
            return Match(bound: .atLeast, start: i, end: i + 2)
        }
        guard i < lx.count, afterStarts.mayContain(lx[i].lower) else { return nil }
        for length in stride(from: min(3, lx.count - i), through: 1, by: -1) {
            let key = FigureLexeme.key(lx, i..<(i + length))
            guard let bound = after[key] else { continue }
            let next = i + length
            // "200 or greater than 190": the comparison belongs to 190.
            if next < lx.count, NumberParser.parse(lx, at: next) != nil || lx[next].lower == "than" { continue }
            // "less than 5000 or equal", "more than 5000 or equal to".
            return Match(bound: bound, start: i, end: next)
        }
        return nil
    }

    /// "or equal", "or equal to" after a strict comparison ("more than 5000 or equal to").
    static func orEqual(_ lx: [FigureLexeme], at i: Int) -> Int? {
        guard i + 1 < lx.count, lx[i].lower == "or", lx[i + 1].lower == "equal" else { return nil }
        if i + 2 < lx.count, lx[i + 2].lower == "to" {
            if i + 3 < lx.count, NumberParser.parse(lx, at: i + 3) != nil { return nil }
            return i + 3
        }
        return i + 2
    }

    /// ISO 31-11 notation for the bounds: "(3000,)", "[10,12]".
    static func interval(low: Double?, lowClosed: Bool, high: Double?, highClosed: Bool) -> String {
        let lo = low.map(format) ?? ""
        let hi = high.map(format) ?? ""
        return (low != nil && lowClosed ? "[" : "(") + lo + "," + hi + (high != nil && highClosed ? "]" : ")")
    }

    static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(x)
    }
}
