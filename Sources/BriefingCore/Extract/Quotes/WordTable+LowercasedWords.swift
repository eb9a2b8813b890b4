extension WordTable {
    /// Adds the words of `name` split at spaces (`split(atASCII: 0x20)`), each lower-cased: the
    /// words of the names the speaker directory learned, which the article's common words leave
    /// out. An ASCII name (nearly every one) is split at its space bytes, which are characters
    /// of their own, and each word folded (A–Z) into its string and hashed in one pass of its
    /// bytes, with no list of substrings made; another name is split and lower-cased as strings.
    mutating func insertLowercasedWords(of name: String) {
        let ascii = UTF8Scan.withBytes(name) { bytes -> Bool in
            guard UTF8Scan.isASCII(bytes) else { return false }
            var start = 0
            while start < bytes.count {
                guard bytes[start] != 0x20 else { start += 1; continue }
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                var hash = ASCIIWordHash.seed
                let word = String(unsafeUninitializedCapacity: end - start) { buffer in
                    for k in start..<end {
                        let byte = bytes[k].asciiLowercased
                        buffer[k - start] = byte
                        hash = ASCIIWordHash.adding(byte, to: hash)
                    }
                    return end - start
                }
                insert(word, asciiHash: ASCIIWordHash.finished(hash))
                start = end
            }
            return true
        }
        if !ascii {
            for word in name.split(atASCII: 0x20) { insert(word.lowercased()) }
        }
    }
}
