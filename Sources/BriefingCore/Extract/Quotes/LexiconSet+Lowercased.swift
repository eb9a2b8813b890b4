extension LexiconSet {
    /// `contains(word.lowercased())`, without a string made for an ASCII word (nearly every
    /// word): its bytes are looked up as they are when they hold no capital, else folded into
    /// a buffer on the stack (an ASCII word lower-cases to its bytes with A–Z folded).
    @inline(__always)
    func containsLowercased(_ word: String) -> Bool {
        let ascii = UTF8Scan.withBytes(word) { bytes -> Bool? in
            var capital = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte &- 0x41 < 26 { capital = true }
            }
            guard capital else { return contains(ascii: bytes) }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { folded in
                for k in bytes.indices { folded[k] = bytes[k].asciiLowercased }
                return contains(ascii: UnsafeBufferPointer(folded))
            }
        }
        return ascii ?? contains(UTF8Scan.lowercased(word))
    }
}
