import Foundation

/// Where a story's sources report the same quantity differently, or the same event on
/// different days.
///
/// Two counts are the same quantity when they count the same thing (the same counted noun)
/// in the same way (the same qualifier after it: "people killed" and "people injured" are two
/// quantities) in sentences that say the same about it (two in five of their other content
/// words shared: "scored 20 points" and "2,290 career points" are two quantities). Each
/// source's first such mention counts. Values within 5 % of each other are one
/// value told with rounding. A larger count in a later source is an update (a toll that
/// rises); the same day, or a smaller count later, is a disagreement. Two events of dated
/// sources are the same event when their sentences share most of their content words; told
/// on days more than one apart they are a disagreement.
struct StoryConflicts {
    /// Relative difference below which two values are one value rounded.
    static let rounding = 0.05
    /// Share of content words two event sentences must share to tell the same event.
    static let sameEvent = 0.6
    /// Content words a sentence needs before its date can be compared with another's.
    static let eventWords = 5
    /// Share of content words (besides numbers and the counted noun) two sentences must share
    /// for their counts to be the same quantity.
    static let sameSentence = 0.4

    func conflicts(_ briefs: [Brief]) -> [Story.Conflict] {
        figureConflicts(briefs) + dateConflicts(briefs)
    }

    // MARK: - Figures

    private func figureConflicts(_ briefs: [Brief]) -> [Story.Conflict] {
        var order: [String] = []
        var found: [String: [Int: [Figure]]] = [:]
        for (index, brief) in briefs.enumerated() {
            for figure in brief.extraction.figures where figure.value > 0 {
                guard let key = Self.quantity(of: figure) else { continue }
                if found[key] == nil { order.append(key) }
                found[key, default: [:]][index, default: []].append(figure)
            }
        }
        return order.compactMap { key in
            // A quantity one source alone tells has no conflict: its sentences' words are not read.
            guard found[key]!.count > 1 else { return nil }
            let bySource = found[key]!.mapValues { figures in figures.map { (figure: $0, words: Self.contextWords($0)) } }
            // Each source's first mention told in a sentence like one of another source.
            var values: [Story.SourcedValue] = []
            var label: String?
            for (index, figures) in bySource.sorted(by: { $0.key < $1.key }) {
                let others = bySource.filter { $0.key != index }.values.flatMap { $0 }
                guard let first = figures.first(where: { f in
                    others.contains { Self.overlap(f.words, $0.words) >= Self.sameSentence }
                }) else { continue }
                let brief = briefs[index]
                label = label ?? Self.label(of: first.figure)
                values.append(Story.SourcedValue(
                    value: first.figure.value, text: first.figure.text, source: brief.article.source, date: brief.article.published))
            }
            guard values.count > 1, let label, Self.differ(values.map(\.value)) else { return nil }
            let dated = Self.byDate(values)
            return Story.Conflict(what: label, kind: Self.isUpdate(dated) ? .update : .disagreement, values: dated)
        }
    }

    /// Content words of the sentence a figure stands in, without numbers, dates and the
    /// counted noun itself: what the sentence says about the count.
    static func contextWords(_ figure: Figure) -> Set<String> {
        let unit = figure.unit.map { Set(StoryTerms.terms($0)) } ?? []
        return Set(StoryTerms.terms(figure.context).filter { term in
            !hasNumber(term) && MonthNames.month(term) == nil && !unit.contains(term) && !numberWords.contains(term)
        })
    }

