extension String {
    /// `hasSuffix("'s") || hasSuffix("\u{2019}s")`: "Trump's", "Korea’s". A last character
    /// "s" is the byte 0x73 (no other scalars are canonically equivalent to it), so most
    /// words are ruled out by their last byte before characters are compared.
    ///
    /// Read from the bytes: the scalar before the "s" must be the apostrophe itself (none is
    /// canonically equivalent to either), and an ASCII scalar before the apostrophe, or none,
    /// joins no character to it; only a word with another scalar there is compared by characters.
    var endsWithPossessiveS: Bool {
        UTF8Scan.withBytes(self) { bytes in
            let n = bytes.count
            guard n >= 2, bytes[n - 1] == 0x73 else { return false }
            if bytes[n - 2] == 0x27 { return n == 2 || bytes[n - 3] < 0x80 || hasSuffix("'s") }
            guard n >= 4, bytes[n - 4] == 0xE2, bytes[n - 3] == 0x80, bytes[n - 2] == 0x99 else { return false }
            return n == 4 || bytes[n - 5] < 0x80 || hasSuffix("\u{2019}s")
        }
    }
}
