/// Where a person's name starts and ends in a run of capitalized words: a label written
/// before a name is no part of it ("Republican Donald Trump", "Rival Hillary Clinton",
/// "Dragons Duncan Bannatyne", "ambassador to Britain Liu Xiaming"), and a title written after
/// a given name is a surname ("Julie Bishop", "Howard Dean").
enum SpeakerNameEdges {
    /// Parties and their members, written before a name as a role: "Republican Donald Trump".
    static let partyLabels: LexiconSet = [
        "Republican", "Democrat", "Democratic", "Independent", "Libertarian", "GOP", "Labour", "Tory", "Conservative",
        "Liberal", "Socialist",
    ]

    /// Whether `word` is one of `partyLabels`.
    static func isPartyLabel(_ word: String) -> Bool { partyLabels.contains(word) }

    /// Whether `word` is a common given name (so it opens a name, and is no label).
    static func isGivenName(_ word: String) -> Bool {
        SpeakerGender.maleNames.contains(word) || SpeakerGender.femaleNames.contains(word)
    }

    /// Whether the capitalized `word` before a name of two or more words (`next` its first
    /// word) is a label, not the name's first word: a party ("Republican Donald Trump"), a
    /// country ("Britain Liu Xiaming"), a plural noun before a given name ("Dragons Duncan
    /// Bannatyne"), or, opening a sentence, a word the article also writes in lower case
    /// ("Rival Hillary Clinton had mocked …"); these two only before a known given name. A
    /// given name is never a label.
    /// `lowercase` holds the article's lower-case words.
    static func isLabel(_ word: String, next: String, opensSentence: Bool, lowercase: TokenWordSet) -> Bool {
        guard !isGivenName(word) else { return false }
        if isPartyLabel(word) || CountryNames.isCountry(word) { return true }
        guard isGivenName(next) else { return false }
        return isPlural(word) || opensSentence && lowercase.containsLowercased(word)
    }

    /// A plural noun by its ending: "Dragons", "Officials"; not "Ross", "Marcus", "Carlos".
    private static func isPlural(_ word: String) -> Bool {
        guard word.hasPlainSuffix("s"), word.count > 3 else { return false }
        return !singularEndings.contains { word.hasPlainSuffix($0) }
    }

    /// Endings in "s" of singular names and words: "Ross", "Marcus", "Paris", "Carlos", "Thomas", "Gladys".
    private static let singularEndings: [StaticString] = ["ss", "us", "is", "os", "as", "ys"]
}
