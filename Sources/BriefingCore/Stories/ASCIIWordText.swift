/// Text whose words can be read from its UTF-8 bytes alone, as digests read the words of a
/// brief (story words, search terms, timeline words): nearly all text, whose scalars past
/// ASCII are quote marks and dashes.
enum ASCIIWordText {
    /// Whether no scalar past ASCII in the UTF-8 `bytes` is a word character (a letter or a
    /// digit, `Unicode.Scalar.isWordPart`) or one that may join the scalar before it into a
    /// character (`mayJoinPrevious`): then every word is ASCII, and every character of the
    /// text is one scalar. ASCII is passed over eight bytes at a time.
    static func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count, ByteWord(bytes, at: i).isASCII {
                i += 8
            } else if bytes[i] < 0x80 {
                i += 1
            } else {
                let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
                if !isPunctuation(scalar), scalar.isWordPart || scalar.mayJoinPrevious { return false }
                i += length
            }
        }
        return true
    }

    /// Whether `scalar` is one of the dashes, quote marks, bullets and dots of U+2010–U+2027
    /// (most of the scalars past ASCII in news text): no letter, digit, whitespace or joiner,
    /// told from its value without looking up its properties.
    @inline(__always)
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 0x2010 < 0x18
    }
}
