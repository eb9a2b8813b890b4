/// Numbers that are not figures: years, dates, clock times, phone numbers, model and list
/// numbers, file names, IP addresses and versions.
enum FigureFilters {
    /// Words after which a number names a thing rather than counting it ("Article 5", "No. 1").
    static let designators: LexiconSet = [
        "no", "nos", "nr", "nrs", "number", "article", "articles", "section", "chapter", "resolution", "route",
        "highway", "exit", "flight", "room", "page", "pages", "pp", "line", "item", "version", "model",
        "channel", "gate", "platform", "episode", "season", "vol", "volume", "suite", "apartment",
        "district", "precinct", "ward", "interstate", "bus", "paragraph", "amendment", "protocol",
        "category", "grade", "tier", "type", "covid", "windows", "iphone", "galaxy", "rule", "level",
        "terminal", "pier", "block", "plot", "lot", "spot", "row", "seat", "act", "scene", "verse",
        "psalm", "psalms", "track", "step", "stage", "phase", "figure", "table", "annex", "appendix",
        "clause", "title", "code", "bill", "hr", "s", "h.r",
    ]
    /// Words after a number that make it a clock time.
    static let timeWords: LexiconSet = ["am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "bst", "edt", "est", "pst", "pdt", "cet", "cest", "hrs"]
    /// File extensions: "report_2024.pdf".
    static let extensions: LexiconSet = ["pdf", "jpg", "jpeg", "png", "gif", "doc", "docx", "txt", "csv", "xls", "xlsx", "mp3", "mp4", "html", "htm", "zip", "json", "xml"]

    /// True when the number in lexemes `start..<end` is not a figure.
    /// - Parameter signed: a currency sign ends right before the digits ("Rs.5", "S/5"), so
    ///   what precedes them is no date, version or path.
    /// - Parameter percent: the number is a percent, so a plus before it signs a change
    ///   ("AMD +0.26%"), not a phone number.
    static func rejects(_ lx: [FigureLexeme], _ start: Int, _ end: Int, hasUnit: Bool, signed: Bool = false, percent: Bool = false) -> Bool {
        guard lx[start].isNumber else { return false }
        let n = lx.count
        // The lexemes around the number, read in place by index (a copy retains its strings):
        // `p` and `p2` before it, `x` and `x2` after it.
        let p = start - 1, p2 = start - 2, x = end, x2 = end + 1
        // Parts of dates, times, phone numbers, IP addresses, versions and file names.
        if p >= 0, !lx[start].spaced, !signed {
            if lx[p].isSymbol(":") || lx[p].isSymbol("/") || (lx[p].isSymbol("+") && !percent) || lx[p].isSymbol("_") || lx[p].isSymbol("#") { return true }
            if lx[p].isSymbol("."), p2 >= 0, lx[p2].isNumber || lx[p2].isWord, !lx[p].spaced { return true }
            // "F-16", "SCP-173", "COVID-19": a designator joined by a hyphen.
            if lx[p].isSymbol("-"), !lx[p].spaced, p2 >= 0, lx[p2].isWord, lx[p2].spaced || start == 2, NumberWords.cardinal(lx[p2].lower) == nil { return true }
        }
        if x < n, !lx[x].spaced {
            if lx[x].isSymbol(":") || lx[x].isSymbol("_") { return true }
            if lx[x].isSymbol("/"), x2 < n, lx[x2].isNumber, !lx[x2].spaced, end + 2 < n, lx[end + 2].isSymbol("/") { return true }
            if lx[x].isSymbol("."), x2 < n, !lx[x2].spaced, lx[x2].isNumber || extensions.contains(lx[x2].lower) { return true }
            // "1990s"; "777F", "24703L202", "5G": letters glued on that are no unit.
            if lx[x].isWord, !hasUnit { return true }
            // "555-1234", "+1-222-2222": numbers chained by hyphens.
            if lx[x].isSymbol("-"), x2 < n, lx[x2].isNumber, !lx[x2].spaced, end + 2 < n, lx[end + 2].isSymbol("-") || lx[end + 2].isSymbol("/") { return true }
            if lx[x].isSymbol("-"), x2 < n, lx[x2].isNumber, !lx[x2].spaced, lx[start].text.hasPrefix("0") || lx[x2].text.hasPrefix("0") { return true }
        }
        if x < n, lx[x].isWord, timeWords.contains(lx[x].lower) { return true }
        if x < n, lx[x].isWord, lx[x].lower == "a" || lx[x].lower == "p", end + 2 < n, lx[end + 1].isSymbol("."), lx[end + 2].lower == "m" { return true }
        // "May 4", "Oct. 13", "13 October".
        if p >= 0, lx[p].isWord, isMonth(lx, p) { return true }
        if p >= 0, lx[p].isSymbol("."), p2 >= 0, isMonth(lx, p2) { return true }
        if x < n, lx[x].isWord, isMonth(lx, x), lx[x].lower != "may" || lx[x].text == "May" { return true }
        // "1 ) explains": a list marker.
        if x < n, lx[x].isSymbol(")"), !lx[..<start].contains(where: { $0.isSymbol("(") }) { return true }
        // "Article 5", "No. 1", "Boeing 737". The number and its unit are told before the word's
        // look-ups, which most numbers (with a unit, separators or a decimal point) then skip.
        if p >= 0, lx[p].isWord, lx[start].isPlainInteger, !hasUnit, designators.contains(lx[p].lower) { return true }
        if p >= 0, lx[p].isSymbol("."), p2 >= 0, lx[p2].isWord, !hasUnit, designators.contains(lx[p2].lower) { return true }
        if p >= 0, lx[p].isWord, start >= 2, lx[start].isPlainInteger, !hasUnit, lx[start].text.utf8.count >= 2, isProperNoun(lx, p) { return true }
        // "AirPods 2", "iPhone 15", "PlayStation 5": a product written in camel case and its model number.
        if p >= 0, lx[p].isWord, lx[start].isPlainInteger, !hasUnit, isCamelCase(lx[p].text) { return true }
        return false
    }

    /// A plain four-digit year between 1000 and 2100 with nothing that makes it a quantity.
    static func isYear(_ lx: [FigureLexeme], _ number: ParsedNumber) -> Bool {
        guard number.end == number.start + 1 else { return false }
        let l = lx[number.start]
        return l.isPlainInteger && l.text.utf8.count == 4 && l.value >= 1000 && l.value <= 2100
    }

    /// Whether lexeme `k` names a month; by index, as a copy of a lexeme retains its strings.
    private static func isMonth(_ lx: [FigureLexeme], _ k: Int) -> Bool {
        guard lx[k].isWord, mayBeMonth(lx, k), MonthNames.month(lx[k].lower) != nil else { return false }
        let lower = lx[k].lower
        if lower == "may" || lower == "mar" || lower == "jan" || lower == "jun" { return lx[k].text.startsWithUppercase || lower == "may" }
        return true
    }

    /// False only when word lexeme `k` names no month, told from the first byte and the length
    /// of its lowercase for an ASCII word (most words near a number are none); a word past
    /// ASCII is left to `MonthNames`.
    @inline(__always)
    static func mayBeMonth(_ lx: [FigureLexeme], _ k: Int) -> Bool {
        guard lx[k].isASCIIWord else { return true }
        // The scalars of an ASCII word are the bytes of its lowercase, the first a letter.
        let count = lx[k].end - lx[k].start
        let lengths = monthLengths
        // Most words ("of", "the", "million") are ruled out by their length, before their string is read.
        guard count < 16, lengths[0] >> count & 1 != 0 else { return false }
        let utf8 = lx[k].lower.utf8
        return lengths[Int(utf8[utf8.startIndex] & 0x1F)] >> count & 1 != 0
    }

    /// Bit `n` of entry `c` set when a name `MonthNames.month` knows has `n` bytes and starts
    /// with the letter whose low five bits are `c`; entry 0 (no letter's) has the bits of all.
    private static let monthLengths: [UInt16] = MonthNames.monthNames.reduce(into: [UInt16](repeating: 0, count: 32)) { bits, name in
        bits[Int(name.utf8.first! & 0x1F)] |= 1 << UInt16(name.utf8.count)
        bits[0] |= 1 << UInt16(name.utf8.count)
    }

    /// A word with a capital after a lower-case letter: "iPhone", "AirPods", "PlayStation".
    static func isCamelCase(_ word: String) -> Bool {
        var sawLower = false
        for scalar in word.unicodeScalars {
            // ASCII cases are told from the value: only a–z are lower-case there, A–Z upper-case.
            let ascii = scalar.value < 0x80
            if ascii ? scalar.value &- 0x61 < 26 : scalar.properties.isLowercase {
                sawLower = true
            } else if sawLower, ascii ? scalar.value &- 0x41 < 26 : scalar.properties.isUppercase {
                return true
            }
        }
        return false
    }

    /// For an ASCII word (whose characters are its bytes, as a lexeme has no line break):
    /// whether it starts with a capital and has more characters, and whether it has a
    /// lower-case letter (else it is its own `uppercased()`); nil past ASCII.
    static func asciiCapitals(_ word: String) -> (capitalized: Bool, hasLower: Bool)? {
        var any: UInt8 = 0
        var hasLower = false
        for byte in word.utf8 {
            any |= byte
            if byte &- 0x61 < 26 { hasLower = true }
        }
        guard any < 0x80, let first = word.utf8.first else { return nil }
        return (first &- 0x41 < 26 && word.utf8.count > 1, hasLower)
    }

    /// A capitalized word that names something ("Boeing", "Windows"), not a hedge or a unit.
    private static func isProperNoun(_ lx: [FigureLexeme], _ k: Int) -> Bool {
        let text = lx[k].text
        if let ascii = asciiCapitals(text) {
            guard ascii.capitalized, ascii.hasLower else { return false }
        } else {
            guard let c = text.unicodeScalars.first, c.properties.isUppercase, text.count > 1 else { return false }
            if text.uppercased() == text { return false }
        }
        let lower = lx[k].lower
        return FigureRanges.before[lower] == nil && !FigureRanges.hedges.contains(lower) && MonthNames.weekday(lower) == nil
            && !["and", "or", "the", "of", "to", "in", "at", "by", "for", "with", "from", "than", "but", "is", "was", "are", "were", "around", "about", "nearly", "some", "only", "just", "all", "top", "first", "last", "next", "total", "another", "over", "under", "least", "almost"].contains(lower)
    }
}

extension FigureFilters {
    /// A word glued to the end of an amount that it did not read as a scale, code or unit: the
    /// amount is part of a name or tag ("the hashtag £4money"), not money.
    static func gluesWord(_ lx: [FigureLexeme], _ end: Int) -> Bool {
        end < lx.count && lx[end].isWord && !lx[end].spaced
    }

