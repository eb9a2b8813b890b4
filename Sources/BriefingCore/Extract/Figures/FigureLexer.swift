/// One piece of a sentence as the figure parser sees it: a number, a word or one symbol.
struct FigureLexeme: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case number, word, symbol }

    let kind: Kind
    /// The text as written.
    let text: String
    /// Lowercased text, for table look-ups.
    var lower: String
    /// Offsets in Unicode scalars into the scanned sentence; end exclusive.
    var start: Int
    var end: Int
    /// True when whitespace separates this lexeme from the one before.
    var spaced: Bool
    /// The value of a number lexeme ("1,234.5" → 1234.5, "½" → 0.5).
    var value: Double
    /// A number written with a decimal separator or as a vulgar fraction.
    let isDecimal: Bool
    /// A number of plain digits only ("2024", not "2,024" or "20.24"), told once from its text.
    let isPlainInteger: Bool
    /// A word whose scalars are all ASCII, told by the lexer as it reads them (false for
    /// numbers and symbols), so that `FigureExtractor.mayStart` reads no scalar for it again.
    let isASCIIWord: Bool

    init(
        kind: Kind, text: String, lower: String, start: Int, end: Int, spaced: Bool, value: Double = 0, isDecimal: Bool = false,
        isASCIIWord: Bool = false
    ) {
        self.kind = kind
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end
        self.spaced = spaced
        self.value = value
        self.isDecimal = isDecimal
        isPlainInteger = kind == .number && !isDecimal && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        self.isASCIIWord = isASCIIWord
    }

    /// A number of plain `digits` (its text and lowercase) worth `value`.
    init(plainInteger digits: String, value: Double, start: Int, end: Int, spaced: Bool) {
        kind = .number
        text = digits
        lower = digits
        self.start = start
        self.end = end
        self.spaced = spaced
        self.value = value
        isDecimal = false
        isPlainInteger = true
        isASCIIWord = false
    }

    var isNumber: Bool { kind == .number }
    var isWord: Bool { kind == .word }
    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }

    /// The lower-cased lexemes `lx[range]` joined by spaces, the key of a phrase in a table; a
    /// single lexeme's is its own, without joining.
    static func key(_ lx: [FigureLexeme], _ range: Range<Int>) -> String {
        range.count == 1 ? lx[range.lowerBound].lower : range.map { lx[$0].lower }.joined(separator: " ")
    }
}

/// Splits a sentence into `FigureLexeme`s by scanning Unicode scalars once.
///
/// Unlike `Tokenizer`, hyphens are their own lexemes ("8,700-ton" → 8700, -, ton), digits and
/// letters glued together are split ("10km" → 10, km) and separators of digits are read:
/// "1,234.5", "12,34,567" (Indian grouping), "1.234,5"; an IP address splits into its numbers.
enum FigureLexer {
    /// - Parameter splittingCurrencies: letters glued before digits that name a currency are
    ///   their own lexeme ("USD3m" → USD, 3, m; "Rs500" → Rs, 500).
    static func lex(_ text: String, splittingCurrencies: Bool = true) -> [FigureLexeme] {
        lex(scalars: text.unicodeScalarArray, splittingCurrencies: splittingCurrencies)
    }

    /// The lexemes of a text given as its Unicode scalars; a word or plain integer spanning a
    /// token of `tokens` (the text's, when at hand) takes the token's text.
    static func lex(scalars: [Unicode.Scalar], splittingCurrencies: Bool = true, tokens: FigureTokenTexts = .none) -> [FigureLexeme] {
        scalars.withUnsafeBufferPointer { lex($0, splittingCurrencies: splittingCurrencies, tokens: tokens) }
    }

    /// The lexemes of `scalars`, read in place, as above. Every lexeme takes a scalar of its own
    /// but the empty group before the point of a number such as ".5.5" (`appendNumbers`), which
    /// takes four: the array is made with room for 3n/2 + 1 lexemes, and they are written into
    /// it without the checks of `append` (nor its copies when it grows).
    static func lex(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, splittingCurrencies: Bool = true, tokens: FigureTokenTexts = .none) -> [FigureLexeme] {
        [FigureLexeme](unsafeUninitializedCapacity: scalars.count + scalars.count / 2 + 1) { buffer, count in
            var out = LexemeWriter(buffer: buffer)
            lex(scalars, splittingCurrencies: splittingCurrencies, tokens: tokens, into: &out)
            count = out.count
        }
    }

    /// Lexemes written one after another into memory with room for all of them.
    private struct LexemeWriter {
        let buffer: UnsafeMutableBufferPointer<FigureLexeme>
        private(set) var count = 0

