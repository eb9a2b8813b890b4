/// Lists of words kept as one string, words separated by single spaces (as digests keep
/// timeline, search and story words): read as bytes, without making a string per word.
enum WordList {
    /// Calls `body` with the bytes of each word of `list`, in order.
    static func forEachWord(in list: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachWordRange(in: list) { bytes, word in body(UnsafeBufferPointer(rebasing: bytes[word])) }
    }

    /// Calls `body` with the bytes of the whole of `list` and the range of each of its words,
    /// in order: for a reader that may look at the bytes around a word (`SearchPostings`
    /// reads eight at a time).
    static func forEachWordRange(in list: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        UTF8Scan.withBytes(list) { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                if i > start { body(bytes, start..<i) }
                start = i + 1
            }
        }
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
