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
        let rank: [Figure.Kind: Int] = [.money: 0, .count: 1, .range: 1, .measure: 2, .percent: 3]
        var seen: Set<String> = []
        let ranked = figures.enumerated()
            // Small counts ("two countries") and bare numbers without a noun tell the reader
            // nothing; caption figures stay out.
            .filter {
                rank[$0.element.kind] != nil && $0.element.paragraph >= 0
                    && !leftOutQuantities.contains($0.element.quantity ?? "")
                    && ($0.element.kind != .count || ($0.element.value >= 10 && $0.element.unit != nil))
                    && !restates($0.element, in: figures)
            }
            .sorted { a, b in
                let ra = rank[a.element.kind]!, rb = rank[b.element.kind]!
                return ra != rb ? ra < rb : a.offset < b.offset
            }
            .map(\.element)
        return Array(ranked.filter { seen.insert($0.text.lowercased()).inserted }.prefix(maxFigures))
    }

    /// Whether `figure` stands in parentheses right after another figure of its sentence, which
    /// it restates in other units: "a diameter of 3,200 miles (5,150 km)".
    static func restates(_ figure: Figure, in figures: [Figure]) -> Bool {
        guard let open = UTF8Scan.range(of: "(" + figure.text, in: figure.context) else { return false }
        var before = figure.context[..<open.lowerBound]
        while before.last == " " { before = before.dropLast() }
        return figures.contains { $0.paragraph == figure.paragraph && $0.text != figure.text && before.hasSuffix($0.text) }
    }
}
