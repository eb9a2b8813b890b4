/// The texts holding each sampled 4-gram hash (`DuplicateStoryDetector`), ascending, in one
/// flat array of rows, one row per hash: made in one pass over every text's sample, then read
/// by each text's candidate search on its own (on all cores), since the texts earlier than a
/// text that hold one of its hashes are the start of that hash's row, up to the text itself.
///
/// A site of 50,000 articles samples about three million hashes: the rows are numbered through
/// a `NumberTable` of the distinct hashes (already well mixed), not a dictionary of arrays.
struct SamplePostings: Sendable {
    /// Where each row starts in `texts`; the last entry is where the last row ends.
    private let rowStarts: [Int32]
    /// Every row's texts, ascending, one row after another.
    private let texts: [Int32]
    /// For each sampled hash of every text (in text order, each sample in its order): its row,
    /// and its place in the row, which is how many earlier texts hold it.
    private let rows: [Int32]
    private let places: [Int32]
    /// Where each text's hashes start in `rows` and `places`; the last entry is their count.
    private let firstHash: [Int]

    /// How many different hashes are sampled.
    var rowCount: Int { rowStarts.count - 1 }

    /// The postings of `samples`, each text's hashes each once (as `DuplicateStoryDetector`
    /// samples them).
    init(_ samples: [[UInt64]]) {
        var firstHash = [0]
        firstHash.reserveCapacity(samples.count + 1)
        for sample in samples { firstHash.append(firstHash[firstHash.count - 1] + sample.count) }
        let total = firstHash[samples.count]
        // Each hash's row, numbered in order of first use, and how many texts hold it so far.
        var table = NumberTable(capacity: total / 4)
        var counts: [Int32] = []
        var rows = [Int32](repeating: 0, count: total), places = [Int32](repeating: 0, count: total)
        var at = 0
        for sample in samples {
            for hash in sample {
                let row = table.number(hash)
                if Int(row) == counts.count { counts.append(0) }
                rows[at] = row
                places[at] = counts[Int(row)]
                counts[Int(row)] += 1
                at += 1
            }
        }
        var rowStarts = [Int32](repeating: 0, count: counts.count + 1)
        for row in counts.indices { rowStarts[row + 1] = rowStarts[row] + counts[row] }
        // Each sampled hash is its text's slot in its row: filled in text order, rows ascend.
        var texts = [Int32](repeating: 0, count: total)
        for text in samples.indices {
            for k in firstHash[text]..<firstHash[text + 1] { texts[Int(rowStarts[Int(rows[k])] + places[k])] = Int32(text) }
        }
        (self.rowStarts, self.texts, self.rows, self.places, self.firstHash) = (rowStarts, texts, rows, places, firstHash)
    }

    /// Calls `body` with the row of each sampled hash of `text` and the earlier texts that hold
    /// it (ascending).
    func forEachHash(of text: Int, _ body: (_ row: Int, _ earlier: UnsafeBufferPointer<Int32>) -> Void) {
        texts.withUnsafeBufferPointer { texts in
            for k in firstHash[text]..<firstHash[text + 1] {
                let start = Int(rowStarts[Int(rows[k])])
                body(Int(rows[k]), UnsafeBufferPointer(rebasing: texts[start..<start + Int(places[k])]))
            }
        }
    }

    /// Calls `body` with the row of each sampled hash of `text`.
    func forEachRow(of text: Int, _ body: (Int) -> Void) {
        for k in firstHash[text]..<firstHash[text + 1] { body(Int(rows[k])) }
    }

    /// Whether leaving out texts earlier than `text` (`leftOut[row]` of them hold each row's
    /// hash) can change what its sampled hashes find: whether a hash held by a left-out text is
    /// held by fewer than `common` earlier texts once those are left out. A hash held by
    /// `common` or more others stays as common (and finds nothing) either way.
    func leavingOutMatters(to text: Int, leftOut: [Int32], common: Int) -> Bool {
        (firstHash[text]..<firstHash[text + 1]).contains { k in
            let out = leftOut[Int(rows[k])]
            return out > 0 && Int(places[k] - out) < common
        }
    }
}
