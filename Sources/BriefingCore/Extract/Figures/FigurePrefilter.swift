/// Tells, from a sentence's scalars alone, whether it can hold a figure, so that most sentences
/// are passed over before they are lexed.
///
/// Every figure has a number (`FigureAmount.number`), and `NumberParser` reads one only from
/// ASCII digits, a vulgar fraction or a word of `numberWords` (a cardinal, a scale, an
/// ordinal, a denominator, a rough plural, a dozen, or the "dollar" of "a dollar"); a word
/// lexeme is a run of letters (`FigureLexer`), so a sentence without such a run, digit or
/// fraction yields no figure.
enum FigurePrefilter {
    /// The words a number written without digits is read from.
    static let numberWords: LexiconSet = {
        var words = Set<String>()
        words.formUnion(NumberWords.units.keys)
        words.formUnion(NumberWords.tens.keys)
        words.formUnion(NumberWords.scales.keys)
        words.formUnion(NumberWords.ordinals.keys)
        words.formUnion(NumberWords.denominators.keys)
        words.formUnion(NumberWords.roughPlurals.keys)
        words.formUnion(NumberWords.dozens)
        words.formUnion(CurrencyNewsForms.articleNames)
        return LexiconSet(words)
    }()

    /// Bytes in the longest of `numberWords`; a longer ASCII word is none of them.
    private static let longestWord = numberWords.map(\.utf8.count).max() ?? 0

    /// For the first two letters of ASCII words (their low five bits, which a letter shares
    /// with its other case), bit `n` set when a number word of `n` bytes starts with them:
    /// most words are ruled out before they are folded and hashed.
    private static let lengthsByStart: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for word in numberWords {
            let bytes = Array(word.utf8)
            // A word past ASCII might equal an ASCII one: then no word is ruled out.
            guard bytes.allSatisfy({ $0 < 0x80 }), let first = bytes.first else { return [UInt64](repeating: .max, count: 1024) }
            bits[slot(first, bytes.count > 1 ? bytes[1] : 0)] |= 1 << UInt64(bytes.count)
        }
        return bits
    }()

    @inline(__always)
    private static func slot(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x1F) << 5 | Int(second & 0x1F)
    }

    /// Whether `scalars` (one sentence) have a digit, a vulgar fraction or a number word.
    /// False only when `FigureExtractor` finds no figure in them.
    static func mayHoldFigure(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.withUnsafeBufferPointer { hasDigit($0) || hasNumberWord($0) }
    }

    /// Whether `scalars` have an ASCII digit or a vulgar fraction: most sentences with a
    /// figure are told by this loop alone, before their words are looked up.
    static func hasDigit(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        // In blocks of 32 scalars, told without a branch per scalar; the scalars of a block
        // past ASCII (a curly quote or a dash is common) are then told one by one, by the
        // fractions' ranges rather than looked up.
        var start = 0
        while start < scalars.count {
            let end = min(start + 32, scalars.count)
            var digits: UInt32 = 0, all: UInt32 = 0
            for k in start..<end {
                let v = scalars[k].value
                digits |= v &- 0x30 < 10 ? 1 : 0
                all |= v
            }
            if digits != 0 { return true }
            if all >= 0x80, scalars[start..<end].contains(where: { NumberWords.isVulgarFraction($0.value) }) { return true }
            start = end
        }
        return false
    }

    /// Whether `scalars` have a run of letters that is one of `numberWords`.
    static func hasNumberWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let longest = longestWord
        let words = numberWords
        let lengths = lengthsByStart
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest) { buffer in
            var i = 0
            let end = scalars.count
            while i < end {
                guard isLetter(scalars[i]) else { i += 1; continue }
                // A run of letters, as `FigureLexer` makes a word of it (apostrophes end the
                // run: a word with one is no number word).
                // An ASCII letter (most) is told by one test; the scalars past ASCII are ORed
                // into `all`, which tells the run's script at its end.
                var j = i + 1
                var all = scalars[i].value
                while j < end {
                    let v = scalars[j].value
                    if (v | 0x20) &- 0x61 < 26 { j += 1; continue }
                    guard v >= 0x80, isLetter(scalars[j]) else { break }
                    all |= v
                    j += 1
                }
                if all < 0x80 {
                    let first = UInt8(truncatingIfNeeded: scalars[i].value)
                    let second = j - i > 1 ? UInt8(truncatingIfNeeded: scalars[i + 1].value) : 0
                    if j - i <= longest, lengths[slot(first, second)] & (1 << UInt64(j - i)) != 0 {
                        for k in i..<j {
                            let b = UInt8(truncatingIfNeeded: scalars[k].value)
                            buffer[k - i] = b.asciiLowercased
                        }
                        if words.contains(ascii: UnsafeBufferPointer(rebasing: buffer[0..<(j - i)])) { return true }
                    }
                } else if words.contains(String(scalars: scalars[i..<j]).lowercased()) {
                    return true
                }
                i = j
            }
            return false
        }
    }

    /// A letter as `FigureLexer` tells one. General Punctuation (U+2000–U+206F: dashes, curly
    /// quotes) holds no letter.
    @inline(__always)
    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        if v &- 0x2000 < 0x70 { return false }
        return s.properties.isAlphabetic
    }
}
