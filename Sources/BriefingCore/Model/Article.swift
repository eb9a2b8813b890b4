/// A cleaned article: the output of the ingest stage and the input of extraction.
///
/// Paragraphs keep their position in the source text so that later stages can report
/// offsets into the file as it was read.
public struct Article: Sendable, Equatable, Codable {
    /// Path of the source file as given to the loader (relative to the input folder in a build).
    public var source: String
    /// URL-safe identifier, unique within a build.
    public var slug: String
    public var title: String
    public var outlet: String?
    public var dateline: Dateline?
    /// Publication date (the document creation time used to resolve relative expressions).
    public var published: CalendarDate?
    public var authors: [String]
    /// Deck or standfirst when the source has one.
    public var summary: String?
    public var paragraphs: [Paragraph]
    public var captions: [Caption]
    /// Link to the original article when known.
    public var sourceURL: String?
    public var tags: [String]
    /// The full decoded file text, which `Paragraph.anchors` index into (Unicode scalars).
    public var text: String

    public init(
        source: String, slug: String, title: String, outlet: String? = nil,
        dateline: Dateline? = nil, published: CalendarDate? = nil, authors: [String] = [],
        summary: String? = nil, paragraphs: [Paragraph] = [], captions: [Caption] = [],
        sourceURL: String? = nil, tags: [String] = [], text: String = ""
    ) {
        self.source = source
        self.slug = slug
        self.title = title
        self.outlet = outlet
        self.dateline = dateline
        self.published = published
        self.authors = authors
        self.summary = summary
        self.paragraphs = paragraphs
        self.captions = captions
        self.sourceURL = sourceURL
        self.tags = tags
        self.text = text
    }
}

/// One logical paragraph of body text.
public struct Paragraph: Sendable, Equatable, Codable {
    /// Where a run of the paragraph's text starts in the source text.
    public struct Anchor: Sendable, Equatable, Codable {
        /// Offset in Unicode scalars into `Paragraph.text`.
        public var textOffset: Int
        /// Offset in Unicode scalars into `Article.text`.
        public var sourceOffset: Int

        public init(textOffset: Int, sourceOffset: Int) {
            self.textOffset = textOffset
            self.sourceOffset = sourceOffset
        }
    }

    public var text: String
    /// Runs of `text` copied verbatim from the source, in order. Empty when the paragraph does
    /// not come from the file text as read (e.g. text extracted from HTML markup).
    public var anchors: [Anchor]

    public init(text: String, anchors: [Anchor] = []) {
        self.text = text
        self.anchors = anchors
    }

    /// Maps a Unicode-scalar offset in `text` to one in the source text, when known.
    public func sourceOffset(ofScalar offset: Int) -> Int? {
        guard let anchor = anchors.last(where: { $0.textOffset <= offset }) else { return nil }
        return anchor.sourceOffset + (offset - anchor.textOffset)
    }
}

/// The place-and-date lead of a wire story ("SEOUL, Dec. 29 (Korea Bizwire) —").
public struct Dateline: Sendable, Equatable, Codable {
    public var place: String
    public var text: String

    public init(place: String, text: String) {
        self.place = place
        self.text = text
    }
}

/// A photo caption separated from the body.
public struct Caption: Sendable, Equatable, Codable {
    public var text: String
    public var date: CalendarDate?
    public var credit: String?

    public init(text: String, date: CalendarDate? = nil, credit: String? = nil) {
        self.text = text
        self.date = date
        self.credit = credit
    }
}
