extension String {
    /// Words of the text: runs of characters that are not whitespace, as
    /// `split(whereSeparator: \.isWhitespace).count` counts them, without making the words.
    /// A character is whitespace when its first scalar is. Text where no scalar joins the one
    /// before it into a character (`Unicode.Scalar.mayJoinPrevious`) is counted by scalars;
    /// other text (combining marks, emoji, scripts with prepended signs) by characters. Read
    /// from the UTF-8 bytes: eight ASCII bytes at a time, other scalars decoded.
    var whitespaceWordCount: Int {
        let counted = UTF8Scan.withBytes(self) { bytes -> Int? in
            var count = 0, inWord = false, i = 0
            // The words starting in each byte of the eight-byte steps, a count per byte, added to
            // `count` (`ByteWord.byteSum`) at the end and before a byte could count past 255.
            var starts: UInt64 = 0, steps = 0
            while i < bytes.count {
                if i + 8 <= bytes.count {
                    let word = ByteWord(bytes, at: i)
                    if word.isASCII {
                        // A word starts at a byte that is no space after one that is (the byte
                        // before the eight: the last one read).
                        let inWords = word.asciiNonSpaceBits
                        starts &+= (inWords & ~(inWords << 8 | (inWord ? 0x80 : 0))) &>> 7
                        inWord = inWords >> 63 != 0
                        i += 8
                        steps &+= 1
                        if steps == 255 {
                            count += ByteWord.byteSum(starts)
                            (starts, steps) = (0, 0)
                        }
                        continue
                    }
                }
                let byte = bytes[i]
                let space: Bool
                if byte < 0x80 {
                    space = byte.isASCIIWhitespace
                    i += 1
                } else {
                    // Other scalars are decoded from their bytes, as `unicodeScalars` reads them.
                    let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
                    if scalar.mayJoinPrevious { return nil }
                    space = scalar.separatesWords
                    i += length
                }
                if !space, !inWord { count += 1 }
                inWord = !space
            }
            return count + ByteWord.byteSum(starts)
        }
        return counted ?? characterWordCount
    }

    private var characterWordCount: Int {
        var count = 0, inWord = false
        for character in self {
            if !character.isWhitespace, !inWord { count += 1 }
            inWord = !character.isWhitespace
        }
        return count
    }

    /// The words `split(whereSeparator: \.isWhitespace)` gives: runs of characters that are
    /// not whitespace. Split at whitespace scalars where no scalar joins the one before it into
    /// a character (`Unicode.Scalar.mayJoinPrevious`), by characters otherwise.
    var whitespaceWords: [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        var index = startIndex
        let scalars = unicodeScalars
        while index < endIndex {
            let scalar = scalars[index]
            if scalar.mayJoinPrevious { return split(whereSeparator: \.isWhitespace) }
            if scalar.separatesWords {
                if let first = start { words.append(self[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let first = start { words.append(self[first..<endIndex]) }
        return words
    }
}

private extension Unicode.Scalar {
    /// Whitespace as `Character.isWhitespace` tells it of a character of this one scalar,
    /// decided without the property table for ASCII (space, tab to carriage return) and for
    /// the punctuation U+2010–U+2027 (dashes, curly quote marks, ellipsis), none of it a space.
    var separatesWords: Bool {
        if value < 0x80 { return value == 0x20 || value &- 0x09 < 5 }
        return value &- 0x2010 >= 0x18 && properties.isWhitespace
    }
}
