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

    /// Whether `scalars` (one sentence) have a digit, a vulgar fraction or a number word.
    /// False only when `FigureExtractor` finds no figure in them.
    static func mayHoldFigure(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let longest = longestWord
        let words = numberWords
        return scalars.withUnsafeBufferPointer { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest) { buffer in
                var i = 0
                let end = scalars.count
                while i < end {
                    let v = scalars[i].value
                    if v &- 0x30 < 10 || (v >= 0x80 && NumberWords.vulgarFractions[v] != nil) { return true }
                    guard isLetter(scalars[i]) else { i += 1; continue }
                    // A run of letters, as `FigureLexer` makes a word of it (apostrophes end the
                    // run: a word with one is no number word).
                    var j = i
                    var ascii = true
                    while j < end, isLetter(scalars[j]) {
                        if scalars[j].value >= 0x80 { ascii = false }
                        j += 1
                    }
                    if ascii {
                        if j - i <= longest {
                            for k in i..<j {
                                let b = UInt8(truncatingIfNeeded: scalars[k].value)
                                buffer[k - i] = b &- 0x41 < 26 ? b + 0x20 : b
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
    }

    /// A letter as `FigureLexer` tells one.
    @inline(__always)
    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return s.properties.isAlphabetic
    }
}
