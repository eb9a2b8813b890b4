/// Articles from one or more sources that report the same event, and what they say together.
public struct Story: Sendable, Equatable, Codable {
    /// A dated event told by one or more of the story's sources.
    public struct StoryEvent: Sendable, Equatable, Codable {
        /// TIMEX3-style date value ("2025-12-29", "2025-03").
        public var date: String
        /// The sentence of the first source that tells it.
        public var text: String
        /// Input paths of the sources that tell an event on this date.
        public var sources: [String]
    }

    /// One quote and where it stands.
    public struct SourcedQuote: Sendable, Equatable, Codable {
        public var text: String
        /// Input path of the article.
        public var source: String
        /// Index of the paragraph in that article.
        public var paragraph: Int
    }

    /// The quotes of one speaker across the sources.
    public struct SpeakerQuotes: Sendable, Equatable, Codable {
        public var speaker: String
        public var quotes: [SourcedQuote]
    }

    /// One reported value of a quantity.
    public struct SourcedValue: Sendable, Equatable, Codable {
        public var value: Double
        /// The words as written ("roughly 15,000 troops"); for dates, the event sentence.
        public var text: String
        /// Input path of the article.
        public var source: String
        /// Publication date of the article, when known.
        public var date: CalendarDate?
    }

    /// The figures that count one thing ("troops", "USD", "percent"), across the sources.
    public struct FigureGroup: Sendable, Equatable, Codable {
        /// What is counted or measured: the unit or counted noun, the currency, or the kind.
        public var label: String
        public var values: [SourcedValue]
    }

    /// Sources that report the same quantity or date differently.
    public struct Conflict: Sendable, Equatable, Codable {
        /// How the sources differ.
        public enum Kind: String, Sendable, Codable {
            /// A later source reports a larger count of something that grows (a toll, a total).
            case update
            /// Sources disagree: the same day, or a change that is not an update.
            case disagreement
        }

        /// What differs: the figure's label ("troops") or "date of …".
        public var what: String
        public var kind: Kind
        /// The differing values, oldest source first; for dates, `value` is the day number since 1970-01-01.
        public var values: [SourcedValue]
    }

    /// Stable slug made of the title and the first source.
    public var id: String
    public var title: String
    /// Multi-source extractive summary (about 150–230 words); the brief's summary for a story of one article.
    public var summary: String
    /// Input paths, in input order.
    public var sources: [String]
    /// Earliest and latest publication dates of the sources.
    public var first: CalendarDate?
    public var last: CalendarDate?
    /// Dateline places, most reported first.
    public var places: [String]
    /// Speakers and named people, most mentioned first.
    public var people: [String]
    public var events: [StoryEvent]
    public var quotes: [SpeakerQuotes]
    public var figures: [FigureGroup]
    public var conflicts: [Conflict]
}
