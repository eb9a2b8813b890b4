/// Lists of words kept as one string, words separated by single spaces (as digests keep
/// timeline, search and story words): read as bytes, without making a string per word.
enum WordList {
    /// The list of `words`, `words.joined(separator: " ")`: their bytes copied into one string
    /// made at its full size, where the standard library's joining walks the words through
    /// generic code (a figure's phrase is joined from its words).
    static func joining(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return String(unsafeUninitializedCapacity: words.reduce(words.count - 1) { $0 + $1.utf8.count }) { out in
            var at = 0
            for (i, word) in words.enumerated() {
                if i > 0 {
                    out[at] = 0x20
                    at += 1
                }
                at += UTF8Scan.withBytes(word) { bytes in
                    if let source = bytes.baseAddress { (out.baseAddress! + at).initialize(from: source, count: bytes.count) }
                    return bytes.count
                }
            }
            return at
        }
    }

    /// Calls `body` with the bytes of each word of `list`, in order.
    static func forEachWord(in list: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachWordRange(in: list) { bytes, word in body(UnsafeBufferPointer(rebasing: bytes[word])) }
    }

    /// Calls `body` with the bytes of the whole of `list` and the range of each of its words,
    /// in order: for a reader that may look at the bytes around a word (`SearchPostings`
    /// reads eight at a time). Each word's end is found eight bytes at a time (`space`).
    static func forEachWordRange(in list: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        UTF8Scan.withBytes(list) { bytes in
            var start = 0
            while start < bytes.count {
                let end = space(in: bytes, from: start)
                if end > start { body(bytes, start..<end) }
                start = end + 1
            }
        }
    }

    /// Where the first space at or after `start` in `bytes` is; the end of `bytes` when none is.
    @inline(__always)
    static func space(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i + 8 <= bytes.count {
            // The lowest bit marked is the first space exactly.
            let spaces = ByteWord(bytes, at: i).highBits(equalTo: 0x20)
            if spaces != 0 { return i + spaces.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < bytes.count, bytes[i] != 0x20 { i += 1 }
        return i
    }

    /// The number a word is compared by: the 64-bit `ContentHash` of its UTF-8 bytes, the same
    /// in every build, so words are compared (and counted, and looked up) without a string each.
    static func number(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        ContentHash.hash(UnsafeRawBufferPointer(word))
    }

    /// The number of `word` (`number(_:)` of its bytes).
    static func number(_ word: String) -> UInt64 {
        UTF8Scan.withBytes(word) { number($0) }
    }
}
