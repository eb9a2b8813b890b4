/// Something that happened at a known time, taken from a sentence anchored by a date.
public struct Event: Sendable, Equatable, Codable {
    /// How precise `date` is.
    public enum Precision: String, Sendable, Codable {
        case day, week, month, quarter, season, year, decade
    }

    /// TIMEX3-style date value ("2025-12-29", "2025-03", "2025-W15").
    public var date: String
    public var precision: Precision
    /// Short description built from the sentence.
    public var text: String
    /// Index of the paragraph in `Article.paragraphs`.
    public var paragraph: Int

    public init(date: String, precision: Precision, text: String, paragraph: Int) {
        self.date = date
        self.precision = precision
        self.text = text
        self.paragraph = paragraph
    }
}
