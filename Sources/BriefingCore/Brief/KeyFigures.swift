/// The figures "By the numbers" shows: money first, then counts and ranges, measures, then
/// percentages, one text once. Ordinals (ranks and names: "57th Security Consultative
/// Meeting", "first lady"), caption figures, counts under 10 ("two countries") and bare
/// numbers without a noun are left out.
public enum KeyFigures {
    /// At most `maxFigures` figures of `figures`, ranked as above, in article order within a rank.
    public static func pick(_ figures: [Figure], max maxFigures: Int) -> [Figure] {
        let rank: [Figure.Kind: Int] = [.money: 0, .count: 1, .range: 1, .measure: 2, .percent: 3]
        var seen: Set<String> = []
        let ranked = figures.enumerated()
            // Small counts ("two countries") and bare numbers without a noun tell the reader
            // nothing; caption figures stay out.
            .filter {
                rank[$0.element.kind] != nil && $0.element.paragraph >= 0
                    && ($0.element.kind != .count || ($0.element.value >= 10 && $0.element.unit != nil))
            }
            .sorted { a, b in
                let ra = rank[a.element.kind]!, rb = rank[b.element.kind]!
                return ra != rb ? ra < rb : a.offset < b.offset
            }
            .map(\.element)
        return Array(ranked.filter { seen.insert($0.text.lowercased()).inserted }.prefix(maxFigures))
    }
}
