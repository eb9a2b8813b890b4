/// Counts the runs between spaces scalar by scalar, as `split(separator: " ").count` counts
/// them, while every space is a character of its own: its neighbours are ASCII or
/// U+2010–U+2027 (dashes, quote marks, ellipsis), which no cluster rule joins to it.
struct SpaceRunCounter {
    private(set) var count = 0
    private var inWord = false
    private var previousSimple = true
    private var previousSpace = false

    /// Counts `scalar`; false when a space may be joined to a neighbour, after which the text
    /// must be split by characters instead.
    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            if v == 0x20 {
                guard previousSimple else { return false }
                inWord = false
                previousSpace = true
            } else {
                if !inWord { inWord = true; count += 1 }
                previousSpace = false
            }
            previousSimple = true
            return true
        }
        let simple = v &- 0x2010 < 0x18
        if previousSpace, !simple { return false }
        if !inWord { inWord = true; count += 1 }
        previousSimple = simple
        previousSpace = false
        return true
    }

    /// Counts, after a scalar other than a space, printable ASCII scalars with `spaces` single
    /// spaces among them, each between two of the others: as `add` counts them one by one, each
    /// space a word more.
    @inline(__always)
    mutating func addASCIIWords(spaces: Int) -> Bool {
        if spaces > 0 {
            guard previousSimple else { return false }
            count += spaces
        }
        inWord = true
        previousSimple = true
        previousSpace = false
        return true
    }
}

extension String {
    /// `split(separator: " ").count`: the number of runs between spaces. Counted on the bytes
    /// by `SpaceRunCounter` when every space is a character of its own; other text is split by
    /// characters, as a combining mark after a space makes it no separator.
    var spaceSeparatedCount: Int {
        let counted = UTF8Scan.withBytes(self) { bytes -> Int? in
            var counter = SpaceRunCounter()
            var i = 0
            while i < bytes.count {
                if bytes[i] < 0x80 {
                    guard counter.add(Unicode.Scalar(bytes[i])) else { return nil }
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
                guard counter.add(scalar) else { return nil }
                i += length
            }
            return counter.count
        }
        return counted ?? split(separator: " ").count
    }
}

extension [Unicode.Scalar] {
    /// `String(scalars: self).spaceSeparatedCount` when it is counted without splitting the
    /// string by characters (`SpaceRunCounter`); nil otherwise.
    var spaceSeparatedCount: Int? {
        var counter = SpaceRunCounter()
        for scalar in self {
            guard counter.add(scalar) else { return nil }
        }
        return counter.count
    }
}

extension String {
    /// `split(separator: " ").last`: the last run between spaces. Found from the end of the
    /// bytes in plain text (`PlainText`), where every space is a character of its own; other
    /// text is split by characters.
    var lastSpaceSeparatedWord: Substring? {
        let found = UTF8Scan.withBytes(self) { bytes -> Range<Int>?? in
            guard PlainText.isPlain(bytes) else { return nil }
            return .some(PlainText.lastWord(in: bytes))
        }
        guard let found else {
            var words = SpaceSeparatedWords(self[...], backward: true)
            return words.next()
        }
        guard let range = found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return self[start..<utf8.index(start, offsetBy: range.count)]
    }
}

extension String {
    /// `split(separator: " ").map(String.init)`: plain text (`PlainText`) split at its space
    /// bytes, where every space is a character of its own; other text split by characters.
    var spaceSeparatedWords: [String] {
        let split = UTF8Scan.withBytes(self) { bytes -> [String]? in
            var words: [String] = []
            // At most one word more than there are spaces.
            words.reserveCapacity(UTF8Scan.count(of: 0x20, in: bytes) + 1)
            let plain = PlainText.forEachRun(in: bytes, separatedBy: 0x20) { words.append(UTF8Scan.string(bytes, $0)) }
            return plain ? words : nil
        }
        return split ?? self.split(separator: " ").map(String.init)
    }
}

extension String {
    /// `split(separator: Character(Unicode.Scalar(separator)))` for an ASCII separator other
    /// than CR and LF: plain text (`PlainText`) split at its separator bytes, where every
    /// scalar is a character of its own; other text split by characters (a combining mark after
    /// the separator makes it none).
    func split(atASCII separator: UInt8) -> [Substring] {
        let utf8 = self.utf8
        // The runs are cut from the string as they are found (no list of ranges first).
        let runs = UTF8Scan.withBytes(self) { bytes -> [Substring]? in
            var runs: [Substring] = []
            // At most one run more than there are separators.
            runs.reserveCapacity(UTF8Scan.count(of: separator, in: bytes) + 1)
            let plain = PlainText.forEachRun(in: bytes, separatedBy: separator) { run in
                let lower = utf8.index(utf8.startIndex, offsetBy: run.lowerBound)
                runs.append(self[lower..<utf8.index(lower, offsetBy: run.count)])
            }
            return plain ? runs : nil
        }
        return runs ?? split(separator: Character(Unicode.Scalar(separator)))
    }
}
