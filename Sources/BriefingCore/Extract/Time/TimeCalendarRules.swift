/// Rules for dates written out: month names with day and year, ISO dates, years, decades,
/// clock times, quarters and halves.
extension TimeScanner {
    /// Prepositions before "May" that make it the month rather than the verb.
    private static let mayLeads: LexiconSet = [
        "in", "since", "last", "next", "this", "early", "late", "mid", "until", "by", "through", "of", "from", "during", "before", "after",
    ]

    /// Prepositions that make a number before 1900 a year ("in 1898", "since 1776").
    private static let earlyYearLeads: LexiconSet = ["in", "since", "until", "by", "of"]

    /// Words after a number in 1900–2099 that make it a count, not a year.
    private static let notAfterYear: LexiconSet = [
        "%", "percent", "people", "troops", "soldiers", "workers", "employees", "jobs", "shares", "tons", "tonnes",
        "miles", "kilometers", "km", "meters", "feet", "points", "units", "cars", "homes", "dollars", "yen", "won",
        "euros", "pounds", "members", "cases", "deaths", "students", "acres", "hectares", "barrels", "pixels", "px",
        "x", "\u{00D7}", "dpi", "rpm", "mph", "hp", "rupees", "pesos", "yuan", "rubles", "roubles", "francs", "dinars",
        "riyals", "shekels", "lira", "baht", "kronor", "marks", "votes", "seats", "pages", "copies", "victims", "children",
    ]

    /// Label words before a number that make it a name or a count, not a year ("Section 1983", "Flight 2012").
    private static let labelsBeforeNumber: LexiconSet = [
        "section", "article", "chapter", "rule", "title", "flight", "route", "highway", "interstate", "room", "suite",
        "resolution", "model", "form", "paragraph", "clause", "amendment", "boeing", "airbus", "number", "page", "item",
    ]

    /// Whether token `k` is a capitalized word inside a sentence, of letters only, that is no
    /// time word nor preposition: the year after it is part of a name ("Euro 2020", "London
    /// 2012", "Windows 2000", "the Misuse of Drugs Act 1977"), not a date.
    private func isNameBeforeYear(_ k: Int) -> Bool {
        // ("Trump's 1995 tax filings": after a possessive the year dates the thing owned.)
        guard k > 0, isCapitalized(k), !isPossessive(k), !Self.opensSentence.contains(lower[k - 1]) else { return false }
        let w = lower[k]
        guard w.utf8.count > 1, w.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return !TimeLexicon.mayStart(w) && !TimeScanner.openerWords.contains(w) && !TimeLexicon.yearLeads.contains(w)
            && !Self.calendarWordsBeforeYear.contains(w)
    }

    /// Calendar words that no rule starts at but that a year may follow ("New Year's Eve 2012").
    private static let calendarWordsBeforeYear: LexiconSet = ["eve", "day", "week", "season", "semester", "term"]

    /// Words that end a street address after its number and name ("1119 Eighth St.").
    private static let streetWords: LexiconSet = [
        "st", "street", "ave", "avenue", "av", "rd", "road", "blvd", "boulevard", "ln", "lane", "dr", "drive", "way",
        "pl", "place", "ct", "court", "pkwy", "parkway", "hwy", "highway", "sq", "square", "ter", "terrace",
    ]

