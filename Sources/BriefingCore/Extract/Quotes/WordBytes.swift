// A byte test the quote rules make on many words before the `Character` one (`firstByte`
// is in Text/LeadingCase).

extension String {
    /// `allSatisfy(\.isNumber)`, false at once when the first byte is ASCII but no digit: that
    /// byte is the first scalar of the first character, which tells whether it is a number.
    var isNumeral: Bool {
        if let first = firstByte, first < 0x80, first &- 0x30 >= 10 { return false }
        return allSatisfy(\.isNumber)
    }
}

extension String {
    /// Whether the first byte is "w" or "W": only a word opening so lower-cases to one opening
    /// with "w" (no other character lower-cases to it), as the relative pronouns do.
    @inline(__always)
    var opensWithW: Bool {
        firstByte.map { $0 | 0x20 == 0x77 } ?? false
    }
}

extension String {
    /// `last.map { $0.isLetter || $0.isNumber } == true`, told from the last byte when it and the
    /// one before are ASCII: the last character is then that byte alone (or a line feed after a
    /// carriage return, neither a letter nor a number), where finding the last character reads
    /// the text backwards by grapheme rules.
    var endsWithLetterOrNumber: Bool {
        let ascii = UTF8Scan.withBytes(self) { bytes -> Bool? in
            guard let last = bytes.last else { return false }
            guard last < 0x80, bytes.count == 1 || bytes[bytes.count - 2] < 0x80 else { return nil }
            return last.isASCIIAlphanumeric
        }
        return ascii ?? last.map { $0.isLetter || $0.isNumber } == true
    }
}
