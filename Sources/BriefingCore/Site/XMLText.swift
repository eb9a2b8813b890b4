/// Escaping for XML text and attribute values: `& < > " '` become entities and the characters
/// XML 1.0 forbids (control characters other than tab, line feed and return; U+FFFE, U+FFFF)
/// are dropped.
enum XMLText {
    /// `text` escaped. It is scanned as UTF-8 bytes and the runs between escapes are copied
    /// in one piece (`EscapedText`); text with nothing to escape is returned as it is.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: mayChange) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        EscapedText.append(text, to: &out, replacement: replacement)
        return String(decoding: out, as: UTF8.self)
    }

    /// What replaces the bytes at `i`, and how many bytes it replaces: an entity for a special
    /// character, nothing for a character XML forbids; nil for a byte kept as it is.
    private static func replacement(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (String, Int)? {
        switch bytes[i] {
        case 0x26: ("&amp;", 1)
        case 0x3C: ("&lt;", 1)
        case 0x3E: ("&gt;", 1)
        case 0x22: ("&quot;", 1)
        case 0x27: ("&apos;", 1)
        case 0x09, 0x0A, 0x0D: nil
        case 0xEF: EscapedText.isXMLNonCharacter(bytes, at: i) ? ("", 3) : nil
        case let byte: byte < 0x20 ? ("", 1) : nil
        }
    }

    /// Whether `escape` may change the byte: a special character, a control character other
    /// than tab, line feed and return, or 0xEF (which starts U+FFFE and U+FFFF).
    @inline(__always)
    private static func mayChange(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0xEF: true
        case 0x09, 0x0A, 0x0D: false
        default: byte < 0x20
        }
    }
}
