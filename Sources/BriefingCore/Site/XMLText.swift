/// Escaping for XML text and attribute values: `& < > " '` become entities and the characters
/// XML 1.0 forbids (control characters other than tab, line feed and return; U+FFFE, U+FFFF)
/// are dropped.
enum XMLText {
    /// `text` escaped: as it is when no byte of it may change (`mayChange`), else written by
    /// `append(_:escapedTo:)`.
    static func escape(_ text: String) -> String {
        let unchanged = UTF8Scan.withBytes(text) { bytes in
            var i = 0
            while i + 8 <= bytes.count {
                if changes(ByteWord(bytes, at: i)) != 0, bytes[i..<i + 8].contains(where: mayChange) { return false }
                i += 8
            }
            return !bytes[i...].contains(where: mayChange)
        }
        if unchanged { return text }
        let out = ByteBuffer(capacity: text.utf8.count * 6 + 8)
        append(text, escapedTo: out)
        return out.string()
    }

    /// Appends `text` escaped to `out`, in one pass that writes through a pointer into room
    /// for the longest result: eight bytes are copied at once up to the first that may change
    /// (`changes(_:)`), and an entity is stored as one eight-byte word. No string is made for
    /// the result (a feed entry's HTML is tens of kilobytes, with a tag every few bytes).
    static func append(_ text: String, escapedTo out: ByteBuffer) {
        var text = text
        text.withUTF8 { append(utf8: $0, escapedTo: out) }
    }

    /// `append(_:escapedTo:)` of the text whose UTF-8 bytes are `bytes`.
    static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, escapedTo out: ByteBuffer) {
        guard let source = bytes.baseAddress else { return }
        let count = bytes.count
        // Each byte becomes at most six ("&quot;"); the last store may write eight.
        out.append(upTo: count * 6 + 8) { target in
            var i = 0, o = 0
            while i < count {
                if count - i >= 8 {
                    let word = ByteWord(bytes, at: i)
                    UnsafeMutableRawPointer(target + o).storeBytes(of: word.bits.littleEndian, as: UInt64.self)
                    let changing = changes(word)
                    if changing == 0 {
                        i += 8
                        o += 8
                        continue
                    }
                    let skip = changing.trailingZeroBitCount / 8
                    i += skip
                    o += skip
                }
                let byte = source[i]
                i += 1
                if !mayChange(byte) {
                    target[o] = byte
                    o += 1
                    continue
                }
                let entity: (bytes: UInt64, count: Int)
                switch byte {
                case 0x26: entity = (0x3B_70_6D_61_26, 5)  // &amp;
                case 0x3C: entity = (0x3B_74_6C_26, 4)  // &lt;
                case 0x3E: entity = (0x3B_74_67_26, 4)  // &gt;
                case 0x22: entity = (0x3B_74_6F_75_71_26, 6)  // &quot;
                case 0x27: entity = (0x3B_73_6F_70_61_26, 6)  // &apos;
                case 0xEF:
                    // U+FFFE and U+FFFF are dropped; another character goes on as it is.
                    if EscapedText.isXMLNonCharacter(bytes, at: i - 1) {
                        i += 2
                        continue
                    }
                    entity = (0xEF, 1)
                default: continue  // A control character other than tab, line feed and return: dropped.
                }
                UnsafeMutableRawPointer(target + o).storeBytes(of: entity.bytes.littleEndian, as: UInt64.self)
                o += entity.count
            }
            return o
        }
    }

    /// The bytes below 0x40 that `escape` may change, as bits: the control characters but tab,
    /// line feed and return, and `" & ' < >`.
    private static let changingBelow0x40: UInt64 = (0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D))
        | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// Whether `escape` may change the byte: a special character, a control character other
    /// than tab, line feed and return, or 0xEF (which starts U+FFFE and U+FFFF).
    @inline(__always)
    private static func mayChange(_ byte: UInt8) -> Bool {
        byte < 0x40 ? changingBelow0x40 >> UInt64(byte) & 1 != 0 : byte == 0xEF
    }

    /// The high bit of the bytes of `word` that `escape` may change, exact up to the first
    /// (`ByteWord.highBits(equalTo:)`); a tab, line feed or return is marked too.
    @inline(__always)
    private static func changes(_ word: ByteWord) -> UInt64 {
        word.highBits(below: 0x20) | word.highBits(equalTo: 0x22) | word.highBits(equalTo: 0x26) | word.highBits(equalTo: 0x27)
            | word.highBits(equalTo: 0x3C) | word.highBits(equalTo: 0x3E) | word.highBits(equalTo: 0xEF)
    }
}
