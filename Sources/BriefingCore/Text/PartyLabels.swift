/// Parties and their members, as written before a name: "Republican Donald Trump", "Labour
/// MP …". Read by speaker names (a label, not a first name) and by the people pages.
enum PartyLabels {
    static let words: Set<String> = [
        "Republican", "Democrat", "Democratic", "Independent", "Libertarian", "GOP", "Labour", "Tory", "Conservative",
        "Liberal", "Socialist",
    ]

    /// Whether `word` is a party label.
    static func contains(_ word: String) -> Bool { words.contains(word) }
}
