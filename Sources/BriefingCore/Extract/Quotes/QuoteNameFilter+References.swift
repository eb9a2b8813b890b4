/// Cross-references to other articles: a title quoted inside a parenthesis that opens with "see".
extension QuoteNameFilter {
    /// True when `before` (the words before a quote, nearest last) ends inside a parenthesis
    /// opened by "see": "(see BusinessWeek.com, 7/24/06, “Intel Sharpens its Offensive Game”)"
    /// points to a story, it quotes no one; "(he said “no”)" and a closed "(see below)" before the
    /// quote keep their reading.
    static func isCrossReference(after before: [String]) -> Bool {
        guard let open = before.lastIndex(of: "("), open + 1 < before.count, !before[open...].contains(")") else { return false }
        return before[open + 1].lowercased() == "see"
    }
}
