/// A direct quote and the person or organization it is attributed to.
public struct Quote: Sendable, Equatable, Codable {
    /// The quoted words, without quote marks.
    public var text: String
    /// Canonical speaker name ("Ahn Gyu-back"), `nil` when unattributed.
    public var speaker: String?
    /// The words naming the speaker at this quote ("Mr. Ahn", "he").
    public var mention: String?
    /// The speaker's role or title as introduced in the article ("Defense Minister").
    public var role: String?
    /// The attribution verb or phrase ("said", "according to").
    public var cue: String?
    /// Index of the paragraph in `Article.paragraphs`.
    public var paragraph: Int

    public init(
        text: String, speaker: String? = nil, mention: String? = nil, role: String? = nil,
        cue: String? = nil, paragraph: Int
    ) {
        self.text = text
        self.speaker = speaker
        self.mention = mention
        self.role = role
        self.cue = cue
        self.paragraph = paragraph
    }
}
