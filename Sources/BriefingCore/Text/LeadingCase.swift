extension StringProtocol {
    /// `first?.isUppercase == true`, told from the first byte when it and the next are ASCII
    /// (then the first character is that byte alone, a carriage return before a line feed
    /// aside, which is no capital either), or when the text opens with a dash, quote mark or
    /// ellipsis alone (`opensWithLonePunctuation`): `Character.isUppercase` looks up Unicode
    /// properties and builds strings for a character that is not a capital.
    var startsWithUppercase: Bool {
        leading(ascii: { $0 &- 0x41 < 26 }, character: \.isUppercase)
    }

    /// The first UTF-8 byte (`utf8.first`), read through the UTF-8 iterator, inlined:
    /// `utf8.first` calls a specialization in Foundation for every token, and so does a getter
    /// left out of line.
    @inline(__always)
    var firstByte: UInt8? {
        var bytes = utf8.makeIterator()
        return bytes.next()
    }

    /// True when the first byte is ASCII but no capital A–Z: the text cannot open with an
    /// upper-case character (an ASCII byte is a character of its own, or opens a CR LF), which
    /// rules most words out as names before anything else is asked of them.
    @inline(__always)
    var opensWithASCIINonCapital: Bool {
        guard let first = firstByte else { return false }
        return first < 0x80 && first &- 0x41 >= 26
    }

    /// `first?.isLowercase == true`, told from the first bytes as `startsWithUppercase` is.
    var startsWithLowercase: Bool {
        leading(ascii: { $0 &- 0x61 < 26 }, character: \.isLowercase)
    }

    /// `first?.isLetter == true`, told from the first bytes as `startsWithUppercase` is (an
    /// ASCII letter).
    var startsWithLetter: Bool {
        leading(ascii: { $0.isASCIILetter }, character: \.isLetter)
    }

    /// `first.map { $0.isLetter || $0.isNumber } == true`, told from the first bytes as
    /// `startsWithUppercase` is (an ASCII letter or digit).
    var startsWithLetterOrNumber: Bool {
        leading(ascii: { $0.isASCIILetter || $0 &- 0x30 < 10 }, character: { $0.isLetter || $0.isNumber })
    }

    /// `first?.isNumber == true`, told from the first bytes as `startsWithUppercase` is (an
    /// ASCII digit).
    var startsWithNumber: Bool {
        leading(ascii: { $0 &- 0x30 < 10 }, character: \.isNumber)
    }

    /// `character(first)`, told by `ascii(first byte)` when the first two bytes are ASCII, and
    /// false for a lone punctuation mark opening the text.
    @inline(__always)
    private func leading(ascii: (UInt8) -> Bool, character: (Character) -> Bool) -> Bool {
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, (bytes.next() ?? 0) < 0x80 { return ascii(first) }
        if opensWithLonePunctuation { return false }
        return self.first.map(character) == true
    }

    /// Whether the first character is one of U+2010–U+2027 (dashes, quote marks, bullets,
    /// ellipsis) alone, an ASCII byte or the end after it: no letter, number or cased
    /// character, and none that case mapping changes.
    private var opensWithLonePunctuation: Bool {
        var bytes = utf8.makeIterator()
        guard bytes.next() == 0xE2, bytes.next() == 0x80, let third = bytes.next(), third &- 0x90 < 0x18 else { return false }
        return (bytes.next() ?? 0) < 0x80
    }
}
