/// `isPlausibleName`'s tests of a run that comes down to one word, read from the bytes of an
/// ASCII word: most such runs are one capitalized name ("Trump"), which passes every test, and
/// each test made the word lower-cased, looked up or read again.
extension QuoteAttribution {
    /// The lower-case words a lone word may not be (`functionWords`, `roleModifiers`,
    /// `demonyms`, `nationalityNouns`), one table for one look-up.
    private static let loneNonNames = LexiconSet(functionWords.words.union(roleModifiers.words).union(demonyms.words).union(nationalityNouns.words))

    /// Whether `word`, all that is left of a run, may be a name: not a function word, role
    /// modifier or nationality lower-cased, nor an adverb in "-ly", a compound adjective
    /// ("Trek-related"), a shouted word of more than six letters ("CRUSHED") or a nationality
    /// adjective of more than four ("Republican", "Maltese"). Nil for a word past ASCII or with a
    /// carriage return (a character of two bytes with a line feed), whose characters are not its bytes.
    static func loneASCIIWordMayBeName(_ word: String) -> Bool? {
        UTF8Scan.withBytes(word) { bytes -> Bool? in
            let n = bytes.count
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { buffer -> Bool? in
                var lower = false
                for k in 0..<n {
                    let byte = bytes[k]
                    guard byte < 0x80, byte != 0x0D else { return nil }
                    if byte &- 0x61 < 26 { lower = true }
                    buffer[k] = byte.asciiLowercased
                }
                let folded = UnsafeBufferPointer(buffer)
                if loneNonNames.contains(ascii: folded) || UTF8Scan.hasSuffix(folded, "ly") { return false }
                // The last part after a hyphen (empty parts left out, as `split` leaves them) opening in lower case.
                if bytes.contains(0x2D) {
                    var end = n
                    while end > 0, bytes[end - 1] == 0x2D { end -= 1 }
                    var start = end
                    while start > 0, bytes[start - 1] != 0x2D { start -= 1 }
                    if start < end, bytes[start] &- 0x61 < 26 { return false }
                }
                if n > 6, !lower { return false }
                return !(n > 4 && hasNationalSuffix(folded))
            }
        }
    }

    /// Whether the lower-case ASCII word of `folded` ends with one of `nationalSuffixes`, told
    /// from its last byte, which each suffix ends with a byte of its own ("ican" "n", "ic" "c",
    /// "ese" "e", "ish" "h"): most words are ruled out by it, without the list read.
    static func hasNationalSuffix(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        switch folded.last {
        case 0x6E: UTF8Scan.hasSuffix(folded, "ican")
        case 0x63: UTF8Scan.hasSuffix(folded, "ic")
        case 0x65: UTF8Scan.hasSuffix(folded, "ese")
        case 0x68: UTF8Scan.hasSuffix(folded, "ish")
        default: false
        }
    }
}
