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
            return capital ? containsFolded(ascii: bytes) : contains(ascii: bytes)
        }
        return ascii ?? contains(UTF8Scan.lowercased(word))
    }

    /// `containsLowercased` of the ASCII word in `bytes`.
    @inline(__always)
    func containsLowercased(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 &- 0x41 < 26 } ? containsFolded(ascii: bytes) : contains(ascii: bytes)
    }

    /// Whether a member equals the ASCII word in `bytes` with A–Z folded, folded into a buffer
    /// on the stack.
    @inline(__always)
    private func containsFolded(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { folded in
            for k in bytes.indices { folded[k] = bytes[k].asciiLowercased }
            return contains(ascii: UnsafeBufferPointer(folded))
        }
    }
}
