/// Removes what a wire story puts before its first words of news: a dateline
/// ("HAYWARD, Calif. (AP) - ", "SEOUL, Dec. 29 (Korea Bizwire) —") or a bare agency credit
/// ("(CNN) -- ", "(Reuters) - ").
enum WireLead {
    /// `text` without a leading dateline or agency credit.
    static func stripped(_ text: String) -> String {
        var text = text
        if let match = DatelineParser.parse(text), match.length < text.unicodeScalars.count {
            text = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(match.length)))
        }
        if mayOpenWithParenthesis(text), let credit = text.prefixMatch(of: bareCredit) {
            text = String(text[credit.range.upperBound...])
        }
        return text
    }

    /// Whether the first character after ASCII spaces is "(" or not ASCII (so `bareCredit` may match).
    private static func mayOpenWithParenthesis(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
            return byte == UInt8(ascii: "(") || byte >= 0x80
        }
        return false
    }

    /// "(AP) — ", "(CNN) -- ", "(Korea Bizwire) : ": a short parenthesized name and a dash or colon.
    private nonisolated(unsafe) static let bareCredit = #/\s*\([A-Z][A-Za-z .&'-]{0,30}\)\s*(--|—|–|-|:)\s*/#
}
