import Foundation

/// Canonical composition (NFC) with a quick check: text made only of scalars that are already
/// composed and never combine with their neighbours (ASCII, Latin-1 and Latin Extended,
/// general punctuation, currency signs, CJK ideographs, Hangul syllables) is returned as it is,
/// without Foundation's normalizer, which was a tenth of the ingest profile.
enum CanonicalText {
    /// `text.precomposedStringWithCanonicalMapping`, skipped when `text` is already NFC by the
    /// quick check.
    static func precomposed(_ text: String) -> String {
        isQuickNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether every scalar of `text` lies in `stableRanges` (NFC_Quick_Check = Yes and
    /// canonical combining class 0), which makes the text NFC.
    static func isQuickNFC(_ text: String) -> Bool {
        UTF8Scan.withBytes(text) { bytes in
            var i = 0
            while i < bytes.count {
                if bytes[i] < 0x80 {
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
                guard isStable(scalar.value) else { return false }
                i += length
            }
            return true
        }
    }

    @inline(__always)
    static func isStable(_ value: UInt32) -> Bool {
        for range in stableRanges where range.contains(value) { return true }
        return false
    }

    /// Blocks whose scalars are all NFC_Quick_Check = Yes with combining class 0 (checked
    /// against Foundation's normalizer in the tests).
    static let stableRanges: [ClosedRange<UInt32>] = [
        0x00A0...0x02FF,  // Latin-1, Latin Extended-A/B, IPA, spacing modifiers
        0x0400...0x0482,  // Cyrillic (not its combining marks)
        0x048A...0x04FF,
        0x0620...0x064A,  // Arabic letters (not the harakat after them)
        0x0660...0x066F,
        0x0671...0x06D5,
        0x2002...0x2027,  // spaces, zero-width marks, dashes, quotes, bullets, ellipsis
        0x2030...0x205E,  // per mille, primes, guillemets
        0x20A0...0x20C0,  // currency signs
        0x2190...0x21FF,  // arrows
        0x3000...0x3029,  // CJK punctuation (not the tone marks after it)
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xAC00...0xD7A3,  // Hangul syllables
    ]
}
