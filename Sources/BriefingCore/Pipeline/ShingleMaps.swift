/// Bitmaps of texts' 4-grams, 2,048 bits per text in one flat array, with their counts, that
/// rule out most pairs `DuplicateStoryDetector.isSameStory` is asked about without reaching
/// for the texts' 4-grams or merging their sorted hashes.
///
/// A 4-gram sets the bit its hash's bits 32–42 pick. A bit set in one text's map and not in
/// another's stands for at least one 4-gram of the first that the second does not hold, and
/// different bits for different 4-grams: so the bits one map has and the other lacks, counted in
/// 32 word operations, are a lower bound of the first text's 4-grams missing from the second.
struct ShingleMaps: Sendable {
    private static let wordsPerText = 32
    /// Each text's map, one after another; zeros for a text without 4-grams at hand.
    private let words: [UInt64]
    /// How many 4-grams each text has; -1 for a text without its map.
    private let counts: [Int32]

    /// The maps of texts whose 4-grams are `shingles` (nil for a text whose 4-grams are not at
    /// hand), made on all cores.
    init(_ shingles: [DuplicateStoryDetector.Shingles?]) {
        counts = shingles.map { $0.map { Int32($0.count) } ?? -1 }
        let count = shingles.count, perText = Self.wordsPerText
        let tasks = Array(stride(from: 0, to: count, by: 256))
        let parts = ParallelMap.map(tasks) { start in
            let end = min(start + 256, count)
            var part = [UInt64](repeating: 0, count: (end - start) * perText)
            for text in start..<end {
                guard let hashes = shingles[text]?.hashes else { continue }
                let base = (text - start) * perText
                for hash in hashes {
                    let bit = Int(truncatingIfNeeded: hash >> 32) & (perText * 64 - 1)
                    part[base + bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
            return part
        }
        words = Array(parts.joined())
    }

    /// Whether texts `a` and `b`, both with maps, cannot tell the same story by `detector`'s
    /// measure: their lengths differ too much, or the smaller misses too many of its 4-grams
    /// from the other. False when either has no map.
    func rulesOut(_ a: Int, _ b: Int, by detector: DuplicateStoryDetector) -> Bool {
        guard counts[a] >= 0, counts[b] >= 0 else { return false }
        return !detector.mayBeSameStory(Int(counts[a]), Int(counts[b])) { $0 ? fewestMissing(a, from: b) : fewestMissing(b, from: a) }
    }

    /// At least how many of text `a`'s 4-grams text `b` does not hold; 0 when either has no map.
    func fewestMissing(_ a: Int, from b: Int) -> Int {
        guard counts[a] >= 0, counts[b] >= 0 else { return 0 }
        let perText = Self.wordsPerText
        return words.withUnsafeBufferPointer { words in
            var lacking = 0
            for k in 0..<perText { lacking += (words[a * perText + k] & ~words[b * perText + k]).nonzeroBitCount }
            return lacking
        }
    }
}
