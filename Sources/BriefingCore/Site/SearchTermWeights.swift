/// The search terms of one brief, each with the weight of the heaviest field it is in
/// (`SearchIndexWriter.weights`), gathered from the terms' bytes: an ASCII term is found by
/// its number (`WordList.number`) and kept as bytes, so most terms never become a string of
/// their own. Terms past ASCII, and an ASCII term whose number is another's, are kept by
/// string, equal as a dictionary's string keys are.
struct SearchTermWeights {
    /// Position in `ranges` of each ASCII term, by number.
    private var positions = NumberTable(capacity: 512)
    /// The ASCII terms' bytes, one after another, and where each is.
    private var bytes: [UInt8] = []
    private var ranges: [Range<Int>] = []
    private var asciiWeights: [UInt8] = []
    /// Terms past ASCII, and ASCII terms whose number is taken, with their weights.
    private var others: [String: UInt8] = [:]

    /// How many distinct terms there are.
    var count: Int { ranges.count + others.count }

    /// Counts the term whose UTF-8 bytes are `term` in a field of `weight` (at least 1).
    mutating func add(_ term: UnsafeBufferPointer<UInt8>, weight: UInt8) {
        guard term.allSatisfy({ $0 < 0x80 }) else { return addOther(String(decoding: term, as: UTF8.self), weight: weight) }
        let number = WordList.number(term)
        if let known = positions[number].map(Int.init) {
            if bytes[ranges[known]].elementsEqual(term) {
                if asciiWeights[known] < weight { asciiWeights[known] = weight }
            } else {
                addOther(String(decoding: term, as: UTF8.self), weight: weight)
            }
            return
        }
        positions.insert(number, Int32(ranges.count))
        ranges.append(bytes.count..<bytes.count + term.count)
        bytes.append(contentsOf: term)
        asciiWeights.append(weight)
    }

    private mutating func addOther(_ term: String, weight: UInt8) {
        if others[term, default: 0] < weight { others[term] = weight }
    }

    /// The terms in ascending order (as strings compare), joined by single spaces, and the
    /// weight of each in the same order.
    func sorted() -> (terms: String, weights: [UInt8]) {
        guard others.isEmpty else {
            // Some term past ASCII: strings compare them (rare; ASCII strings compare as bytes).
            let all = ranges.indices.map { (String(decoding: bytes[ranges[$0]], as: UTF8.self), asciiWeights[$0]) } + others.map { ($0.key, $0.value) }
            let sorted = all.sorted { $0.0 < $1.0 }
            return (sorted.map(\.0).joined(separator: " "), sorted.map(\.1))
        }
        let order = bytes.withUnsafeBufferPointer { all in
            // Most terms differ in their first eight bytes: compared as one number (terms hold
            // no zero byte, so a shorter term's padding sorts first), the rest only on a tie.
            let prefixes = ranges.map { range in
                var key: UInt64 = 0
                for i in 0..<8 { key = key << 8 | UInt64(i < range.count ? all[range.lowerBound + i] : 0) }
                return key
            }
            return ranges.indices.sorted { a, b in
                if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
                let x = all[ranges[a].dropFirst(8)], y = all[ranges[b].dropFirst(8)]
                return x.lexicographicallyPrecedes(y)
            }
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count + ranges.count)
        for position in order {
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: bytes[ranges[position]])
        }
        return (String(decoding: joined, as: UTF8.self), order.map { asciiWeights[$0] })
    }
}
