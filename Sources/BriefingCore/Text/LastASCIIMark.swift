extension String {
    /// `lastIndex(of: mark)` for a one-scalar ASCII `mark` (`byte`), found from the bytes: the
    /// last `byte` between two ASCII bytes (or at an end) is a character of its own, as no
    /// cluster rule joins ASCII but CR-LF to ASCII, and a later `mark` character would have a
    /// later byte. Other neighbours are left to the search by characters.
    func lastIndex(ofASCII mark: Character, byte: UInt8) -> String.Index? {
        // The byte's offset, -1 when there is none, nil when its neighbours leave it undecided.
        let found = UTF8Scan.withBytes(self) { bytes -> Int? in
            guard let k = bytes.lastIndex(of: byte) else { return -1 }
            let alone = (k == 0 || bytes[k - 1] < 0x80) && (k + 1 == bytes.count || bytes[k + 1] < 0x80)
            return alone ? k : nil
        }
        guard let found else { return lastIndex(of: mark) }
        return found < 0 ? nil : utf8.index(startIndex, offsetBy: found)
    }
}
