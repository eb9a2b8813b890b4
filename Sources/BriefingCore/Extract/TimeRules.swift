/// The matching rules of `TimeExpressionTagger`, over one text's tokens.
struct TimeRules {
    struct Match {
        var start: Int
        /// Token index after the expression.
        var end: Int
        var type: TimeExpression.Kind
        var value: String
    }

    let tokens: [Token]
    /// Lower-cased token texts.
    let words: [String]
    let dct: CalendarDate?

    func word(_ k: Int) -> String? { k >= 0 && k < words.count ? words[k] : nil }

    /// The longest expression starting at token `i` (or at a "the" before it).
    func match(at i: Int) -> Match? {
        if words[i] == "the", let m = afterThe(i + 1) { return Match(start: i, end: m.end, type: m.type, value: m.value) }
        if (words[i] == "year-earlier" || words[i] == "year-ago"), let dct {
            return Match(start: i, end: i + 1, type: .date, value: reportsQuarters ? Self.shift(dct, unit: "quarter", by: -5)! : String(dct.year - 1))
        }
        return explicitDate(i) ?? relativeUnit(i) ?? agoExpression(i) ?? quarter(i) ?? weekday(i) ?? deictic(i)
            ?? duration(i) ?? set(i) ?? clockTime(i) ?? yearAlone(i)
    }

    // MARK: - Explicit dates

    private func explicitDate(_ i: Int) -> Match? {
        let raw = tokens[i].text
        if raw.count == 10, let date = CalendarDate(iso: raw) { return Match(start: i, end: i + 1, type: .date, value: date.description) }
        if let m = decade(i) { return m }
        guard let month = MonthNames.month(raw), raw.first!.isUppercase else {
            // "30 Sept. 2025"
            if let day = Int(raw), (1...31).contains(day), let name = word(i + 1), let month = MonthNames.month(name), name.count > 2 {
                var j = i + 2
                if word(j) == "." { j += 1 }
                if let y = year(at: j) { return Match(start: i, end: j + 1, type: .date, value: CalendarDate(year: y, month: month, day: day).description) }
            }
            return nil
        }
        if raw == "May" || raw == "March", !(word(i + 1).flatMap(Int.init) != nil || ["in", "of", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "during", "through"].contains(word(i - 1) ?? "")) {
            return nil
        }
        var j = i + 1
        if word(j) == "." { j += 1 }
        if let dayText = word(j), dayText.count <= 2, let day = Int(dayText), (1...31).contains(day) {
            var k = j + 1
            if word(k) == "," { k += 1 }
            if let y = year(at: k), CalendarDate.isValid(year: y, month: month, day: day) {
                return Match(start: i, end: k + 1, type: .date, value: CalendarDate(year: y, month: month, day: day).description)
            }
            guard let dct else { return Match(start: i, end: j + 1, type: .date, value: "XXXX-\(pad(month))-\(pad(day))") }
            let y = nearestYear(month: month, dct: dct)
            guard CalendarDate.isValid(year: y, month: month, day: day) else { return nil }
            return Match(start: i, end: j + 1, type: .date, value: CalendarDate(year: y, month: month, day: day).description)
        }
        var k = j
        if word(k) == "," { k += 1 }
        if let y = year(at: k) { return Match(start: i, end: k + 1, type: .date, value: "\(y)-\(pad(month))") }
        if word(j) == "of", let rel = word(j + 1), let unit = word(j + 2), unit == "year", let dct, let step = step(rel) {
            return Match(start: i, end: j + 3, type: .date, value: "\(dct.year + step)-\(pad(month))")
        }
        guard let dct else { return Match(start: i, end: j, type: .date, value: "XXXX-\(pad(month))") }
        var y = month <= dct.month ? dct.year : dct.year - 1
        if word(i - 1) == "next" || futureNear(i) { y = month > dct.month ? dct.year : dct.year + 1 }
        return Match(start: i, end: j, type: .date, value: "\(y)-\(pad(month))")
    }

    /// "the 1990s", "1990s", "the '90s".
    private func decade(_ i: Int) -> Match? {
        let w = words[i]
        if w.count == 5, w.hasSuffix("s"), let y = Int(w.prefix(4)), (1800...2090).contains(y), y % 10 == 0 {
            return Match(start: i, end: i + 1, type: .date, value: String(y / 10))
        }
        return nil
    }

