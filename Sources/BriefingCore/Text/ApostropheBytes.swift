extension String {
    /// Whether the bytes hold an apostrophe, ' or ’ (E2 80 99): without one, no character of
    /// the string is either mark.
    var hasApostropheBytes: Bool {
        UTF8Scan.withBytes(self) { bytes in
            for (k, byte) in bytes.enumerated() where byte == 0x27 || (byte == 0x99 && k >= 2 && bytes[k - 1] == 0x80 && bytes[k - 2] == 0xE2) {
                return true
            }
            return false
        }
    }
}
