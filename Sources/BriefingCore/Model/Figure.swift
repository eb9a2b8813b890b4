/// A quantity found in the text, normalized.
public struct Figure: Sendable, Equatable, Codable {
    /// What a figure measures.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case count, money, percent, measure, ordinal, range
    }

    /// The words as written ("roughly 15,000 troops").
    public var text: String
    /// The normalized number (15000; 2.87e13 for "28.7 trillion won"); for ranges the low end.
    public var value: Double
    /// What is counted or the unit of measure ("troops", "ton", "km").
    public var unit: String?
    /// ISO 4217 code for money.
    public var currency: String?
    public var kind: Kind
    /// True for "roughly", "about", "more than", "hundreds of"…
    public var approximate: Bool
    /// Index of the paragraph in `Article.paragraphs`.
    public var paragraph: Int
    /// The sentence the figure stands in.
    public var context: String
    /// Range bounds, when the figure is a range.
    public var low: Double?
    public var high: Double?

    public init(
        text: String, value: Double, unit: String? = nil, currency: String? = nil, kind: Kind,
        approximate: Bool = false, paragraph: Int, context: String, low: Double? = nil,
        high: Double? = nil
    ) {
        self.text = text
        self.value = value
        self.unit = unit
        self.currency = currency
        self.kind = kind
        self.approximate = approximate
        self.paragraph = paragraph
        self.context = context
        self.low = low
        self.high = high
    }
}
