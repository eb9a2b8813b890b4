extension TimelineEntries {
    /// Which events of one date make one entry: an event joins the latest entry it is
    /// `similar` to (shares at least half its content words with, `words`) that no event of its
    /// brief (`briefs`) is in yet, else starts one. Each entry is listed as the positions of its
    /// events, ascending, its first event first; entries in the order they start.
    ///
    /// An entry sharing no word with an event is not similar to it, so the latest similar one
    /// is the latest among those sharing a word. While there are at most `scannedEntries`
    /// entries they are tried from the latest back; past that only those sharing a word are,
    /// found by which entries hold each word. A brief's entries are looked up only when the
    /// brief has more than one event here (seldom: most report a date once).
    static func groups(_ words: [[UInt64]], briefs: [Int]) -> [[Int]] {
        var groups: [[Int]] = []
        var entryWords: [[UInt64]] = []
        let repeatedBriefs = Set(briefs).count < briefs.count
        var entriesOf: [Int: [Int]] = [:]
        // Which entries hold each word, for the first `indexed` entries.
        var holding: [UInt64: [Int]] = [:]
        var indexed = 0
        var candidates: [Int] = []
        for (event, key) in words.enumerated() {
            let brief = briefs[event]
            let taken = repeatedBriefs ? entriesOf[brief] ?? [] : []
            func joins(_ entry: Int) -> Bool { !taken.contains(entry) && similar(entryWords[entry], key) }
            var joined: Int?
            if groups.count <= scannedEntries {
                joined = groups.indices.reversed().first(where: joins)
            } else {
                for entry in indexed..<groups.count {
                    for word in entryWords[entry] { holding[word, default: []].append(entry) }
                }
                indexed = groups.count
                candidates.removeAll(keepingCapacity: true)
                for word in key { if let entries = holding[word] { candidates += entries } }
                candidates.sort(by: >)
                var previous = -1
                for entry in candidates where entry != previous {
                    previous = entry
                    if joins(entry) { joined = entry; break }
                }
            }
            let entry = joined ?? groups.count
            if let joined {
                groups[joined].append(event)
            } else {
                groups.append([event])
                entryWords.append(key)
            }
            if repeatedBriefs { entriesOf[brief, default: []].append(entry) }
        }
        return groups
    }

    /// Up to this many entries of a date, an event is compared with each (latest first) rather
    /// than looking its words up.
    static let scannedEntries = 8
}
