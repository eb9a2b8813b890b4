import Foundation

extension String {
    /// The text without leading and trailing punctuation (Unicode category P) and spaces (see
    /// `Substring.trimmingPunctuationAndSpaces`).
    func trimmingPunctuationAndSpaces() -> String { self[...].trimmingPunctuationAndSpaces() }

    /// `trimmingCharacters(in: .whitespaces)` without bridging to `NSString` (see
    /// `Substring.trimmingSpaces`).
    func trimmingSpaces() -> String {
        // Most texts (a word, a quote) start and end with ASCII other than a space or a tab:
        // there is nothing to trim, and no copy is made.
        if let first = utf8.first, let last = utf8.last, first < 0x80, first != 0x20, first != 0x09, last < 0x80, last != 0x20, last != 0x09 {
            return self
        }
        return self[...].trimmingSpaces()
    }
}

extension Unicode.Scalar {
    /// A space or a tab as `CharacterSet.whitespaces` counts them (tab and the space
    /// separators), decided without the set for ASCII and for the punctuation U+2010–U+2027
    /// (dashes, curly quote marks, bullets, ellipsis), none of which is a space: the marks that
    /// open and close paragraphs of quotes.
    var isSpaceOrTab: Bool {
        if value < 0x80 { return self == " " || self == "\t" }
        if value &- 0x2010 < 0x18 { return false }
        return CharacterSet.whitespaces.contains(self)
    }
}

extension Substring {
    /// The text without leading and trailing punctuation (Unicode category P) and spaces, as
    /// `trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))` gives, without
    /// building a character set on every call. Scans UTF-8 bytes from both ends; only scalars
    /// past ASCII are decoded and looked up.
    func trimmingPunctuationAndSpaces() -> String {
        String(unicodeScalars[boundsTrimmingPunctuationAndSpaces()])
    }

    /// The bounds of the text `trimmingPunctuationAndSpaces` keeps (scalar-aligned), for
    /// callers that read its bytes without making a string of them.
    func boundsTrimmingPunctuationAndSpaces() -> Range<String.Index> {
        let text = self
        let bytes = text.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        // Leading trimmed scalars.
        while start < end {
            let byte = bytes[start]
            if byte < 0x80 {
                guard TrimTable.ascii[Int(byte)] else { break }
                start = bytes.index(after: start)
                continue
            }
            let scalarEnd = text.unicodeScalars.index(after: start)
            guard TrimTable.isTrimmed(text.unicodeScalars[start]) else { break }
            start = scalarEnd
        }
        // Trailing trimmed scalars.
        while end > start {
            var last = bytes.index(before: end)
            let byte = bytes[last]
            if byte < 0x80 {
                guard TrimTable.ascii[Int(byte)] else { break }
                end = last
                continue
            }
            while bytes[last] & 0xC0 == 0x80, last > start { last = bytes.index(before: last) }
            guard TrimTable.isTrimmed(text.unicodeScalars[last]) else { break }
            end = last
        }
        return start..<end
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs (`CharacterSet.whitespaces`: tab
    /// and the space separators), as `trimmingCharacters(in: .whitespaces)` gives, scanning
    /// UTF-8 bytes from both ends; Foundation's version bridges to `NSString` and back.
    func trimmingSpaces() -> String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end {
            let byte = bytes[start]
            if byte < 0x80 {
                guard byte == 0x20 || byte == 0x09 else { break }
                start = bytes.index(after: start)
                continue
            }
            guard unicodeScalars[start].isSpaceOrTab else { break }
            start = unicodeScalars.index(after: start)
        }
        while end > start {
            var last = bytes.index(before: end)
            let byte = bytes[last]
            if byte < 0x80 {
                guard byte == 0x20 || byte == 0x09 else { break }
                end = last
                continue
            }
            while bytes[last] & 0xC0 == 0x80, last > start { last = bytes.index(before: last) }
            guard unicodeScalars[last].isSpaceOrTab else { break }
            end = last
        }
        return String(unicodeScalars[start..<end])
    }
}

/// Which scalars `trimmingPunctuationAndSpaces` removes: spaces, tabs and Unicode punctuation.
private enum TrimTable {
    /// `isTrimmed` for the 128 ASCII scalars, computed once.
    static let ascii: [Bool] = (0..<128).map { isTrimmed(Unicode.Scalar(UInt8($0))) }

    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " || scalar == "\t" { return true }
        if scalar.isASCII && (scalar.value | 0x20) &- 0x61 < 26 { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .spaceSeparator:
            return true
        default:
            return false
        }
    }
}
