extension FoundFigure {
    /// The normalized `Figure`, with text and spans (when `spans`) taken from `sentence`
    /// (whose Unicode scalars are `scalars`).
    func figure(_ lx: [FigureLexeme], sentence: String, scalars: UnsafeBufferPointer<Unicode.Scalar>, paragraph: Int, spans withSpans: Bool) -> Figure {
        let factor = amount.isSubunit ? 0.01 : (isShare ? 100 : 1)
        let first = Self.tidy(amount.number.value * factor)
        let secondValue = second.map { Self.tidy($0.number.value * factor) }
        var low: Double?
        var high: Double?
        var interval: String?
        if let secondValue {
            low = first
            high = secondValue
            let lowClosed = lowBound.map { $0 == .atLeast } ?? true
            let highClosed = highBound.map { $0 == .atMost } ?? true
            interval = FigureRanges.interval(low: low, lowClosed: lowClosed, high: high, highClosed: highClosed)
        } else if exactly {
            (low, high) = (first, first)
            interval = FigureRanges.interval(low: first, lowClosed: true, high: first, highClosed: true)
        } else if let lowBound {
            low = first
            interval = FigureRanges.interval(low: first, lowClosed: lowBound == .atLeast, high: nil, highClosed: false)
        } else if let highBound {
            high = first
            interval = FigureRanges.interval(low: nil, lowClosed: false, high: first, highClosed: highBound == .atMost)
        }
        let whole = span(lx)
        let text = String(scalars: UnsafeBufferPointer(rebasing: scalars[whole.start..<whole.end]))
        let unit: String? = isShare ? "percent" : (amount.unit ?? (amount.currency == nil ? noun : nil))
        return Figure(
            text: text, value: low ?? first, unit: unit, currency: amount.currency, kind: kind,
            approximate: approximate, paragraph: paragraph, context: sentence, low: low, high: high,
            interval: interval, quantity: amount.quantity, spans: withSpans ? spans(lx, whole: whole) : nil)
    }

    /// The scalars of the whole figure, from its first lexeme to its last.
    func span(_ lx: [FigureLexeme]) -> Figure.Span {
        Self.span(lx, start, end)
    }

    /// The scalars of lexemes `from..<to` (of the first alone when the range is empty).
    private static func span(_ lx: [FigureLexeme], _ from: Int, _ to: Int) -> Figure.Span {
        Figure.Span(start: lx[from].start, end: lx[max(from, to - 1)].end)
    }

    /// The figure's token spans: `whole` (its `span`), its bounded words, amount, numerals and parts.
    private func spans(_ lx: [FigureLexeme], whole: Figure.Span) -> Figure.Spans {
        func span(_ from: Int, _ to: Int) -> Figure.Span { Self.span(lx, from, to) }
        func numeral(_ a: FigureAmount) -> Figure.Numeral {
            Figure.Numeral(span: span(a.number.start, a.number.end), value: Self.tidy(a.number.value), isBound: a.unitGlued || a.number.isOrdinal)
        }
        let amountStart = min(amount.start, second?.start ?? amount.start)
        return Figure.Spans(
            figure: whole, bounded: span(boundedStart, boundedEnd), amount: span(amountStart, amountEnd),
            numerals: second.map { [numeral(amount), numeral($0)] } ?? [numeral(amount)],
            parts: second.map { [span(amount.start, amount.end), span($0.start, $0.end)] } ?? [span(amount.start, amount.end)])
    }

    /// Rounds away the binary noise of scaling ("16.4 million" is 16400000, not 16399999.999999998).
    static func tidy(_ x: Double) -> Double {
        guard x != 0, x.isFinite else { return x }
        let magnitude = (abs(x)).exponent
        guard magnitude > -30 else { return x }
        let digits = 12 - Int((Double(magnitude) * 0.30103).rounded(.down))
        guard digits > 0, digits < 300 else { return x }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (x * scale).rounded() / scale
        return rounded.isFinite ? rounded : x
    }
}
