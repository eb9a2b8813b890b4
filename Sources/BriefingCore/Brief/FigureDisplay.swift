import Foundation

/// How a key figure is shown beyond its words: its source ("according to the NIS") and the
/// span of time it covers ("since October of last year", "as of March").
public enum FigureDisplay {
    /// "according to South Korea’s intelligence agency", or nil when the sentence names no source.
    public static func attribution(_ figure: Figure) -> String? {
        guard let source = figure.source, !source.isEmpty else { return nil }
        return "according to \(source)"
    }

    /// Words a phrase never ends with: "reward for the capture of" ends at "capture".
    static let danglers: Set<String> = [
        "of", "to", "for", "from", "by", "with", "in", "on", "at", "into", "about", "and", "or", "but", "the", "a", "an",
        "that", "which", "who", "as", "than", "its", "their", "his", "her", "our", "is", "was", "are", "were",
    ]

    /// `phrase` without a dangling preposition or article at its end, and with the "since …"
    /// or "as of …" span of `context` added when the phrase lost it: "killed or wounded" +
    /// "as of March".
    static func keepingSpan(_ phrase: [String], context: String) -> [String] {
        var phrase = phrase
        while phrase.count > 1, let last = phrase.last, danglers.contains(last.lowercased()) { phrase.removeLast() }
        let lowered = phrase.map { $0.lowercased() }
        if lowered.contains("since") || zip(lowered, lowered.dropFirst()).contains(where: { $0 == "as" && $1 == "of" }) { return phrase }
        guard let span = timeSpan(context) else { return phrase }
        return phrase + span
    }

    /// The first "since …" or "as of …" span of a sentence, up to five words and the end of
    /// its clause: "since October of last year", "as of March 31".
    static func timeSpan(_ context: String) -> [String]? {
        let words = context.split(separator: " ").map(String.init)
        let lowered = words.map { $0.lowercased() }
        guard let at = lowered.indices.first(where: { lowered[$0] == "since" || (lowered[$0] == "as" && $0 + 1 < lowered.count && lowered[$0 + 1] == "of") })
        else { return nil }
        let first = lowered[at] == "as" ? at + 2 : at + 1
        var span = Array(words[at..<first]).map { $0.lowercased() }
        for word in words[first..<min(words.count, first + 5)] {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",;:.)\u{201D}\"—"))
            if ["to", "and", "but", "when", "while", "which", "that", "who", "for", "with", "because", "after"].contains(bare.lowercased()) { break }
            if !bare.isEmpty { span.append(bare) }
            if bare != word { break }
        }
        while let last = span.last, ["of", "the", "a", "in", "on"].contains(last.lowercased()) { span.removeLast() }
        return span.count > (lowered[at] == "as" ? 2 : 1) ? span : nil
    }
}
