/// Finds time expressions and normalizes them to TIMEX3 values relative to a reference date.
public struct TimeExpressionTagger: Sendable {
    public init() {}

    public func tag(_ article: Article, referenceDate: CalendarDate?) -> [TimeExpression] {
        var found: [TimeExpression] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
            let tokens = Tokenizer.tokens(paragraph.text)
            let scalars = Array(paragraph.text.unicodeScalars)
            var i = 0
            while i < tokens.count {
                guard let match = match(tokens, at: i, dct: referenceDate) else { i += 1; continue }
                let start = tokens[i].start
                let end = tokens[match.end - 1].end
                found.append(TimeExpression(
                    text: String(String.UnicodeScalarView(scalars[start..<end])), type: match.type, value: match.value,
                    start: paragraph.sourceOffset(ofScalar: start), end: paragraph.sourceOffset(ofScalar: end).map { $0 },
                    paragraph: index))
                i = match.end
            }
        }
        return found
    }

    struct Match {
        var type: TimeExpression.Kind
        var value: String
        /// Token index after the expression.
        var end: Int
    }

    private func match(_ t: [Token], at i: Int, dct: CalendarDate?) -> Match? {
        let word = t[i].text
        let lower = word.lowercased()
        func at(_ k: Int) -> String? { k < t.count ? t[k].text : nil }
        if let month = MonthNames.month(word), word.first!.isUppercase, word != "May" || at(i + 1).flatMap(Int.init) != nil {
            var j = i + 1
            if at(j) == "." { j += 1 }
            if let dayText = at(j), let day = Int(dayText), (1...31).contains(day), dayText.count <= 2 {
                var k = j + 1
                if at(k) == "," { k += 1 }
                if let y = at(k).flatMap(Int.init), at(k)!.count == 4 {
                    return Match(type: .date, value: CalendarDate(year: y, month: month, day: day).description, end: k + 1)
                }
                guard let dct else { return Match(type: .date, value: "XXXX-\(pad(month))-\(pad(day))", end: j + 1) }
                return Match(type: .date, value: CalendarDate(year: nearestYear(month: month, dct: dct), month: month, day: day).description, end: j + 1)
            }
            if let yText = at(j), yText.count == 4, let y = Int(yText) {
                return Match(type: .date, value: "\(y)-\(pad(month))", end: j + 1)
            }
            if at(j) == "of", at(j + 1)?.lowercased() == "last", at(j + 2)?.lowercased() == "year", let dct {
                return Match(type: .date, value: "\(dct.year - 1)-\(pad(month))", end: j + 3)
            }
            if let dct {
                let year = month <= dct.month ? dct.year : dct.year - 1
                return Match(type: .date, value: "\(year)-\(pad(month))", end: j)
            }
            return Match(type: .date, value: "XXXX-\(pad(month))", end: j)
        }
        if let weekday = MonthNames.weekday(word), word.count > 3, word.first!.isUppercase, let dct {
            let back = (dct.weekday - weekday + 7) % 7
            return Match(type: .date, value: dct.adding(days: -back).description, end: i + 1)
        }
        if ["last", "next", "this"].contains(lower), let unit = at(i + 1)?.lowercased(), let dct {
            let step = lower == "last" ? -1 : (lower == "next" ? 1 : 0)
            switch unit {
            case "week":
                let w = dct.adding(days: 7 * step).isoWeek
                return Match(type: .date, value: "\(w.year)-W\(pad(w.week))", end: i + 2)
            case "month":
                var y = dct.year, m = dct.month + step
                if m < 1 { m = 12; y -= 1 }
                if m > 12 { m = 1; y += 1 }
                return Match(type: .date, value: "\(y)-\(pad(m))", end: i + 2)
            case "year":
                return Match(type: .date, value: String(dct.year + step), end: i + 2)
            default:
                break
            }
        }
        if lower == "recent", at(i + 1)?.lowercased() == "years" { return Match(type: .date, value: "PAST_REF", end: i + 2) }
        if lower == "recently" { return Match(type: .date, value: "PAST_REF", end: i + 1) }
        if lower == "now" { return Match(type: .date, value: "PRESENT_REF", end: i + 1) }
        if word.count == 4, let y = Int(word), (1900...2100).contains(y), i > 0, ["in", "since", "of", "by", "until"].contains(t[i - 1].text.lowercased()) {
            return Match(type: .date, value: word, end: i + 1)
        }
        return nil
    }

    /// The year that puts month/day closest to the reference date.
    private func nearestYear(month: Int, dct: CalendarDate) -> Int {
        let diff = month - dct.month
        if diff > 6 { return dct.year - 1 }
        if diff < -6 { return dct.year + 1 }
        return dct.year
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
