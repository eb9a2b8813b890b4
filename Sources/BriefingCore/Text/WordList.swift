/// Lists of words kept as one string, words separated by single spaces (as digests keep
/// timeline, search and story words): read as bytes, without making a string per word.
enum WordList {
    /// Calls `body` with the bytes of each word of `list`, in order.
    static func forEachWord(in list: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        UTF8Scan.withBytes(list) { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                if i > start { body(UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                start = i + 1
            }
        }
    }
}
