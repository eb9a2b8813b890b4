import Foundation

/// A photo caption from a `<figcaption>`: its text, the date it mentions and the credit (from
/// a `credit`/`copyright` element or a trailing "(AP Photo/…)"-style credit).
enum HTMLFigureCaption {
    static func caption(_ figcaption: HTMLNode) -> Caption? {
        let creditNode = figcaption.elements { UTF8Scan.contains($0.classAndID, "credit") || UTF8Scan.contains($0.classAndID, "copyright") }.first
        var text = figcaption.textContent
        var credit = creditNode?.textContent
        if let credit, !credit.isEmpty, let range = text.range(of: credit, options: .backwards) {
            text.removeSubrange(range)
            text = text.trimmingSpaces()
        } else {
            (credit, text) = LineClassifier.captionCredit(text)
        }
        guard !text.isEmpty else { return nil }
        let found = DateText.dates(in: text).first { $0.year != nil }
        return Caption(text: text, date: found.map { CalendarDate(year: $0.year!, month: $0.month, day: $0.day) },
                       credit: credit.map(creditName))
    }

    /// "Photo: Ana Ruiz" → "Ana Ruiz".
    private static func creditName(_ credit: String) -> String {
        var name = Substring(credit.trimmingSpaces())
        for label in ["photo:", "image:", "credit:", "photograph:", "picture:", "photo by", "©"] where name.lowercased().hasPrefix(label) {
            name = name.dropFirst(label.count)
        }
        return name.trimmingSpaces()
    }
}
