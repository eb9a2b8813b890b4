import Foundation

/// Events of every brief merged into timeline entries: the same event reported by several
/// articles (same date, mostly the same words) becomes one entry listing all its sources.
/// `items` places the events in timeline order, `years` cuts them into years, and `merged`
/// merges a run of them (`TimelineYears` merges a year at a time).
enum TimelineEntries {
    struct Source: Sendable {
        var brief: BriefLink
        var paragraph: Int
    }

    struct Entry: Sendable {
        var event: Event
        var sources: [Source]
    }

    /// An event by its place: brief, position in that brief's timeline, and its sort key.
    struct Item: Sendable {
        var key: (day: Int, span: Int)
        var paragraph: Int
        var brief: Int
        var position: Int
        /// A hash of the event and its words as digests encode them: equal hashes, same event.
        var hash: UInt64
        /// The year the event starts in, which its timeline page and heading go by.
        var year: Int { CalendarDate(dayNumber: key.day).year }
    }

    /// The events of `briefs` placed on the calendar, in timeline order: chronological, ties
    /// by paragraph, then by the brief's slug.
    static func items(_ briefs: [BriefDigest]) -> [Item] {
        // Made brief by brief in the order of the slugs (equal slugs by index), so that events
        // tied on the calendar stay in the order they are made in.
        var all: [Item] = []
        all.reserveCapacity(briefs.reduce(0) { $0 + $1.timelineStamps.count })
        for index in briefs.indices.sorted(by: { briefs[$0].slug < briefs[$1].slug }) {
            for (position, stamp) in briefs[index].timelineStamps.enumerated() {
                // Only events placed on the calendar ("XXXX-11" has no year to place it by).
                guard stamp.day != Int.max else { continue }
                all.append(Item(key: (stamp.day, stamp.span), paragraph: stamp.paragraph, brief: index, position: position, hash: stamp.hash))
            }
        }
        return (packedOrder(all) ?? comparedOrder(all)).map { all[$0] }
    }

