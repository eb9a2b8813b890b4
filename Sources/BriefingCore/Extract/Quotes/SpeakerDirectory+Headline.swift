/// Full names from the headline and the deck, for the surnames the body uses alone: a body
/// that only ever writes "Lynch" under "A lesson from Loretta Lynch: …" quotes Loretta Lynch.
extension SpeakerDirectory {
    /// Registers the full names of a headline or deck that the body bears out: each name's
    /// longest opening of two or three words whose last word the body writes as it is and
    /// none of whose words the body writes in lower case, so that title case running a name
    /// into a verb ("Elizabeth Warren Hammers Wells Fargo CEO") gives "Elizabeth Warren", and
    /// a verb between names ("Trump Says Clinton …") gives no one. Where capitals tell no name
    /// (a title-case headline, or its first word), a name opens with a known given name:
    /// "Derelict Obama and Clinton …" names no Derelict Obama. `lowercase` holds the body's
    /// lower-case words; the headline's own words change nothing else the body's rules read.
    mutating func learn(fromHeadline tokens: [Token], body: [[Token]], lowercase: TokenWordSet) {
        var found = SpeakerDirectory()
        found.learn(from: tokens, lowercase: lowercase)
        // Title case: every word of four letters or more capitalized.
        // (A word's characters are counted only when its bytes do not tell: `characterCount(of:isBelow:)`.)
        let titleCase = tokens.allSatisfy { UTF8Scan.characterCount(of: $0.text, isBelow: 4) || !$0.text.startsWithLetter || $0.text.startsWithUppercase }
        for entity in found.entities {
            let words = entity.name.split(atASCII: 0x20).map(String.init)
            guard words.count >= 2 else { continue }
            if titleCase || words[0] == tokens.first?.text, !SpeakerNameEdges.isGivenName(words[0]) { continue }
            for length in stride(from: words.count, through: 2, by: -1) {
                let name = Array(words[..<length])
                guard !name.contains(where: { lowercase.containsLowercased($0) }), let surname = name.last,
                      body.contains(where: { $0.contains { $0.text == surname } }) else { continue }
                add(Entity(name: name.joined(separator: " "), role: length == words.count ? entity.role : nil, key: Self.key(for: name)))
                break
            }
        }
    }
}
