/// What a source line's bytes rule out before `ScrapedTextParser` asks the classifiers about it.
///
/// Most lines of an article are body paragraphs, which no classifier claims, and each classifier
/// reads the whole line again: `isJunk` trims and lower-cases it, `isCaption` and the byline's
/// link test fold it, each to search it for its own phrases. The gates read the line's first
/// bytes, whether it has a space, and one search of its folded bytes for every phrase a caption,
/// a disclosure or a link is found by. A line a gate rules out is one its classifier turns away
/// (`Ingest35LineGateTests` asks both about every line of the seeds and the real articles).
struct LineGates {
    /// False when `LineClassifier.isSeparator` surely turns the line away: it opens with an
    /// ASCII byte that is neither a separator mark nor a space.
    let mayBeSeparator: Bool
    /// False when `LineClassifier.isJunk` surely does.
    let mayBeJunk: Bool
    /// False when `LineClassifier.isImageFileName` surely does: the line has a space.
    let mayBeImageFileName: Bool
    /// False when the folded line holds none of `phrases`: then it has no caption phrase (only
    /// `LineClassifier.endsWithPhotoCredit` can make it a caption), no link, and no disclosure.
    let mayHoldPhrase: Bool

    init(_ line: String) {
        (mayBeSeparator, mayBeJunk, mayBeImageFileName, mayHoldPhrase) = UTF8Scan.withBytes(line) { bytes in
            let first = bytes.first ?? 0x20
            let separator = first >= 0x80 || Self.separatorBytes[Int(first)]
            let hasSpace = bytes.contains(0x20)
            let (phrase, opening) = FoldedText.withFolded(line) { folded in
                (Self.phrases.occurs(in: folded), Self.mayOpenJunk(line, bytes, folded))
            }
            // `isJunk`: a long line is junk only as a legal notice, a line with no space may be an
            // e-mail address, a disclosure is one of `phrases`; the other rules read its opening.
            let junk = bytes.count >= 480 || !hasSpace || phrase || opening
            return (separator, junk, !hasSpace, phrase)
        }
    }

    /// Bytes a line `isSeparator` accepts may open with: the ASCII separator marks and spaces.
    private static let separatorBytes: [Bool] = (0..<128).map { byte in
        "#*-=_~+".utf8.contains(UInt8(byte)) || UInt8(byte).isASCIIWhitespace
    }

    /// The phrases `isCaption`, `BylineParser`'s link test and `isJunk`'s disclosures search for
    /// (all ASCII). `isJunk` searches the lower-cased line, where a Kelvin sign (U+212A) is a
    /// "k": each disclosure is also listed with its "k"s written so. (U+0130 lower-cases to "i"
    /// and a combining dot, which no phrase has after an "i"; no other scalar past ASCII
    /// lower-cases to ASCII.)
    static let phraseList: [String] = LineClassifier.captionPhraseList + LineClassifier.captionOpeningList
        + BylineParser.linkPhraseList + LineClassifier.disclosurePhraseList.flatMap(kelvinSpellings)
    private static let phrases = PhraseSet(phraseList)

    /// `phrase` with each of its "k"s written as "k" or as the Kelvin sign, every combination.
    static func kelvinSpellings(_ phrase: String) -> [String] {
        phrase.unicodeScalars.reduce([""]) { spellings, scalar in
            scalar == "k" ? spellings.flatMap { [$0 + "k", $0 + "\u{212A}"] } : spellings.map { $0 + String(scalar) }
        }
    }

    /// The ASCII openings of the lines and prefixes `isJunk` compares a line's lower-cased core
    /// with (each up to its first byte past ASCII; none is empty but those that open past ASCII,
    /// which are left out).
    static let openingList: [String] = (LineClassifier.junkLineList + LineClassifier.legalPrefixList + LineClassifier.junkPrefixList)
        .map { String(decoding: $0.utf8.prefix { $0 < 0x80 }, as: UTF8.self) }
        .filter { !$0.isEmpty }
    private static let openings = PhraseSet(openingList)
    /// Bytes of the core's opening compared with `openings`: more than the longest opening has.
    static let openingReach = 64

    /// Whether `isJunk`'s lower-cased core of `line` (without the punctuation and spaces
    /// around it) may be or open with one of its lines or prefixes. Its ASCII opening is the
    /// folded bytes' (`folded`); an opening past ASCII, or a core opening with ASCII that runs
    /// into a scalar lower-cased to ASCII (U+0130, U+212A), is left to `isJunk`.
    private static func mayOpenJunk(_ line: String, _ bytes: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        // A letter or digit is no punctuation: the core opens with the first, or with the one
        // after an opening quote mark (a paragraph of quotes).
        let start: Int
        if let first = bytes.first, first.isASCIIAlphanumeric {
            start = 0
        } else if bytes.count > 3, bytes[0] == 0xE2, bytes[1] == 0x80, bytes[2] == 0x9C, bytes[3].isASCIILetter {
            start = 3
        } else {
            let core = line[...].boundsTrimmingPunctuationAndSpaces()
            start = line.utf8.distance(from: line.startIndex, to: core.lowerBound)
        }
        let reach = min(bytes.count, start + openingReach)
        var end = start
        // Most openings are ASCII: eight bytes at a time.
        while end + 8 <= reach, ByteWord(bytes, at: end).isASCII { end += 8 }
        while end < reach, bytes[end] < 0x80 { end += 1 }
        if end == start { return true }
        if end < reach, Self.lowerCasesToASCII(bytes, at: end) { return true }
        return openings.opens(UnsafeBufferPointer(rebasing: folded[start..<end]))
    }

    /// Whether the scalar at byte `i` is U+0130 (C4 B0) or U+212A (E2 84 AA).
    private static func lowerCasesToASCII(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let rest = bytes.count - i
        return (rest >= 2 && bytes[i] == 0xC4 && bytes[i + 1] == 0xB0)
            || (rest >= 3 && bytes[i] == 0xE2 && bytes[i + 1] == 0x84 && bytes[i + 2] == 0xAA)
    }
}