    func explicitDate(at i: Int) -> Match? {
        // A date opens with a month's name or a day's digits (`dayNumber` reads no other token).
        guard facts[i].month != 0 || facts[i].firstByte &- 0x30 < 10 else { return nil }
        let w = lower[i]
        // ("29 March": the month is told from the next word's facts before the day is read.)
        if let m = month(at: i + 1), isCapitalized(i + 1), let day = dayNumber(at: i) {
            var j = i + 2
            // "31 Aug." keeps its abbreviation's point; "31 March." ends a sentence.
            if at(j) == ".", lower[i + 1].utf8.count <= 4, !["june", "july", "may"].contains(lower[i + 1]) { j += 1 }
            if let y = year(at: j) { return Match(type: .date, value: CalendarDate(year: y, month: m, day: day).description, end: j + 1) }
            // "09 March, 2011": a comma before the year, as some papers write it.
            if at(j) == ",", let y = year(at: j + 1) {
                return Match(type: .date, value: CalendarDate(year: y, month: m, day: day).description, end: j + 2)
            }
            return dated(month: m, day: day, at: i, end: j)
        }
        guard let m = month(at: i), isCapitalized(i) else { return nil }
        var j = i + 1
        // (Counted on the bytes while they decide it: a month's word is ASCII.)
        let abbreviated = UTF8Scan.characterCount(of: w, isBelow: 5) && w != "june" && w != "july" && w != "may"
        if abbreviated && at(j) == "." { j += 1 } else if abbreviated && w != "sept" && dayNumber(at: j) == nil { return nil }
        if w == "may", dayNumber(at: j) == nil, year(at: j) == nil, !(i > 0 && Self.mayLeads.contains(lower[i - 1])), !namesYear(at: j) { return nil }
        if w == "march", i > 0, !isCapitalized(i), lower[i - 1] == "to" { return nil }
        // "the March on Washington", "the March for Life": a procession, named.
        if w == "march", i > 0, lower[i - 1] == "the" || lower[i - 1] == "annual", let next = at(i + 1), ["on", "for", "against"].contains(next) { return nil }
        if let day = dayNumber(at: j) ?? firstDayOfRange(at: j) {
            var k = j + 1
            if at(k) == "," { k += 1 }
            if let y = year(at: k) {
                return Match(type: .date, value: CalendarDate(year: y, month: m, day: day).description, end: k + 1)
            }
            return dated(month: m, day: day, at: i, end: j + 1)
        }
        if let y = anyYear(at: j) { return Match(type: .date, value: TimeValues.month(y.year, m), end: y.end) }
        if at(j) == ",", let y = year(at: j + 1) { return Match(type: .date, value: TimeValues.month(y, m), end: j + 2) }
        if at(j) == "of", let y = year(at: j + 1) { return Match(type: .date, value: TimeValues.month(y, m), end: j + 2) }
        if at(j) == "of", let shift = yearShift(at: j + 1), at(j + 2) == "year", let dct {
            return Match(type: .date, value: TimeValues.month(dct.year + shift, m), end: j + 3)
        }
        if let shift = yearShift(at: j), at(j + 1) == "year", let dct {  // "February this year", "April next year"
            return Match(type: .date, value: TimeValues.month(dct.year + shift, m), end: j + 2)
        }
        // "The climbing season generally starts about late October": a month of every year.
        guard let dct, !isHabitual(around: i) else { return Match(type: .date, value: "XXXX-\(TimeValues.pad2(m))", end: j) }
        var y = TimeValues.year(ofMonth: m, dct: dct, tense: tense(around: i))
        if y == dct.year, m > dct.month, followsPastEvent(i) { y -= 1 }  // "changed its fiscal year in December": a month gone by
        return Match(type: .date, value: TimeValues.month(y, m), end: j)
    }

    /// Whether the words at `j` name the year of a month before them: "of 2019", "of this
    /// year", "last year" — which make a capitalized "May" the month, not the verb.
    private func namesYear(at j: Int) -> Bool {
        if at(j) == "of" { return year(at: j + 1) != nil || (yearShift(at: j + 1) != nil && at(j + 2) == "year") }
        return yearShift(at: j) != nil && at(j + 1) == "year"
    }

