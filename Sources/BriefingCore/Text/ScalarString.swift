extension String {
    /// The text of `scalars`, built from their UTF-8 bytes at once: the same string as
    /// `String(String.UnicodeScalarView(scalars))`, without appending scalar by scalar.
    init(scalars: some Collection<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

extension ArraySlice<Unicode.Scalar> {
    /// The slice without the spaces and tabs at its ends: what `trimmingCharacters(in: .whitespaces)`
    /// takes off a string, without making the string first.
    var trimmingWhitespaces: ArraySlice<Unicode.Scalar> {
        var slice = self
        while let first = slice.first, first.isSpaceOrTab { slice.removeFirst() }
        while let last = slice.last, last.isSpaceOrTab { slice.removeLast() }
        return slice
    }
}

extension String {
    /// `lowercased()`, returning the string itself when it has no capital to fold: most words
    /// of running text are already in lower case, and this spares them a new string.
    var lowercasedIfNeeded: String {
        for byte in utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { return UTF8Scan.lowercased(self) }
        return self
    }
}
