import Foundation

/// Recognizes author lines and splits them into clean names.
enum BylineParser {
    /// The author names on a byline line, or `nil` when the line is not a byline.
    /// Handles "By A and B", "A, B and C", "M. H. Lee (mhlee@…)", "Jane Doe, Staff Reporter".
    static func authors(in line: String) -> [String]? {
        authors(in: line, mayHoldLink: true)
    }

    /// `authors(in:)` of a line whose folded bytes are known to hold no `linkPhraseList` phrase
    /// when `mayHoldLink` is false (`LineGates` searched them), so they are not searched again.
    static func authors(in line: String, mayHoldLink: Bool) -> [String]? {
        guard line.utf8.count <= 640, UTF8Scan.characterCount(of: line, isBelow: 161), !looksLikeSentence(line),
              !mayHoldLink || !FoldedText.withFolded(line, { linkMark.occurs(in: $0) }) else { return nil }
        var text = line
        var explicit = false
        // A line opening with no prefix's first letter has none of them.
        if let first = line.utf8.first, bylinePrefixStarts.contains(first) {
            for prefix in bylinePrefixes where text.hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count))
                explicit = true
            }
        }
        // Drop e-mail addresses and their brackets (and runs of spaces, as the split does).
        if UTF8Scan.containsByte(text, 0x40) || UTF8Scan.contains(text, "  ") || text.utf8.first == 0x20 || text.utf8.last == 0x20 {
            text = text.split(atASCII: 0x20).filter { !$0.utf8.contains(0x40) }.joined(separator: " ")
        }
        text = UTF8Scan.replacing("()", with: "", in: text).trimmingSpaces()
        // Drop role suffixes: "Jane Doe, Staff Reporter", "Jane Doe | Reuters".
        // (Either character is its byte: lines without the bytes are not walked by character.)
        if UTF8Scan.containsByte(text, 0x7C) || UTF8Scan.containsByte(text, 0x2F), let bar = text.firstIndex(where: { $0 == "|" || $0 == "/" }) {
            text = String(text[..<bar]).trimmingSpaces()
        }
        let parts = UTF8Scan.replacing(" and ", with: ", ", in: UTF8Scan.replacing(" & ", with: ", ", in: text))
            .split(atASCII: 0x2C)
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
        // "Jane Doe, Capital Wire Editor-at-large": the affiliation is not an author.
        // Each name comes with its words, split once for the role and the shape tests.
        let names = parts.compactMap(withoutRole).filter { !OutletNames.isOutlet($0.name) }
        guard !names.isEmpty, names.count <= 6 else { return nil }
        // The names are no outlet's (filtered above): only their shape is left to test.
        guard names.allSatisfy({ hasNameShape($0.name, words: $0.words) }) else { return nil }
        if !explicit && names.count == 1 && names[0].words.count < 2 { return nil }
        return names.map { unshouted($0.name) }
    }

    private static let bylinePrefixes = ["By ", "BY ", "by ", "Written by ", "Words by ", "Reporting by ", "Analysis by ", "Opinion by ", "Commentary by ", "Story by "]
    private static let bylinePrefixStarts = Set(bylinePrefixes.map { $0.utf8.first! })
    /// "http", looked for in folded text: a line holding a link is no byline.
    static let linkPhraseList = ["http"]
    private static let linkMark = PhraseSet(linkPhraseList)

    /// A line that reads as prose: quote marks, or many words and a closing full stop.
    /// Bylines have neither, so the costly name checks are skipped.
    /// (The spaces are counted first, and only up to ten: most body lines end with a full stop and
    /// have ten spaces in their first words, and then the quote marks are not looked for.)
    private static func looksLikeSentence(_ line: String) -> Bool {
        if line.utf8.last == 0x2E, UTF8Scan.withBytes(line, { hasTenSpaces($0) }) { return true }
        return UTF8Scan.containsDoubleQuoteMark(line)
    }

    private static func hasTenSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var spaces = 0
        for byte in bytes where byte == 0x20 {
            spaces += 1
            if spaces == 10 { return true }
        }
        return false
    }

    /// "JEFF MARTIN" → "Jeff Martin"; mixed-case names are left alone.
    static func unshouted(_ name: String) -> String {
        guard isShouted(name) else { return name }
        return name.split(atASCII: 0x20).map { word in
            word.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// Whether `name` has letters and none in lower case; ASCII names are read byte by byte
    /// (their characters are their bytes, letters are A–Z and a–z).
    private static func isShouted(_ name: String) -> Bool {
        let ascii = UTF8Scan.withBytes(name) { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.contains { $0 &- 0x41 < 26 } && !bytes.contains { $0 &- 0x61 < 26 }
        }
        return ascii ?? (name.contains(where: \.isLetter) && !name.contains(where: \.isLowercase))
    }

    /// "Patrick Wintour Diplomatic editor" → "Patrick Wintour"; a part that is only a role
    /// ("Staff Reporter") → nil. The name comes with its words (`split(atASCII: 0x20)`).
    private static func withoutRole(_ part: String) -> (name: String, words: [Substring])? {
        let words = part.split(atASCII: 0x20)
        guard let roleAt = words.firstIndex(where: isRoleWord) else {
            return (part, words)
        }
        // Up to two capitalized words before the role word may be its qualifiers
        // ("Diplomatic editor", "North of England editor"): keep the first two name words.
        guard roleAt >= 2, !roleQualifiers.contains(words[0].lowercased()) else { return nil }
        let name = words.prefix(2).joined(separator: " ")
        return (name, name.split(atASCII: 0x20))
    }

    /// A line that is only a job title under a byline: "Staff Reporter", "Senior Political
    /// Correspondent", "Diplomatic editor".
    static func isRoleLine(_ line: String) -> Bool {
        guard line.utf8.count <= 100 else { return false }
        let simple = asciiLettersSpacesAndHyphens(line)
        guard simple != false else { return false }
        let words = line.split(atASCII: 0x20)
        guard (1...5).contains(words.count), let last = words.last else { return false }
        if simple == true {
            // Its characters are its bytes: letters, spaces and hyphens.
            guard words[0].utf8.first! &- 0x41 < 26 else { return false }
        } else {
            guard words[0].first?.isUppercase == true, line.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { return false }
        }
        return isRoleWord(last) && withoutRole(line) == nil
    }

    /// For an ASCII line, whether its bytes are all letters, spaces and hyphens (if not, a
    /// character of it fails `isRoleLine`'s letter test); nil for a line with other scalars,
    /// which is left to that test. The bytes are read from a buffer, eight at a time for the
    /// ASCII test (a loop over the string's UTF-8 view cost three times as much).
    static func asciiLettersSpacesAndHyphens(_ line: String) -> Bool? {
        UTF8Scan.withBytes(line) { bytes in
            guard UTF8Scan.isASCII(bytes) else { return nil }
            return bytes.allSatisfy { $0.isASCIILetter || $0 == 0x20 || $0 == 0x2D }
        }
    }

    /// A word that opens with a role word ("Reporter", "editor-at-large"). An ASCII word is
    /// compared with its letters folded, byte by byte; another is lower-cased once.
    static func isRoleWord(_ word: Substring) -> Bool {
        let utf8 = word.utf8
        guard let first = utf8.first, mayOpenRoleWord(first) else { return false }
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return roleWordBytes.contains { role in
                role.count <= utf8.count && zip(utf8, role).allSatisfy { $0.asciiLowercased == $1 }
            }
        }
        let lower = word.lowercased()
        return roleWords.contains { lower.hasPrefix($0) }
    }

    /// Whether a word whose first byte is `first` may open with a role word: most words open with
    /// a letter no role word opens with (either case: a byte ORed with 0x20 is a small letter only
    /// for a letter), and a word opening past ASCII lower-cases to none of their initials (only
    /// U+0130 and U+212A lower-case to ASCII, to "i" and "k").
    static func mayOpenRoleWord(_ first: UInt8) -> Bool {
        let letter = (first | 0x20) &- 0x61
        return first < 0x80 && letter < 26 && roleInitials >> letter & 1 != 0
    }

    /// Words that open a job title, never a name ("Senior Political Correspondent").
    private static let roleQualifiers: Set<String> = [
        "senior", "chief", "deputy", "associate", "assistant", "managing", "executive", "special",
        "contributing", "political", "foreign", "staff", "global", "international", "national",
    ]

    static let roleWords = [
        "staff", "reporter", "writer", "correspondent", "editor", "contributor", "columnist",
        "bureau", "news service",
    ]

    private static let roleWordBytes = roleWords.map { Array($0.utf8) }
    /// Bit `k` set when a role word opens with the `k`-th small letter.
    private static let roleInitials = roleWordBytes.reduce(UInt32(0)) { $0 | 1 << ($1[0] &- 0x61) }

    /// Name particles written in lower case ("Ursula von der Leyen").
    private static let lowerParticles: Set<String> = ["de", "van", "von", "der", "da", "di", "la", "le", "bin", "al", "el"]

    /// 1 to 5 capitalized words, initials or hyphenated names, no sentence punctuation.
    static func isPersonName(_ text: String) -> Bool {
        hasNameShape(text) && !OutletNames.isOutlet(text)
    }

    /// `isPersonName` but for the outlet test: for a text known to name no outlet.
    private static func hasNameShape(_ text: String) -> Bool {
        hasNameShape(text, words: text.split(atASCII: 0x20))
    }

    /// `hasNameShape` of `text` split into `words` (`split(atASCII: 0x20)`).
    private static func hasNameShape(_ text: String, words: [Substring]) -> Bool {
        guard (1...5).contains(words.count), UTF8Scan.characterCount(of: text, isBelow: 49) else { return false }
        return words.allSatisfy { word in
            // A word equal to a particle (ASCII letters) has its bytes: longer words are not hashed.
            if word.utf8.count <= 3, lowerParticles.contains(String(word)) { return true }
            if let ascii = isASCIINameWord(word) { return ascii }
            guard let first = word.first, first.isUppercase else { return false }
            // A full stop only ends an initial or an abbreviation ("M.", "Jr."), not a name.
            if word.hasSuffix("."), word.count > 3 { return false }
            return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" || $0 == "\u{2019}" }
        } && MonthNames.month(words[0]) == nil
    }

    /// `isPersonName`'s test of a word that is no particle, read from the bytes of an ASCII word
    /// (each byte a character: a capital first, then letters, "-", "." and "'", a full stop
    /// ending only words of up to three); nil for a word with other scalars.
    private static func isASCIINameWord(_ word: Substring) -> Bool? {
        var utf8 = word
        return utf8.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let first = bytes.first, first &- 0x41 < 26 else { return false }
            if bytes.last == 0x2E, bytes.count > 3 { return false }
            return bytes.allSatisfy { $0.isASCIILetter || $0 == 0x2D || $0 == 0x2E || $0 == 0x27 }
        }
    }
}
