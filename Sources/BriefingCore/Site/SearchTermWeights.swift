import Foundation

/// The search terms of one brief, each with the weight of the heaviest field it is in
/// (`SearchIndexWriter.weights`), gathered from the terms' bytes: an ASCII term is found by
/// its number (`WordList.number`) and kept as bytes, so most terms never become a string of
/// their own. Terms past ASCII, and an ASCII term whose number is another's, are kept by
/// string, equal as a dictionary's string keys are.
struct SearchTermWeights {
    /// An ASCII term: a term of eight bytes or fewer as its bytes in one number (`shortKey`),
    /// a longer one by where its bytes start in `longBytes`; its length and weight.
    private struct Term {
        var key: UInt64
        var length: Int32
        var weight: UInt8
    }

    /// Position in `terms` of each ASCII term, by number.
    private var positions = NumberTable(capacity: 512)
    /// The ASCII terms in order of first use: most are short, and a short term's bytes are
    /// its key, so that a new term costs one append, not an append of its bytes as well.
    private var terms: [Term] = []
    /// The bytes of the terms longer than eight bytes, one after another.
    private var longBytes: [UInt8] = []
    /// Terms past ASCII, and ASCII terms whose number is taken, with their weights.
    private var others: [String: UInt8] = [:]

    init() {
        // Room for the terms of most briefs: grown from empty, the array is copied a few times.
        terms.reserveCapacity(256)
    }

    /// How many distinct terms there are.
    var count: Int { terms.count + others.count }

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
        // Positions are numbered in order of first use, as terms are appended to `terms`.
        let known = Int(positions.number(number))
        if known < terms.count {
            let held = terms[known]
            if Int(held.length) == term.count,
               short || longBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(held.key), term.baseAddress!, term.count) == 0 }) {
                if held.weight < weight { terms[known].weight = weight }
            } else {
                addOther(String(decoding: term, as: UTF8.self), weight: weight)
            }
            return
        }
        if !short {
            terms.append(Term(key: UInt64(longBytes.count), length: Int32(term.count), weight: weight))
            longBytes.append(contentsOf: term)
            return
        }
        terms.append(Term(key: number, length: Int32(term.count), weight: weight))
    }

    /// The bytes of `term` (eight or fewer, none zero), the first lowest, in one number
    /// (`ByteWord.packed`): two such terms of one length have the same key only when their
    /// bytes are the same.
    @inline(__always)
    static func shortKey(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let start = term.baseAddress else { return 0 }
        return ByteWord.packed(UnsafeRawPointer(start), count: term.count)
    }

    private mutating func addOther(_ term: String, weight: UInt8) {
        if others[term, default: 0] < weight { others[term] = weight }
    }

    /// The terms in ascending order (as strings compare), joined by single spaces, and the
    /// weight of each in the same order.
    func sorted() -> (terms: String, weights: [UInt8]) {
        // The ASCII terms' bytes one after another (a short term's written from its key, eight
        // bytes at once, the next term written over those past it), and where each is.
        let total = terms.reduce(0) { $0 + Int($1.length) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total + 8) { buffer in
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: terms.count) { ranges in
                var n = 0
                longBytes.withUnsafeBufferPointer { long in
                    for (k, term) in terms.enumerated() {
                        let length = Int(term.length)
                        if length <= 8 {
                            UnsafeMutableRawPointer(buffer.baseAddress! + n).storeBytes(of: term.key.littleEndian, as: UInt64.self)
                        } else {
                            UnsafeMutableRawPointer(buffer.baseAddress! + n).copyMemory(from: long.baseAddress! + Int(term.key), byteCount: length)
                        }
                        ranges.initializeElement(at: k, to: n..<n + length)
                        n += length
                    }
                }
                // The eight bytes past the last term, which the sort reads.
                (buffer.baseAddress! + n).initialize(repeating: 0, count: 8)
                let ranges = UnsafeBufferPointer(ranges)
                guard others.isEmpty else {
                    // Some term past ASCII: strings compare them (rare; ASCII strings compare as bytes).
                    let all = UnsafeBufferPointer(rebasing: buffer[..<n])
                    let ascii = ranges.indices.map { (String(decoding: all[ranges[$0]], as: UTF8.self), terms[$0].weight) }
                    let sorted = (ascii + others.map { ($0.key, $0.value) }).sorted { $0.0 < $1.0 }
                    return (sorted.map(\.0).joined(separator: " "), sorted.map(\.1))
                }
                // ASCII strings compare as their bytes; the terms are distinct, so none is left out.
                var joined = ""
                // One weight a term, written in place.
                let weights = [UInt8](unsafeUninitializedCapacity: terms.count) { weights, count in
                    joined = SortedWordRanges.joined(ranges, in: UnsafeBufferPointer(buffer)) { position in
                        weights[count] = terms[position].weight
                        count += 1
                    }
                }
                return (joined, weights)
            }
        }
    }
}
