/// Splits a paragraph into sentences, aware of abbreviations common in news copy
/// ("Mr.", "Dec.", "U.S.", "Adm.") and of closing quote marks after the full stop.
public enum SentenceSplitter {
    /// A sentence and its Unicode-scalar range in the paragraph (end exclusive).
    public struct Sentence: Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
    }

    public static func split(_ paragraph: String) -> [Sentence] {
        split(paragraph, scalars: paragraph.unicodeScalarArray)
    }

    /// The sentences of `paragraph`, whose Unicode scalars (`paragraph.unicodeScalarArray`) are
    /// at hand; each sentence's text is copied from the paragraph's UTF-8 bytes as a substring
    /// of it, whose bytes are known to be valid (not checked again, as decoding them would).
    static func split(_ paragraph: String, scalars: [Unicode.Scalar]) -> [Sentence] {
        let ranges = sentenceRanges(scalars)
        let utf8 = paragraph.utf8
        return scalars.withUnsafeBufferPointer { scalars in
            let ascii = utf8.count == scalars.count
            // Sentences are in order: the byte offset of scalar `scalar` is carried from one to the next.
            var scalar = 0
            var byte = utf8.startIndex
            return ranges.map { range in
                byte = utf8.index(byte, offsetBy: scalars.utf8Count(scalar..<range.lowerBound, allASCII: ascii))
                let end = utf8.index(byte, offsetBy: scalars.utf8Count(range, allASCII: ascii))
                let text = String(paragraph[byte..<end])
                scalar = range.upperBound
                byte = end
                return Sentence(text: text, start: range.lowerBound, end: range.upperBound)
            }
        }
    }

    /// The scalar ranges of the sentences of a paragraph given as its Unicode scalars, without
    /// the spaces around them.
    private static func sentenceRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while true {
            i = scalars.withUnsafeBufferPointer { fullStop(in: $0, from: i) }
            guard i < scalars.count else { break }
            let s = scalars[i]
            var j = i + 1
            while j < scalars.count, isCloser(scalars[j]) { j += 1 }
            let atBreak = j == scalars.count
                || (scalars[j].isSpace && startsSentence(scalars, after: j))
            if atBreak && !(s == "." && (isAbbreviation(scalars, endingAt: i) || isCurrencySign(scalars, endingAt: i, next: j))) {
                append(scalars, start, j, to: &sentences)
                start = j
                i = j
                continue
            }
            i += 1
        }
        append(scalars, start, scalars.count, to: &sentences)
        return sentences
    }

    /// ".", "!" and "?": bit `v` for the scalar of value `v`.
    private static let fullStops: UInt64 = 1 << 0x2E | 1 << 0x21 | 1 << 0x3F

    /// The index of the first ".", "!" or "?" from `start` on, or the count: told from the
    /// values, as most scalars are none of them.
    private static func fullStop(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        let stops = fullStops
        var i = start
        while i < scalars.count {
            let v = scalars[i].value
            if v < 0x40, stops >> UInt64(v) & 1 != 0 { return i }
            i += 1
        }
        return i
    }

    /// A mark that closes a sentence after its full stop: `"”’')`.
    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201D}", "\u{2019}", "'", ")": true
        default: false
        }
    }

    private static func startsSentence(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var k = index
        while k < scalars.count, scalars[k].isSpace { k += 1 }
        guard k < scalars.count else { return true }
        let c = scalars[k]
        // ASCII capitals are told from the value, without the property look-up.
        return (c.value < 0x80 ? c.value &- 0x41 < 26 : c.properties.isUppercase) || c == "\u{201C}" || c == "\"" || c == "("
            || ("0"..."9").contains(c) || c == "\u{2018}"
    }

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], endingAt dot: Int) -> Bool {
        var k = dot
        while k > 0, isAlphabetic(scalars[k - 1]) || scalars[k - 1] == "." { k -= 1 }
        let word = scalars[k..<dot]
        guard word.allSatisfy({ $0.value < 0x80 }) else { return isAbbreviation(Substring(String(scalars: word))) }
        // ASCII (nearly every word), decided as `isAbbreviation(_:)` decides, from the scalars:
        // one capital, an inner period, or a listed word in any case.
        if word.count == 1, let only = word.first, only.value &- 0x41 < 26 { return true }
        if word.contains(".") { return true }
        guard !word.isEmpty else { return false }
        // Its bytes lower-cased on the stack, looked up without making a string.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lower in
            scalars.withUnsafeBufferPointer { abbreviationTable.contains(ascii: ExactWordFilter.lowercase($0, k..<dot, into: lower)) }
        }
    }

    /// `abbreviations` for look-ups of ASCII bytes.
    private static let abbreviationTable = LexiconSet(abbreviations)

    /// Whether `word` (letters and inner periods, without its final period) is written before a
    /// period that ends no sentence: an initial ("M. H. Lee"), a dotted short form ("U.S",
    /// "a.m") or a listed abbreviation ("Mr", "Sept").
    static func isAbbreviation(_ word: Substring) -> Bool {
        if word.count == 1, word.startsWithUppercase { return true }
        if word.contains(".") { return true }
        return abbreviationFilter.mayContain(String(word)) && abbreviations.contains(word.lowercased())
    }

    /// `properties.isAlphabetic`, told from the value for ASCII (only its letters are alphabetic).
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
    }

    private static let abbreviationFilter = WordLengthFilter(abbreviations)

    /// "Rs. 500 crore", "Gs. 5 million": a currency sign written with a period, before digits.
    private static func isCurrencySign(_ scalars: [Unicode.Scalar], endingAt dot: Int, next: Int) -> Bool {
        var k = next
        while k < scalars.count, scalars[k].isSpace { k += 1 }
        guard k < scalars.count, ("0"..."9").contains(scalars[k]) else { return false }
        var w = dot
        while w > 0, !scalars[w - 1].isSpace { w -= 1 }
        return CurrencyLexicon.isSign(String(scalars: scalars[w...dot]))
    }

    /// Words that end in a period without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
        "adm", "sgt", "cmdr", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "vs", "no", "del", "sens", "reps",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "co", "ltd", "dept", "univ", "est", "approx", "etc", "ft", "mt",
    ]

    private static func append(
        _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, to sentences: inout [Range<Int>]
    ) {
        var s = start
        var e = end
        while s < e, scalars[s].isSpace { s += 1 }
        while e > s, scalars[e - 1].isSpace { e -= 1 }
        guard s < e else { return }
        sentences.append(s..<e)
    }
}
