/// "At that time" and "at the time": the time the narrative is at, named by pointing back at it.
extension TimeScanner {
    /// The words these phrases start with, which `single` tries as phrase starts.
    static let referencePhraseStarts: Set<String> = ["the", "that"]

    /// "at the time," / "at that time, people were dying": the date the narrative last gave
    /// (anaphoric, so it anchors nothing after it), else the past (PAST_REF). Only a phrase
    /// that ends its clause (or leads "to") counts: "at the time of the crash" and "at the
    /// time he left" name their own event.
    func referencePhrase(at i: Int) -> Match? {
        guard i > 0, lower[i - 1] == "at", lower[i] == "the" || lower[i] == "that", at(i + 1) == "time" else { return nil }
        if let next = at(i + 2), !Self.afterReferencePhrase.contains(next) { return nil }
        let value = lastDate.flatMap { AnchorDate($0) != nil ? $0 : nil } ?? "PAST_REF"
        return Match(type: .date, value: value, end: i + 2, anaphoric: true)
    }

    /// Words after which a reference phrase has ended: a mark, a conjunction, or "to" before a
    /// verb ("decided at the time to develop").
    private static let afterReferencePhrase: LexiconSet = [
        ".", ",", ";", ":", "!", "?", ")", "\"", "”", "’", "—", "–", "-", "and", "but", "or", "to",
    ]
}
