/// Builds dated events from sentences anchored by a DATE expression: one event per calendar
/// date in a sentence (two dates joined by "and"/"to" make one event spanning both), told by
/// the sentence that holds the date (see `EventText`), with the sentence before when its
/// subject points back.
public struct EventExtractor: Sendable {
    public init() {}

    /// Events shorter than this many words say too little to stand alone.
    private static let minimumWords = 5
    /// Dashes that open a post's signature: em dash, en dash and hyphen.
    private static func isDash(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{2014}" || scalar == "\u{2013}" || scalar == "-" }
    /// How many sentences before an event may be given to explain its subject.
    private static let maximumContext = 2
    /// Words between two dates that make them one span ("January and February", "2019 to 2021").
    private static let spanJoins: LexiconSet = ["to", "through", "until", "till", "-", "\u{2013}", "\u{2014}"]
    /// Words between two dates that make them one span when the second follows the first ("January and February",
    /// not "in 2008 and 2012").
    private static let adjacentJoins: LexiconSet = ["and", "or"]

    /// Events of `article` from its paragraphs' time expressions (offsets into each paragraph's
    /// text, as `TimeExpressionTagger.tagParagraphs` gives them); `referenceDate` is the date
    /// the expressions were resolved against (the publication date when `nil` is not meant).
    public func events(in article: Article, paragraphTimes: [[TimeExpression]]) -> [Event] {
        let scalars = article.paragraphs.map { $0.text.unicodeScalarArray }
        return events(in: article, paragraphTimes: paragraphTimes, scalars: scalars, sentences: zip(article.paragraphs, scalars).map { SentenceSplitter.split($0.text, scalars: $1) },
                      referenceDate: article.published)
    }

    /// Events as above, with each paragraph's scalars already decoded and its sentences split.
    func events(
        in article: Article, paragraphTimes: [[TimeExpression]], scalars paragraphScalars: [[Unicode.Scalar]], sentences: [[SentenceSplitter.Sentence]],
        referenceDate: CalendarDate?
    ) -> [Event] {
        var events: [Event] = []
        // The dates of each sentence, told into one array kept from sentence to sentence.
        var dated: [Int] = []
        for (index, paragraph) in article.paragraphs.enumerated() where index < paragraphTimes.count {
            let times = paragraphTimes[index]
            // The precision of each date (nil for the other expressions), read for every sentence.
            let precisions = times.map { $0.type == .date ? TimexValue.precision(of: $0.value) : nil }
            guard precisions.contains(where: { $0 != nil }) else { continue }
            let scalars = paragraphScalars[index]
            for (position, sentence) in sentences[index].enumerated() {
                dated.removeAll(keepingCapacity: true)
                for t in times.indices where precisions[t] != nil {
                    guard let start = times[t].start, let end = times[t].end, start >= sentence.start && end <= sentence.end else { continue }
                    dated.append(t)
                }
                // Most sentences hold no date; the others are read for what opens them.
                if dated.isEmpty { continue }
                // "— The Nigerian Senate (@NGRSenate) October 9, 2018": the signature of an embedded post;
                // "[Video: FULL SPEECH: … (9/17/16)]": an editor's note of an embedded video or link.
                let first = sentence.text.unicodeScalars.first(where: { !$0.isSpace })
                if first.map(Self.isDash) == true || first == "[" { continue }
                var k = 0
                while k < dated.count {
                    let t = dated[k]
                    k += 1
                    // The fields read, not the whole expression copied.
                    guard let start = times[t].start, let end = times[t].end, let precision = precisions[t] else { continue }
                    let value = times[t].value
                    var through: String?
                    if k < dated.count, precisions[dated[k]] == precision, times[dated[k]].value > value,
                       Self.joins(scalars, from: end, to: times[dated[k]].start ?? end, adjacent: Self.adjacent(value, times[dated[k]].value)) {
                        through = TimexValue.day(of: times[dated[k]].value)
                        k += 1
                    }
                    guard Self.isPlausible(value, in: sentence.text, paragraph: paragraph.text, referenceDate: referenceDate),
                          var described = EventText(scalars: scalars, sentence: sentence.start..<sentence.end, times: times)
                              .describe(start..<end) else { continue }
                    // How many sentences before were given.
                    var context = 0
                    var place = (paragraph: index, sentence: position)
                    while described.pointsBack, context < Self.maximumContext,
                          let before = Self.sentence(before: place, in: sentences),
                          let told = Self.whole(sentences[before.paragraph][before.sentence], of: paragraphScalars[before.paragraph]) {
                        described = EventText.Description(
                            text: told.text + " " + described.text, pointsBack: told.pointsBack, words: told.words + described.words)
                        context += 1
                        place = before
                    }
                    // A subject that still points back after the sentences before were given
                    // ("It will also be the last time …", "He said: …") leaves the reader guessing.
                    guard described.words >= Self.minimumWords, !described.pointsBack else { continue }
                    let event = Event(date: TimexValue.day(of: value), precision: precision, text: described.text, paragraph: index,
                                      ongoing: Self.isOngoing(scalars, before: start), through: through)
                    if !events.contains(where: { $0.date == event.date && $0.text == event.text }) { events.append(event) }
                }
            }
        }
        return events
    }

    /// The sentence before `place`: earlier in its paragraph, or the last of the paragraph before.
    private static func sentence(before place: (paragraph: Int, sentence: Int), in sentences: [[SentenceSplitter.Sentence]]) -> (paragraph: Int, sentence: Int)? {
        if place.sentence > 0 { return (place.paragraph, place.sentence - 1) }
        var p = place.paragraph - 1
        while p >= 0 {
            if !sentences[p].isEmpty { return (p, sentences[p].count - 1) }
            p -= 1
        }
        return nil
    }

    /// A sentence as context before an event.
    private static func whole(_ sentence: SentenceSplitter.Sentence, of scalars: [Unicode.Scalar]) -> EventText.Description? {
        EventText(scalars: scalars, sentence: sentence.start..<sentence.end, times: []).whole()
    }

    /// Whether only a span word ("and", "to", "–") stands between two dates.
    private static func joins(_ scalars: [Unicode.Scalar], from end: Int, to start: Int, adjacent: Bool) -> Bool {
        guard end <= start, start <= scalars.count else { return false }
        let between = String(scalars: scalars[end..<start]).trimmingSpaces().lowercased()
        return spanJoins.contains(between) || (adjacent && adjacentJoins.contains(between))
    }

    /// Whether the period of `second` starts where the one of `first` ends (within the few days
    /// that leap years and week edges leave).
    private static func adjacent(_ first: String, _ second: String) -> Bool {
        let a = TimelineOrder.key(first), b = TimelineOrder.key(second)
        return b.day > a.day && b.day <= a.day + a.span + 3
    }

    /// "since October": the event goes on from its date.
    private static func isOngoing(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        var i = start
        while i > 0, scalars[i - 1].isSpace { i -= 1 }
        let end = i
        while i > 0, scalars[i - 1].value < 0x80 ? scalars[i - 1].value | 0x20 &- 0x61 < 26 : scalars[i - 1].properties.isAlphabetic { i -= 1 }
        // Lower-cased, only five ASCII letters equal "since" (no other scalar lower-cases to them):
        // their bytes packed into an integer, where a zip with the word's scalars made an iterator
        // of the string and destroyed it (~700 instructions).
        guard end - i == 5 else { return false }
        var packed: UInt64 = 0
        for k in i..<end {
            let v = scalars[k].value
            guard v < 0x80 else { return false }
            packed = packed << 8 | UInt64(v | 0x20)
        }
        return packed == 0x73_69_6E_63_65
    }

    /// Whether the date of the TIMEX3 `value` can be an event's: a year before 1000 only when the
    /// sentence writes it, none more than 50 years after the reference date, and without a
    /// reference date only a year the paragraph writes (a relative or year-less expression then
    /// has no year).
    static func isPlausible(_ value: String, in sentence: String, paragraph: String, referenceDate: CalendarDate?) -> Bool {
        guard let year = year(of: value) else { return false }
        if year < 1000, !writes(year, in: sentence) { return false }
        if let referenceDate { return year <= referenceDate.year + 50 }
        let digits = String(value.prefix { $0.isNumber })
        return paragraph.containsPhrase(digits) || writes(year, in: paragraph)
    }

    /// The first year a value covers ("199" → 1990, "2025-03" → 2025).
    private static func year(of value: String) -> Int? {
        // TIMEX values are ASCII, where every byte is a character and the number ones are digits:
        // the leading digits are read from the bytes (`nil` past `Int`, as `Int` reads them).
        let read = UTF8Scan.withBytes(value) { bytes -> (n: Int?, count: Int)? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let (n, count) = UTF8Scan.digitRun(bytes, from: 0)
            return (count == 0 ? nil : n, count)
        }
        let n: Int?, count: Int
        if let read {
            (n, count) = read
        } else {
            let digits = value.prefix { $0.isNumber }
            (n, count) = (Int(digits), digits.utf8.count)
        }
        guard let n else { return nil }
        switch count {
        case 3: return n * 10
        case 2: return n * 100
        default: return n
        }
    }

    /// Whether `text` has `year` as a number of its own.
    private static func writes(_ year: Int, in text: String) -> Bool {
        // In ASCII text the numbers are the runs of digits, read from the bytes.
        let ascii: Bool? = UTF8Scan.withBytes(text) { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var i = 0
            while i < bytes.count {
                guard bytes[i] &- 0x30 < 10 else { i += 1; continue }
                let (value, end) = UTF8Scan.digitRun(bytes, from: i)
                i = end
                if value == year { return true }
            }
            return false
        }
        return ascii ?? text.split { !$0.isNumber }.contains { Int($0) == year }
    }
}
