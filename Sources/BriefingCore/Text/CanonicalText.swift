import Foundation

/// Canonical composition (NFC) that leaves alone what is already composed: scalars that are
/// NFC and never combine with a neighbour before them ("stable": ASCII, Latin-1 and Latin
/// Extended, Cyrillic, Arabic letters, general punctuation, currency signs, arrows, CJK
/// ideographs, Hangul syllables) are copied, and only the stretches around other scalars (a
/// combining mark with the letter before it) go through Foundation's normalizer, which on whole
/// pages was the largest part of the ingest profile.
enum CanonicalText {
    /// `text.precomposedStringWithCanonicalMapping`. A text splits into independent parts
    /// before every stable scalar, so each run of other scalars is normalized with the stable
    /// scalar before it, and the rest is copied.
    static func precomposed(_ text: String) -> String {
        UTF8Scan.withBytes(text) { bytes in
            var out: [UInt8] = []
            var copied = 0
            var lastStable = 0
            var i = 0
            while i < bytes.count {
                // Eight ASCII bytes are eight stable scalars.
                if i + 8 <= bytes.count, ByteWord(bytes, at: i).isASCII {
                    lastStable = i + 7
                    i += 8
                    continue
                }
                if bytes[i] < 0x80 {
                    lastStable = i
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
                if isStable(scalar.value) {
                    lastStable = i
                    i += length
                    continue
                }
                // A stretch to normalize: from the stable scalar before it to the next stable one.
                let start = max(lastStable, copied)
                var end = i + length
                while end < bytes.count {
                    let (next, nextLength) = UTF8Scan.scalar(in: bytes, at: end)
                    if next.isASCII || isStable(next.value) { break }
                    end += nextLength
                }
                if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                out.append(contentsOf: UTF8Scan.string(bytes, start..<end).precomposedStringWithCanonicalMapping.utf8)
                copied = end
                i = end
            }
            guard copied > 0 else { return text }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    @inline(__always)
    static func isStable(_ value: UInt32) -> Bool {
        for range in stableRanges where range.contains(value) { return true }
        return false
    }

    /// Blocks whose scalars are all NFC_Quick_Check = Yes with combining class 0, none of them
    /// the second of a composition pair (checked against Foundation's normalizer in the
    /// tests); the most frequent first.
    static let stableRanges: [ClosedRange<UInt32>] = [
        0x00A0...0x02FF,  // Latin-1, Latin Extended-A/B, IPA, spacing modifiers
        0x2002...0x2027,  // spaces, zero-width marks, dashes, quotes, bullets, ellipsis
        0x0400...0x0482,  // Cyrillic (not its combining marks)
        0x048A...0x04FF,
        0x0620...0x064A,  // Arabic letters (not the harakat after them)
        0x0660...0x066F,
        0x0671...0x06D5,
        0x2030...0x205E,  // per mille, primes, guillemets
        0x20A0...0x20C0,  // currency signs
        0x2190...0x21FF,  // arrows
        0x3000...0x3029,  // CJK punctuation (not the tone marks after it)
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xAC00...0xD7A3,  // Hangul syllables
    ]
}
