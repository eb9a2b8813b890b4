extension String {
    /// `hasSuffix(suffix)` for a `suffix` of printable ASCII other than "K", ";" and "`" (as
    /// `equalsPlainWord` takes), told from the last bytes: no other scalar is canonically
    /// equivalent to one of those characters, each is a character of its own, and an ASCII
    /// scalar before them never joins the first into one character. Only when a scalar past
    /// ASCII comes right before the bytes (one may prepend itself to what follows) does the
    /// library compare characters.
    func hasPlainSuffix(_ suffix: StaticString) -> Bool {
        let matched = UTF8Scan.withBytes(self) { bytes -> Bool? in
            guard UTF8Scan.hasSuffix(bytes, suffix) else { return false }
            let start = bytes.count - suffix.utf8CodeUnitCount
            return start == 0 || bytes[start - 1] < 0x80 ? true : nil
        }
        return matched ?? hasSuffix(suffix.description)
    }
}