    /// Whether the number at `i` starts a street address: a capitalized name, then a street word
    /// within three words ("1119 Eighth St.", "1600 Pennsylvania Avenue").
    private func isStreetNumber(at i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].text.startsWithUppercase else { return false }
        return (i + 2...i + 3).contains { at($0).map(Self.streetWords.contains) == true }
    }

    /// −1, 0, +1 for "last", "this", "next".
    static func yearShift(_ word: String?) -> Int? {
        switch word {
        case "last", "past", "previous": return -1
        case "this", "current": return 0
        case "next", "coming": return 1
        default: return nil
        }
    }

    /// A day of the month at `k` ("29", "29th").
    private func dayNumber(at k: Int) -> Int? {
        guard var t = at(k), t.utf8.count <= 4 else { return nil }
        // ASCII (a character a byte, but a carriage return): the same reading on the bytes.
        if let day = UTF8Scan.withBytes(t, Self.asciiDayNumber) { return day }
        for suffix in ["st", "nd", "rd", "th"] where t.hasSuffix(suffix) { t.removeLast(2) }
        guard t.utf8.count <= 2, let d = Int(t), (1...31).contains(d) else { return nil }
        return d
    }

    /// `dayNumber` of an ASCII token's `bytes` without carriage returns: `.some(nil)` when it
    /// writes no day, nil for other bytes. The ordinal suffixes come off in `dayNumber`'s order,
    /// and `Int` reads at most two bytes: a digit or two, or a sign and a digit.
    private static func asciiDayNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        var n = bytes.count
        for (a, b) in [(UInt8(ascii: "s"), UInt8(ascii: "t")), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68)] where n >= 2 && bytes[n - 2] == a && bytes[n - 1] == b {
            n -= 2
        }
        func digit(_ byte: UInt8) -> Int? { byte &- 0x30 < 10 ? Int(byte &- 0x30) : nil }
        let d: Int?
        switch n {
        case 1: d = digit(bytes[0])
        case 2 where bytes[0] == UInt8(ascii: "+"): d = digit(bytes[1])
        case 2 where bytes[0] == UInt8(ascii: "-"): d = digit(bytes[1]).map { -$0 }
        case 2: d = digit(bytes[0]).flatMap { tens in digit(bytes[1]).map { tens * 10 + $0 } }
        default: d = nil
        }
        guard let d, (1...31).contains(d) else { return .some(nil) }
        return d
    }

    /// The first day of a span of days written as one token ("14-15" in "March 14-15"): the
    /// span is tagged as its first day.
    private func firstDayOfRange(at k: Int) -> Int? {
        guard let t = at(k), t.utf8.count <= 5, UTF8Scan.containsByte(t, 0x2D), let dash = t.firstIndex(of: "-"),
              let a = Int(t[..<dash]), let b = Int(t[t.index(after: dash)...]), (1...31).contains(a), a < b, b <= 31 else { return nil }
        return a
    }

    /// Words after "Sept. 11" that make it the day of the 2001 attacks.
    private static let afterSeptember11: Set<String> = [
        "attacks", "attack", "terrorist", "terror", "hijackers", "hijackings", "commission", "conspiracy", "plot", "plotters",
        "victims", "era", "mastermind",
    ]

    /// A month and day without a year, placed in the year that the tense and the DCT give.
    private func dated(month m: Int, day: Int, at i: Int, end: Int) -> Match {
        // "the Sept. 11 attacks", "Sept. 11 conspiracy theories": the day of 2001, named by the attacks it stands for.
        if m == 9, day == 11, let dct, dct.year > 2001, let next = at(end), Self.afterSeptember11.contains(next) {
            return Match(type: .date, value: "2001-09-11", end: end)
        }
        // "on December 4th, 2011, and Elizabeth on December 7th": a day in the month the
        // narrative just dated is in that month's year.
        if let anchor = lastDate.flatMap(AnchorDate.init), anchor.date != nil, anchor.month == m,
           CalendarDate.isValid(year: anchor.year, month: m, day: day) {
            return Match(type: .date, value: CalendarDate(year: anchor.year, month: m, day: day).description, end: end)
        }
        // "shot on Easter Sunday, April 8, 2012 … left around 10:30 p.m. April 8": the day the text wrote in full.
        if let y = writtenDays[m * 100 + day] {
            return Match(type: .date, value: CalendarDate(year: y, month: m, day: day).description, end: end)
        }
        guard let dct else { return Match(type: .date, value: "XXXX-\(TimeValues.pad2(m))-\(TimeValues.pad2(day))", end: end) }
        var y = TimeValues.year(ofMonth: m, dct: dct, tense: tense(around: i))
        // "the quarter ended Oct. 31", said on Oct. 27: an event told in the past has happened, so its day is a year back.
        if y == dct.year, m > dct.month || (m == dct.month && day > dct.day), followsPastEvent(i) { y -= 1 }
        guard CalendarDate.isValid(year: y, month: m, day: day) else { return Match(type: .date, value: TimeValues.month(y, m), end: end) }
        return Match(type: .date, value: CalendarDate(year: y, month: m, day: day).description, end: end)
    }

    func numeric(at i: Int) -> Match? {
        let t = lower[i]
        guard let first = t.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
        if t.utf8.count == 10, let date = CalendarDate(iso: t) { return Match(type: .date, value: date.description, end: i + 1) }
        if t.utf8.count == 5, t.hasSuffix("s"), let y = Int(t.prefix(4)), y % 10 == 0, (1000...2990).contains(y) {
            return Match(type: .date, value: String(y / 10), end: i + 1)  // TimeML writes the 1990s "199"
        }
        // "the 1980's", "the early 1990’s": a decade written with an apostrophe.
        if isDecadeWithApostrophe(i), let y = Int(t), (1000...2990).contains(y) {
            return Match(type: .date, value: String(y / 10), end: i + 1)
        }
        // "the '80s", "the 90s", "the early 90s": a decade of the twentieth century written short
        // (not "in their 90s" or "her early 20s", an age).
        if t.utf8.count == 3, t.hasSuffix("0s"), i > 0, let d = Int(t.prefix(1)), d >= 2,
           tokens[i - 1].text == "'" || tokens[i - 1].text == "’" || lower[i - 1] == "the"
            || (i > 1 && ["early", "late", "mid"].contains(lower[i - 1]) && lower[i - 2] == "the") {
            return Match(type: .date, value: "19\(d)", end: i + 1)
        }
        if let date = slashDate(at: i) { return date }
        if let y = year(at: i), let q = quarter(inYear: y, at: i + 1) { return q }
        if let m = clockDuration(at: i) ?? rangeEnd(at: i) { return m }
        if let y = year(at: i), (1900...2099).contains(y) || (i > 0 && Self.earlyYearLeads.contains(lower[i - 1])) || followsListedYear(i) {
            let prev = i > 0 ? lower[i - 1] : ""
            let next = at(i + 1) ?? ""
            if prev == "$" || prev == "no" || prev == "#" || Self.notAfterYear.contains(next) || isStreetNumber(at: i) { return nil }
            if i > 0, isCapitalized(i - 1), Self.labelsBeforeNumber.contains(prev) { return nil }
            if isNameBeforeYear(i - 1) { return nil }
            // Outside 1900–2099 a number is a year only with its preposition and no noun it counts
            // ("of 1080 pixels", "of 2890 megabytes").
            if !(1900...2099).contains(y), next.count > 3, next.hasSuffix("s"), next.allSatisfy(\.isLetter), next == tokens[i + 1].text { return nil }
            // "1995 - 97": both ends are years (the end is tagged by `rangeEnd`); other number pairs are not.
            if isDash(i + 1), let y2 = at(i + 2), y2.utf8.count == 2 || y2.utf8.count == 4, Int(y2) != nil,
               Self.yearRangeEnd(from: y, y2) == nil { return nil }
            return Match(type: .date, value: String(y), end: i + 1)
        }
        return clock(at: i) ?? secondDay(at: i)
    }

    /// "3/22/2013" (month first, as American papers write it) or "22/3/2013" (day first, when
    /// the first number cannot be a month).
    private func slashDate(at i: Int) -> Match? {
        guard i + 1 < facts.count, facts[i + 1].firstByte == 0x2F, at(i + 1) == "/", at(i + 3) == "/", let a = Int(lower[i]), let b = at(i + 2).flatMap({ Int($0) }),
              let y = year(at: i + 4) ?? shortYear(at: i + 4), lower[i].utf8.count <= 2, lower[i + 2].utf8.count <= 2 else { return nil }
        let (m, d) = a <= 12 ? (a, b) : (b, a)
        guard CalendarDate.isValid(year: y, month: m, day: d) else { return nil }
        return Match(type: .date, value: CalendarDate(year: y, month: m, day: d).description, end: i + 5)
    }

    /// A year written with two digits ("9/17/16"): in the DCT's century unless that puts it
    /// more than a year after the DCT, then in the one before.
    private func shortYear(at k: Int) -> Int? {
        guard let t = at(k), t.utf8.count == 2, let n = Int(t), let dct else { return nil }
        let y = dct.year / 100 * 100 + n
        return y > dct.year + 1 ? y - 100 : y
    }

    /// A year in a list or range after a year just tagged ("in 1648, 1713 and 1815", "from 1885 to 1889").
    private func followsListedYear(_ i: Int) -> Bool {
        guard i >= 2, let last = lastDate, [",", "and", "or", "to", "through", "until"].contains(lower[i - 1]) else { return false }
        return year(at: i - 2).map { String($0) == last } ?? false
    }

    /// The end year of a range written with a dash, as two digits or four ("1995-97", "1990-2001"):
    /// later than `start` by at most 30 years; two digits of 12 or less only for the next year
    /// ("2008-09"), as "1995-10" may be a month.
    static func yearRangeEnd(from start: Int, _ end: String) -> Int? {
        guard let n = Int(end), end.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var y = n
        if end.utf8.count == 2 {
            y = start / 100 * 100 + n
            if y <= start { y += 100 }
            guard n > 12 || y == start + 1 else { return nil }
        } else if end.utf8.count != 4 {
            return nil
        }
        return y > start && y - start <= 30 ? y : nil
    }

    /// The end of "1995 - 97" or "1995–97" written apart, after a start year already tagged.
    private func rangeEnd(at i: Int) -> Match? {
        guard i >= 2, isDash(i - 1), let start = year(at: i - 2), lastDate == String(start),
              let end = Self.yearRangeEnd(from: start, lower[i]) else { return nil }
        return Match(type: .date, value: String(end), end: i + 1)
    }

    /// A year range written as one token ("1995-97", "1990-2001"): both years, as TimeML tags
    /// each end; `nil` for amounts ("$1995-97") and counts.
    @inline(__always)
    func yearRange(at i: Int) -> (start: Int, end: Int)? {
        // The token's first byte ("1" or "2"), told in `facts`, rules out most tokens before its
        // text is read, in the tagger's loop: a call from there passes a copy of the scanner.
        guard facts[i].firstByte &- 0x31 < 2 else { return nil }
        return writtenYearRange(at: i)
    }

    /// `yearRange` of a token starting with "1" or "2".
    private func writtenYearRange(at i: Int) -> (start: Int, end: Int)? {
        // Its length rules out most tokens before any copy is made.
        let t = lower[i]
        guard t.utf8.count == 7 || t.utf8.count == 9 else { return nil }
        let utf8 = Array(t.utf8)
        guard utf8[4] == 0x2D, utf8[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let start = Int(t.prefix(4)), (1000...2999).contains(start),
              let end = Self.yearRangeEnd(from: start, String(t.dropFirst(5))) else { return nil }
        if i > 0, lower[i - 1] == "$" || lower[i - 1] == "#" { return nil }
        if let next = at(i + 1), Self.notAfterYear.contains(next) { return nil }
        return (start, end)
    }

    /// A race or recording time on a clock face, "2:07:15" (hours, minutes, seconds): a duration.
    private func clockDuration(at i: Int) -> Match? {
        guard i + 1 < facts.count, facts[i + 1].firstByte == 0x3A, let h = Int(lower[i]), h < 100, at(i + 1) == ":", let mm = at(i + 2), mm.utf8.count == 2, let m = Int(mm), m < 60,
              at(i + 3) == ":", let ss = at(i + 4), ss.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true else { return nil }
        let whole = ss.prefix { $0 != "." }
        guard whole.utf8.count == 2, let sec = Int(whole), sec < 60 else { return nil }
        if i > 0, lower[i - 1].utf8.count == 10, CalendarDate(iso: lower[i - 1]) != nil { return nil }  // "1999-10-24 20:00:09"
        if let next = at(i + 5), ["a", "p", "am", "pm"].contains(next) || TimeLexicon.zones.contains(next) { return nil }
        var value = "PT"
        if h > 0 { value += "\(h)H" }
        if m > 0 { value += "\(m)M" }
        let fraction = ss.dropFirst(whole.utf8.count)
        if sec > 0 || !fraction.isEmpty || value == "PT" { value += "\(sec)\(fraction)S" }
        return Match(type: .duration, value: value, end: i + 5)
    }

    /// The second day of "April 24 and 25", "May 3-4": a day in the month just named.
    private func secondDay(at i: Int) -> Match? {
        // The joiner ("and", "or", a dash) is told by its first byte before the day is read.
        guard i >= 3, Self.mayJoinDays(facts[i - 1].firstByte), let day = dayNumber(at: i), let joiner = at(i - 1), joiner == "and" || joiner == "or" || isDash(i - 1),
              dayNumber(at: i - 2) != nil, let m = month(at: i - 3), isCapitalized(i - 3),
              let last = lastDate, let anchor = AnchorDate(last), anchor.month == m,
              CalendarDate.isValid(year: anchor.year, month: m, day: day) else { return nil }
        if unit(at: i + 1) != nil || month(at: i + 1) != nil { return nil }
        return Match(type: .date, value: CalendarDate(year: anchor.year, month: m, day: day).description, end: i + 1)
    }

    /// Whether a word whose first byte is `byte` may join two days ("and", "or", "-", "–").
    @inline(__always)
    static func mayJoinDays(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x6F || byte == 0x2D || byte == 0xE2
    }

    /// Whether a word whose first byte is `byte` may follow an hour written as an integer: ":",
    /// a half of the day ("a", "p", "am", "pm"), "in" ("4 in the morning") or "o'clock".
    @inline(__always)
    static func mayFollowHour(_ byte: UInt8) -> Bool {
        byte == 0x3A || byte == 0x61 || byte == 0x70 || byte == 0x69 || byte == 0x6F
    }

    /// "3 p.m.", "10:30 a.m.", "9 am", "2am", "10:30pm"; British "11.30pm", "7.45 a.m."; on a
    /// 24-hour clock "14:00 GMT", "at 11:30".
    private func clock(at i: Int) -> Match? {
        // Three digits or more ("1990", "250") are no hour nor an hour and minutes: only
        // "o'clock" after them is read.
        if facts[i].integer != nil, lower[i].utf8.count >= 3, lower[i].utf8.first.map({ $0 &- 0x30 < 10 }) == true { return oClock(at: i) }
        // An integer has no half of the day glued to it nor a point: it is an hour only before a
        // word `mayFollowHour` (most numbers are ruled out by the next word's first byte).
        if facts[i].integer != nil, !(i + 1 < facts.count && Self.mayFollowHour(facts[i + 1].firstByte)) { return nil }
        // Another token ("3,000", "1.5", "20th": most of those read here) is an hour only with a
        // half of the day glued to it (its last byte then "m") or minutes after a point (a point
        // third from its end, "11.30"): without either, only "o'clock" after it is read, as
        // below (its text is no integer, as its facts tell).
        if facts[i].integer == nil, facts[i].lastByte != 0x6D, !Self.mayHaveDottedMinutes(lower[i]) { return oClock(at: i) }
        var token = Substring(lower[i])
        var glued = Self.gluedHalfOfDay(&token)  // "2am": the hour and its half of the day in one token
        var minutes = 0
        var dotted = false  // "11.30pm": minutes after a point, as British papers write them
        // A character "." is the byte ".".
        if token.utf8.contains(0x2E), let point = token.firstIndex(of: "."), let m = Int(token[token.index(after: point)...]),
           token.distance(from: point, to: token.endIndex) == 3, m < 60 {
            minutes = m
            token = token[..<point]
            dotted = true
        }
        if glued == nil, !dotted, let m = oClock(at: i) { return m }
        guard token.utf8.count <= 2, let h = Int(token), (0...23).contains(h) else { return nil }
        var j = i + 1
        var colon = false
        if glued == nil, !dotted, at(j) == ":", let next = at(j + 1) {
            var mm = Substring(next)
            let half = Self.gluedHalfOfDay(&mm)  // "10:30pm"
            if mm.utf8.count == 2, let m = Int(mm), m < 60 { minutes = m; j += 2; colon = true; glued = half }
        }
        // "11.30" alone is a number ("rose 11.30 points"); only a half of the day makes it a time.
        if dotted, glued == nil, !["a", "p", "am", "pm"].contains(at(j) ?? "") { return nil }
        if colon, glued == nil, !["a", "p", "am", "pm"].contains(at(j) ?? ""),
           at(j).map({ TimeLexicon.zones.contains($0) }) == true || (i > 0 && Self.before24HourClock.contains(lower[i - 1])) {
            return onDay(hour: h, minutes: minutes, from: i, end: j)
        }
        guard (1...12).contains(h) else { return nil }
        let pm: Bool
        switch glued ?? at(j) {
        case "am" where glued != nil, "pm" where glued != nil:
            pm = glued == "pm"
        case "a", "p":
            guard at(j + 1) == ".", at(j + 2) == "m" else { return nil }
            pm = at(j) == "p"
            j += at(j + 3) == "." ? 4 : 3
        case "am", "pm":
            pm = at(j) == "pm"
            j += 1
        case "in" where at(j + 1) == "the" && (at(j + 2) == "morning" || at(j + 2) == "afternoon" || at(j + 2) == "evening"):
            pm = at(j + 2) != "morning"  // "4 in the morning", "6 in the evening"
            j += 3
        default:
            return nil
        }
        // "12 p.m." is noon and "12:30 a.m." half past midnight: the hour counts from 12.
        return onDay(hour: (h % 12) + (pm ? 12 : 0), minutes: minutes, from: i, end: j)
    }

    /// "6 o'clock", "ten o'clock": the hour, after noon when the afternoon, the evening or the
    /// night is named after it ("6 o'clock this evening", "at nine o'clock tonight").
    func oClock(at i: Int) -> Match? {
        // "o'clock" is 7 bytes, "o’clock" 9: most words fail on the count before a comparison.
        // ("o'clock" starts with "o", told by the next word's facts before its text is read.)
        guard i + 1 < facts.count, facts[i + 1].firstByte == 0x6F,
              let next = at(i + 1), next.utf8.count == 7 || next.utf8.count == 9, next == "o'clock" || next == "o’clock", let h = facts[i].integer ?? number(at: i),
              (1...12).contains(h), lower[i] != "a", lower[i] != "an" else { return nil }
        let after = at(i + 2) == "in" || at(i + 2) == "this" ? at(i + 2) == "in" ? at(i + 4) : at(i + 3) : at(i + 2)
        let pm = after.map { ["afternoon", "evening", "night", "tonight"].contains($0) } ?? false
        return onDay(hour: h % 12 + (pm ? 12 : 0), minutes: 0, from: i, end: i + 2)
    }

    /// Whether `word` may hold minutes after a point as `clock` reads them ("11.30", "7.45"):
    /// two ASCII characters after its first point make the point its third byte from the end.
    static func mayHaveDottedMinutes(_ word: String) -> Bool {
        UTF8Scan.withBytes(word) { $0.count >= 3 && $0[$0.count - 3] == 0x2E }
    }

    /// Strips a glued "am"/"pm" from a clock token ("2am", "30pm") and returns it.
    private static func gluedHalfOfDay(_ token: inout Substring) -> String? {
        // A last character "m" is the byte "m".
        guard token.utf8.last == 0x6D, token.utf8.count >= 3, token.utf8.count <= 7, token.hasSuffix("am") || token.hasSuffix("pm"),
              let digit = token.utf8.dropLast(2).last, digit >= 0x30 && digit <= 0x39 else { return nil }
        let half = String(token.suffix(2))
        token = token.dropLast(2)
        return half
    }

    /// Words before "11:30" that make it a time of day rather than a score or a ratio.
    private static let before24HourClock: Set<String> = ["at", "around", "until", "till", "before", "after", "by", "about", "from"]

    /// A clock time starting at token `i` and ending before `end`: on the day written after it
    /// (past a time zone), else on the day the narrative is at, else on the DCT.
    private func onDay(hour: Int, minutes: Int, from i: Int, end: Int) -> Match {
        var j = end
        var day = lastDate.flatMap(AnchorDate.init)?.date?.description ?? dct?.description ?? "XXXX-XX-XX"
        if let zone = at(j), TimeLexicon.zones.contains(zone) { j += 1 }
        if at(j) == "local", at(j + 1) == "time" { j += 2 }  // "1:30 a.m. local time Saturday": the zone of the place
        let k = at(j) == "," ? j + 1 : j
        if k < lower.count, let date = explicitDate(at: k) ?? deictic(at: k) ?? weekdayOnly(at: k, clauseAt: i) ?? partOfThisDay(at: k),
           date.value.utf8.count >= 10 {
            day = String(date.value.prefix(10))
            j = date.end
        } else if at(j) == "on", j + 1 < lower.count,
                  let date = explicitDate(at: j + 1) ?? weekdayOnly(at: j + 1, clauseAt: i), date.value.utf8.count >= 10 {
            day = String(date.value.prefix(10))  // "10 a.m. on Monday": the day's own expression follows
        }
        return Match(type: .time, value: "\(day)T\(TimeValues.pad2(hour)):\(TimeValues.pad2(minutes))", end: j)
    }

    /// "noon Thursday", "midnight Friday", "at midday": a named hour, on the day named after it,
    /// else on the day the narrative is at.
    func namedHour(at i: Int) -> Match? {
        let w = lower[i]
        guard w == "noon" || w == "midnight" || w == "midday", i == 0 || lower[i - 1] != "high" else { return nil }
        var day = lastDate.flatMap(AnchorDate.init)?.date?.description ?? dct?.description ?? "XXXX-XX-XX"
        var j = i + 1
        let k = at(j) == "," || at(j) == "on" ? j + 1 : j
        if k < lower.count, let date = explicitDate(at: k) ?? deictic(at: k) ?? weekdayOnly(at: k, clauseAt: i), date.value.utf8.count >= 10 {
            day = String(date.value.prefix(10))
            j = date.end
        }
        return Match(type: .time, value: "\(day)T\(w == "midnight" ? "24:00" : "12:00")", end: j)
    }

    /// "this afternoon", "last night" at `k`, after a clock time ("6 o'clock this afternoon"): the day it names.
    private func partOfThisDay(at k: Int) -> Match? {
        guard lower[k] == "this" || lower[k] == "last", at(k + 1).flatMap({ TimeLexicon.dayParts[$0] }) != nil else { return nil }
        return relative(at: k)
    }

    /// A weekday name alone at `k`, after a clock time that starts at token `start`: the words
    /// before the whole expression give its tense ("until 9 a.m. Tuesday" is a deadline ahead).
    private func weekdayOnly(at k: Int, clauseAt start: Int) -> Match? {
        guard let day = weekdayNumber(at: k), isCapitalized(k) else { return nil }
        return weekday(day, end: k + 1, future: isFuture(around: start))
    }

    /// The last quarter the text named ("1989-Q3"); without one, "the quarter" of a report is
    /// the last one completed before the DCT.
    var lastQuarter: String? { reported(lastQuarterMentioned) }

    /// The last explicit date when it is itself a quarter: "a year earlier" right after a
    /// quarter is that quarter a year before.
    var quarterJustNamed: String? {
        guard !stretchOfYearNamed else { return nil }
        return lastDate.flatMap { TimeValues.isQuarter($0) ? reported($0) : nil }
    }

    /// Whether the DURATION `value` starting at token `i` is a report's stretch of its year's
    /// months: "the nine months", "the first six months", "the year-earlier nine months", with
    /// figures of results around it.
    func isStretchOfYear(from i: Int, value: String) -> Bool {
        (value == "P6M" || value == "P9M") && lower[i] == "the" && isAboutResults(around: i)
    }

    /// Whether `quarter`, just named, comes before the quarter the text reports (the last one
    /// named that is over at the DCT) in the same year: a comparison in passing, not a new
    /// subject.
    /// The same quarter of an earlier year ("the 1988 period" in a report on 1989's third
    /// quarter) is the comparison, not a new subject either. A fiscal quarter, named in tokens
    /// `from..<to`, counts on the company's own calendar and is compared with none.
    func isPassingQuarter(_ quarter: String, from i: Int, to end: Int) -> Bool {
        guard let current = lastQuarter, quarter < current, !namesFiscal(from: i, to: end) else { return false }
        return quarter.utf8.prefix(4).elementsEqual(current.utf8.prefix(4)) || quarter.utf8.suffix(2).elementsEqual(current.utf8.suffix(2))
    }

    /// Whether the quarter named in tokens `from..<to` is one whose results are out: named
    /// "fiscal" ("the fiscal first quarter", "the fiscal-first quarter"), or given figures in a
    /// report told in the past ("reported a 47% decline in fourth-quarter earnings").
    func isReportedQuarter(from i: Int, to end: Int) -> Bool {
        namesFiscal(from: i, to: end) || tense(around: i) == .past && isAboutResults(around: i)
    }

    /// Whether "fiscal" leads or is part of the expression in tokens `from..<to`.
    private func namesFiscal(from i: Int, to end: Int) -> Bool {
        (max(0, i - 1)..<end).contains { lower[$0] == "fiscal" || lower[$0].hasPrefix("fiscal-") }
    }

    private func reported(_ quarter: String?) -> String? {
        guard let last = quarter else { return nil }
        // A quarter not yet over at the DCT is a forecast, not the period being reported,
        // unless the text reported it as over (a fiscal quarter).
        if let dct, last >= TimeValues.quarter(of: dct, shift: 0), !(lastQuarterIsOver && last == lastQuarterMentioned) { return nil }
        return last
    }

    /// A quarter of year `y` named at `k`: "third quarter", "third-quarter", or "quarter"/"period"
    /// standing for the last quarter mentioned ("the 1988 quarter").
    func quarter(inYear y: Int, at k: Int) -> Match? {
        guard let w = at(k) else { return nil }
        // "compared with a loss in the 1988 period" after "In the first nine months": that stretch, a year.
        if w == "period", stretchOfYearNamed { return Match(type: .date, value: TimeValues.year(y), end: k + 1) }
        if w == "quarter" || w == "period", let last = lastQuarter ?? dct.map({ TimeValues.quarter(of: $0, shift: -1) }) {
            return Match(type: .date, value: TimeValues.year(y) + last.dropFirst(4), end: k + 1)
        }
        let n: Int?
        var end = k + 1
        if w.hasSuffix("-quarter") {
            n = TimeLexicon.ordinals[String(w.dropLast(8))]
        } else {
            n = at(k + 1) == "quarter" ? TimeLexicon.ordinals[w] : nil
            end = k + 2
        }
        guard let q = n else { return nil }
        return Match(type: .date, value: "\(TimeValues.year(y))-Q\(q)", end: end)
    }

    /// Words of a report of results or of the economy.
    private static let resultsWords: LexiconSet = [
        "profit", "profits", "sales", "revenue", "revenues", "earnings", "loss", "losses", "income", "output", "growth",
        "economy", "gdp", "fiscal", "dividend", "pretax", "turnover", "margin", "margins", "inflation", "exports", "imports",
        "shipments", "deficit", "surplus", "results", "%", "percent",
    ]

    /// Whether a word of results or the economy stands within ten tokens of `i`.
    private func isAboutResults(around i: Int) -> Bool {
        (max(0, i - 10)..<min(lower.count, i + 11)).contains { Self.resultsWords.contains(lower[$0]) }
    }

    /// "the third quarter", "third-quarter", "the first half of 2025", "the latest quarter".
    func quarterOrHalf(at i: Int) -> Match? {
        let w = lower[i]
        var n: Int?
        var kind = ""
        var j = i + 1
        if UTF8Scan.containsByte(w, 0x2D), let dash = w.firstIndex(of: "-") {
            n = TimeLexicon.ordinals[String(w[..<dash])]
            kind = String(w[w.index(after: dash)...])
            if w.hasPrefix("fiscal-"), let next = at(i + 1) {  // "the fiscal-first quarter"
                n = TimeLexicon.ordinals[kind]
                kind = next
                j = i + 2
            }
        } else if let o = TimeLexicon.ordinals[w] ?? (w == "last" || w == "latter" ? 2 : nil), let next = at(i + 1) {
            // "the last half of 1989" is the second.
            guard o != 2 || TimeLexicon.ordinals[w] != nil || next == "half" else { return nil }
            n = o
            kind = next
            j = i + 2
        } else if w.utf8.count == 2, w.hasPrefix("q"), isCapitalized(i), let q = Int(w.dropFirst()), (1...4).contains(q) {
            n = q  // "Q1 earnings", "Q3 2012"
            kind = "quarter"
        } else if w == "latest" || w == "quarter", i > 0, lower[i - 1] == "the" || w == "latest" {
            guard w == "quarter" || at(i + 1) == "quarter" || at(i + 1) == "period" else { return nil }
            guard let dct else { return nil }
            let end = w == "quarter" ? i + 1 : i + 2
            if let last = lastQuarter, last.hasPrefix(TimeValues.year(dct.year)) { return Match(type: .date, value: last, end: end) }
            return Match(type: .date, value: TimeValues.quarter(of: dct, shift: -1), end: end)
        }
        guard let number = n, kind == "quarter" || (kind == "half" && number <= 2) else { return nil }
        let code = kind == "quarter" ? "Q\(number)" : "H\(number)"
        if at(j) == "of" || at(j) == ",", let y = year(at: j + 1) { return Match(type: .date, value: "\(TimeValues.year(y))-\(code)", end: j + 2) }
        if at(j) == "of", at(j + 1) == "fiscal", let y = year(at: j + 2) {  // "the second quarter of fiscal 2016"
            return Match(type: .date, value: "\(TimeValues.year(y))-\(code)", end: j + 3)
        }
        if let y = year(at: j) { return Match(type: .date, value: "\(TimeValues.year(y))-\(code)", end: j + 1) }
        if at(j) == "of", let shift = yearShift(at: j + 1), at(j + 2) == "year", let dct {
            return Match(type: .date, value: "\(TimeValues.year(dct.year + shift))-\(code)", end: j + 3)
        }
        var ofTheYear = false
        if at(j) == "of", at(j + 1) == "the", at(j + 2) == "year" { j += 3; ofTheYear = true }  // "the first half of the year"
        let decadeAt = at(j + 2) == "'" || at(j + 2) == "\u{2019}" ? j + 3 : j + 2  // "the '80s"
        if kind == "half", at(j) == "of", at(j + 1) == "the", decadeAt < lower.count, let decade = numeric(at: decadeAt),
           decade.value.utf8.count == 3 {
            return Match(type: .date, value: decade.value, end: decade.end)  // "the last half of the '80s": the decade
        }
        // "the first half" of a match or a film is no half of a year: without a year, only a
        // report of results makes it one.
        if kind == "half", !ofTheYear, !(i > 1 && lower[i - 1] == "year"), !isAboutResults(around: i) { return nil }
        var y = dct?.year
        if i > 1, lower[i - 1] == "year", let shift = yearShift(at: i - 2) {
            y = y.map { $0 + shift }
        } else if let dct, kind == "quarter" ? TimeValues.quarter(of: dct.month) == 1 && number == 4 : dct.month <= 6 && number == 2,
                  tense(around: i) != .future {
            // A report in January of "the fourth quarter" speaks of the one just ended, last year's.
            y = dct.year - 1
        }
        guard let year = y else { return Match(type: .date, value: "XXXX-\(code)", end: j) }
        return Match(type: .date, value: "\(TimeValues.year(year))-\(code)", end: j)
    }
}
