extension String {
    /// `hasSuffix("'s") || hasSuffix("\u{2019}s")`: "Trump's", "Korea’s". A last character
    /// "s" is the byte 0x73 (no other scalars are canonically equivalent to it), so most
    /// words are ruled out by their last byte before characters are compared.
    var endsWithPossessiveS: Bool {
        utf8.last == 0x73 && (hasSuffix("'s") || hasSuffix("\u{2019}s"))
    }
}
