/// One line of a source text, trimmed, with where it starts in the text (Unicode scalars).
struct SourceLine: Equatable {
    var text: String
    var start: Int
    /// 1-based line number, for diagnostics.
    var number: Int

    var isBlank: Bool { text.isEmpty }

    /// Splits on LF, CRLF and CR, trimming each line and keeping scalar offsets exact.
    static func lines(of text: String) -> [SourceLine] {
        let scalars = Array(text.unicodeScalars)
        var lines: [SourceLine] = []
        var lineStart = 0
        var i = 0
        var number = 1
        func emit(_ end: Int) {
            var s = lineStart
            var e = end
            while s < e, scalars[s].isSpace { s += 1 }
            while e > s, scalars[e - 1].isSpace { e -= 1 }
            lines.append(SourceLine(text: String(String.UnicodeScalarView(scalars[s..<e])), start: s, number: number))
            number += 1
        }
        while i < scalars.count {
            if scalars[i] == "\n" || scalars[i] == "\r" {
                emit(i)
                if scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        if lineStart < scalars.count { emit(scalars.count) }
        return lines
    }
}
