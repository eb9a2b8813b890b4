/// Finds the quoted segments of a paragraph: “curly”, "straight" and ``TeX'' double quotes,
/// or ‘single’ ones in a paragraph without double quotes, with an open double quote left unclosed at the
/// paragraph end reported as running on. Quotes inside quotes are part of the outer one.
struct QuoteSpanScanner {
    struct Span: Equatable {
        /// Unicode-scalar range of the quoted words, without the marks.
        var inner: Range<Int>
        /// Unicode-scalar range including the marks.
        var outer: Range<Int>
        /// True when no closing mark was found before the paragraph ended.
        var runsOn: Bool
    }

    static func spans(in scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        // Curly and straight marks pair independently, as careless texts mix them.
        var curly: Int?
        var straight: Int?
        var tex: Int?
        var single: Int?
        var singles: [Span] = []
        let n = scalars.count
        func letter(_ k: Int) -> Bool { k >= 0 && k < n && (scalars[k].properties.isAlphabetic || scalars[k].properties.numericType != nil) }
        func space(_ k: Int) -> Bool { k < 0 || k >= n || scalars[k].properties.isWhitespace }
        var i = 0
        while i < n {
            let s = scalars[i]
            switch s {
            case "\u{201C}":
                if curly == nil { curly = i; single = nil }
            case "\u{201D}":
                if let o = curly { spans.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false)); curly = nil }
            case "\"":
                if let o = straight {
                    spans.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    straight = nil
                } else if curly == nil, tex == nil {
                    straight = i
                    single = nil
                }
            case "`" where i + 1 < n && scalars[i + 1] == "`":
                if curly == nil, straight == nil, tex == nil { tex = i; single = nil }
                i += 1
            case "'" where i + 1 < n && scalars[i + 1] == "'":
                if let o = tex { spans.append(Span(inner: (o + 2)..<i, outer: o..<(i + 2), runsOn: false)); tex = nil }
                i += 1
            case "\u{2018}":
                // A single mark opens at a word start, outside double quotes.
                if curly == nil, straight == nil, tex == nil, single == nil, !letter(i - 1), letter(i + 1) { single = i }
            case "\u{2019}":
                // It closes after a word when no letter follows ("don’t" is an apostrophe).
                if let o = single, !space(i - 1), !letter(i + 1) {
                    singles.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    single = nil
                }
            default:
                break
            }
            i += 1
        }
        if let o = curly ?? straight, o + 1 < n {
            spans.append(Span(inner: (o + 1)..<n, outer: o..<n, runsOn: true))
        } else if let o = tex, o + 2 < n {
            spans.append(Span(inner: (o + 2)..<n, outer: o..<n, runsOn: true))
        }
        // Single marks quote speech only in text that uses no double ones, and only for more
        // than a short phrase: headlines put ‘scare quotes’ around a word or two.
        if spans.isEmpty {
            spans = singles.filter { span in
                var words = 0, inWord = false
                for k in span.inner { let l = letter(k); if l && !inWord { words += 1 }; inWord = l || scalars[k] == "\u{2019}" }
                return words >= 4
            }
        }
        return spans.filter { !$0.inner.isEmpty }.sorted { $0.outer.lowerBound < $1.outer.lowerBound }
    }
}
