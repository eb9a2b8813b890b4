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

    let tokens: [Token]
    /// Lowercase token texts (shared with `tokens` when already lowercase).
    let lower: [String]
    let dct: CalendarDate?
    /// The last explicit date value, the anchor of "a year earlier".
    var lastDate: String?
    /// The last quarter named ("1989-Q1"), which "the quarter" and "the 1988 period" go on
    /// meaning after other dates come between.
    var lastQuarterMentioned: String?

    /// The anchors a tagger carries from one paragraph to the next.
    struct Anchors {
        var date: String?
        var quarter: String?
    }

    init(tokens: [Token], dct: CalendarDate?) {
        self.tokens = tokens
        self.lower = tokens.map { token in
            let utf8 = token.text.utf8
            var hasUpper = false
            var lastTwo: (UInt8, UInt8) = (0, 0)
            for b in utf8 {
                if b >= 0x41 && b <= 0x5A { hasUpper = true }
                lastTwo = (lastTwo.1, b)
            }
            let possessive = utf8.count > 3 && (lastTwo.1 == 0x73 || lastTwo.1 == 0x53) && (lastTwo.0 == 0x27 || lastTwo.0 == 0x99)
            guard hasUpper || possessive else { return token.text }
            var w = hasUpper ? token.text.lowercased() : token.text
            if possessive, w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
            return w
        }
        self.dct = dct
    }

    /// Whether token `k` ends in a possessive "'s" or "’s" (which `lower` leaves out).
    func isPossessive(_ k: Int) -> Bool {
        let utf8 = tokens[k].text.utf8
        guard utf8.count > 3, let last = utf8.last, last == 0x73 || last == 0x53 else { return false }
        let before = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        return before == 0x27 || (before == 0x99 && utf8.count > 5)
    }

    func at(_ k: Int) -> String? { k >= 0 && k < lower.count ? lower[k] : nil }

    func isCapitalized(_ k: Int) -> Bool {
        guard let b = tokens[k].text.utf8.first else { return false }
        return b >= 0x41 && b <= 0x5A
    }

    /// The longest expression starting at token `i`.
    mutating func match(at i: Int) -> Match? {
        let w = lower[i]
        // Lead words are short and start with one of four letters: test those bytes before comparing strings.
        guard let lead = w.utf8.first, w.utf8.count <= 7, lead == 0x74 || lead == 0x65 || lead == 0x6C || lead == 0x6D || lead == 0x61 else {
            return core(at: i)
        }
        if w == "the", let next = at(i + 1), next == "early" || next == "late" || next == "mid", i + 2 < lower.count,
           let inner = core(at: i + 2), inner.type == .date {
            return Match(type: inner.type, value: inner.value, end: inner.end)  // "the late 1970s"
        }
        if w == "the", let part = at(i + 1).flatMap({ TimeLexicon.dayParts[$0] }), at(i + 2) == "of", i + 3 < lower.count,
           let day = explicitDate(at: i + 3) ?? core(at: i + 3), day.type == .date, CalendarDate(iso: day.value) != nil {
            return Match(type: .date, value: "\(day.value)T\(part)", end: day.end)  // "the night of March 3", dated as "Friday night"
        }
        if w == "the" || w == "early" || w == "late" || w == "mid" || w == "earlier" || w == "later" || w == "around" {
            if i + 1 < lower.count, let inner = core(at: i + 1), allows(prefix: w, before: inner, at: i + 1) {
                return Match(type: inner.type, value: inner.value, end: inner.end)
            }
        }
        return core(at: i)
    }

    /// Whether a lead word belongs in the span of the expression that follows it.
    private func allows(prefix: String, before inner: Match, at k: Int) -> Bool {
        // "the decades-long battle", "the two-year plan": an adjective's article belongs to its noun.
        if prefix == "the", inner.type == .duration, inner.end == k + 1, lower[k].contains("-") { return false }
        // "the 2014 election": a year before a noun modifies it; the article belongs to the noun.
        // So does a written date: "the March 14-15 summit", "the Sept. 11 attacks".
        if prefix == "the", inner.end == k + 1 && year(at: k) != nil || MonthNames.month(lower[k]) != nil && isCapitalized(k),
           let after = at(inner.end), after.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true,
           !["and", "or", "to", "through", "until", "of", "when", "that", "in", "on", "at"].contains(after) { return false }
        if prefix == "the" { return inner.type != .set && TimeLexicon.references[lower[k]] == nil }
        if prefix == "around" { return false }
        if prefix == "earlier" || prefix == "later" { return lower[k] == "this" || lower[k] == "last" || lower[k] == "next" || lower[k] == "that" }
        // "early 1990", "late Friday", but not "early these days": only a calendar value takes a part.
        guard inner.type == .date, let first = inner.value.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39
    }

    func core(at i: Int) -> Match? {
        let w = lower[i]
        guard TimeLexicon.mayStart(w) else { return nil }
        if w.hasPrefix("mid-"), let m = middle(of: String(w.dropFirst(4)), at: i) { return m }
        if w.hasPrefix("late-") || w.hasPrefix("early-"), let dash = w.firstIndex(of: "-") {  // "late-November"
            if let m = middle(of: String(w[w.index(after: dash)...]), at: i) { return m }
        }
        if let m = explicitDate(at: i) { return m }
        if let m = halfCount(at: i) ?? ordinalCentury(at: i) ?? namedHour(at: i) { return m }
        if let m = numeric(at: i) { return m }
        if let m = anaphoric(at: i) ?? relative(at: i) { return m }
        if let y = spelledYear(at: i) { return Match(type: .date, value: TimeValues.year(y.year), end: y.end) }
        if let m = counted(at: i) { return m }
        if let m = quarterOrHalf(at: i) { return m }
        if let day = Self.weekdayNumber(w), isCapitalized(i) {
            // "The Sunday Times", "the Sunday Telegraph": a newspaper's name.
            if let next = at(i + 1), i + 1 < tokens.count, isCapitalized(i + 1), Self.namesAfterWeekday.contains(next) { return nil }
            return weekday(day, end: i + 1, future: isFuture(around: i))
        }
        if let m = recurringWeekday(at: i) { return m }
        if let m = deictic(at: i) { return m }
        if let m = holiday(at: i) { return m }
        if let v = TimeLexicon.references[w] {
            return Match(type: .date, value: v, end: i + 1)
        }
        if w == "year", i > 0, lower[i - 1] == "the", let y = anyYear(at: i + 1) ?? millennium(at: i + 1) {
            return Match(type: .date, value: TimeValues.year(y.year), end: y.end)  // "the year 2000", "the year two thousand"
        }
        if w == "year-end" || (w == "year" && at(i + 1) == "end"), let dct {  // "by year-end", "at year's end"
            return Match(type: .date, value: TimeValues.year(dct.year), end: w == "year" ? i + 2 : i + 1)
        }
        if w == "year" || (w == "fiscal" && at(i + 1) == "year"), i > 0, lower[i - 1] == "the" {
            if isCapitalized(i) { return nil }  // "Person of the Year": a title
            // "the year ended Sept. 30" (a fiscal year), "for the year", "of the year" (the current one).
            let end = w == "year" ? i + 1 : i + 2
            if at(end) == "ended" || at(end) == "ending" { return Match(type: .duration, value: "P1Y", end: end) }
            if i > 1, lower[i - 2] == "for" || lower[i - 2] == "of", let dct { return Match(type: .date, value: TimeValues.year(dct.year), end: end) }
            return nil
        }
        if let m = barePlural(at: i) ?? partOf(at: i) ?? fullYear(at: i) { return m }
        if let v = TimeLexicon.frequencies[w] {
            // "NBC Nightly News", "the Weekly Standard": a name, not a frequency.
            if isCapitalized(i), i + 1 < tokens.count, isCapitalized(i + 1) { return nil }
            return Match(type: .set, value: v, end: i + 1)
        }
        if w == "recent", let next = at(i + 1), let u = TimeLexicon.unit(next), u.plural {
            // "recent years" mostly means the recent past; "recent weeks", a stretch of weeks.
            if u.unit == .year { return Match(type: .date, value: "PAST_REF", end: i + 2) }
            return Match(type: .duration, value: u.unit.duration(nil), end: i + 2)
        }
        if w == "current", let next = at(i + 1), next.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true, !Self.notTemporalAfterCurrent.contains(next) {
            return Match(type: .date, value: "PRESENT_REF", end: i + 1)
        }
        if let d = TimeLexicon.spelledDecades[w], i > 0, lower[i - 1] == "the" || lower[i - 1] == "early" || lower[i - 1] == "late" {
            return Match(type: .date, value: d, end: i + 1)  // "the nineties", "the late seventies"
        }
        if w == "present", i > 0, lower[i - 1] == "the" || lower[i - 1] == "at" { return Match(type: .date, value: "PRESENT_REF", end: i + 1) }
        if w == "future", i > 0, ["the", "near", "in"].contains(lower[i - 1]) { return Match(type: .date, value: "FUTURE_REF", end: i + 1) }
        if w == "past", i > 0, lower[i - 1] == "the", at(i + 1).map({ TimeLexicon.unit($0) == nil && TimeLexicon.number($0) == nil }) ?? true {
            return Match(type: .date, value: "PAST_REF", end: i + 1)
        }
        if let code = TimeLexicon.seasonPlurals[w], i > 0, ["in", "during", "most", "some", "many", "several", "recent"].contains(lower[i - 1]) {
            return Match(type: .set, value: "XXXX-\(code)", end: i + 1)  // "in summers", "most winters"
        }
        if let m = officeTerm(at: i) ?? anaphoricDay(at: i) { return m }
        if let code = TimeLexicon.seasons[w], let y = year(at: i + 1), isCapitalized(i) || (i > 0 && lower[i - 1] == "in") {
            return Match(type: .date, value: "\(TimeValues.year(y))-\(code)", end: i + 2)  // "in spring 2014", "Summer 2012"
        }
        // "the Winter Olympics", "the Summer Games": a season in a name.
        if TimeLexicon.seasons[w] != nil, i > 0, isCapitalized(i), i + 1 < tokens.count, isCapitalized(i + 1), year(at: i + 1) == nil { return nil }
        if let code = TimeLexicon.seasons[w], let dct {
            guard w != "fall" && w != "spring" || (i > 0 && (lower[i - 1] == "the" || lower[i - 1] == "this")) else { return nil }
            if at(i + 1) == "of", let y = anyYear(at: i + 2) { return Match(type: .date, value: "\(TimeValues.year(y.year))-\(code)", end: y.end) }
            return Match(type: .date, value: "\(TimeValues.year(dct.year))-\(code)", end: i + 1)
        }
        return nil
    }

    /// "on Sundays", "Monday mornings", "most weekends": weekdays and weekends that recur, TIMEX3 sets.
    private func recurringWeekday(at i: Int) -> Match? {
        let w = lower[i]
        if w == "weekends", i > 0, ["on", "most", "some", "many", "at", "during", "all"].contains(lower[i - 1]) {
            return Match(type: .set, value: "XXXX-WXX-WE", end: i + 1)
        }
        // ("The Sundays", a band, is a name.)
        guard w.hasSuffix("days"), isCapitalized(i), i == 0 || lower[i - 1] != "the", let day = Self.weekdayNumber(String(w.dropLast())) else { return nil }
        if let part = at(i + 1).flatMap({ TimeLexicon.dayPartPlurals[$0] }) {
            return Match(type: .set, value: "XXXX-WXX-\(day)T\(part)", end: i + 2)
        }
        return Match(type: .set, value: "XXXX-WXX-\(day)", end: i + 1)
    }

    // MARK: Helpers shared by the rules

    /// "mid-November", "mid-1990s", "mid-2024": the period itself.
    private func middle(of rest: String, at i: Int) -> Match? {
        if let m = MonthNames.month(rest), rest.count > 3 {
            guard let dct else { return Match(type: .date, value: "XXXX-\(TimeValues.pad2(m))", end: i + 1) }
            return Match(type: .date, value: TimeValues.month(TimeValues.year(ofMonth: m, dct: dct, tense: tense(around: i)), m), end: i + 1)
        }
        guard rest.utf8.count >= 4, let y = Int(rest.prefix(4)), (1000...2999).contains(y) else { return nil }
        if rest.utf8.count == 4 { return Match(type: .date, value: String(y), end: i + 1) }
        if rest.utf8.count == 5, rest.hasSuffix("s"), y % 10 == 0 { return Match(type: .date, value: String(y / 10), end: i + 1) }
        return nil
    }

    /// Capitalized words after a weekday that make it a newspaper's name ("The Sunday Times").
    private static let namesAfterWeekday: Set<String> = [
        "times", "telegraph", "mirror", "express", "herald", "post", "tribune", "observer", "mail", "star", "independent", "sport",
    ]

    /// Nouns after "current" that make it electrical or financial rather than temporal.
    private static let notTemporalAfterCurrent: Set<String> = ["account", "accounts", "affairs", "events", "flows", "flow", "of"]

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
        guard let t = at(k), t.utf8.count == 4, let y = Int(t), (1000...2999).contains(y) else { return nil }
        return y
    }

    /// A year said in words, as broadcast transcripts write it: "nineteen ninety-six",
    /// "nineteen ninety six", "eighteen twelve"; with the token index after it.
    func spelledYear(at k: Int) -> (year: Int, end: Int)? {
        guard let t = at(k), let hundreds = TimeLexicon.number(t), (15...19).contains(hundreds), let next = at(k + 1) else { return nil }
        guard let tens = TimeLexicon.number(next), tens >= 10, tens < 100, next != "hundred" else { return nil }
        if tens >= 20, tens % 10 == 0, let t2 = at(k + 2), let ones = TimeLexicon.number(t2), ones < 10, t2 != "a", t2 != "an" {
            return (hundreds * 100 + tens + ones, k + 3)
        }
        return (hundreds * 100 + tens, k + 2)
    }

    /// "two thousand" (and "two thousand one") said as a year, after "the year".
    func millennium(at k: Int) -> (year: Int, end: Int)? {
        guard let t = at(k), let n = TimeLexicon.number(t), n <= 3, at(k + 1) == "thousand" else { return nil }
        if let t2 = at(k + 2), let ones = TimeLexicon.number(t2), ones < 100, t2 != "a", t2 != "an" { return (n * 1000 + ones, k + 3) }
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
        if let n = Int(t), n > 0, n < 1000 { return (n, k + 1) }
        if TimeLexicon.vagueCounts.contains(t) {
            if t == "couple", at(k + 1) == "of" { return (2, k + 2) }
            return (nil, k + 1)
        }
        guard let n = TimeLexicon.number(t) else { return nil }
        if n >= 20, n % 10 == 0, let t2 = at(k + 1), let ones = TimeLexicon.number(t2), ones < 10, t2 != "a", t2 != "an" {
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
        let date = TimeValues.weekday(day, from: dct, future: future)
        if let part = at(end).flatMap({ TimeLexicon.dayPartPlurals[$0] }) {
            return Match(type: .set, value: "XXXX-WXX-\(day)T\(part)", end: end + 1)  // "on Monday mornings"
        }
        if let part = at(end).flatMap({ TimeLexicon.dayParts[$0] }) {
            return Match(type: .date, value: "\(date)T\(part)", end: end + 1)
        }
        return Match(type: .date, value: date.description, end: end)
    }
}