    /// Whether `term` has a character that is a number: in ASCII, where only the digits are,
    /// told from its bytes.
    private static func hasNumber(_ term: String) -> Bool {
        let ascii = UTF8Scan.withBytes(term) { bytes -> Bool? in
            var digit = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte &- 0x30 < 10 { digit = true }
            }
            return digit
        }
        return ascii ?? term.contains(where: \.isNumber)
    }

    private static let numberWords: Set<String> = [
        "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
        "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "roughly",
        "around", "nearly", "almost", "some", "least", "than", "about",
    ]

    /// What a count counts, with the word that qualifies it ("troops", "people killed"); nil
    /// for figures that are not counts of a named thing.
    static func quantity(of figure: Figure) -> String? {
        guard figure.kind == .count, let unit = figure.unit, !unit.isEmpty else { return nil }
        let noun = StoryTerms.stem(unit.lowercased())
        return qualifier(of: figure).map { "\(noun) \($0)" } ?? noun
    }

    /// What a conflict is about as a reader says it: the counted noun, and what happened to
    /// what it counts when the figure says ("troops", "people killed").
    static func label(of figure: Figure) -> String {
        let unit = figure.unit ?? figure.kind.rawValue
        guard let qualifier = qualifier(of: figure), outcomes.values.contains(qualifier) else { return unit }
        return "\(unit) \(qualifier)"
    }

    /// The word after the figure that says what happened to what it counts, folded to a
    /// common form ("were killed", "dead", "deaths" → "killed"); nil when none follows.
    static func qualifier(of figure: Figure) -> String? {
        guard let found = UTF8Scan.range(of: figure.text, in: figure.context) else { return nil }
        let after = figure.context[found.upperBound...]
        // Four splits give the first four words; the rest of the text stays one unsplit piece.
        let words = firstASCIIWords(after, 4)
            ?? after.lowercased().split(maxSplits: 4, whereSeparator: { !$0.isLetter }).prefix(4).map(String.init)
        for w in words {
            if auxiliaries.contains(w) { continue }
            if let folded = outcomes[w] { return folded }
            let stemmed = StoryTerms.terms(w)
            return stemmed.first
        }
        return nil
    }

    /// The first `count` words (runs of letters) of `text`, lower-cased, read from its bytes
    /// while they are ASCII, where a letter is A–Z or a–z and lower-casing does not move the
    /// runs; nil when a byte past ASCII comes before the last of them is over.
    private static func firstASCIIWords(_ text: Substring, _ count: Int) -> [String]? {
        let read = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var words: [String] = []
            var word: [UInt8] = []
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte.isASCIILetter {
                    word.append(byte.asciiLowercased)
                } else if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    if words.count == count { return words }
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words
        }
        return read ?? nil
    }

    private static let auxiliaries: Set<String> = [
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "now", "already",
        "so", "far", "to", "of", "in", "who", "that", "and", "the", "a", "an", "as", "at", "by", "from", "into", "on",
        "with", "for", "additional", "more", "other", "total", "altogether", "all", "also",
    ]

    /// Words that tell what happened to people, folded to one form each.
    private static let outcomes: [String: String] = [
        "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "death": "killed", "perished": "killed",
        "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
        "missing": "missing", "unaccounted": "missing",
        "arrested": "arrested", "detained": "arrested", "held": "arrested",
        "evacuated": "evacuated", "displaced": "displaced", "homeless": "displaced",
        "rescued": "rescued", "saved": "rescued",
    ]

    /// Whether some two values differ by more than rounding.
    static func differ(_ values: [Double]) -> Bool {
        guard let low = values.min(), let high = values.max(), high > 0 else { return false }
        return (high - low) / high > rounding
    }

    /// Values oldest source first (undated last), input order among equals.
    static func byDate(_ values: [Story.SourcedValue]) -> [Story.SourcedValue] {
        values.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Every source dated, each later source's value no smaller than the one before and some
    /// value larger — a count growing over time. Values told the same day are not an update.
    static func isUpdate(_ dated: [Story.SourcedValue]) -> Bool {
        guard dated.allSatisfy({ $0.date != nil }) else { return false }
        for (a, b) in zip(dated, dated.dropFirst()) {
            guard let da = a.date, let db = b.date else { return false }
            let same = !differ([a.value, b.value])
            if same { continue }
            if da == db || b.value < a.value { return false }
        }
        return true
    }

    // MARK: - Dates

    private func dateConflicts(_ briefs: [Brief]) -> [Story.Conflict] {
        var told: [(source: Int, event: Event, day: Int, words: Set<String>)] = []
        // Dates resolved without a publication date may be off by years; only dated sources count.
        for (index, brief) in briefs.enumerated() where brief.article.published != nil {
            for event in brief.extraction.events where event.precision == .day && !event.ongoing {
                guard !Self.datesTheSaying(event, brief.extraction.times) else { continue }
                guard let day = CalendarDate(iso: event.date)?.dayNumber else { continue }
                let words = Set(StoryTerms.terms(event.text).filter { !$0.allSatisfy(\.isNumber) && MonthNames.month($0) == nil })
                // A sentence of a few words ("Police say that on Saturday") matches too much to tell one event.
                guard words.count >= Self.eventWords else { continue }
                told.append((index, event, day, words))
            }
        }
        var conflicts: [Story.Conflict] = []
        var used = Set<Int>()
        for i in told.indices where !used.contains(i) {
            var group = [i]
            for j in told.indices where j > i && !used.contains(j) && told[j].source != told[i].source
                && !group.contains(where: { told[$0].source == told[j].source })
                // Every sentence of the group tells the same event as every other, not just as the first.
                && group.allSatisfy({ Self.overlap(told[$0].words, told[j].words) >= Self.sameEvent }) {
                group.append(j)
            }
            let days = group.map { told[$0].day }
            guard let low = days.min(), let high = days.max(), high - low > 1 else { continue }
            used.formUnion(group)
            let values = group.map { k in
                Story.SourcedValue(
                    value: Double(told[k].day), text: told[k].event.text, source: briefs[told[k].source].article.source,
                    date: briefs[told[k].source].article.published)
            }
            let topic = told[i].event.text.split(whereSeparator: \.isWhitespace).prefix(8).joined(separator: " ")
            conflicts.append(Story.Conflict(what: "date of: \(topic)", kind: .disagreement, values: Self.byDate(values)))
        }
        return conflicts
    }

    /// Whether the event's date is the day a source spoke ("…, police said on Tuesday")
    /// rather than the day of what it tells.
    static func datesTheSaying(_ event: Event, _ times: [TimeExpression]) -> Bool {
        let told = times.filter { $0.paragraph == event.paragraph && $0.value == event.date }
        return told.contains { time in
            guard let found = UTF8Scan.range(of: time.text, in: event.text) else { return false }
            let before = lastWords(event.text[..<found.lowerBound], 2)
            return before.contains(where: isSpeechVerb)
        }
    }

    /// Whether `word`, lower-cased and without punctuation at either end, is one of
    /// `speechVerbs`: told on the bytes of an ASCII word (`isASCIIPunctuation`), through
    /// Foundation's trimming for others.
    static func isSpeechVerb(_ word: Substring) -> Bool {
        let ascii = UTF8Scan.withBytes(word) { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = 0, end = bytes.count
            while start < end, isASCIIPunctuation(bytes[start]) { start += 1 }
            while end > start, isASCIIPunctuation(bytes[end - 1]) { end -= 1 }
            return speechVerbs.contains(String(decoding: bytes[start..<end].map(\.asciiLowercased), as: UTF8.self))
        }
        return ascii ?? speechVerbs.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// Whether the ASCII byte is in `CharacterSet.punctuationCharacters` (Unicode's
    /// punctuation categories): `! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }`.
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: true
        default: false
        }
    }

    /// The last `count` words of `text` (runs of characters that are not whitespace), in
    /// order, as `text.split(whereSeparator: \.isWhitespace).suffix(count)` gives them, read
    /// back from the end.
    static func lastWords(_ text: Substring, _ count: Int) -> [Substring] {
        // In ASCII text a whitespace character is one byte: tab, line feed, vertical tab, form
        // feed, return or space (a return and line feed, one character, are two such bytes).
        let ascii = UTF8Scan.withBytes(text) { bytes -> [Range<Int>]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var ranges: [Range<Int>] = []
            var end = bytes.count
            while end > 0 && ranges.count < count {
                while end > 0, bytes[end - 1].isASCIIWhitespace { end -= 1 }
                guard end > 0 else { break }
                var start = end
                while start > 0, !bytes[start - 1].isASCIIWhitespace { start -= 1 }
                ranges.append(start..<end)
                end = start
            }
            return ranges.reversed()
        }
        if let ascii {
            let utf8 = text.utf8
            return ascii.map { range in
                text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
            }
        }
        var words: [Substring] = []
        var end = text.endIndex
        var i = text.endIndex
        while i > text.startIndex && words.count < count {
            let before = text.index(before: i)
            if text[before].isWhitespace {
                if i < end { words.append(text[i..<end]) }
                end = before
            }
            i = before
        }
        if words.count < count && text.startIndex < end { words.append(text[text.startIndex..<end]) }
        return words.reversed()
    }

    static let speechVerbs: Set<String> = [
        "said", "says", "told", "announced", "added", "reported", "confirmed", "stated", "tweeted", "wrote",
    ]

    /// Shared words over the smaller set's size.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(min(a.count, b.count))
    }
}
