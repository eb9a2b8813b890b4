// Byte tests the quote rules make on many words, read through the UTF-8 iterator, which the
// compiler inlines (`utf8.first` is a call into the standard library for every word).

extension String {
    /// The first UTF-8 byte (`utf8.first`), if any.
    @inline(__always)
    var firstByte: UInt8? {
        var bytes = utf8.makeIterator()
        return bytes.next()
    }

    /// `allSatisfy(\.isNumber)`, false at once when the first byte is ASCII but no digit: that
    /// byte is the first scalar of the first character, which tells whether it is a number.
    var isNumeral: Bool {
        if let first = firstByte, first < 0x80, first &- 0x30 >= 10 { return false }
        return allSatisfy(\.isNumber)
    }
}
