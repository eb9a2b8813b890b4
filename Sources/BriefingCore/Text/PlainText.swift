import Foundation

/// Plain text: ASCII, U+00A0 and the punctuation U+2010–U+2027 (dashes, quote marks, bullets,
/// ellipsis). None of these scalars has a canonical decomposition or is the decomposition of
/// another, and no grapheme cluster rule joins two of them but CR LF: in plain text a
/// `Character` is one scalar (CR LF aside) and canonical equivalence is byte equality. The
/// quote rules ask `Character` and Foundation questions of every quote and mention; on plain
/// text the bytes answer them.
enum PlainText {
    /// The length in bytes of the plain scalar whose encoding starts at byte `i`; nil for
    /// another scalar.
    @inline(__always)
    static func width(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] &- 0x90 < 0x18 { return 3 }
        return nil
    }

    /// Calls `body` with the byte range of each run of `bytes` between `separator` bytes (ASCII,
    /// neither CR nor LF), in order, none empty, and returns true; stops and returns false at a
    /// scalar that is not plain. Eight ASCII bytes are read at a time, and only the separators
    /// among them visited: a word is a few bytes, a line tens.
    @inline(__always)
    static func forEachRun(in bytes: UnsafeBufferPointer<UInt8>, separatedBy separator: UInt8, _ body: (Range<Int>) -> Void) -> Bool {
        // Where the run being read starts: after the last separator.
        var runStart = 0
        var i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count {
                let eight = ByteWord(bytes, at: i)
                if eight.isASCII {
                    var separators = eight.exactHighBits(equalTo: separator)
                    while separators != 0 {
                        let at = i + separators.trailingZeroBitCount >> 3
                        if at > runStart { body(runStart..<at) }
                        runStart = at + 1
                        separators &= separators - 1
                    }
                    i += 8
                    continue
                }
            }
            guard let width = width(bytes, at: i) else { return false }
            if bytes[i] == separator {
                if i > runStart { body(runStart..<i) }
                runStart = i + 1
            }
            i += width
        }
        if bytes.count > runStart { body(runStart..<bytes.count) }
        return true
    }

    /// Whether every scalar of `bytes` is plain.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            // Eight ASCII bytes at a time: most text is ASCII.
            if i + 8 <= bytes.count, ByteWord(bytes, at: i).isASCII {
                i += 8
                continue
            }
            guard let width = width(bytes, at: i) else { return false }
            i += width
        }
        return true
    }

    /// The byte range of the last run between spaces of plain `bytes` (`isPlain`, where every
    /// space is a character of its own): `split(separator: " ").last`; nil when there is none.
    static func lastWord(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        word(in: bytes, within: bytes.indices, backward: true)
    }

    /// The byte range of the first run between spaces of plain `bytes` within `range`, or of
    /// the last when `backward`; nil when there is none.
    static func word(in bytes: UnsafeBufferPointer<UInt8>, within range: Range<Int>, backward: Bool) -> Range<Int>? {
        if backward {
            var end = range.upperBound
            while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > range.lowerBound else { return nil }
            var start = end
            while start > range.lowerBound, bytes[start - 1] != 0x20 { start -= 1 }
            return start..<end
        }
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] == 0x20 { start += 1 }
        guard start < range.upperBound else { return nil }
        var end = start
        while end < range.upperBound, bytes[end] != 0x20 { end += 1 }
        return start..<end
    }

    /// Whether `bytes` are one or more printable ASCII characters (no CR or LF, which a match
    /// could part).
    static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 &- 0x20 < 0x5F }
    }

    /// Foundation's `text.contains(phrase)` (a search by canonical equivalence), by `memmem`
    /// when `text` is plain and `phrase` is printable ASCII: a match is then the same bytes and
    /// cannot split a CR LF. Nil otherwise.
    static func contains(_ text: String, _ phrase: String) -> Bool? {
        guard UTF8Scan.withBytes(phrase, isPrintableASCII), UTF8Scan.withBytes(text, isPlain) else { return nil }
        return UTF8Scan.contains(text, phrase)
    }
}

extension String {
    /// Foundation's `contains(_:)` of `phrase`, without bridging to `NSString` where the text
    /// is plain (`PlainText.contains`).
    func containsPhrase(_ phrase: String) -> Bool {
        PlainText.contains(self, phrase) ?? contains(phrase)
    }
}
