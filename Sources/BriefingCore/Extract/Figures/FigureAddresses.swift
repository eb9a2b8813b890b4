/// Numbers that belong to something other than a quantity and are seen only around the
/// number's whole word: web addresses, URL-encoded text, identifiers, street addresses and
/// phone area codes.
enum FigureAddresses {
    /// Street words after a house number and a street name: "1119 Eighth St.", "405 Williams Ave.".
    static let streetWords: LexiconSet = [
        "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "ln", "lane", "pl", "place",
        "pkwy", "parkway", "hwy", "terrace", "sq", "square", "plaza", "circle", "way",
    ]

    /// Whether the whitespace-separated word of a sentence (its `scalars`) holding scalar
    /// `offset` is a web address, an e-mail address, URL-encoded text or an identifier: no
    /// number inside one is a figure.
    static func isInCode(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int) -> Bool {
        var start = offset, end = offset
        while end < scalars.count, !scalars[end].isSpace { end += 1 }
        guard end > offset else { return false }
        while start > 0, !scalars[start - 1].isSpace { start -= 1 }
        return isCode(UnsafeBufferPointer(rebasing: scalars[start..<end]))
    }

    /// "https://…", "www.…", "example.com/…", "a@b.org", "Annual%20Report", "?id=4521",
    /// "978-3-319-09575-2": a word that is an address or a code.
    static func isCode(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        // Every kind below needs a digit and one of these marks, or starts like "www.".
        guard word.first == "w" || word.first == "W" || word.contains(where: isCodeMark),
              word.contains(where: { ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0x80 && $0.properties.numericType != nil) })
        else { return false }
        let text = String(scalars: word).lowercased()
        if text.contains("://") || text.hasPrefix("www.") || text.contains("@") { return true }
        if text.contains("="), text.contains(where: \.isLetter) { return true }
        // A domain followed by a path: "example.com/news/2024".
        if let slash = text.firstIndex(of: "/"), let dot = text[..<slash].lastIndex(of: "."),
           text[text.index(after: dot)..<slash].count >= 2, text[text.index(after: dot)..<slash].allSatisfy(\.isLetter) { return true }
        // Percent-encoding glued between characters: "Annual%20Report", "north%20korea".
        let scalars = text.unicodeScalarArray
        for i in scalars.indices where scalars[i] == "%" && i > 0 && i + 2 < scalars.count {
            if scalars[i + 1].properties.isASCIIHexDigit, scalars[i + 2].properties.isASCIIHexDigit,
               !scalars[i - 1].isSpace, i + 3 < scalars.count || scalars[i - 1].properties.isAlphabetic { return true }
        }
        // Four or more groups of digits: ISBNs, DOIs, serial numbers ("10.1007/978-3-319-09575-2").
        var groups = 0
        var inDigits = false
        for s in scalars {
            let digit = s.value >= 0x30 && s.value <= 0x39
            if digit && !inDigits { groups += 1 }
            inDigits = digit
        }
        return groups >= 4 && (text.contains("/") || text.contains("_") || text.filter { $0 == "-" }.count >= 3)
    }

    /// One of the marks an address or code holds: `:/@=%_-`.
    private static func isCodeMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ":", "/", "@", "=", "%", "_", "-": return true
        default: return false
        }
    }

    /// "1119 Eighth St.", "469 Vermont St.", "Fifth Avenue": a house number followed by a
    /// street's name and a street word, or a street's ordinal followed by the street word.
    static func isStreet(_ lx: [FigureLexeme], after end: Int, ordinal: Bool) -> Bool {
        var k = end
        var names = 0
        while k < lx.count, names < 3, lx[k].isWord, lx[k].spaced, FoundFigure.isCapitalized(lx[k].text) {
            if streetWords.contains(lx[k].lower), names > 0 || ordinal { return true }
            names += 1
            k += 1
        }
        return false
    }

    /// "(202) 555-0143": an area code in parentheses before a number joined by a hyphen.
    static func isAreaCode(_ lx: [FigureLexeme], _ start: Int, _ end: Int) -> Bool {
        guard start > 0, lx[start - 1].isSymbol("("), end + 3 < lx.count, lx[end].isSymbol(")"),
              lx[end + 1].isNumber, lx[end + 2].isSymbol("-"), !lx[end + 2].spaced, lx[end + 3].isNumber else { return false }
        return lx[start].text.count == 3 && lx[end + 1].text.count == 3
    }
}