    private func year(at k: Int) -> Int? {
        guard let w = word(k), w.count == 4, let y = Int(w), (1800...2200).contains(y) else { return nil }
        return y
    }

    /// A four-digit year standing alone ("in 1990", "1988 results").
    private func yearAlone(_ i: Int) -> Match? {
        guard let y = year(at: i), tokens[i].text.allSatisfy(\.isNumber) else { return nil }
        let before = word(i - 1) ?? "", after = word(i + 1) ?? ""
        if ["$", "#", "no", "number", "page", "flight", "route", "model", "version"].contains(before) || ["%", "percent", "pounds", "tons", "people", "feet", "miles", "cars", "shares"].contains(after) { return nil }
        if before == "fiscal" || before == "year" { return Match(start: i - 1, end: i + 1, type: .date, value: String(y)) }
        return Match(start: i, end: i + 1, type: .date, value: String(y))
    }

    // MARK: - Relative to the reference date

    private func step(_ word: String) -> Int? {
        switch word {
        case "last", "past", "previous", "preceding": return -1
        case "this", "current": return 0
        case "next", "coming", "following": return 1
        default: return nil
        }
    }

    /// "last week", "this month", "next year", "last spring", "this weekend".
    private func relativeUnit(_ i: Int) -> Match? {
        guard let step = step(words[i]), let unit = word(i + 1), let dct else { return nil }
        if words[i] == "current" && unit != "quarter" { return nil }
        guard let value = Self.shift(dct, unit: unit, by: step) else { return nil }
        return Match(start: i, end: i + 2, type: .date, value: value)
    }

