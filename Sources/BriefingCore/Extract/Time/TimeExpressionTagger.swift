/// Finds time expressions and normalizes them to TIMEX3 values relative to a reference date
/// (the document creation time, DCT), in the manner of HeidelTime's rules for news.
public struct TimeExpressionTagger: Sendable {
    public init() {}

    /// Tags every paragraph of `article`; offsets index the file text as read (`Article.text`).
    public func tag(_ article: Article, referenceDate: CalendarDate?) -> [TimeExpression] {
        sourceOffsets(tagParagraphs(article, referenceDate: referenceDate), in: article)
    }

    /// Tags every paragraph of `article`, one list per paragraph, with offsets into the
    /// paragraph's text.
    public func tagParagraphs(_ article: Article, referenceDate: CalendarDate?) -> [[TimeExpression]] {
        var cache = TimeWordCache()
        return tagParagraphs(article, referenceDate: referenceDate, tokens: article.paragraphs.map { Tokenizer.tokens($0.text) }, cache: &cache)
    }

    /// Tags as above, with each paragraph's tokens already made; what the scanner reads of
    /// their word types is kept in `cache`, and read from there.
    func tagParagraphs(_ article: Article, referenceDate: CalendarDate?, tokens paragraphTokens: [[Token]], cache: inout TimeWordCache) -> [[TimeExpression]] {
        var anchors = TimeScanner.Anchors()
        // One scanner reads every paragraph, in the storage of its word arrays.
        var scanner = TimeScanner(tokens: [], dct: referenceDate)
        swap(&scanner.cache, &cache)
        defer { swap(&scanner.cache, &cache) }
        return article.paragraphs.enumerated().map { index, paragraph in
            tag(paragraph.text, tokens: paragraphTokens[index], scanner: &scanner, anchors: &anchors, paragraph: index)
        }
    }

    /// The expressions of `tagParagraphs` with offsets mapped into the file text as read.
    public func sourceOffsets(_ paragraphTimes: [[TimeExpression]], in article: Article) -> [TimeExpression] {
        // Written into one array of the size it ends with, where a mapped array for each
        // paragraph was made, copied and freed.
        var mapped: [TimeExpression] = []
        mapped.reserveCapacity(paragraphTimes.reduce(0) { $0 + $1.count })
        for times in paragraphTimes {
            for var time in times {
                let paragraph = article.paragraphs[time.paragraph]
                time.start = time.start.flatMap { paragraph.sourceOffset(ofScalar: $0) }
                time.end = time.end.flatMap { paragraph.sourceOffset(ofScalar: $0) }
                mapped.append(time)
            }
        }
        return mapped
    }

    /// Tags plain text; `start`/`end` are Unicode-scalar offsets into `text` and `paragraph` is 0.
    public func tag(_ text: String, referenceDate: CalendarDate?) -> [TimeExpression] {
        var anchors = TimeScanner.Anchors()
        var scanner = TimeScanner(tokens: [], dct: referenceDate)
        return tag(text, tokens: Tokenizer.tokens(text), scanner: &scanner, anchors: &anchors, paragraph: 0)
    }

