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
    /// Range bounds, when the figure is a range or is bounded on one side ("more than 3,000").
    public var low: Double?
    public var high: Double?
    /// The bounds in ISO 31-11 interval notation when the text states them: "[10000,12000]" for
    /// "between 10,000 and 12,000", "(3000,)" for "more than 3,000", "(,700]" for "up to 700".
    public var interval: String?
    /// The physical quantity of a measure: "length", "weight", "temperature", "age", "duration"…
    public var quantity: String?
    /// Where the figure, its amount and its numerals stand in `context`.
    public var spans: Spans?
    /// Who the sentence says the figure comes from, as written: "the NIS" ("according to the
    /// NIS"), "South Korea’s intelligence agency" ("… has estimated that"), "KIDA" ("KIDA
    /// estimated"). Nil when the sentence names no source or only a pronoun.
    public var source: String?

    /// Unicode-scalar offsets into `context`, end exclusive.
    public struct Span: Sendable, Equatable, Codable {
        public var start: Int
        public var end: Int
        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    /// A number as written inside the figure ("28.7 trillion" in "28.7 trillion won").
    public struct Numeral: Sendable, Equatable, Codable {
        public var span: Span
        public var value: Double
        /// True when the number is glued to a unit ("180ml", "29km") or is an ordinal.
        public var isBound: Bool
        public init(span: Span, value: Double, isBound: Bool) {
            self.span = span
            self.value = value
            self.isBound = isBound
        }
    }

    /// The located parts of a figure.
    public struct Spans: Sendable, Equatable, Codable {
        /// The whole figure: the same words as `text`.
        public var figure: Span
        /// The bound words and the amount without the counted noun: "more than 30,000".
        public var bounded: Span
        /// The amount alone, without hedges or counted noun: "$3.2 billion", "ten miles", "12%".
        public var amount: Span
        /// The numbers written inside the figure; two for a range.
        public var numerals: [Numeral]
        /// Each amount of a range as written ("$3 billion", "$4 billion"); the amount otherwise.
        public var parts: [Span]
        public init(figure: Span, bounded: Span, amount: Span, numerals: [Numeral], parts: [Span] = []) {
            self.figure = figure
            self.bounded = bounded
            self.amount = amount
            self.numerals = numerals
            self.parts = parts.isEmpty ? [amount] : parts
        }
    }

    public init(
        text: String, value: Double, unit: String? = nil, currency: String? = nil, kind: Kind,
        approximate: Bool = false, paragraph: Int, context: String, low: Double? = nil,
        high: Double? = nil, interval: String? = nil, quantity: String? = nil, spans: Spans? = nil,
        source: String? = nil
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
        self.interval = interval
        self.quantity = quantity
        self.spans = spans
        self.source = source
    }
}