        init(buffer: UnsafeMutableBufferPointer<FigureLexeme>) {
            self.buffer = buffer
        }

        @inline(__always)
        mutating func append(_ lexeme: FigureLexeme) {
            buffer.initializeElement(at: count, to: lexeme)
            count += 1
        }
    }

    /// Writes the lexemes of `scalars` to `out`, read in place (every read below is within
    /// bounds by its test).
    private static func lex(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, splittingCurrencies: Bool, tokens: FigureTokenTexts, into out: inout LexemeWriter) {
        var tokens = tokens
        var i = 0
        var spaced = true
        let n = scalars.count
        let asciiCharacters = String.asciiCharacters
        func isDigit(_ k: Int) -> Bool { k < n && k >= 0 && scalars[k].value >= 0x30 && scalars[k].value <= 0x39 }
        func isLetter(_ k: Int) -> Bool {
            guard k < n, k >= 0 else { return false }
            let v = scalars[k].value
            if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
            return scalars[k].properties.isAlphabetic
        }
        while i < n {
            let s = scalars[i]
            if s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) || (s.value >= 0x80 && s.isSpace) {
                spaced = true
                i += 1
                continue
            }
            if isDigit(i) || (s == "." && isDigit(i + 1) && !isDigit(i - 1) && !isLetter(i - 1)) {
                var j = i
                // Digits alone (most numbers), told as they are read.
                var plain = true
                while j < n {
                    if isDigit(j) { j += 1; continue }
                    if (scalars[j] == "," || scalars[j] == "."), isDigit(j + 1) { j += 1; plain = false; continue }
                    break
                }
                // Exponent: 1e10, 12.32e+14, -12e-1.
                if j < n, scalars[j] == "e" || scalars[j] == "E" {
                    if isDigit(j + 1) {
                        var k = j + 1
                        while isDigit(k) { k += 1 }
                        if !isLetter(k) { (j, plain) = (k, false) }
                    } else if j + 2 < n, scalars[j + 1] == "+" || scalars[j + 1] == "-", isDigit(j + 2) {
                        var k = j + 2
                        while isDigit(k) { k += 1 }
                        (j, plain) = (k, false)
                    }
                }
                if plain, j - i <= 15 {
                    out.append(plainInteger(scalars, i, j, spaced, text: tokens.text(i, j)))
                } else {
                    appendNumbers(scalars, i, j, spaced, to: &out)
                }
                spaced = false
                i = j
                continue
            }
            if isLetter(i) {
                // The word's case is told as it is read: `letters` ANDs the ASCII letters, so
                // bit 5 (0x20, set in every small letter) stays set only when none is a capital;
                // any scalar past ASCII clears `ascii`. Digits and "'" are neither.
                var letters = s.value
                var ascii = s.value < 0x80
                var j = i + 1
                while j < n {
                    // An ASCII letter goes on the word (the tests below come to that for it).
                    let v = scalars[j].value
                    if (v | 0x20) &- 0x61 < 26 { letters &= v; j += 1; continue }
                    if isDigit(j), splittingCurrencies, isLetter(j - 1), j - i <= 4,
                       CurrencyLexicon.isGluedPrefix(String(scalars: scalars[i..<j]))
                        || (i > 0 && scalars[i - 1] == "$" && CurrencyLexicon.isSign("$" + String(scalars: scalars[i..<j])))
                        || (CurrencyLexicon.isPlaceSign(String(scalars: scalars[i..<j])) && looksLikeAmount(scalars, from: j)),
                       j - i > 1 || looksLikeAmount(scalars, from: j) { break }
                    if isLetter(j) || isDigit(j) {
                        if v >= 0x80 { ascii = false }
                        j += 1
                        continue
                    }
                    if v == 0x27 || v == 0x2019, isLetter(j + 1) {
                        let next = scalars[j + 1].value
                        if v >= 0x80 || next >= 0x80 { ascii = false }
                        letters &= next
                        j += 2
                        continue
                    }
                    break
                }
                let (word, lower) = tokens.text(i, j).map { lowercase(of: $0, scalars, i, j, ascii: ascii, upper: letters & 0x20 == 0) } ?? slice(scalars, i, j)
                out.append(FigureLexeme(kind: .word, text: word, lower: lower, start: i, end: j, spaced: spaced, isASCIIWord: ascii))
                spaced = false
                i = j
                continue
            }
            let symbol = s.value < 0x80 ? asciiCharacters[Int(s.value)] : String(s)
            // A vulgar fraction is told by its scalar's ranges before its value is looked up.
            if NumberWords.isVulgarFraction(s.value), let fraction = NumberWords.vulgarFractions[s.value] {
                out.append(FigureLexeme(kind: .number, text: symbol, lower: symbol, start: i, end: i + 1, spaced: spaced, value: fraction, isDecimal: true))
            } else {
                out.append(FigureLexeme(kind: .symbol, text: symbol, lower: symbol, start: i, end: i + 1, spaced: spaced))
            }
            spaced = false
            i += 1
        }
    }

    /// "R10 billion", "R1,500", "R2.5bn": digits after a lone letter that read as money, not as a
    /// model number ("R6700", "Cinebench R20").
    private static func looksLikeAmount(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Bool {
        var k = start
        var separated = false
        while k < scalars.count {
            let v = scalars[k].value
            if v >= 0x30 && v <= 0x39 { k += 1; continue }
            if (scalars[k] == "," || scalars[k] == "."), k + 1 < scalars.count, scalars[k + 1].value >= 0x30 && scalars[k + 1].value <= 0x39 {
                separated = true
                k += 1
                continue
            }
            break
        }
        if separated { return true }
        if k < scalars.count, scalars[k] == " " { k += 1 }
        var word = ""
        while k < scalars.count, scalars[k].properties.isAlphabetic, word.count < 9 { word.unicodeScalars.append(scalars[k]); k += 1 }
        let lower = word.lowercased()
        // Not "k": "Y2K" is no amount.
        return NumberWords.scales[lower] != nil || (DigitNumber.gluedScales[lower] != nil && lower != "k") || lower == "m"
    }

    /// The text of `scalars[start..<end]` and its lowercase, built straight from bytes when ASCII.
    private static func slice(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> (String, String) {
        var ascii = true
        var upper = false
        let count = end - start
        // The bytes are written as the scalars are read; past ASCII, none is kept.
        let word = String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count {
                let v = scalars[start + k].value
                guard v < 0x80 else { ascii = false; return 0 }
                if v &- 0x41 < 26 { upper = true }
                buffer[k] = UInt8(truncatingIfNeeded: v)
            }
            return count
        }
        guard ascii else {
            let word = String(scalars: scalars[start..<end])
            return (word, word.lowercased())
        }
        guard upper else { return (word, word) }
        return (word, asciiLowercase(scalars, start..<end))
    }

    /// `slice` of scalars whose text (`text`) is at hand: only their lowercase is made, when
    /// they have a capital (`upper`, told of `ascii` scalars) or lie past ASCII.
    @inline(__always)
    private static func lowercase(
        of text: String, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, ascii: Bool, upper: Bool
    ) -> (String, String) {
        guard ascii else { return (text, text.lowercased()) }
        return (text, upper ? asciiLowercase(scalars, start..<end) : text)
    }

    /// The ASCII text of `scalars[range]` lower-cased, as `lowercased()` gives it.
    static func asciiLowercase(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for k in 0..<range.count { buffer[k] = UInt8(truncatingIfNeeded: scalars[range.lowerBound + k].value).asciiLowercased }
            return range.count
        }
    }

    /// The number lexeme of the digits `scalars[start..<end]` (no more than 15, whose value a
    /// Double holds exactly, as `readDigits` gives it): its text, `known` when at hand, is its
    /// own lowercase.
    private static func plainInteger(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ spaced: Bool, text known: String?) -> FigureLexeme {
        var value = 0
        for k in start..<end { value = value * 10 + Int(UInt8(truncatingIfNeeded: scalars[k].value) &- 0x30) }
        let text = known ?? String(unsafeUninitializedCapacity: end - start) { buffer in
            for k in start..<end { buffer[k - start] = UInt8(truncatingIfNeeded: scalars[k].value) }
            return end - start
        }
        return FigureLexeme(plainInteger: text, value: Double(value), start: start, end: end, spaced: spaced)
    }

    /// Appends the number (or, for unreadable separators such as an IP address, the numbers
    /// and their separators) written in `scalars[start..<end]`.
    private static func appendNumbers(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ spaced: Bool, to out: inout LexemeWriter
    ) {
        let raw = slice(scalars, start, end).0
        if let (value, decimal) = readDigits(raw) {
            out.append(FigureLexeme(kind: .number, text: raw, lower: raw.lowercasedIfNeeded, start: start, end: end, spaced: spaced, value: value, isDecimal: decimal))
            return
        }
        var groupStart = start
        var first = true
        for k in start...end where k == end || scalars[k] == "," || scalars[k] == "." {
            let group = String(scalars: scalars[groupStart..<k])
            out.append(FigureLexeme(kind: .number, text: group, lower: group, start: groupStart, end: k, spaced: first && spaced, value: Double(group) ?? 0))
            if k < end {
                let sep = String(scalars[k])
                out.append(FigureLexeme(kind: .symbol, text: sep, lower: sep, start: k, end: k + 1, spaced: false))
            }
            groupStart = k + 1
            first = false
        }
    }

    /// The value of digits with separators, or nil when the separators make no single number.
    /// `raw` is ASCII, as the lexer reads digits, separators and exponents, so separators are
    /// dropped or swapped byte by byte.
    static func readDigits(_ raw: String) -> (Double, Bool)? {
        // Plain digits (most numbers) have no exponent and no separators.
        if raw.utf8.allSatisfy({ $0 &- 0x30 < 10 }) {
            // Up to 15 digits the value is an integer a Double holds exactly, as parsing gives it.
            guard raw.utf8.count <= 15, !raw.isEmpty else { return Double(raw).map { ($0, false) } }
            var value = 0
            for byte in raw.utf8 { value = value * 10 + Int(byte &- 0x30) }
            return (Double(value), false)
        }
        if let grouped = groupedValue(raw) { return grouped }
        if let e = raw.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            // A Double's exponent stays within ±308: "4e44444444444" is no number.
            guard let mantissa = readDigits(String(raw[..<e])), let exponent = Double(raw[raw.index(after: e)...]),
                  abs(exponent) <= 308 else { return nil }
            return (mantissa.0 * pow10(exponent), true)
        }
        var groups: [Substring] = []
        var separators: [Character] = []
        var current = raw.startIndex
        for index in raw.indices where raw[index] == "," || raw[index] == "." {
            groups.append(raw[current..<index])
            separators.append(raw[index])
            current = raw.index(after: index)
        }
        groups.append(raw[current...])
        if separators.isEmpty { return Double(raw).map { ($0, false) } }
        if raw.hasPrefix("."), separators.count == 1 { return Double("0" + raw).map { ($0, true) } }
        let commas = separators.filter { $0 == "," }.count
        let dots = separators.count - commas
        // 1,234,567 and 1,234,567.89
        if dots <= 1, separators.last == "." || dots == 0,
           groups[0].count <= 3, groups.dropFirst().dropLast(dots).allSatisfy({ $0.count == 3 }), groups[0].first != nil {
            let plain = UTF8Scan.replacing(",", with: "", in: raw)
            if commas > 0 || dots == 1 { return Double(plain).map { ($0, dots == 1) } }
        }
        // Indian grouping: 12,34,567.89
        if dots <= 1, commas >= 2, separators.last == "." || dots == 0 {
            let integerGroups = Array(groups.prefix(commas + 1))
            if integerGroups.last?.count == 3, integerGroups.dropLast().allSatisfy({ $0.count <= 2 }) {
                return Double(UTF8Scan.replacing(",", with: "", in: raw)).map { ($0, dots == 1) }
            }
        }
        // A decimal comma: 1,3 and 5,00; 1.111,11 with dots grouping thousands.
        if commas == 1, separators.last == ",", let last = groups.last, last.count <= 2,
           groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 }), dots == 0 || groups[0].count <= 3 {
            let european = UTF8Scan.replacing(",", with: ".", in: UTF8Scan.replacing(".", with: "", in: raw))
            return Double(european).map { ($0, true) }
        }
        return nil
    }

    /// The value of digits grouped by commas in threes, with a point before the last group or
    /// none ("1,234,567", "12.5", "1,234.5"), as `readDigits` reads them, told from the bytes
    /// without splitting them into groups; nil for other numbers.
    private static func groupedValue(_ raw: String) -> (Double, Bool)? {
        let shape = UTF8Scan.withBytes(raw) { bytes -> (grouped: Bool, point: Bool) in
            var first = -1, group = 0, point = false
            for byte in bytes {
                if byte &- 0x30 < 10 { group += 1; continue }
                // An exponent, a second point or a comma after the point.
                guard !point, byte == 0x2C || byte == 0x2E else { return (false, false) }
                if first < 0 { first = group } else if group != 3 { return (false, false) }
                point = byte == 0x2E
                group = 0
            }
            return (first >= 1 && first <= 3 && (point || group == 3), point)
        }
        guard shape.grouped else { return nil }
        return Double(UTF8Scan.replacing(",", with: "", in: raw)).map { ($0, shape.point) }
    }

    private static func pow10(_ e: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(abs(e)) { result *= 10 }
        return e < 0 ? 1 / result : result
    }
}
