/// A time expression normalized in the TimeML TIMEX3 style.
public struct TimeExpression: Sendable, Equatable, Codable {
    /// TIMEX3 types.
    public enum Kind: String, Sendable, Codable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    public var text: String
    public var type: Kind
    /// TIMEX3 value ("2025-12-29", "2025-W52", "P3Y", "PRESENT_REF").
    public var value: String
    /// Offset in Unicode scalars into the file text as read; end is exclusive.
    public var start: Int?
    public var end: Int?
    /// Index of the paragraph in `Article.paragraphs`.
    public var paragraph: Int

    public init(text: String, type: Kind, value: String, start: Int?, end: Int?, paragraph: Int) {
        self.text = text
        self.type = type
        self.value = value
        self.start = start
        self.end = end
        self.paragraph = paragraph
    }
}