    /// Possessives before the idiom "two cents" (an opinion): "my two cents worth", "their two cents".
    static let possessives: LexiconSet = ["my", "his", "her", "our", "their", "your", "its"]

    /// "my two cents worth", "two cents' worth": the idiom of an opinion, not an amount.
    static func isIdiom(_ lx: [FigureLexeme], _ amount: FigureAmount) -> Bool {
        guard amount.isSubunit, amount.number.value == 2, amount.end == amount.number.end + 1,
              lx[amount.number.start].lower == "two" || lx[amount.number.start].text == "2" else { return false }
        let before = amount.start > 0 && possessives.contains(lx[amount.start - 1].lower)
        var k = amount.end
        if k < lx.count, lx[k].text == "'" || lx[k].text == "\u{2019}", !lx[k].spaced { k += 1 }
        let worth = k < lx.count && lx[k].lower == "worth"
        return before || worth
    }

    /// "I'm 100 percent sure", "still 100 percent behind us", "We support them 100 percent": a
    /// whole hundred percent before a word of certainty or support, or ending its clause after
    /// a verb of support, intensifies; it is no share ("100% edible", "100 percent of the vote" are).
    static func isIntensifier(_ lx: [FigureLexeme], _ amount: FigureAmount) -> Bool {
        guard amount.isPercent, amount.unit == "percent", amount.number.value == 100 else { return false }
        let k = amount.end
        if k < lx.count, lx[k].isWord { return certainties.contains(lx[k].lower) }
        return lx[max(0, amount.start - 3)..<amount.start].contains { $0.isWord && supportVerbs.contains($0.lower) }
    }

