extension StringProtocol {
    /// `first?.isUppercase == true`, told from the first byte when it and the next are ASCII
    /// (then the first character is that byte alone, a carriage return before a line feed
    /// aside, which is no capital either): `Character.isUppercase` looks up Unicode properties
    /// and builds strings for a character that is not a capital.
    var startsWithUppercase: Bool {
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, (bytes.next() ?? 0) < 0x80 { return first &- 0x41 < 26 }
        return self.first?.isUppercase == true
    }

    /// `first?.isLowercase == true`, told from the first byte as `startsWithUppercase` is.
    var startsWithLowercase: Bool {
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, (bytes.next() ?? 0) < 0x80 { return first &- 0x61 < 26 }
        return self.first?.isLowercase == true
    }

    /// `first.map { $0.isLetter || $0.isNumber } == true`, told from the first byte as
    /// `startsWithUppercase` is (an ASCII letter or digit).
    var startsWithLetterOrNumber: Bool {
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, (bytes.next() ?? 0) < 0x80 { return (first | 0x20) &- 0x61 < 26 || first &- 0x30 < 10 }
        return self.first.map { $0.isLetter || $0.isNumber } == true
    }
}
