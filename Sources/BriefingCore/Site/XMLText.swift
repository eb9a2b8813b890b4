/// Escaping for XML text and attribute values: `& < > " '` become entities and the characters
/// XML 1.0 forbids (control characters other than tab, line feed and return; U+FFFE, U+FFFF)
/// are dropped.
enum XMLText {
    /// `text` escaped. It is scanned as UTF-8 bytes twice: once for the size of the result,
    /// then to write it into a string of exactly that size, the runs between escapes copied in
    /// one piece. Both scans pass over eight bytes at once where none may change
    /// (`mayChange(_: ByteWord)`). Text with nothing to escape is returned as it is.
    static func escape(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { bytes -> String? in
            var size = bytes.count, changes = false
            forEachChange(in: bytes) { i in
                let (entity, length) = replacement(bytes, at: i)
                size += entity.utf8CodeUnitCount - length
                changes = true
                return 1
            }
            guard changes else { return nil }
            return String(unsafeUninitializedCapacity: size) { buffer in
                var out = buffer.baseAddress!
                func copy(_ from: UnsafePointer<UInt8>, _ length: Int) {
                    out.update(from: from, count: length)
                    out += length
                }
                var runStart = 0
                forEachChange(in: bytes) { i in
                    let (entity, length) = replacement(bytes, at: i)
                    // 0xEF that starts another character is kept: the run goes on.
                    guard length > 0 else { return 1 }
                    copy(bytes.baseAddress! + runStart, i - runStart)
                    copy(entity.utf8Start, entity.utf8CodeUnitCount)
                    runStart = i + length
                    return length
                }
                copy(bytes.baseAddress! + runStart, bytes.count - runStart)
                return out - buffer.baseAddress!
            }
        }
        return escaped ?? text
    }

    /// Calls `body` at each index of `bytes`, in order, whose byte `mayChange` flags, passing
    /// over eight bytes at once where none is flagged (`mayChange(_: ByteWord)`); `body` says
    /// how many bytes from that index on are done with (at least 1: a character it drops may
    /// end past the eight).
    @inline(__always)
    private static func forEachChange(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Int) {
        var i = 0
        while i < bytes.count {
            let end = min(i + 8, bytes.count)
            if end - i == 8, !mayChange(ByteWord(bytes, at: i)) {
                i = end
                continue
            }
            while i < end { i += mayChange(bytes[i]) ? body(i) : 1 }
        }
    }

    /// What replaces the bytes at `i`, a byte `mayChange` flags, and how many bytes it
    /// replaces: an entity for a special character, nothing for a character XML forbids;
    /// a length of 0 for a byte kept as it is (0xEF starting another character).
    @inline(__always)
    private static func replacement(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (StaticString, Int) {
        switch bytes[i] {
        case 0x26: ("&amp;", 1)
        case 0x3C: ("&lt;", 1)
        case 0x3E: ("&gt;", 1)
        case 0x22: ("&quot;", 1)
        case 0x27: ("&apos;", 1)
        case 0xEF: EscapedText.isXMLNonCharacter(bytes, at: i) ? ("", 3) : ("", 0)
        default: ("", 1)  // A control character other than tab, line feed and return.
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

    /// Whether `escape` may change one of the eight bytes of `word`: true whenever
    /// `mayChange` holds for one of them (also for a tab, line feed or return).
    @inline(__always)
    private static func mayChange(_ word: ByteWord) -> Bool {
        word.hasByte(below: 0x20) || word.contains(0x22) || word.contains(0x26) || word.contains(0x27)
            || word.contains(0x3C) || word.contains(0x3E) || word.contains(0xEF)
    }
}