    /// Words a hundred percent intensifies: "100 percent sure", "100% behind him".
    static let certainties: LexiconSet = [
        "sure", "certain", "confident", "convinced", "committed", "behind", "ready", "right", "wrong", "honest", "serious",
        "positive", "focused", "fit", "healthy", "true", "genuine", "sincere", "dedicated",
    ]
    /// Verbs whose support a hundred percent at the clause's end measures: "we back him 100 percent".
    static let supportVerbs: LexiconSet = [
        "support", "supports", "supported", "supporting", "agree", "agrees", "agreed", "back", "backs", "backed", "backing",
        "trust", "trusts", "trusted", "believe", "believes", "believed",
    ]

    /// An ordinal or a share joined by a hyphen to the word after it is part of a compound word,
    /// not a figure: "a sixth-grader", "first-ever", "third-largest", "a half-frozen snake".
    static func isInCompound(_ lx: [FigureLexeme], _ amount: FigureAmount) -> Bool {
        guard amount.number.isOrdinal || amount.number.isFraction, amount.unit == nil, amount.currency == nil, !amount.isPercent else { return false }
        return joinsWord(lx, at: amount.end)
    }

    /// True when lexeme `k` is a hyphen glued to what precedes it and to a word after it: the
    /// join inside a compound word ("sixth-grader", "28-nation").
    static func joinsWord(_ lx: [FigureLexeme], at k: Int) -> Bool {
        k + 1 < lx.count && lx[k].isSymbol("-") && !lx[k].spaced && lx[k + 1].isWord && !lx[k + 1].spaced
    }
}
