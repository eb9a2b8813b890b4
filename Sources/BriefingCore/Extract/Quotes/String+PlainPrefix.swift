extension String {
    /// `hasPrefix(prefix)` for a `prefix` of scalars that no other scalar is canonically equal
    /// to and that none decomposes to (printable ASCII other than "K", ";" and "`", dashes),
    /// told from the first bytes: a string whose bytes open otherwise does not open with those
    /// characters. Only when a scalar past ASCII comes right after the bytes (a mark may join
    /// the last character) does the library compare characters. Most quotes open with a
    /// letter, ruled out by their first byte.
    func hasPlainPrefix(_ prefix: StaticString) -> Bool {
        let matched = UTF8Scan.withBytes(self) { bytes -> Bool? in
            guard UTF8Scan.hasPrefix(bytes, prefix) else { return false }
            let count = prefix.utf8CodeUnitCount
            return count == bytes.count || bytes[count] < 0x80 ? true : nil
        }
        return matched ?? hasPrefix(prefix.description)
    }
}
