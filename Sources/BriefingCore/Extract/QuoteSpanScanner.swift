/// Finds the quoted segments of a paragraph: “curly” and "straight" double quotes, with
/// an open quote left unclosed at the paragraph end reported as running on.
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
        var open: Int?
        var straightOpen: Int?
        for (i, s) in scalars.enumerated() {
            switch s {
            case "\u{201C}":
                if open == nil { open = i }
            case "\u{201D}":
                if let o = open {
                    spans.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    open = nil
                }
            case "\"":
                if let o = straightOpen {
                    spans.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    straightOpen = nil
                } else if open == nil {
                    straightOpen = i
                }
            default:
                break
            }
        }
        if let o = open ?? straightOpen, o + 1 < scalars.count {
            spans.append(Span(inner: (o + 1)..<scalars.count, outer: o..<scalars.count, runsOn: true))
        }
        return spans.filter { !$0.inner.isEmpty }.sorted { $0.outer.lowerBound < $1.outer.lowerBound }
    }
}
