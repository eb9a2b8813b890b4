extension FigureExtractor {
    /// What `mayStart` reads at every lexeme, taken from the statics once for a sentence (a
    /// static read in a loop is a call at every lexeme). A class: a sentence holds one
    /// reference to the tables rather than copies retaining each of them.
    final class StartTables: Sendable {
        /// `starters` keyed by the bytes of their first two scalars and their length.
        let starterBytes: ExactWordFilter
        let starters: LexiconSet
        /// `CurrencyLexicon.codeBytes`.
        let codes: ExactWordFilter
        /// Bit `v` of `low` (below 64) or of `high` (64 up) is set when the ASCII scalar `v`
        /// alone is a starter ("-", "+", "$").
        private let low: UInt64
        private let high: UInt64

        /// How a word may start a figure, as told by its scalars: `code` for a word that is no
        /// starter but may be a currency code or a scaled one.
        enum WordStart { case none, starter, code, unknown }

        init() {
            starters = FigureExtractor.starters
            starterBytes = ExactWordFilter(starters)
            codes = CurrencyLexicon.codeBytes
            var low: UInt64 = 0, high: UInt64 = 0
            for v in 0..<128 where starters.contains(String(Unicode.Scalar(UInt8(v)))) {
                if v < 64 { low |= 1 << UInt64(v) } else { high |= 1 << UInt64(v - 64) }
            }
            (self.low, self.high) = (low, high)
        }

        /// Whether the one ASCII scalar `v` (below 0x80) is a starter.
        @inline(__always)
        func isStarter(ascii v: UInt32) -> Bool {
            v < 64 ? low >> UInt64(v) & 1 != 0 : high >> UInt64(v - 64) & 1 != 0
        }

        /// The word lexed from `scalars[range]` (its text), all ASCII when `ascii` (as the lexer
        /// told it, `isASCIIWord`): `.starter` when its lowercase (as the lexer makes it, written
        /// into `buffer`, 16 bytes) is one of `starters`, `.none` when it is no starter, code or
        /// scaled code either, told by its bytes, `.code` when it is no starter but may be one of
        /// those; `.unknown` for a word past ASCII or longer than 16.
        @inline(__always)
        func start(
            word range: Range<Int>, ascii: Bool, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ buffer: UnsafeMutableBufferPointer<UInt8>
        ) -> WordStart {
            let count = range.count
            guard count <= 16, ascii else { return .unknown }
            if starterBytes.mayContain(lowercaseOfASCII: scalars, range),
               starters.contains(ascii: ExactWordFilter.lowercase(scalars, range, into: buffer)) { return .starter }
            // A code has at most four bytes, a scaled one at most six.
            guard count <= 6 else { return .none }
            let first = UInt8(truncatingIfNeeded: scalars[range.lowerBound].value)
            let second = count > 1 ? UInt8(truncatingIfNeeded: scalars[range.lowerBound + 1].value) : 0
            let last = UInt8(truncatingIfNeeded: scalars[range.upperBound - 1].value)
            return CurrencyLexicon.mayBeCode(count: count, first: first, second: second, last: last, codes: codes) ? .code : .none
        }
    }
}
