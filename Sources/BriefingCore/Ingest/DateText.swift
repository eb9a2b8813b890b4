/// Parses the date forms that news pages print on their own lines or in datelines.
enum DateText {
    /// A date as written, with the year when the text gives one.
    struct Found: Equatable {
        var year: Int?
        var month: Int
        var day: Int
        /// Unicode-scalar range of the match in the scanned text.
        var range: Range<Int>
    }

    /// Every "Month D[, YYYY]", "D Month YYYY" and "YYYY-MM-DD" date in `text`, in order.
    static func dates(in text: String) -> [Found] {
        let tokens = Tokenizer.tokens(text)
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if mayBeISODate(t.text), let iso = isoDate(t.text) {
                found.append(Found(year: iso.year, month: iso.month, day: iso.day, range: t.start..<t.end))
                i += 1
                continue
            }
            var j = i + 1
            if let month = MonthNames.month(t.text) {
                if j < tokens.count, tokens[j].text == "." { j += 1 }
                if j < tokens.count, let day = dayNumber(tokens[j].text) {
                    var end = tokens[j].end
                    var year: Int?
                    var k = j + 1
                    if k < tokens.count, tokens[k].text == "," { k += 1 }
                    if k < tokens.count, let y = yearNumber(tokens[k].text, before: k + 1 < tokens.count ? tokens[k + 1].text : nil) {
                        year = y
                        end = tokens[k].end
                        k += 1
                    }
                    found.append(Found(year: year, month: month, day: day, range: t.start..<end))
                    i = k
                    continue
                }
            } else if let day = dayNumber(t.text), j < tokens.count,
                      let month = MonthNames.month(tokens[j].text), tokens[j].text.count > 2 {
                j += 1
                if j < tokens.count, tokens[j].text == "." { j += 1 }
                if j < tokens.count, tokens[j].text == "," { j += 1 }
                if j < tokens.count, tokens[j].text.count == 4, let y = Int(tokens[j].text), (1800...2200).contains(y) {
                    found.append(Found(year: y, month: month, day: day, range: t.start..<tokens[j].end))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return found.filter { CalendarDate.isValid(year: $0.year ?? 2000, month: $0.month, day: $0.day) }
    }

    /// Whether the token `token` may be an ISO date (`isoDate`): a token opens with a letter, a
    /// digit or a mark, and an ISO date's with the year's digit.
    static func mayBeISODate(_ token: String) -> Bool {
        token.utf8.first.map { $0 &- 0x30 < 10 } ?? false
    }

    /// A four-digit year; also the year of Reuters' squashed "20255:39 PM" (year run into time).
    /// Read from the bytes: a year's token is ASCII, where a token's characters are its bytes
    /// (it holds no spaces or controls), and its first four are digits.
    static func yearNumber(_ token: String, before next: String?) -> Int? {
        UTF8Scan.withBytes(token) { bytes in
            guard bytes.count == 4 || (bytes.count == 5 || bytes.count == 6) && next == ":", UTF8Scan.isASCII(bytes),
                  let y = UTF8Scan.decimal(bytes, 0..<4), (1800...2200).contains(y) else { return nil }
            return y
        }
    }

    /// A day of the month as written: "20", "20th", "1st", "22nd", "3rd".
    static func dayNumber(_ token: String) -> Int? {
        // Int() reads ASCII digits only, and a token cannot open with a sign.
        guard let first = token.utf8.first, first &- 0x30 < 10 else { return nil }
        var digits = Substring(token)
        // Each suffix ends with "t", "d" or "h" in either case: a token ending with another byte
        // (a number) has none.
        if let last = token.utf8.last, last | 0x20 == 0x74 || last | 0x20 == 0x64 || last | 0x20 == 0x68 {
            for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) && digits.count > 2 {
                digits = digits.dropLast(2)
            }
        }
        guard digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// A `YYYY-MM-DD` token (or the date part of an ISO timestamp).
    static func isoDate(_ word: String) -> CalendarDate? {
        // Three parts need two hyphens.
        var hyphens = 0
        for byte in word.utf8 where byte == 0x2D { hyphens += 1 }
        guard hyphens >= 2 else { return nil }
        return CalendarDate(iso: String(word.prefix(10)))
    }

    /// Years written in the text as part of full dates or as four-digit years ("in 2024").
    static func mentionedYears(in text: String) -> [Int] {
        Tokenizer.tokens(text).compactMap { t in
            guard t.text.count == 4, let y = Int(t.text), (1900...2200).contains(y) else { return nil }
            return y
        }
    }
}
