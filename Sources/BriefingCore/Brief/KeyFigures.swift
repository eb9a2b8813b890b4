/// The figures "By the numbers" shows: money first, then counts and ranges, measures, then
/// percentages, one text once. Ordinals (ranks and names: "57th Security Consultative
/// Meeting", "first lady"), caption figures, counts under 10 ("two countries"), bare
/// numbers without a noun, a figure restated in other units in parentheses, ages ("a
/// 49-year-old man") and spans of time ("six weeks before the election", "12 Years a Slave")
/// are left out: a span of time is the timeline's, and an age describes a person.
public enum KeyFigures {
    /// Quantities of measures that are not shown: they tell when or who, not how much.
    static let leftOutQuantities: Set<String> = ["age", "duration"]

    /// At most `maxFigures` figures of `figures`, ranked as above, in article order within a rank.
    public static func pick(_ figures: [Figure], max maxFigures: Int) -> [Figure] {
        // Small counts ("two countries") and bare numbers without a noun tell the reader
        // nothing; caption figures stay out.
        let ranks = figures.map { figure -> Int? in
            guard let rank = rank(of: figure.kind), figure.paragraph >= 0, !leftOutQuantities.contains(figure.quantity ?? ""),
                  figure.kind != .count || (figure.value >= 10 && figure.unit != nil), !restates(figure, in: figures) else { return nil }
            return rank
        }
        // Rank by rank, each in article order (as a stable sort by rank orders them), one text
        // once: the few texts picked are compared in turn, not hashed into a set.
        var seen: [String] = []
        var picked: [Figure] = []
        for rank in 0...3 {
            for (figure, figureRank) in zip(figures, ranks) where figureRank == rank {
                guard picked.count < maxFigures else { return picked }
                let text = figure.text.lowercased()
                if !seen.contains(text) {
                    seen.append(text)
                    picked.append(figure)
                }
            }
        }
        return picked
    }

    /// Where a figure of `kind` ranks: money first, then counts and ranges, measures, then
    /// percentages; nil for ordinals, which are left out.
    private static func rank(of kind: Figure.Kind) -> Int? {
        switch kind {
        case .money: 0
        case .count, .range: 1
        case .measure: 2
        case .percent: 3
        case .ordinal: nil
        }
    }

    /// Whether `figure` stands in parentheses right after another figure of its sentence, which
    /// it restates in other units: "a diameter of 3,200 miles (5,150 km)".
    static func restates(_ figure: Figure, in figures: [Figure]) -> Bool {
        // Most sentences hold no parenthesis: then no "(" and figure text is made to look for.
        guard UTF8Scan.containsByte(figure.context, 0x28), let open = UTF8Scan.range(of: "(" + figure.text, in: figure.context) else { return false }
        var before = figure.context[..<open.lowerBound]
        while before.last == " " { before = before.dropLast() }
        return figures.contains { $0.paragraph == figure.paragraph && $0.text != figure.text && before.hasSuffix($0.text) }
    }
}
