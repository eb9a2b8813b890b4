/// HTML escaping exactly as Mustache's `{{value}}` does it, for values Briefing escapes once
/// and the templates insert raw (`{{{…HTML}}}`), such as a card shown on several pages.
///
/// Mustache replaces `<`, `>`, `&`, `"` and `'` when each is a whole character (grapheme
/// cluster): a quote followed by a combining mark is one character and stays as it is. This
/// works on UTF-8 bytes and walks characters only around a special byte next to non-ASCII.
enum HTMLEscaper {
    static func escape(_ text: String) -> String {
        let (needsEscape, bytewise) = scan(text)
        guard needsEscape else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        if bytewise {
            EscapedText.append(text, to: &out) { bytes, i in replacement(bytes[i]).map { ($0, 1) } }
            return out
        }
        return byCharacter(text)
    }

    /// Appends `escape(text)`'s bytes to `out`, without making it a string first when the
    /// text can be escaped byte by byte.
    static func append<Output: UTF8Output>(_ text: String, escapedTo out: inout Output) {
        let (needsEscape, bytewise) = scan(text)
        if !needsEscape {
            out.append(text)
        } else if bytewise {
            EscapedText.append(text, to: &out) { bytes, i in replacement(bytes[i]).map { ($0, 1) } }
        } else {
            out.append(byCharacter(text))
        }
    }

    /// Whether `text` holds a special byte, and whether each such byte has ASCII neighbours
    /// (so it is a character of its own and the text can be escaped byte by byte). The bytes
    /// between special ones are passed over eight at a time (`ByteClass`).
    private static func scan(_ text: String) -> (needsEscape: Bool, bytewise: Bool) {
        var needsEscape = false, bytewise = true
        text.utf8.withContiguousStorageIfAvailable { bytes in
            let specials = specialBytes
            var i = specials.firstIndex(in: bytes)
            while i < bytes.count {
                needsEscape = true
                // ASCII neighbours make the byte a character of its own: no scalar before it
                // glues to what follows (Prepend) and no ASCII scalar glues to what precedes.
                if (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.count && bytes[i + 1] >= 0x80) {
                    // One such byte decides: the text is escaped by characters.
                    bytewise = false
                    return
                }
                i = specials.firstIndex(in: bytes, from: i + 1)
            }
        } ?? { needsEscape = true; bytewise = false }()
        return (needsEscape, bytewise)
    }

    /// `isSpecial` as a `ByteClass`.
    private static let specialBytes = ByteClass(isSpecial)

    /// `text` escaped a character (grapheme cluster) at a time.
    private static func byCharacter(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            if character.utf8.count == 1, let replacement = replacement(character.utf8.first!) {
                out += replacement
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// `<`, `>`, `&`, `"` and `'`: all below 0x40, so one bit each of a 64-bit mask.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x40 && (specials >> byte) & 1 != 0
    }

    private static let specials: UInt64 = 1 << 0x3C | 1 << 0x3E | 1 << 0x26 | 1 << 0x22 | 1 << 0x27

    private static func replacement(_ byte: UInt8) -> String? {
        switch byte {
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x26: "&amp;"
        case 0x22: "&quot;"
        case 0x27: "&#39;"
        default: nil
        }
    }
}