    /// The positions of `items` in timeline order (`TimelineOrder.precedes`), ties in the
    /// order listed, each item sorted as one number: its day, span (longest first), paragraph
    /// and position, each above the next in as few bits as their ranges need. Nil when those
    /// do not fit in 64 bits.
    static func packedOrder(_ items: [Item]) -> [Int]? {
        guard let first = items.first else { return [] }
        var day = (first.key.day, first.key.day), span = (first.key.span, first.key.span), paragraph = (first.paragraph, first.paragraph)
        for item in items {
            day = (min(day.0, item.key.day), max(day.1, item.key.day))
            span = (min(span.0, item.key.span), max(span.1, item.key.span))
            paragraph = (min(paragraph.0, item.paragraph), max(paragraph.1, item.paragraph))
        }
        // A difference of two Ints, the larger first, fits in a UInt64.
        func width(_ range: (Int, Int)) -> Int { UInt64.bitWidth - UInt64(bitPattern: Int64(range.1 &- range.0)).leadingZeroBitCount }
        let positionBits = UInt64.bitWidth - UInt64(items.count - 1).leadingZeroBitCount
        let paragraphBits = width(paragraph), spanBits = width(span)
        guard positionBits + paragraphBits + spanBits + width(day) <= 64 else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            var key = UInt64(bitPattern: Int64(item.key.day &- day.0))
            key = key << spanBits | UInt64(bitPattern: Int64(span.1 &- item.key.span))
            key = key << paragraphBits | UInt64(bitPattern: Int64(item.paragraph &- paragraph.0))
            keys.append(key << positionBits | UInt64(position))
        }
        RadixSort.sort(&keys)
        let positionMask: UInt64 = positionBits == 0 ? 0 : UInt64.max >> UInt64(64 - positionBits)
        return keys.map { Int(truncatingIfNeeded: $0 & positionMask) }
    }

    /// `packedOrder` by comparing the items.
    static func comparedOrder(_ items: [Item]) -> [Int] {
        items.indices.sorted { a, b in
            let x = items[a], y = items[b]
            if TimelineOrder.precedes(x.key, x.paragraph, y.key, y.paragraph) { return true }
            if TimelineOrder.precedes(y.key, y.paragraph, x.key, x.paragraph) { return false }
            return a < b
        }
    }

    /// The runs of `items` (in timeline order) that start in one year, in order: events merge
    /// only with events of their own date, so each run merges into that year's entries alone.
    static func years(_ items: [Item]) -> [(year: Int, items: Range<Int>)] {
        var runs: [(year: Int, items: Range<Int>)] = []
        var start = 0
        while start < items.count {
            let year = items[start].year
            var end = start + 1
            while end < items.count, items[end].year == year { end += 1 }
            runs.append((year, start..<end))
            start = end
        }
        return runs
    }

    /// The default part size for merging `count` events: a quarter of them, at least `smallestPart`.
    static func partSize(_ count: Int) -> Int { max(smallestPart, count / parts + 1) }

    /// The entries of `items` (whole runs of one date, in timeline order) merged, their events
    /// decoded from `briefs` a part of about `partSize` events at a time, so that the words of
    /// every event are never held at once; a part ends where the sort key changes, so that no
    /// run of one date is split.
    static func merged(_ items: ArraySlice<Item>, of briefs: [BriefDigest], partSize: Int) -> [Entry] {
        merged(items, years: [items.indices], of: briefs, partSize: partSize)[0]
    }

    /// `merged` of each of `years`, consecutive ranges of `items` (from `years(_:)`) that
    /// together cover it, merged in the same parts: a brief's events are read once per part,
    /// not once per year it has events in.
    static func merged(_ items: ArraySlice<Item>, years: [Range<Int>], of briefs: [BriefDigest], partSize: Int) -> [[Entry]] {
        var merged = [[Entry]](repeating: [], count: years.count)
        var year = 0
        let partSize = max(1, partSize)
        var partStart = items.startIndex
        while partStart < items.endIndex {
            var partEnd = min(partStart + partSize, items.endIndex)
            while partEnd < items.endIndex, items[partEnd].key == items[partEnd - 1].key { partEnd += 1 }
            let part = Part(items[partStart..<partEnd], of: briefs)
            // Only events of the same date merge, and the sorted input keeps each date's events
            // together: each run of one date is merged on its own, on all cores, and a run of one
            // event has nothing to merge with.
            var runs: [Range<Int>] = []
            var start = 0
            while start < part.items.count {
                let date = part.events[start].date
                var end = start + 1
                while end < part.items.count, part.items[end].key == part.items[start].key, part.events[end].date == date { end += 1 }
                runs.append(start..<end)
                start = end
            }
            let entries = ParallelMap.map(runs) { run -> [Entry] in
                guard run.count > 1 else { return [Entry(event: part.events[run.lowerBound], sources: [part.source(run.lowerBound, briefs)])] }
                return Self.merging(run, of: part, briefs: briefs)
            }
            // A run's events have one date, so one year.
            for (run, runEntries) in zip(runs, entries) {
                while !years[year].contains(partStart + part.offsets[run.lowerBound]) { year += 1 }
                merged[year] += runEntries
            }
            partStart = partEnd
        }
        return merged
    }

    /// The events of some items with their words, decoded from the digests, in the items'
    /// order; an event whose details cannot be read back is left out with its item. Each event
    /// is held once: the entries copy it from here, not from copies of it.
    private struct Part: Sendable {
        var items: [Item] = []
        /// Where each item is among the items the part was made from.
        var offsets: [Int] = []
        var events: [Event] = []
        var words: [[UInt64]] = []

        init(_ items: ArraySlice<Item>, of briefs: [BriefDigest]) {
            // The items' offsets brief by brief (counted out by brief, then each brief's sorted
            // by position), so that each brief's events are read once, briefs in order.
            var starts = [Int](repeating: 0, count: briefs.count + 1)
            for item in items { starts[item.brief + 1] += 1 }
            for brief in briefs.indices { starts[brief + 1] += starts[brief] }
            var next = starts
            var byBrief = [(position: Int, offset: Int)](repeating: (0, 0), count: items.count)
            for (offset, item) in items.enumerated() {
                byBrief[next[item.brief]] = (item.position, offset)
                next[item.brief] += 1
            }
            var events = [Event?](repeating: nil, count: items.count)
            var words = [[UInt64]?](repeating: nil, count: items.count)
            var positions: [Int] = []
            for brief in briefs.indices where starts[brief] < starts[brief + 1] {
                let places = starts[brief]..<starts[brief + 1]
                byBrief[places].sort { $0.position < $1.position }
                positions.removeAll(keepingCapacity: true)
                for place in places { positions.append(byBrief[place].position) }
                let found = briefs[brief].details.timelineEvents(at: positions)
                for k in found.events.indices {
                    events[byBrief[places.lowerBound + k].offset] = found.events[k]
                    words[byBrief[places.lowerBound + k].offset] = found.words[k]
                }
            }
            self.items.reserveCapacity(items.count)
            offsets.reserveCapacity(items.count)
            self.events.reserveCapacity(items.count)
            self.words.reserveCapacity(items.count)
            for (offset, item) in items.enumerated() {
                guard let event = events[offset].take(), let words = words[offset].take() else { continue }
                self.items.append(item)
                self.offsets.append(offset)
                self.events.append(event)
                self.words.append(words)
            }
        }

        /// The source of the event at `index`, linking to its brief in `briefs`.
        func source(_ index: Int, _ briefs: [BriefDigest]) -> Source {
            Source(brief: briefs[items[index].brief].link, paragraph: events[index].paragraph)
        }
    }

    /// The timeline is merged in about this many parts, each of at least `smallestPart` events.
    static let parts = 4
    static let smallestPart = 50_000

    /// The entries of the events of one date at `run` of `part` (`groups`: an event joins the
    /// latest entry it shares at least half its content words with that no event of its brief
    /// is in yet, else starts one), in order, each linking to its brief in `briefs`.
    private static func merging(_ run: Range<Int>, of part: Part, briefs: [BriefDigest]) -> [Entry] {
        let groups = Self.groups(run.map { part.words[$0] }, briefs: run.map { part.items[$0].brief })
        return groups.map { group in
            Entry(event: part.events[run.lowerBound + group[0]], sources: group.map { part.source(run.lowerBound + $0, briefs) })
        }
    }

    /// `contentWords` of each event's text. Events told by one sentence (a date and the span
    /// after it, two dates of one sentence) have the same text: its words are read once, for the
    /// first such event of its paragraph (only events of one paragraph are compared, by bytes).
    static func contentWords(of events: [Event]) -> [[UInt64]] {
        var words: [[UInt64]] = []
        words.reserveCapacity(events.count)
        for k in events.indices {
            var same = 0
            while same < k, events[same].paragraph != events[k].paragraph || !UTF8Scan.sameBytes(events[same].text, events[k].text) {
                same += 1
            }
            words.append(same < k ? words[same] : contentWords(events[k].text))
        }
        return words
    }

    /// The content words of an event's text as their numbers (`WordList.number`), ascending and
    /// each once, as the merge compares them: its `Tokenizer` words of more than three
    /// characters, lower-cased. Text whose words are ASCII (nearly all) is read from its bytes
    /// (`bytewiseWords`), each word numbered where it lies in a lower-cased copy, with no word
    /// made a string; other text through its scalars and strings.
    static func contentWords(_ text: String) -> [UInt64] {
        var numbers = UTF8Scan.withBytes(text, bytewiseWords) ?? scalarWords(text)
        numbers.sortKeepingEachOnce()
        return numbers
    }

    /// The numbers of `contentWords` of any text, in reading order, repeats kept.
    private static func scalarWords(_ text: String) -> [UInt64] {
        let lowered = UTF8Scan.lowercased(text)
        let scalars = lowered.unicodeScalarArray
        var words: [UInt64] = []
        scalars.withUnsafeBufferPointer { scalars in
            var i = 0
            while i < scalars.count {
                guard scalars[i].isWordPart else {
                    i += 1
                    continue
                }
                let j = Tokenizer.wordEnd(scalars, from: i)
                // A word of three scalars or fewer has three characters or fewer.
                if j - i > 3 {
                    let word = String(String.UnicodeScalarView(scalars[i..<j]))
                    if word.count > 3 { words.append(WordList.number(word)) }
                }
                i = j
            }
        }
        return words
    }

    /// The numbers of `contentWords` of the text whose UTF-8 is `bytes`, in reading order and
    /// repeats kept, when its words are ASCII (`ASCIIWordText`; nil otherwise): then they are
    /// ASCII letters and digits joined as `Tokenizer.wordEnd` joins them, by "-", "'" or "’"
    /// between word characters and by "." or "," between digits, and each scalar of them is a
    /// character. The text is copied lower-cased as it is read (runs of letters eight bytes at
    /// a time), and each word numbered from the copy.
    private static func bytewiseWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64]? {
        guard ASCIIWordText.holds(bytes) else { return nil }
        func isWordPart(_ byte: UInt8) -> Bool { byte.isASCIIAlphanumeric }
        func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
        let n = bytes.count
        var numbers: [UInt64] = []
        // A word kept has four bytes or more, and a byte after it but the last.
        numbers.reserveCapacity(n / 5 + 1)
        // Room for every byte (only a word's bytes are written, none past the text's end), and
        // one more, so that the copy has a base address even for empty text.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { lowered in
            let out = lowered.baseAddress!
            var i = 0
            while i < n {
                guard isWordPart(bytes[i]) else {
                    i += 1
                    continue
                }
                var j = i, scalars = 0
                while true {
                    let letters = ByteWord.copyLowerCasedLetters(bytes, at: j, to: out + j)
                    if letters > 0 {
                        j += letters
                        scalars += letters
                        // Fewer than eight: the byte after them (there is one) is no letter, read below.
                        if letters == 8 { continue }
                    }
                    guard j < n else { break }
                    let c = bytes[j]
                    if isWordPart(c) {
                        out[j] = c.asciiLowercased
                        j += 1
                        scalars += 1
                        continue
                    }
                    // "’" is E2 80 99; the byte before `c` is the scalar before it when that is ASCII.
                    let width = c == 0xE2 && j + 2 < n && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x99 ? 3 : 1
                    let joinsWords = c == 0x2D || c == 0x27 || width == 3
                    let joinsDigits = (c == 0x2E || c == 0x2C) && isDigit(bytes[j - 1])
                    guard joinsWords || joinsDigits, j + width < n, joinsDigits ? isDigit(bytes[j + width]) : isWordPart(bytes[j + width]) else {
                        break
                    }
                    // The joiner, as it is; the word character after it is read next.
                    (out + j).update(from: bytes.baseAddress! + j, count: width)
                    j += width
                    scalars += 1
                }
                if scalars > 3 { numbers.append(WordList.number(UnsafeBufferPointer(start: out + i, count: j - i))) }
                i = j
            }
        }
        return numbers
    }

    /// At least half of the smaller list's words are shared (both lists ascending, without repeats).
    static func similar(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) >= 0.5 * Double(min(a.count, b.count))
    }
}
