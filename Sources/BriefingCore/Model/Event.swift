/// Something that happened at a known time, told by the sentence that holds the date.
public struct Event: Sendable, Equatable, Codable {
    /// How precise `date` is.
    public enum Precision: String, Sendable, Codable {
        case day, week, month, quarter, season, year, decade
    }

    /// TIMEX3-style date value ("2025-12-29", "2025-03", "2025-W15"); the first date of a span.
    public var date: String
    public var precision: Precision
    /// The sentence that tells the event, readable without the article.
    public var text: String
    /// Index of the paragraph in `Article.paragraphs`.
    public var paragraph: Int
    /// The event goes on from `date` ("since October").
    public var ongoing: Bool
    /// The last date of a span written as two dates ("in January and February"), of the same precision as `date`.
    public var through: String?

    public init(date: String, precision: Precision, text: String, paragraph: Int, ongoing: Bool = false, through: String? = nil) {
        self.date = date
        self.precision = precision
        self.text = text
        self.paragraph = paragraph
        self.ongoing = ongoing
        self.through = through
    }
}