    /// Tags `text` (made into `tokens`, the text of paragraph `paragraph`) with `scanner` (made
    /// for the reference date; it reads `tokens` as a new scanner would), carrying the last
    /// explicit date and quarter across calls (the anchors of "a year earlier", "the quarter").
    private func tag(
        _ text: String, tokens: [Token], scanner: inout TimeScanner, anchors: inout TimeScanner.Anchors, paragraph: Int
    ) -> [TimeExpression] {
        guard !tokens.isEmpty else { return [] }
        scanner.read(tokens)
        scanner.exchange(&anchors)
        var found: [TimeExpression] = []
        // The text of each expression is cut from the text's bytes at a cursor that moves
        // forward, as matches come in order.
        var cursor = ScalarCursorInUTF8()
        var i = 0
        while i < tokens.count {
            guard scanner.opens(i) else { i += 1; continue }
            if let range = scanner.yearRange(at: i) {
                // "1995-97" is one token and two TIMEX3s, one for each end year.
                let start = tokens[i].start, end = tokens[i].end
                for (value, from, to) in [(range.start, start, start + 4), (range.end, start + 5, end)] {
                    found.append(TimeExpression(
                        text: cursor.slice(text, from, to), type: .date, value: String(value),
                        start: from, end: to, paragraph: paragraph))
                }
                scanner.lastDate = String(range.end)
                i += 1
                continue
            }
            guard let match = scanner.match(at: i) else { i += 1; continue }
            let start = tokens[i].start
            // A possessive ending ("Friday's", "last year's") stays outside the span, as in TimeML.
            let last = match.end - 1
            let end = tokens[last].end - (scanner.isPossessive(last) ? 2 : 0)
            found.append(TimeExpression(
                text: cursor.slice(text, start, end), type: match.type, value: match.value,
                start: start, end: end, paragraph: paragraph))
            if match.type == .date, match.value.utf8.count == 10, let day = CalendarDate(iso: match.value),
               (i..<match.end).contains(where: { scanner.year(at: $0) == day.year }) {
                scanner.writtenDays[day.month * 100 + day.day] = day.year  // "April 8, 2012": the year written
            }
            if match.type == .date, !match.anaphoric, let first = match.value.utf8.first, first >= 0x30 && first <= 0x39, match.value.utf8.count >= 4 {
                scanner.lastDate = match.value
                if i > 0, scanner.lower[i - 1] == "ended" || scanner.lower[i - 1] == "ending", match.value.utf8.count == 10 {
                    scanner.lastPeriodEnd = match.value  // "the six months ended Aug. 12"
                }
                // "Third-quarter net rose ... After a flat second quarter ...": an earlier quarter
                // named in passing leaves the quarter reported the one "the period" means.
                if TimeValues.isQuarter(match.value), !scanner.isPassingQuarter(match.value, from: i, to: match.end) {
                    scanner.lastQuarterMentioned = match.value
                    scanner.lastQuarterIsOver = scanner.isReportedQuarter(from: i, to: match.end)
                    scanner.stretchOfYearNamed = false
                }
            } else if match.type == .duration, scanner.isStretchOfYear(from: i, value: match.value) {
                scanner.stretchOfYearNamed = true  // "For the nine months, net was ... a year earlier"
            } else if match.type == .time, !match.anaphoric, let day = TimeValues.dayOfTime(match.value) {
                // "Friday night", "1 p.m. Monday" are times of a day, and that day is where the narrative is.
                scanner.lastDate = day
            }
            i = match.end
        }
        scanner.exchange(&anchors)
        return found
    }
}

/// The byte offset of a scalar offset in UTF-8 text, counted on from the last one asked: a
/// scalar starts at every byte that is not a continuation byte (10xxxxxx). In ASCII text (most
/// paragraphs), told at the first question, the offsets are the same; in other text the bytes
/// are passed over eight at a time while the scalar sought starts past them.
private struct ScalarCursorInUTF8 {
    /// The scalars that start before `byte`.
    private var scalar = 0
    private var byte = 0
    /// Whether the text is ASCII; nil until told.
    private var ascii: Bool?

    /// The text of `text` (the text the cursor counts in) from scalar offset `from` to `to`,
    /// cut from its bytes. (A method, not a function in `tag` capturing the cursor, which
    /// would check exclusive access to it at every call.)
    mutating func slice(_ text: String, _ from: Int, _ to: Int) -> String {
        UTF8Scan.withBytes(text) { bytes in
            let start = byte(ofScalar: from, in: bytes)
            return UTF8Scan.string(bytes, start..<byte(ofScalar: to, in: bytes))
        }
    }

    private mutating func byte(ofScalar offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if ascii == nil { ascii = UTF8Scan.isASCII(bytes) }
        if ascii == true { return offset }
        // Expressions come in order: an offset before the last one asked counts from the start.
        if offset < scalar { (scalar, byte) = (0, 0) }
        while byte + 8 <= bytes.count {
            let starts = ByteWord(bytes, at: byte).scalarStarts
            guard scalar + starts <= offset else { break }
            scalar += starts
            byte += 8
        }
        while byte < bytes.count {
            if bytes[byte] & 0xC0 != 0x80 {
                if scalar == offset { break }
                scalar += 1
            }
            byte += 1
        }
        return byte
    }
}
