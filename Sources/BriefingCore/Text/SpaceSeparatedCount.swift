extension String {
    /// `split(separator: " ").count`: the number of runs between spaces. Counted on the bytes
    /// when they are all ASCII (where every scalar is a character of its own); other text is
    /// split by characters, as a space with a combining mark after it is no separator there.
    var spaceSeparatedCount: Int {
        let ascii = UTF8Scan.withBytes(self) { bytes -> Int? in
            var count = 0
            var inWord = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
        return ascii ?? split(separator: " ").count
    }
}
