/// One line of a source text, trimmed, with where it starts in the text (Unicode scalars).
struct SourceLine: Equatable {
    var text: String
    var start: Int
    /// 1-based line number, for diagnostics.
    var number: Int

    var isBlank: Bool { text.isEmpty }

    /// Splits on LF, CRLF and CR, trimming each line and keeping scalar offsets exact.
    ///
    /// One pass over the UTF-8 bytes, eight at a time between line breaks: scalar offsets are
    /// counted from the bytes that start a scalar, and only non-ASCII scalars at a line's ends
    /// are decoded for the space test.
    ///
    /// The bytes of `text` are valid UTF-8, and so are a line's (cut at scalar boundaries): a
    /// line with bytes past ASCII is copied from `text` as a substring, which is not validated
    /// again (validating a line with curly quotes cost twice as much as the copy); an ASCII line,
    /// quick to validate, is decoded from its bytes, and a blank one is not made at all.
    static func lines(of text: String) -> [SourceLine] {
        UTF8Scan.withBytes(text) { bytes in
            var lines: [SourceLine] = []
            var number = 1
            var lineStart = 0, lineStartScalar = 0
            var scalarIndex = 0
            // The bytes of the line being read ORed together: their high bit marks a byte past ASCII.
            var lineBits: UInt64 = 0
            func emit(_ end: Int) {
                var s = lineStart, sScalar = lineStartScalar
                var e = end
                while s < e, let (isSpace, length) = spaceScalar(bytes, at: s) {
                    guard isSpace else { break }
                    s += length
                    sScalar += 1
                }
                while e > s {
                    var last = e - 1
                    while last > s, bytes[last] & 0xC0 == 0x80 { last -= 1 }
                    guard let (isSpace, _) = spaceScalar(bytes, at: last), isSpace else { break }
                    e = last
                }
                let line: String
                if s == e {
                    line = ""
                } else if lineBits & 0x8080_8080_8080_8080 == 0 {
                    line = UTF8Scan.string(bytes, s..<e)
                } else {
                    let lower = text.utf8.index(text.utf8.startIndex, offsetBy: s)
                    line = String(text[lower..<text.utf8.index(lower, offsetBy: e - s)])
                }
                lines.append(SourceLine(text: line, start: sScalar, number: number))
                number += 1
            }
            var i = 0
            while i < bytes.count {
                // Eight bytes with no line break are only counted.
                if i + 8 <= bytes.count {
                    let word = ByteWord(bytes, at: i)
                    if !word.contains(0x0A), !word.contains(0x0D) {
                        lineBits |= word.bits
                        scalarIndex += word.scalarStarts
                        i += 8
                        continue
                    }
                }
                let byte = bytes[i]
                if byte == 0x0A || byte == 0x0D {
                    emit(i)
                    if byte == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                        i += 1
                        scalarIndex += 1
                    }
                    lineStart = i + 1
                    lineStartScalar = scalarIndex + 1
                    lineBits = 0
                } else {
                    lineBits |= UInt64(byte)
                }
                if byte & 0xC0 != 0x80 { scalarIndex += 1 }
                i += 1
            }
            if lineStart < bytes.count { emit(bytes.count) }
            return lines
        }
    }

    /// Whether the scalar starting at byte `i` is a space (`Unicode.Scalar.isSpace`), and its
    /// length in bytes.
    @inline(__always)
    private static func spaceScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Bool, Int)? {
        let b = bytes[i]
        if b < 0x80 { return (b.isASCIIWhitespace, 1) }
        let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
        return (scalar.isSpace, length)
    }
}
