/// Tells a headline written as a sentence ("Former DNC chairman calls for Clinton contingency
/// plan.") from a short lead ("Dominion Textile Inc. holders adopted a shareholder-rights plan at
/// the annual meeting."), by the conventions of headline writing: short, in Title Case or in
/// the present tense, with few articles and no reporting verb in the past tense or weekday.
enum HeadlineStyle {
    /// Whether `line`, which ends like a sentence, is a headline.
    static func isHeadlineSentence(_ line: String) -> Bool {
        let words = line.split(atASCII: 0x20)
        guard (2...20).contains(words.count), SentenceSplitter.split(line).count <= 2 else { return false }
        let lower = words.map { $0.trimmingPunctuationAndSpaces().lowercased() }
        if lower.contains(where: leadMarkers.contains) { return false }
        if isTitleCase(words) { return true }
        guard words.count <= 15 else { return false }
        // "Sanders: Clinton needs to…", "The Latest: …": a label and a colon open a headline.
        if let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= line.count / 2 { return true }
        return lower.filter(articles.contains).count <= 1
    }

    /// Most words of four letters or more capitalized ("Visa Program Up for Renewal Amid…").
    static func isTitleCase(_ words: [Substring]) -> Bool {
        let long = words.map { $0.trimmingPunctuationAndSpaces() }.filter { $0.count >= 4 }
        guard long.count >= 3 else { return false }
        let capitalized = long.filter { $0.startsWithUppercase }.count
        return capitalized * 5 >= long.count * 4
    }

    private static let articles: Set<String> = ["a", "an", "the"]

    /// Words a lead uses and a headline does not: past-tense reporting verbs and days.
    private static let leadMarkers: Set<String> = [
        "said", "reported", "announced", "told", "added", "according", "yesterday", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
