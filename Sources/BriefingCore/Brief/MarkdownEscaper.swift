/// Makes plain text safe to embed in Markdown: every character cmark could read as markup is
/// backslash-escaped, so the text renders exactly as written.
public enum MarkdownEscaper {
    /// ASCII marks that CommonMark may read as markup (\ ` * _ [ ] < > # ! | ~ & { }): one bit
    /// each of two 64-bit masks, for the bytes below 64 and those from 64 to 127.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x80 && ((byte < 0x40 ? specialsBelow64 : specialsFrom64) >> (byte & 0x3F)) & 1 != 0
    }

    /// ! # & * < >
    private static let specialsBelow64: UInt64 = 1 << 0x21 | 1 << 0x23 | 1 << 0x26 | 1 << 0x2A | 1 << 0x3C | 1 << 0x3E
    /// [ \ ] _ ` { | } ~, less 64
    private static let specialsFrom64: UInt64 = 1 << 0x1B | 1 << 0x1C | 1 << 0x1D | 1 << 0x1F | 1 << 0x20 | 1 << 0x3B | 1 << 0x3C | 1 << 0x3D | 1 << 0x3E

    public static func escape(_ text: String) -> String {
        // Most texts (a paragraph, a quote) have nothing to escape: they are returned as they are.
        needsEscaping(text) ? escaping(text) : text
    }

    /// `text` with a backslash before each character that needs one (`escape` of a text that
    /// needs escaping).
    private static func escaping(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        // A line that starts like a list item, heading underline or ordered item would become one.
        if let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") {
            bytes.append(UInt8(ascii: "\\"))
        }
        var leadingDigits = true
        var sawDigit = false
        for byte in text.utf8 {
            if leadingDigits {
                if byte >= 0x30 && byte <= 0x39 {
                    sawDigit = true
                } else {
                    if sawDigit && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) { bytes.append(UInt8(ascii: "\\")) }
                    leadingDigits = false
                }
            }
            if isSpecial(byte) { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the bytes of `escape(text)` to `out`: those of `text`, read once, when it has
    /// nothing to escape (most texts), without a string made for them.
    static func append(_ text: String, escapedTo out: ByteBuffer) {
        let copied = UTF8Scan.withBytes(text) { bytes in
            guard !needsEscaping(bytes) else { return false }
            out.append(utf8: bytes)
            return true
        }
        if !copied { out.append(escaping(text)) }
    }

    /// Whether `escape` would add a backslash to `text`.
    static func needsEscaping(_ text: String) -> Bool {
        UTF8Scan.withBytes(text, needsEscaping)
    }

    /// Whether `escape` would add a backslash to the text of these bytes: a special byte, a
    /// first byte that opens a list item or underline, or leading digits closed by "." or ")".
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") { return true }
        var digits = 0
        while digits < bytes.count, bytes[digits] &- 0x30 < 10 { digits += 1 }
        if digits > 0, digits < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")") { return true }
        // Eight bytes a test: most text has none to escape.
        return specials.firstIndex(in: bytes) < bytes.count
    }

    /// `isSpecial` as a `ByteClass`.
    private static let specials = ByteClass(isSpecial)
}
