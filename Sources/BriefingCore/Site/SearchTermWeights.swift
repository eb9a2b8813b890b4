import Foundation

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
        add(ascii: term, weight: weight)
    }

    /// `add` of a term whose bytes are ASCII. A term of eight bytes or fewer is found by its
    /// bytes themselves (`shortKey`): one with that key and length has those bytes. A longer
    /// one by its number, its bytes compared.
    mutating func add(ascii term: UnsafeBufferPointer<UInt8>, weight: UInt8) {
        let short = term.count <= 8
        let number = short ? Self.shortKey(term) : WordList.number(term)
        // Positions are numbered in order of first use, as terms are appended to `ranges`.
        let known = Int(positions.number(number))
        if known < ranges.count {
            let range = ranges[known]
            if range.count == term.count,
               short || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + range.lowerBound, term.baseAddress!, term.count) == 0 }) {
                if asciiWeights[known] < weight { asciiWeights[known] = weight }
            } else {
                addOther(String(decoding: term, as: UTF8.self), weight: weight)
            }
            return
        }
        ranges.append(bytes.count..<bytes.count + term.count)
        bytes.append(contentsOf: term)
        asciiWeights.append(weight)
    }

    /// The bytes of `term` (eight or fewer, none zero), the first lowest, in one number: two
    /// such terms of one length have the same key only when their bytes are the same.
    @inline(__always)
    static func shortKey(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for k in 0..<term.count { key |= UInt64(term[k]) << UInt64(8 * k) }
        return key
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
        // ASCII strings compare as their bytes; the terms are distinct, so none is left out.
        return bytes.withUnsafeBufferPointer { all in
            let order = SortedWordRanges.order(ranges, in: all)
            return (SortedWordRanges.joined(order, of: ranges, in: all), order.map { asciiWeights[$0] })
        }
    }
}
