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
