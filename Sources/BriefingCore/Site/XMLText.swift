/// Escaping for XML text and attribute values: `& < > " '` become entities and the characters
/// XML 1.0 forbids (control characters other than tab, line feed and return; U+FFFE, U+FFFF)
/// are dropped.
enum XMLText {
    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&apos;".utf8)

    /// `text` escaped. It is scanned as UTF-8 bytes, the runs between escapes are copied into
    /// one byte buffer (a feed entry's HTML has hundreds of them) and made a string once; text
    /// with nothing to escape is returned as it is.
    static func escape(_ text: String) -> String {
        var contiguous = text
        let escaped: [UInt8]? = contiguous.withUTF8 { bytes in
            let count = bytes.count
            var i = 0
            while i < count, !mayChange(bytes[i]) { i += 1 }
            guard i < count else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(count + count / 4)
            var runStart = 0
            while i < count {
                let byte = bytes[i]
                guard mayChange(byte) else {
                    i += 1
                    continue
                }
                // An 0xEF byte that does not start U+FFFE or U+FFFF is kept.
                let length = byte != 0xEF ? 1 : EscapedText.isXMLNonCharacter(bytes, at: i) ? 3 : 0
                guard length > 0 else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                switch byte {
                case 0x26: out.append(contentsOf: amp)
                case 0x3C: out.append(contentsOf: lt)
                case 0x3E: out.append(contentsOf: gt)
                case 0x22: out.append(contentsOf: quot)
                case 0x27: out.append(contentsOf: apos)
                default: break // dropped
                }
                i += length
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
            return out
        }
        return escaped.map { String(decoding: $0, as: UTF8.self) } ?? text
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
