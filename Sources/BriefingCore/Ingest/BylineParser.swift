import Foundation

/// Recognizes author lines and splits them into clean names.
enum BylineParser {
    /// The author names on a byline line, or `nil` when the line is not a byline.
    /// Handles "By A and B", "A, B and C", "M. H. Lee (mhlee@…)", "Jane Doe, Staff Reporter".
    static func authors(in line: String) -> [String]? {
        guard line.count <= 160, !line.contains("http") else { return nil }
        var text = line
        var explicit = false
        for prefix in ["By ", "BY ", "by ", "Written by ", "Words by ", "Reporting by "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            explicit = true
        }
        // Drop e-mail addresses and their brackets.
        text = text.split(separator: " ").filter { !$0.contains("@") }.joined(separator: " ")
        text = text.replacingOccurrences(of: "()", with: "").trimmingCharacters(in: .whitespaces)
        // Drop role suffixes: "Jane Doe, Staff Reporter", "Jane Doe | Reuters".
        if let bar = text.firstIndex(where: { $0 == "|" || $0 == "/" }) {
            text = String(text[..<bar]).trimmingCharacters(in: .whitespaces)
        }
        var parts = text
            .replacingOccurrences(of: " & ", with: ", ")
            .replacingOccurrences(of: " and ", with: ", ")
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        parts = parts.filter { part in !roleWords.contains { part.lowercased().contains($0) } }
        guard !parts.isEmpty, parts.count <= 6 else { return nil }
        guard parts.allSatisfy({ isPersonName($0) }) else { return nil }
        if !explicit && parts.count == 1 && parts[0].split(separator: " ").count < 2 { return nil }
        return parts
    }

    private static let roleWords = [
        "staff", "reporter", "writer", "correspondent", "editor", "contributor", "columnist",
        "bureau", "news service",
    ]

    /// 1 to 5 capitalized words, initials or hyphenated names, no sentence punctuation.
    static func isPersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), text.count <= 48 else { return false }
        let lowerParticles: Set<String> = ["de", "van", "von", "der", "da", "di", "la", "le", "bin", "al", "el"]
        return words.allSatisfy { word in
            if lowerParticles.contains(String(word)) { return true }
            guard let first = word.first, first.isUppercase else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" || $0 == "\u{2019}" }
        } && !OutletNames.isOutlet(text) && MonthNames.month(words[0]) == nil
    }
}