    /// The value of the calendar `unit` containing `dct` shifted by `step`.
    static func shift(_ dct: CalendarDate, unit: String, by step: Int) -> String? {
        switch unit {
        case "week":
            let w = dct.adding(days: 7 * step).isoWeek
            return "\(w.year)-W\(pad(w.week))"
        case "weekend":
            let w = dct.adding(days: 7 * step).isoWeek
            return "\(w.year)-W\(pad(w.week))-WE"
        case "month":
            let index = dct.year * 12 + dct.month - 1 + step
            return "\(index / 12)-\(pad(index % 12 + 1))"
        case "year": return String(dct.year + step)
        case "quarter":
            let index = dct.year * 4 + (dct.month - 1) / 3 + step
            return "\(index / 4)-Q\(index % 4 + 1)"
        case "decade": return String((dct.year / 10) + step)
        case "century": return String((dct.year / 100) + step)
        case "spring", "summer", "fall", "autumn", "winter":
            let code = ["spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"][unit]!
            let seasonMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code]!
            var year = dct.year + (step == 0 ? 0 : step)
            if step == -1, seasonMonth < dct.month - 2 { year = dct.year }  // "last fall" said in spring: the fall before
            if step == 1, seasonMonth > dct.month { year = dct.year }
            return "\(year)-\(code)"
        default: return nil
        }
    }

    /// "a year ago", "two weeks earlier", "three days later".
    private func agoExpression(_ i: Int) -> Match? {
        guard let n = Self.number(words[i]) ?? ((words[i] == "a" || words[i] == "an") ? 1 : nil),
              let unitWord = word(i + 1), let unit = Self.unit(unitWord), let direction = word(i + 2),
              ["ago", "earlier", "before", "later", "after"].contains(direction) else { return nil }
        guard let dct else { return nil }
        let sign = ["ago", "earlier", "before"].contains(direction) ? -1 : 1
        let value: String
        switch unit {
        case "Y" where reportsQuarters && sign < 0:
            // Earnings stories compare with the same quarter a year before.
            value = Self.shift(dct, unit: "quarter", by: -1 - 4 * n)!
        case "Y": value = String(dct.year + sign * n)
        case "M": value = Self.shift(dct, unit: "month", by: sign * n)!
        case "W": value = Self.shift(dct, unit: "week", by: sign * n)!
        case "D": value = dct.adding(days: sign * n).description
        case "Q": value = Self.shift(dct, unit: "quarter", by: sign * n)!
        default: return nil
        }
        return Match(start: i, end: i + 3, type: .date, value: value)
    }

    /// True when the text speaks of quarters, as earnings stories do.
    var reportsQuarters: Bool { words.contains { $0 == "quarter" || $0.hasSuffix("-quarter") } }

    /// True when a future marker ("will", "next", "expected") stands near token `i`.
    func futureNear(_ i: Int) -> Bool {
        for k in max(0, i - 6)..<min(words.count, i + 4) where Self.futureMarkers.contains(words[k]) { return true }
        return false
    }

    private static let futureMarkers: Set<String> = ["will", "'ll", "shall", "expected", "expects", "scheduled", "plans", "planned", "upcoming", "coming", "until", "by"]

    /// "third-quarter", "the third quarter", "the first half", "fourth-quarter 1989".
    private func quarter(_ i: Int) -> Match? {
        let w = words[i]
        var n: Int?
        var end = i + 1
        if let dash = w.firstIndex(of: "-"), w.hasSuffix("-quarter") {
            n = Self.ordinal(String(w[..<dash]))
        } else if let o = Self.ordinal(w), word(i + 1) == "quarter" {
            n = o
            end = i + 2
        } else if let o = Self.ordinal(w), o <= 2, word(i + 1) == "half" {
            guard let dct else { return nil }
            var y = dct.year
            if let explicit = yearAfter(end + 1) { y = explicit.year; end = explicit.end }
            return Match(start: i, end: i + 2, type: .date, value: "\(y)-H\(o)")
        }
        guard let q = n, (1...4).contains(q), let dct else { return nil }
        var y = dct.year
        if let explicit = yearAfter(end) { y = explicit.year; end = explicit.end }
        return Match(start: i, end: end, type: .date, value: "\(y)-Q\(q)")
    }

    /// "of 1989", "1989" right after a quarter.
    private func yearAfter(_ k: Int) -> (year: Int, end: Int)? {
        if let y = year(at: k) { return (y, k + 1) }
        if word(k) == "of", let y = year(at: k + 1) { return (y, k + 2) }
        return nil
    }

    /// Expressions that take "the": "the quarter", "the past two months", "the weekend", "the future".
    private func afterThe(_ i: Int) -> Match? {
        guard let w = word(i) else { return nil }
        if ["latest", "most", "recent", "same"].contains(w) || w == "quarter" {
            var j = i
            while let x = word(j), ["latest", "most", "recent", "same"].contains(x) { j += 1 }
            if word(j) == "quarter", let dct {
                let index = dct.year * 4 + (dct.month - 1) / 3 - 1
                return Match(start: i, end: j + 1, type: .date, value: "\(index / 4)-Q\(index % 4 + 1)")
            }
        }
        if let m = quarter(i) { return m }
        if let m = decade(i) { return m }
        // "the year-earlier quarter", "the year-ago period", "the latest period".
        if (w == "year-earlier" || w == "year-ago"), let dct {
            let end = ["quarter", "period"].contains(word(i + 1) ?? "") ? i + 2 : i + 1
            return Match(start: i, end: end, type: .date, value: reportsQuarters ? Self.shift(dct, unit: "quarter", by: -5)! : String(dct.year - 1))
        }
        if ["latest", "recent"].contains(w), word(i + 1) == "period", let dct {
            return Match(start: i, end: i + 2, type: .date, value: Self.shift(dct, unit: "quarter", by: -1)!)
        }
        if w == "year", !(word(i + 1).map { ["ago", "earlier", "before"].contains($0) } ?? false) {
            return Match(start: i, end: i + 1, type: .duration, value: "P1Y")
        }
        if w == "future" { return Match(start: i, end: i + 1, type: .date, value: "FUTURE_REF") }
        if w == "past", !(word(i + 1).map { Self.unit($0) != nil || Self.number($0) != nil } ?? false) {
            return Match(start: i, end: i + 1, type: .date, value: "PAST_REF")
        }
        if w == "weekend", let dct { return Match(start: i, end: i + 1, type: .date, value: Self.shift(dct, unit: "weekend", by: 0)!) }
        // "the past two months", "the next five years", "the last year": durations.
        if let s = step(w), s != 0, let unitWord = word(i + 1), let unit = Self.unit(unitWord) {
            return Match(start: i, end: i + 2, type: .duration, value: "P1\(unit == "H" ? "T" : "")\(unit)".replacingOccurrences(of: "P1TH", with: "PT1H"))
        }
        if let s = step(w), s != 0 || w == "first", let n = word(i + 1).flatMap(Self.number), let unitWord = word(i + 2), let unit = Self.unit(unitWord) {
            return Match(start: i, end: i + 3, type: .duration, value: Self.durationValue(n, unit))
        }
        // "the nine months", "the first nine months".
        var j = i
        if w == "first" || w == "last" { j += 1 }
        if let n = word(j).flatMap(Self.number), let unitWord = word(j + 1), let unit = Self.unit(unitWord), n > 1 {
            return Match(start: i, end: j + 2, type: .duration, value: Self.durationValue(n, unit))
        }
        return nil
    }

    /// "Friday", "Friday night", "next Tuesday".
    private func weekday(_ i: Int) -> Match? {
        guard let day = MonthNames.weekday(words[i]), words[i].count > 3, tokens[i].text.first!.isUppercase, let dct else { return nil }
        var date: CalendarDate
        let back = (dct.weekday - day + 7) % 7
        if word(i - 1) == "next" || (word(i - 1) == "this" && day > dct.weekday) || (back != 0 && futureNear(i)) {
            date = dct.adding(days: (day - dct.weekday + 7) % 7 == 0 ? 7 : (day - dct.weekday + 7) % 7)
        } else {
            date = dct.adding(days: -back)
        }
        if let part = word(i + 1).flatMap(Self.partOfDay) {
            return Match(start: i, end: i + 2, type: .time, value: "\(date)T\(part)")
        }
        return Match(start: i, end: i + 1, type: .date, value: date.description)
    }

    /// "today", "yesterday", "now", "recently", "tonight", "this morning".
    private func deictic(_ i: Int) -> Match? {
        let w = words[i]
        switch w {
        case "now", "currently", "nowadays":
            return Match(start: i, end: i + 1, type: .date, value: "PRESENT_REF")
        case "current" where !(word(i + 1).map { Self.unit($0) != nil } ?? false):
            return Match(start: i, end: i + 1, type: .date, value: "PRESENT_REF")
        case "recently", "recent", "lately":
            if w == "recent", let unitWord = word(i + 1), unitWord.hasSuffix("s"), let unit = Self.unit(unitWord) {
                return Match(start: i, end: i + 2, type: .duration, value: "PX\(unit)")
            }
            return Match(start: i, end: i + 1, type: .date, value: "PAST_REF")
        default: break
        }
        guard let dct else { return nil }
        switch w {
        case "today": return Match(start: i, end: i + 1, type: .date, value: dct.description)
        case "yesterday":
            if let part = word(i + 1).flatMap(Self.partOfDay) { return Match(start: i, end: i + 2, type: .time, value: "\(dct.adding(days: -1))T\(part)") }
            return Match(start: i, end: i + 1, type: .date, value: dct.adding(days: -1).description)
        case "tomorrow": return Match(start: i, end: i + 1, type: .date, value: dct.adding(days: 1).description)
        case "tonight": return Match(start: i, end: i + 1, type: .time, value: "\(dct)TNI")
        case "this":
            if let part = word(i + 1).flatMap(Self.partOfDay) { return Match(start: i, end: i + 2, type: .time, value: "\(dct)T\(part)") }
        case "last" where word(i + 1) == "night":
            return Match(start: i, end: i + 2, type: .time, value: "\(dct.adding(days: -1))TNI")
        case "earlier", "later", "early", "late":
            // "earlier this year", "later this month", "early next year".
            if let rel = word(i + 1), let s = step(rel), let unit = word(i + 2), let value = Self.shift(dct, unit: unit, by: s) {
                return Match(start: i, end: i + 3, type: .date, value: value)
            }
        default: break
        }
        return nil
    }

    /// "five years", "24 hours", "five-year", "a year", "years", "several months".
    private func duration(_ i: Int) -> Match? {
        let w = words[i]
        if let dash = w.firstIndex(of: "-"), let n = Self.number(String(w[..<dash])), let unit = Self.unit(String(w[w.index(after: dash)...])) {
            return Match(start: i, end: i + 1, type: .duration, value: Self.durationValue(n, unit))
        }
        if let n = Self.number(w), let unitWord = word(i + 1), let unit = Self.unit(unitWord) {
            if word(i + 2) == "old" { return nil }
            return Match(start: i, end: i + 2, type: .duration, value: Self.durationValue(n, unit))
        }
        if ["a", "an", "one"].contains(w), let unitWord = word(i + 1), unitWord.hasSuffix("s") == false, let unit = Self.unit(unitWord),
           !["a", "an"].contains(w) || ["for", "in", "over", "than", "about", "nearly", "almost"].contains(word(i - 1) ?? "") {
            return Match(start: i, end: i + 2, type: .duration, value: Self.durationValue(1, unit))
        }
        if ["several", "few", "many", "some"].contains(w), let unitWord = word(i + 1), unitWord.hasSuffix("s"), let unit = Self.unit(unitWord) {
            return Match(start: i, end: i + 2, type: .duration, value: "P\(unit == "H" || unit == "MIN" ? "T" : "")X\(unit == "MIN" ? "M" : unit)")
        }
        if ["years", "months", "weeks", "days", "hours", "decades"].contains(w), ["for", "in", "over", "within"].contains(word(i - 1) ?? "") {
            let unit = Self.unit(w)!
            return Match(start: i, end: i + 1, type: .duration, value: "P\(unit == "H" ? "T" : "")X\(unit)")
        }
        return nil
    }

    /// "daily", "every week", "each year", "annually".
    private func set(_ i: Int) -> Match? {
        if let code = Self.setWords[words[i]] { return Match(start: i, end: i + 1, type: .set, value: code) }
        if ["every", "each", "per"].contains(words[i]), let unitWord = word(i + 1), let unit = Self.unit(unitWord) {
            return Match(start: i, end: i + 2, type: .set, value: Self.durationValue(1, unit))
        }
        return nil
    }

    private static let setWords = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"]

    /// "5 p.m.", "10:30 a.m.", "noon", "midnight".
    private func clockTime(_ i: Int) -> Match? {
        guard let dct else { return nil }
        if words[i] == "noon" { return Match(start: i, end: i + 1, type: .time, value: "\(dct)T12:00") }
        if words[i] == "midnight" { return Match(start: i, end: i + 1, type: .time, value: "\(dct)T24:00") }
        let parts = words[i].split(separator: ":")
        guard let first = parts.first, let hour = Int(first), (1...12).contains(hour), parts.count <= 2 else { return nil }
        let minute = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        var j = i + 1
        var pm: Bool?
        if let m = word(j), m == "p" || m == "pm" || m == "a" || m == "am" {
            pm = m.hasPrefix("p")
            j += 1
            if word(j) == "." { j += 1 }
            if word(j) == "m" { j += 1; if word(j) == "." { j += 1 } }
        }
        guard let pm else { return nil }
        let h = hour % 12 + (pm ? 12 : 0)
        return Match(start: i, end: j, type: .time, value: "\(dct)T\(pad(h)):\(pad(minute))")
    }

    // MARK: - Vocabulary

    static func unit(_ word: String) -> String? {
        switch word {
        case "year", "years": return "Y"
        case "month", "months": return "M"
        case "week", "weeks": return "W"
        case "day", "days": return "D"
        case "hour", "hours": return "H"
        case "minute", "minutes": return "MIN"
        case "decade", "decades": return "DE"
        case "quarter", "quarters": return "Q"
        default: return nil
        }
    }

    static func durationValue(_ n: Int, _ unit: String) -> String {
        switch unit {
        case "H": return "PT\(n)H"
        case "MIN": return "PT\(n)M"
        case "DE": return "P\(n * 10)Y"
        case "Q": return "P\(n * 3)M"
        default: return "P\(n)\(unit)"
        }
    }

    static func number(_ word: String) -> Int? {
        if let n = Int(word), n > 0, n < 1000 { return n }
        return numberWords[word]
    }

    private static let numberWords = [
            "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18,
            "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "twenty-four": 24,
    ]

    static func ordinal(_ word: String) -> Int? { ordinals[word] }

    private static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]

    static func partOfDay(_ word: String) -> String? { partsOfDay[word] }

    private static let partsOfDay = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"]

    /// The year that puts month/day closest to the reference date.
    private func nearestYear(month: Int, dct: CalendarDate) -> Int {
        let diff = month - dct.month
        if diff > 6 { return dct.year - 1 }
        if diff < -6 { return dct.year + 1 }
        return dct.year
    }
}

func pad(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
